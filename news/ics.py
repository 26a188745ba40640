"""iCalendar (RFC 5545) for a single event page.

Times are written in UTC (``…Z``), so no VTIMEZONE is needed. Text values escape
backslash, semicolon, comma and line breaks (3.3.11); content lines end in CRLF and
are folded after at most 75 octets without splitting a UTF-8 character (3.1). Both
rules are shared with vCard (``core.textformats``).
"""

import datetime

from django.utils import timezone
from django.utils.translation import gettext

from core.textformats import content_lines, escape_text
from core.textformats import fold as fold  # re-exported for callers of this module

PRODID = "-//Smart City Dialog//Portal//DE"


def format_utc(value):
    if timezone.is_naive(value):
        value = timezone.make_aware(value)
    return value.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def _location(event):
    from .models import EventFormat

    place = event.venue_address
    if event.event_format == EventFormat.ONLINE:
        return place or gettext("Online")
    if event.event_format == EventFormat.HYBRID and place:
        return gettext("%(place)s and online") % {"place": place}
    return place


def _description(event):
    parts = [event.intro] if event.intro else []
    if event.registration_url:
        parts.append(gettext("Registration: %(url)s") % {"url": event.registration_url})
    if event.documentation_url:
        parts.append(gettext("Documentation: %(url)s") % {"url": event.documentation_url})
    return "\n\n".join(parts)


def build_calendar(event, request=None, now=None):
    """A VCALENDAR with one VEVENT for ``event`` (an EventPage) as text."""
    url = event.get_full_url(request)
    site = event.get_site()
    host = site.hostname if site else "smart-city-dialog"
    language = event.locale.language_code
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        # The same event in both languages is one event: the UID follows translation_key.
        f"UID:event-{event.translation_key}@{host}",
        f"DTSTAMP:{format_utc(now or timezone.now())}",
        f"DTSTART:{format_utc(event.start)}",
    ]
    if event.end:
        lines.append(f"DTEND:{format_utc(event.end)}")
    if event.last_published_at:
        lines.append(f"LAST-MODIFIED:{format_utc(event.last_published_at)}")
    lines.append(f"SUMMARY;LANGUAGE={language}:{escape_text(event.title)}")
    description = _description(event)
    if description:
        lines.append(f"DESCRIPTION;LANGUAGE={language}:{escape_text(description)}")
    location = _location(event)
    if location:
        lines.append(f"LOCATION;LANGUAGE={language}:{escape_text(location)}")
    if url:
        lines.append(f"URL:{url}")
    lines += ["STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return content_lines(lines)
