import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from news.models import EventPage, NewsIndexPage, NewsPage, upcoming_events


def section(html, heading_id):
    start = html.index(f'id="{heading_id}"')
    return html[start : html.index("</section>", start)]


@pytest.mark.parametrize(
    ("lang", "latest", "older", "all_news", "all_events"),
    [
        (
            "de",
            [
                "Beirat beschließt Stufenplan „Smarte Städte und Regionen“",
                "Rückblick: Vierter Kongress der Modellprojekte in Leipzig",
                "Dialogplattform 3.0 tagt im Reuter-Haus",
            ],
            "Maßnahmendatenbank ist online",
            'href="/de/aktuelles/"',
            'href="/de/veranstaltungen/"',
        ),
        (
            "en",
            [
                "Advisory board adopts the plan by stages “Smart cities and regions”",
                "Looking back: fourth congress of the model projects in Leipzig",
                "Dialogue Platform 3.0 meets at the Reuter-Haus",
            ],
            "The measures database is online",
            'href="/en/news/"',
            'href="/en/events/"',
        ),
    ],
)
def test_home_page_shows_latest_news_and_next_events(
    client, homes, lang, latest, older, all_news, all_events
):
    html = client.get(f"/{lang}/").content.decode()
    news = section(html, "news-heading")
    positions = [news.index(title) for title in latest]
    assert positions == sorted(positions)
    assert older not in news
    assert all_news in news
    events = section(html, "events-heading")
    expected = upcoming_events(
        EventPage.objects.live().filter(locale=homes[lang].locale), timezone.now()
    )[:3]
    for event in expected:
        assert event.title in events
    for event in EventPage.objects.filter(locale=homes[lang].locale).exclude(
        pk__in=[e.pk for e in expected]
    ):
        assert event.title not in events
    assert all_events in events


def test_home_page_query_count_does_not_depend_on_the_number_of_items(client, homes):
    index = NewsIndexPage.objects.child_of(homes["de"]).get()
    events = EventPage.objects.filter(locale=homes["de"].locale).first().get_parent()

    def add(count, offset):
        for n in range(offset, offset + count):
            page = NewsPage(
                title=f"Neu {n}",
                slug=f"neu-{n}",
                intro="Text",
                date=datetime.date(2030, 1, 1) + datetime.timedelta(days=n),
                locale=index.locale,
            )
            page.tags.set(["Förderung"])
            index.add_child(instance=page)
            event = EventPage(
                title=f"Termin {n}",
                slug=f"termin-{n}",
                start=timezone.now() + datetime.timedelta(days=n + 1),
                locale=index.locale,
            )
            events.add_child(instance=event)

    def measure():
        client.get("/de/")
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/de/")
        return len(queries), response.content.decode()

    add(3, 0)
    few, html = measure()
    assert "Neu 2" in html and "Termin 0" in html
    add(27, 3)
    many, html = measure()
    assert "Neu 29" in html and "Neu 26" not in html
    assert few == many
