import datetime
import re

import pytest
from django.utils import timezone
from wagtail.models import Locale

from news.ics import build_calendar, fold
from news.models import EventFormat, EventPage, home_page_items

NOW = timezone.now()
DAY = datetime.timedelta(days=1)
HOUR = datetime.timedelta(hours=1)


def unfold(text):
    return text.replace("\r\n ", "")


def properties(text):
    """{name: [(params, value)]} of an unfolded iCalendar text."""
    result = {}
    for line in unfold(text).split("\r\n"):
        if not line:
            continue
        head, value = line.split(":", 1)
        name, *params = head.split(";")
        result.setdefault(name, []).append((params, value))
    return result


@pytest.fixture
def events(event_index, make_event):
    return {
        "past": make_event(event_index, "Vorbei", NOW - 10 * DAY, NOW - 9 * DAY),
        "past-no-end": make_event(event_index, "Vorbei ohne Ende", NOW - 30 * DAY),
        "ongoing": make_event(event_index, "Läuft gerade", NOW - DAY, NOW + DAY),
        "soon": make_event(event_index, "Bald", NOW + 2 * DAY, NOW + 2 * DAY + HOUR),
        "later": make_event(event_index, "Später", NOW + 30 * DAY),
    }


def test_upcoming_and_archive_are_separate(client, events, event_index):
    response = client.get(event_index.url)
    assert response.status_code == 200
    upcoming = [event.title for event in response.context["upcoming_events"]]
    archive = [event.title for event in response.context["page_obj"].object_list]
    assert upcoming == ["Läuft gerade", "Bald", "Später"]
    assert archive == ["Vorbei", "Vorbei ohne Ende"]
    html = response.content.decode()
    assert html.index("Läuft gerade") < html.index('id="archive-heading"') < html.index("Vorbei")


def test_archive_is_paginated(client, event_index, make_event):
    for n in range(12):
        make_event(event_index, f"Archiv {n}", NOW - (n + 1) * DAY, slug=f"archiv-{n}")
    first = client.get(event_index.url)
    assert len(first.context["page_obj"].object_list) == 10
    assert first.context["page_obj"].object_list[0].title == "Archiv 0"  # most recent first
    second = client.get(event_index.url, {"page": "2"})
    assert [e.title for e in second.context["page_obj"].object_list] == ["Archiv 10", "Archiv 11"]
    assert 'href="/de/testtermine/?page=2"' in first.content.decode()


@pytest.mark.parametrize("page", ["abc", "-1", "0", "99999999", "%00", "9" * 5000, "1.5"])
def test_bad_archive_page_numbers(client, event_index, make_event, page):
    for n in range(12):
        make_event(event_index, f"Archiv {n}", NOW - (n + 1) * DAY, slug=f"archiv-{n}")
    response = client.get(event_index.url, {"page": page})
    assert response.status_code == 200
    assert response.context["archive_notices"]


def test_event_page_shows_facts_and_links(client, event_index, make_event):
    event = make_event(
        event_index,
        "Fachtag",
        timezone.make_aware(datetime.datetime(2030, 3, 4, 9, 30)),
        timezone.make_aware(datetime.datetime(2030, 3, 4, 16, 0)),
        event_format=EventFormat.HYBRID,
        venue_name="Rathaus",
        venue_street="Markt 1",
        venue_postcode="04109",
        venue_city="Leipzig",
        registration_url="https://example.org/anmeldung",
        documentation_url="https://example.org/doku",
    )
    html = client.get(event.url).content.decode()
    assert "4. März 2030, 09:30–16:00 Uhr" in html
    assert "Hybrid (vor Ort und online)" in html
    assert "Rathaus<br>Markt 1<br>04109 Leipzig" in html
    assert 'href="https://example.org/anmeldung"' in html
    assert 'href="https://example.org/doku"' in html
    assert f'href="{event.url}ics/"' in html


def test_registration_link_is_hidden_after_the_event(client, event_index, make_event):
    event = make_event(
        event_index, "Alt", NOW - 3 * DAY, registration_url="https://example.org/anmeldung"
    )
    html = client.get(event.url).content.decode()
    assert "example.org/anmeldung" not in html
    assert "Vergangene Veranstaltung" in html


def test_end_before_start_is_rejected(event_index):
    from django.core.exceptions import ValidationError

    event = EventPage(title="Falsch", slug="falsch", start=NOW, end=NOW - DAY)
    with pytest.raises(ValidationError):
        event.clean()


# --- iCalendar --------------------------------------------------------------------------


def test_ics_download(client, event_index, make_event):
    start = timezone.make_aware(datetime.datetime(2030, 6, 20, 10, 0))
    event = make_event(
        event_index,
        "Sitzung, Teil 1; mit Backslash \\ und Umlauten äöüß – " + "sehr lang " * 8,
        start,
        start + datetime.timedelta(hours=6),
        slug="sitzung",
        intro="Erste Zeile\nzweite Zeile, mit Komma; und Semikolon",
        venue_name="Reuter-Haus",
        venue_city="Berlin",
        registration_url="https://example.org/anmeldung",
    )
    response = client.get(event.url + "ics/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="sitzung.ics"'
    raw = response.content
    assert raw.endswith(b"\r\n")
    physical = raw.split(b"\r\n")[:-1]
    assert all(len(line) <= 75 for line in physical)
    assert any(line.startswith(b" ") for line in physical)  # long lines were folded
    for line in physical:
        line.decode("utf-8")  # no character was split
        assert b"\n" not in line and b"\r" not in line
    text = raw.decode("utf-8")
    props = properties(text)
    assert [v for _p, v in props["BEGIN"]] == ["VCALENDAR", "VEVENT"]
    assert [v for _p, v in props["END"]] == ["VEVENT", "VCALENDAR"]
    assert props["VERSION"] == [([], "2.0")]
    assert props["PRODID"][0][1]
    for name in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"):
        assert len(props[name]) == 1, name
    # Berlin summer time is UTC+2.
    assert props["DTSTART"][0][1] == "20300620T080000Z"
    assert props["DTEND"][0][1] == "20300620T140000Z"
    assert re.fullmatch(r"\d{8}T\d{6}Z", props["DTSTAMP"][0][1])
    summary = props["SUMMARY"][0][1]
    assert summary.startswith("Sitzung\\, Teil 1\\; mit Backslash \\\\ und Umlauten äöüß")
    description = props["DESCRIPTION"][0][1]
    assert "Erste Zeile\\nzweite Zeile\\, mit Komma\\; und Semikolon" in description
    assert "https://example.org/anmeldung" in description
    assert props["LOCATION"][0][1] == "Reuter-Haus\\, Berlin"
    assert props["URL"][0][1].endswith("/de/testtermine/sitzung/")


def test_ics_uid_is_shared_by_translations_and_stable(homes):
    de = EventPage.objects.get(slug="kongress-modellprojekte-2024")
    en = de.get_translation(Locale.objects.get(language_code="en")).specific
    uid = [line for line in unfold(build_calendar(de)).split("\r\n") if line.startswith("UID:")]
    assert uid == [
        line for line in unfold(build_calendar(en)).split("\r\n") if line.startswith("UID:")
    ]
    assert uid == [
        line for line in unfold(build_calendar(de)).split("\r\n") if line.startswith("UID:")
    ]


def test_ics_without_end_and_online(event_index, make_event):
    event = make_event(event_index, "Webinar", NOW + DAY, event_format=EventFormat.ONLINE)
    props = properties(build_calendar(event))
    assert "DTEND" not in props
    assert props["LOCATION"][0][1] == "Online"


def test_fold_keeps_multibyte_characters_whole():
    line = "SUMMARY:" + "€" * 60
    parts = fold(line).encode("utf-8").split(b"\r\n")
    assert all(len(part) <= 75 for part in parts)
    assert unfold(fold(line)) == line
    for part in parts:
        part.decode("utf-8")


def test_ics_of_unknown_event_is_404(client, homes):
    assert client.get("/de/veranstaltungen/gibt-es-nicht/ics/").status_code == 404
    assert client.get("/de/veranstaltungen/kongress-modellprojekte-2024/ics/x/").status_code == 404


# --- demo events ------------------------------------------------------------------------


def test_demo_events_in_both_languages(client, homes):
    for lang, url in (("de", "/de/veranstaltungen/"), ("en", "/en/events/")):
        locale = Locale.objects.get(language_code=lang)
        assert EventPage.objects.filter(locale=locale).count() == 4
        assert client.get(url).status_code == 200
    congress = EventPage.objects.get(slug="kongress-modellprojekte-2024")
    assert congress.venue_city == "Leipzig"
    assert timezone.localtime(congress.start).date() == datetime.date(2024, 4, 23)
    assert timezone.localtime(congress.end).date() == datetime.date(2024, 4, 24)
    platform = EventPage.objects.get(slug="dialogplattform-3-0")
    assert platform.venue_name == "Reuter-Haus"
    assert timezone.localtime(platform.start).date() == datetime.date(2023, 6, 20)
    demo_2027 = EventPage.objects.filter(start__year=2027, locale__language_code="de")
    assert demo_2027.count() == 2 and all(e.is_demo_content for e in demo_2027)
    assert all("(Demo)" in e.title for e in demo_2027)


def test_next_events_for_the_home_page(homes):
    locale = Locale.objects.get(language_code="de")
    moment = timezone.make_aware(datetime.datetime(2024, 1, 1))
    items = home_page_items(locale, now=moment)
    assert [e.slug for e in items["next_events"]] == [
        "kongress-modellprojekte-2024",
        "start-smart-sprechstunde-2027",
        "regionalkonferenz-sued-2027",
    ]
