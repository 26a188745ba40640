"""Atom feeds parse with feedparser; the measures feed follows the list's filters."""

import feedparser
import pytest
from django.urls import reverse
from django.utils import translation

from measures.filters import MeasureFilterSet
from measures.models import Measure

pytestmark = pytest.mark.django_db

FEEDS = ["feeds:news", "feeds:events", "feeds:publications", "feeds:measures"]


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/atom+xml")
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    return parsed


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("name", FEEDS)
def test_every_feed_parses(client, name, language):
    with translation.override(language):
        url = reverse(name)
    feed = fetch(client, url)
    assert feed.feed.title
    assert feed.feed.rights.startswith("Datenlizenz Deutschland")
    for entry in feed.entries:
        assert entry.title
        assert entry.link.startswith(f"http://testserver/{language}/")
        assert entry.updated_parsed is not None
        assert entry.id


def test_feed_addresses_are_translated(client):
    with translation.override("de"):
        assert reverse("feeds:news") == "/de/feeds/aktuelles/"
        assert reverse("feeds:measures") == "/de/feeds/massnahmen/"
    with translation.override("en"):
        assert reverse("feeds:events") == "/en/feeds/events/"


def test_news_feed_lists_the_news_of_its_language(client):
    from news.models import NewsPage

    feed = fetch(client, "/de/feeds/aktuelles/")
    german = NewsPage.objects.live().filter(locale__language_code="de")
    assert len(feed.entries) == min(german.count(), 30) > 0
    titles = {entry.title for entry in feed.entries}
    assert titles <= set(german.values_list("title", flat=True))


def test_publications_and_events_feeds_have_entries(client):
    assert fetch(client, "/de/feeds/publikationen/").entries
    assert fetch(client, "/en/feeds/events/").entries


def test_measures_feed_follows_the_filters(client):
    query = "field_of_action=mobilitaet&status=abgeschlossen"
    feed = fetch(client, f"/de/feeds/massnahmen/?{query}")
    expected = MeasureFilterSet(
        {"status": "abgeschlossen", "field_of_action": "mobilitaet"},
        queryset=Measure.objects.live(),
    ).qs
    assert len(feed.entries) == min(expected.count(), 30) > 0
    slugs = set(expected.values_list("slug", flat=True))
    for entry in feed.entries:
        assert entry.link.rstrip("/").rsplit("/", 1)[1] in slugs
    # Newest updates first.
    updated = [entry.updated_parsed for entry in feed.entries]
    assert updated == sorted(updated, reverse=True)
    # The feed links back to the filtered list, and to itself with the same filters.
    assert feed.feed.link.endswith(f"/de/massnahmen/?{query}")
    self_links = [link.href for link in feed.feed.links if link.rel == "self"]
    assert self_links and self_links[0].endswith(f"/de/feeds/massnahmen/?{query}")
    assert "Umgesetzt" in feed.feed.title or "abgeschlossen" in feed.feed.title.lower()


def test_measures_feed_links_the_lists_canonical_address(client):
    """The feed's links carry the filters as the list writes them: facets in the panel's
    order, unknown values, the page and the sort left out."""
    fragment = client.get(
        "/de/massnahmen/?status=abgeschlossen&field_of_action=mobilitaet",
        headers={"HX-Request": "true"},
    )
    pushed = fragment["HX-Push-Url"]  # the list's canonical address
    assert pushed.startswith("/de/massnahmen/?")
    query = pushed.split("?", 1)[1]
    assert query.index("field_of_action") < query.index("status")  # the panel's order
    feed = fetch(
        client,
        "/de/feeds/massnahmen/?status=abgeschlossen&status=nonsense&page=4&sort=title"
        "&field_of_action=mobilitaet",
    )
    assert feed.feed.link.endswith(f"/de/massnahmen/?{query}")
    self_links = [link.href for link in feed.feed.links if link.rel == "self"]
    assert self_links[0].endswith(f"/de/feeds/massnahmen/?{query}")


def test_measures_feed_ignores_bad_input(client):
    feed = fetch(client, "/de/feeds/massnahmen/?status=nonsense&q=%00" + "x" * 500 + "&page=-1")
    assert feed.feed.title


def test_measures_feed_url_for_a_list_state():
    from django.http import QueryDict

    from measures.feeds import measures_feed_url

    state = QueryDict("q=Hitze&status=abgeschlossen&sort=title&page=3")
    with translation.override("en"):
        url = measures_feed_url(state)
    assert url == "/en/feeds/measures/?q=Hitze&status=abgeschlossen"


@pytest.mark.parametrize(
    ("list_url", "feed_path"),
    [("/de/massnahmen/", "/de/feeds/massnahmen/"), ("/en/measures/", "/en/feeds/measures/")],
)
def test_measures_list_links_its_filtered_feed(client, list_url, feed_path):
    import re
    from html import unescape

    response = client.get(list_url + "?field_of_action=mobilitaet&sort=title&page=2")
    html = response.content.decode()
    alternate = re.search(
        r'<link rel="alternate" type="application/atom\+xml"[^>]*href="([^"]+)"', html
    )
    assert alternate, "the page head announces the feed"
    visible = re.search(r'<p class="feed-link"><a class="kern-link" href="([^"]+)"', html)
    assert visible, "a visible subscribe link"
    href = unescape(visible.group(1))
    assert unescape(alternate.group(1)) == href
    # The feed keeps the filters but not the page or the sort order.
    assert href == f"{feed_path}?field_of_action=mobilitaet"
    feed = fetch(client, href)
    assert feed.entries
    # The htmx fragment carries the link too, so it follows the filters in place.
    fragment = client.get(list_url + "?status=abgeschlossen", headers={"HX-Request": "true"})
    assert f'href="{feed_path}?status=abgeschlossen"' in fragment.content.decode()
