"""Model projects go through the moderation workflow (issue 12).

The tests are shared with measures' siblings: smartcity/tests/snippet_workflow.py. A model
project's name has one column for both languages (``translated=False``).
"""

import itertools
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.text import slugify

from programmes.models import FederalState, FundingRound, ModelProject, MunicipalityCategory
from smartcity.tests.snippet_workflow import *  # noqa: F403 - the shared tests and fixtures
from smartcity.tests.snippet_workflow import WorkflowCase

pytestmark = pytest.mark.django_db

TEST_ROUND = 2099  # a funding round of the tests' own: its list holds only their projects
_numbers = itertools.count(1)


def project_list(language):
    with translation.override(language):
        return f"{reverse('programmes:modelproject_list')}?round={TEST_ROUND}"


@pytest.fixture
def make_project(db):
    funding_round, _ = FundingRound.objects.get_or_create(year=TEST_ROUND)

    def make(title_de, title_en, live=True):
        project = ModelProject(
            slug=f"zz-{slugify(title_de)}-{next(_numbers)}",
            name=title_de,
            funding_round=funding_round,
            category=MunicipalityCategory.objects.order_by("pk").first(),
            state=FederalState.objects.order_by("pk").first(),
            latitude=Decimal("50.1"),
            longitude=Decimal("10.1"),
            summary_de=f"Zusammenfassung von {title_de}.",
            summary_en=f"Summary of {title_en}.",
            live=live,
        )
        project.save()
        return project

    return make


@pytest.fixture
def workflow_case(make_project):
    return WorkflowCase(
        model=ModelProject,
        detail_route="programmes:modelproject_detail",
        make=make_project,
        list_url=project_list,
        title_field="name",
        translated=False,
        api_resource="model-projects",
        api_title="name",
    )
