"""Feed readers find the news and event feeds from the pages that show them."""

import re

import pytest

pytestmark = pytest.mark.django_db

ATOM = re.compile(
    r'<link rel="alternate" type="application/atom\+xml" title="([^"]+)" href="([^"]+)">'
)


def announced(client, url):
    """{feed address: title} of the Atom feeds a page announces in its head."""
    response = client.get(url)
    assert response.status_code == 200
    return {href: title for title, href in ATOM.findall(response.content.decode())}


@pytest.mark.parametrize(
    "home, news, events, news_feed, events_feed",
    [
        (
            "/de/",
            "/de/aktuelles/",
            "/de/veranstaltungen/",
            "/de/feeds/aktuelles/",
            "/de/feeds/veranstaltungen/",
        ),
        ("/en/", "/en/news/", "/en/events/", "/en/feeds/news/", "/en/feeds/events/"),
    ],
)
def test_home_news_and_events_pages_announce_their_feeds(
    client, site_pages, home, news, events, news_feed, events_feed
):
    assert set(announced(client, home)) == {news_feed, events_feed}
    assert news_feed in announced(client, news)
    assert set(announced(client, events)) == {events_feed}
    for href in (news_feed, events_feed):
        feed = client.get(href)
        assert feed.status_code == 200
        assert feed["Content-Type"].startswith("application/atom+xml")
