"""Generations per kind of content: a change empties the cached pages that show it."""

import pytest
from django.core.cache import caches
from django.test import override_settings

from contacts.models import ContactPoint
from core.pagecache import forget_generation
from measures.models import Measure
from programmes.models import FederalState
from publications.models import Publication
from smartcity.models import StandardPage

pytestmark = pytest.mark.django_db

CACHE_ON = {"PAGE_CACHE_SECONDS": 300}
PAGES = {
    "measures": "/de/massnahmen/",
    "publications": "/de/publikationen/",
    "contacts": "/de/kontakt/",
    "solutions": "/de/loesungen/",
    "home": "/de/",
    "projects": "/de/modellprojekte/",
}


@pytest.fixture(autouse=True)
def empty_cache():
    caches["default"].clear()
    forget_generation()
    yield
    caches["default"].clear()
    forget_generation()


def warm(client):
    for url in PAGES.values():
        assert client.get(url)["X-Page-Cache"] == "miss", url
        assert client.get(url)["X-Page-Cache"] == "hit", url


def state(client):
    return {name: client.get(url)["X-Page-Cache"] for name, url in PAGES.items()}


@override_settings(**CACHE_ON)
def test_publishing_a_measure_keeps_the_pages_that_do_not_show_measures(client):
    warm(client)
    Measure.objects.live().first().save()
    assert state(client) == {
        "measures": "miss",
        "publications": "hit",
        "contacts": "hit",
        "solutions": "miss",  # solution profiles list their measures
        "home": "miss",  # pages that are no database's own follow every change
        "projects": "miss",
    }


@override_settings(**CACHE_ON)
def test_a_publication_leaves_measures_and_contacts_alone(client):
    warm(client)
    Publication.objects.first().save()
    result = state(client)
    assert result["publications"] == "miss"
    assert result["measures"] == result["contacts"] == result["solutions"] == "hit"


@override_settings(**CACHE_ON)
def test_a_contact_change_reaches_contacts_and_solutions(client):
    warm(client)
    ContactPoint.objects.first().save()
    result = state(client)
    assert result["contacts"] == result["solutions"] == "miss"
    assert result["measures"] == result["publications"] == "hit"


@override_settings(**CACHE_ON)
def test_a_shared_taxonomy_reaches_every_database_that_shows_it(client):
    warm(client)
    FederalState.objects.first().save()  # programmes: shown by every database
    assert set(state(client).values()) == {"miss"}


@override_settings(**CACHE_ON)
def test_a_page_change_empties_everything(client):
    warm(client)
    StandardPage.objects.live().first().save_revision().publish()
    assert set(state(client).values()) == {"miss"}


@override_settings(**CACHE_ON, PAGE_CACHE_PER_KIND=False)
def test_one_generation_for_all_when_switched_off(client):
    warm(client)
    Publication.objects.first().save()
    assert set(state(client).values()) == {"miss"}


def test_which_saved_models_renew_cached_pages():
    """The databases' and the contacts' models, the page types and their own models (tags)
    and the Wagtail models shown on pages do; the search index, renditions and revisions,
    written while indexing, rendering or editing, do not."""
    from wagtail.images import get_image_model
    from wagtail.models import Revision

    from core.pagecache import shows_on_public_pages
    from measures.models import FieldOfAction
    from news.models import NewsPage, NewsPageTag
    from search.models import SearchEntry

    renewing = [Measure, FieldOfAction, Publication, ContactPoint, FederalState]
    renewing += [StandardPage, NewsPage, NewsPageTag, get_image_model()]
    for model in renewing:
        assert shows_on_public_pages(model), model
    rendition = get_image_model().renditions.rel.related_model
    for model in (SearchEntry, Revision, rendition):
        assert not shows_on_public_pages(model), model
