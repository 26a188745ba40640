import pytest

from programmes.demo.loader import load_model_projects


@pytest.fixture
def model_projects(db):
    """The 73 model projects and their taxonomies (already there when the session
    loaded the demo content; loading again is a no-op)."""
    load_model_projects()
    from programmes.models import ModelProject

    return ModelProject.objects.all()
