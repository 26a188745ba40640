"""The number of queries of a list page does not grow with the number of measures."""

import pytest

from measures.models import Measure
from smartcity.models import HomePage

from .helpers import export_url, list_url

# Whole requests, site chrome included (home page, menu, footer: 9–10 queries of the
# page tree). Measures' own: options 8, counts 3–5, count 1, page 1, prefetch 1.
LIST_QUERIES = 24
FILTERED_LIST_QUERIES = 26
DETAIL_QUERIES = 16


def add_measures(world, count):
    projects = list(world.projects.values())
    measures = Measure.objects.bulk_create(
        [
            Measure(
                slug=f"bulk-{number}",
                title_de=f"Sammelmaßnahme {number}",
                title_en=f"Bulk measure {number}",
                summary_de="Zusammenfassung",
                model_project=projects[number % len(projects)],
                status=list(world.statuses.values())[number % 4],
                spatial_effect=list(world.spatial.values())[number % 2],
            )
            for number in range(count)
        ]
    )
    fields = list(world.fields.values())
    topics = list(world.topics.values())
    Measure.fields_of_action.through.objects.bulk_create(
        Measure.fields_of_action.through(measure_id=m.pk, fieldofaction_id=fields[i % 3].pk)
        for i, m in enumerate(measures)
    )
    Measure.topics.through.objects.bulk_create(
        Measure.topics.through(measure_id=m.pk, topic_id=topics[i % 3].pk)
        for i, m in enumerate(measures)
    )
    return measures


@pytest.fixture
def with_pages(world):
    """The page tree (menu, footer) as on the real site, so the chrome's queries count."""
    if not HomePage.objects.exists():
        from smartcity.demo.loader import load_pages

        load_pages()
    return world


@pytest.mark.parametrize("rows", [10, 500])
def test_list_queries_are_fixed(client, with_pages, django_assert_num_queries, rows):
    add_measures(with_pages, rows)
    with django_assert_num_queries(LIST_QUERIES):
        response = client.get(list_url())
    assert response.context["result_count"] == rows


@pytest.mark.parametrize("rows", [10, 500])
def test_filtered_list_queries_are_fixed(client, with_pages, django_assert_num_queries, rows):
    add_measures(with_pages, rows)
    url = list_url(
        q="Sammelmaßnahme",
        status=["geplant", "in-umsetzung"],
        state="bayern",
        topic="app",
        sort="title",
        page=2,
    )
    with django_assert_num_queries(FILTERED_LIST_QUERIES):
        response = client.get(url)
    assert response.status_code == 200


@pytest.mark.parametrize("rows", [10, 500])
def test_detail_queries_are_fixed(client, with_pages, django_assert_num_queries, rows):
    measures = add_measures(with_pages, rows)
    with django_assert_num_queries(DETAIL_QUERIES):
        response = client.get(measures[0].get_absolute_url())
    assert len(response.context["similar"]) == (3 if rows == 10 else 4)


@pytest.mark.parametrize("rows", [10, 500])
def test_export_queries_do_not_grow_per_row(client, world, django_assert_max_num_queries, rows):
    add_measures(world, rows)
    with django_assert_max_num_queries(12):
        response = client.get(export_url("csv"))
        body = b"".join(response.streaming_content)
    assert body.count(b"\r\n") == rows + 1
