import pytest
from django.test import Client


@pytest.fixture
def api(db):
    """A client for the API (no language prefix, JSON answers)."""
    return Client()
