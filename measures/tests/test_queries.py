"""The number of queries of a list page does not grow with the number of measures."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from measures import similar
from measures.models import Measure
from search.indexing import index_objects
from smartcity.models import HomePage

from .helpers import export_url, list_url

# Queries of the measures database itself, pinned: counts 3 (the single-valued facets
# together, ticked or not, which also gives the result count; each many-valued facet),
# page 1, prefetch 1. With a search text one more (the query's words looked up in the
# search vocabulary), and the unticked many-valued facets are counted in the grouped
# query's statement (the words matched once): the filtered list below ticks a topic, so
# its fields of action join the grouped query and the topics keep their own query. The
# facets' option lists are read once per
# content generation (core.memo), not per request. The page tree queries of
# the site chrome (menu, footer, home page) belong to the layout; they are not pinned
# here but must not grow with the rows either.
LIST_QUERIES = 5
FILTERED_LIST_QUERIES = 5
# Measure 1, prefetches 2, stored similar measures 1 (the first view of a measure without
# stored neighbours ranks and stores them; count_queries warms up). No solution profile
# names these measures, which the memo knows: one that is named costs one query more.
DETAIL_QUERIES = 4
CHROME_TABLES = ("wagtailcore_", "smartcity_", "wagtail_", "contacts_", "news_")


def own_queries(captured):
    return [
        q["sql"]
        for q in captured
        if not any(f'"{table}' in q["sql"] or f" {table}" in q["sql"] for table in CHROME_TABLES)
    ]


def count_queries(client, url):
    client.get(url)  # warm-up: Wagtail caches the site root paths on the first request
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
    assert response.status_code == 200
    return len(captured.captured_queries), own_queries(captured.captured_queries), response


def add_measures(world, count, offset=0):
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
            for number in range(offset, offset + count)
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
    index_objects("measures", measures)  # bulk inserts send no signals
    return measures


@pytest.fixture
def with_pages(world):
    """The page tree (menu, footer) as on the real site, so the chrome's queries count."""
    if not HomePage.objects.exists():
        from smartcity.demo.loader import load_pages

        load_pages()
    return world


def assert_fixed(client, world, url_for, expected_own):
    """Same number of queries with 10 and with 500 measures; own queries pinned."""
    add_measures(world, 10, offset=0)
    total_10, own_10, _response = count_queries(client, url_for())
    add_measures(world, 490, offset=10)
    total_500, own_500, response = count_queries(client, url_for())
    assert len(own_10) == len(own_500) == expected_own, own_500
    assert total_10 == total_500
    return response


def test_list_queries_are_fixed(client, with_pages):
    response = assert_fixed(client, with_pages, list_url, LIST_QUERIES)
    assert response.context["result_count"] == 500


def test_filtered_list_queries_are_fixed(client, with_pages):
    url = list_url(
        q="Sammelmaßnahme",
        status=["geplant", "in-umsetzung"],
        state="bayern",
        topic="app",
        sort="title",
        page=2,
    )
    assert_fixed(client, with_pages, lambda: url, FILTERED_LIST_QUERIES)


def test_htmx_fragment_runs_only_the_lists_queries(client, with_pages):
    add_measures(with_pages, 30)
    client.get(list_url(status="geplant"))  # the option lists, once per content generation
    with CaptureQueriesContext(connection) as captured:
        client.get(list_url(status="geplant"), HTTP_HX_REQUEST="true")
    # A ticked single-valued facet costs no query of its own.
    assert len(captured.captured_queries) == LIST_QUERIES


def test_detail_queries_are_fixed(client, with_pages):
    first = []

    def url():
        if not first:
            first.append(Measure.objects.order_by("pk").first())
        similar.forget_all()  # as a bulk load does: the warm-up view stores them again
        return first[0].get_absolute_url()

    response = assert_fixed(client, with_pages, url, DETAIL_QUERIES)
    assert len(response.context["similar"]) == 4


def test_export_queries_do_not_grow_per_row(client, world):
    add_measures(world, 10, offset=0)
    total_10, _own, _response = count_queries(client, export_url("csv"))
    add_measures(world, 490, offset=10)
    total_500, _own, response = count_queries(client, export_url("csv"))
    assert total_10 == total_500 == 4  # ids 1, one chunk 1, its labels 2 (options memoised)


def test_a_search_matches_its_words_once_for_every_count(client, with_pages):
    """With a search text, the grouped counts and the unticked many-valued facets (fields
    of action, topics) are one statement: the index is read by it and by the page, not by
    each count. Every count still equals the results of ticking that option."""
    measures = add_measures(with_pages, 40)
    client.get(list_url(q="Sammelmaßnahme"))  # warm-up (option lists, site root)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(list_url(q="Sammelmaßnahme"))
    reading_the_index = [
        q["sql"]
        for q in captured.captured_queries
        if "search_searchentry" in q["sql"] or "search_entry_fts" in q["sql"]
    ]
    assert len(reading_the_index) == 2, reading_the_index
    assert "facet_results" in reading_the_index[0]
    assert response.context["result_count"] == 40
    facets = {facet.name: facet for facet in response.context["facets"]}
    topics = {o.label: o.count for o in facets["topic"].options if o.count}
    expected = {}
    with translation.override("de"):
        for measure in Measure.objects.filter(pk__in=[m.pk for m in measures]):
            for topic in measure.topics.all():
                expected[str(topic)] = expected.get(str(topic), 0) + 1
    assert topics == expected and len(expected) == 3
    assert sum(o.count for o in facets["field_of_action"].options) == 40
