"""Publications go through the moderation workflow (issue 6).

The tests are shared with solution profiles: smartcity/tests/snippet_workflow.py.
"""

import pytest

from publications.models import Publication
from smartcity.tests.snippet_workflow import *  # noqa: F403 - the shared tests and fixtures
from smartcity.tests.snippet_workflow import WorkflowCase

from .helpers import list_url

pytestmark = pytest.mark.django_db


def publication_list(language):
    # Filtered by the tests' own type, the list holds only this test's publications.
    return list_url(language, type="zz-handbook")


@pytest.fixture
def workflow_case(make_publication):
    return WorkflowCase(
        model=Publication,
        detail_route="publications:publication_detail",
        make=make_publication,
        list_url=publication_list,
        api_resource="publications",
    )
