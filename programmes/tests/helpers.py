"""Helpers of the model project tests: many more projects at once, and the number of
queries a page takes."""

from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext

from programmes.models import FederalState, FundingRound, ModelProject, MunicipalityCategory, Topic


def add_projects(count, *, topics=0):
    """``count`` extra projects in the first funding round, category and federal state,
    each with the first ``topics`` topics, written in bulk."""
    round_, category = FundingRound.objects.first(), MunicipalityCategory.objects.first()
    state = FederalState.objects.first()
    projects = ModelProject.objects.bulk_create(
        ModelProject(
            slug=f"extra-{index}",
            name=f"Extra {index:04d}",
            funding_round=round_,
            category=category,
            state=state,
            latitude=Decimal("50.1"),
            longitude=Decimal("10.1"),
        )
        for index in range(count)
    )
    if topics:
        first_topics = list(Topic.objects.all()[:topics])
        through = ModelProject.topics.through
        through.objects.bulk_create(
            through(modelproject_id=project.pk, topic_id=topic.pk)
            for project in projects
            for topic in first_topics
        )
    return projects


def count_queries(client, path):
    """How many queries the page at ``path`` takes (it must answer 200)."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    return len(captured)
