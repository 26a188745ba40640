"""Solution profiles go through the moderation workflow (issue 6).

The tests are shared with publications: smartcity/tests/snippet_workflow.py.
"""

import pytest
from django.urls import reverse
from django.utils import translation

from smartcity.tests.snippet_workflow import *  # noqa: F403 - the shared tests and fixtures
from smartcity.tests.snippet_workflow import WorkflowCase
from solutions.models import SolutionProfile

pytestmark = pytest.mark.django_db


def solution_list(language):
    # ``world`` removes every other profile: the list holds only this test's ones.
    with translation.override(language):
        return reverse("solutions:solution_list")


@pytest.fixture
def workflow_case(world):
    return WorkflowCase(
        model=SolutionProfile,
        detail_route="solutions:solution_detail",
        make=world.profile,
        list_url=solution_list,
        api_resource="solutions",
    )
