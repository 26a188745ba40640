"""Facet counts kept per filter state and content generation (FACET_COUNT_CACHE_SECONDS):
a repeated list request counts nothing again, any content change counts afresh, and
different filters never share counts."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from .helpers import list_url, option

pytestmark = pytest.mark.django_db


@pytest.fixture
def counts_cached(settings):
    settings.FACET_COUNT_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


def get(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return response, len(captured.captured_queries)


def test_repeated_request_reads_the_counts_from_the_cache(client, sample, counts_cached):
    url = list_url(field_of_action="mobilitaet")
    client.get(url)  # Wagtail caches the site's root paths on the first request
    cache.clear()

    first, first_queries = get(client, url)
    second, second_queries = get(client, url)

    assert [(f.name, [(o.value, o.count) for o in f.options]) for f in first.context["facets"]] == [
        (f.name, [(o.value, o.count) for o in f.options]) for f in second.context["facets"]
    ]
    # The count queries (one for the facets without a selection grouped, one per
    # many-valued facet, one for the facet with the selection) are not run again.
    assert second_queries <= first_queries - 3


def test_a_content_change_counts_again(client, sample, counts_cached):
    url = list_url()
    before = option(client.get(url), "status", "abgeschlossen").count

    sample.measure(project="beta", status=sample.statuses["abgeschlossen"])

    assert option(client.get(url), "status", "abgeschlossen").count == before + 1


def test_other_filters_get_their_own_counts(client, sample, counts_cached):
    unfiltered = option(client.get(list_url()), "status", "in-umsetzung").count
    in_beta = option(client.get(list_url(project="test-beta")), "status", "in-umsetzung")
    searched = option(client.get(list_url(q="Radwege")), "status", "in-umsetzung").count

    assert unfiltered > in_beta.count
    assert searched < unfiltered
    # And back: the unfiltered list still shows its own counts.
    assert option(client.get(list_url()), "status", "in-umsetzung").count == unfiltered
