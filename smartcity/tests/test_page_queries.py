"""At most 12 SQL queries per page, the site chrome included (issue: render speed).

Every page kind is requested twice; the second request is counted, as on a running
server where the menu, the footer and the facets' option lists are built once per content
generation. Lists are pinned in detail (constant in the number of rows) in their apps'
tests; this pins the whole page."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from measures.models import Measure
from programmes.models import ModelProject

pytestmark = pytest.mark.django_db

MAX_QUERIES = 12
# Each page kind's count, second request of a process (Wagtail pages: routed from the
# memo, view restrictions 2; lists: counts, page, labels). None may grow.
PINNED = {
    "home": 2,
    "home (en)": 2,
    "initiative page": 4,
    "standard page": 2,
    "news index": 7,
    "measures list": 5,
    "measures list, filtered": 5,
    "measures list with q": 6,
    "measure detail": 4,
    "model projects list": 4,
    "model project detail": 5,
    "solutions list": 9,
    "publications list": 4,
    "site search": 3,
    "site search, one kind": 4,
}


def page_urls(site_pages):
    measure = Measure.objects.live().order_by("pk").first()
    project = ModelProject.objects.order_by("pk").first()
    return {
        "home": "/de/",
        "home (en)": "/en/",
        "initiative page": site_pages["de"]["mpsc"].url,
        "standard page": site_pages["de"]["imprint"].url,
        "news index": "/de/aktuelles/",
        "measures list": "/de/massnahmen/",
        "measures list, filtered": "/de/massnahmen/?field_of_action=mobilitaet&status=in-umsetzung",
        "measures list with q": "/de/massnahmen/?q=Mobilit%C3%A4t",
        "measure detail": measure.get_absolute_url(),
        "model projects list": "/de/modellprojekte/",
        "model project detail": project.get_absolute_url(),
        "solutions list": "/de/loesungen/",
        "publications list": "/de/publikationen/",
        "site search": "/de/suche/?q=Mobilit%C3%A4t",
        "site search, one kind": "/de/suche/?q=Mobilit%C3%A4t&type=measures",
    }


def test_every_page_kind_needs_at_most_its_pinned_queries(client, site_pages):
    counts = {}
    for name, url in page_urls(site_pages).items():
        assert client.get(url).status_code == 200, url
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200, url
        counts[name] = len(captured.captured_queries)
    assert set(counts) == set(PINNED)
    too_many = {name: n for name, n in counts.items() if n > min(PINNED[name], MAX_QUERIES)}
    assert not too_many, counts
