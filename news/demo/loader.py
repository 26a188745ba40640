"""Creates the news and event index pages under both home pages and the demo items.

The texts are kept in YAML files beside this module: ``index_pages.yaml``, ``tags.yaml``,
``news.yaml`` and ``events.yaml``.

Idempotent: pages that already exist (matched by parent, language and slug) are left
as they are. Run after ``smartcity.demo.loader.load_pages``.
"""

import datetime
import json
from pathlib import Path
from zoneinfo import ZoneInfo

from django.db import transaction
from wagtail.models import Locale

from core.demo.blocks import from_data
from core.demo.datafiles import read_records
from core.demo.images import ensure_images
from smartcity.models import HomePage

from ..models import EventIndexPage, EventPage, NewsIndexPage, NewsPage

LANGUAGES = ("de", "en")
DATA = Path(__file__).resolve().parent
BERLIN = ZoneInfo("Europe/Berlin")
PAGE = ("slug", "title")
# The block types a body in the data files may use (see the head of news.yaml).
BODY_BLOCKS = ("paragraph", "bullets")


def read_news():
    """The news items of ``news.yaml``."""
    return read_records(DATA / "news.yaml", required=(*PAGE, "date", "tags", "body"))


def read_events():
    """The events of ``events.yaml``, their times made aware (local time in Berlin)."""
    events = read_records(DATA / "events.yaml", required=(*PAGE, "start", "format", "body"))
    for spec in events:
        for key in ("start", "end"):
            if spec.get(key) is not None:
                spec[key] = datetime.datetime.fromisoformat(spec[key]).replace(tzinfo=BERLIN)
    return events


def body_data(blocks):
    """StreamField data for a list of ``paragraph`` and ``bullets`` entries of a data file,
    each ``{type: value}`` as ``core.demo.blocks.from_data`` reads it."""
    built = []
    for block in blocks:
        if not (isinstance(block, dict) and len(block) == 1 and next(iter(block)) in BODY_BLOCKS):
            raise ValueError(f"unknown block {block!r} (known: {', '.join(BODY_BLOCKS)})")
        built.append(from_data(block, images={}))
    return json.dumps(built)


def _publish(page):
    page.save_revision().publish()


def _ensure(parents, model, spec, fill, say, counts):
    """The page for ``spec`` under each language's parent, created where missing."""
    pages = {}
    original = None
    for lang in LANGUAGES:
        parent = parents[lang]
        page = model.objects.child_of(parent).filter(slug=spec["slug"][lang]).first()
        if page is None:
            page = model(locale=parent.locale, title=spec["title"][lang], slug=spec["slug"][lang])
            if original is not None:
                page.translation_key = original.translation_key
            page.intro = spec.get("intro", {}).get(lang, "")
            fill(page, lang)
            parent.add_child(instance=page)
            _publish(page)
            counts["created"] += 1
            say(f"  created {model.__name__} “{page.title}” ({lang})")
        else:
            counts["present"] += 1
        original = original or page
        pages[lang] = page
    return pages


@transaction.atomic
def load_news(stdout=None):
    def say(message):
        if stdout is not None:
            stdout.write(message)

    homes = {}
    for lang in LANGUAGES:
        locale = Locale.objects.get(language_code=lang)
        homes[lang] = HomePage.objects.filter(locale=locale).first()
        if homes[lang] is None:
            raise RuntimeError("Load the page tree first (smartcity.demo.loader.load_pages).")
    indexes = {
        spec["page"]: spec
        for spec in read_records(DATA / "index_pages.yaml", required=(*PAGE, "page"))
    }
    tags = {spec["key"]: spec for spec in read_records(DATA / "tags.yaml", required=("key",))}
    news, events = read_news(), read_events()
    # The bodies are built before anything is written: a malformed block fails here.
    for spec in (*news, *events):
        spec["body"] = {lang: body_data(spec["body"][lang]) for lang in LANGUAGES}
    images = ensure_images()
    counts = {"created": 0, "present": 0}

    def index_fill(page, lang):
        page.show_in_menus = True

    news_index = _ensure(homes, NewsIndexPage, indexes["news"], index_fill, say, counts)
    event_index = _ensure(homes, EventIndexPage, indexes["events"], index_fill, say, counts)

    for spec in news:

        def news_fill(page, lang, spec=spec):
            page.date = spec["date"]
            page.is_demo_content = spec.get("demo", False)
            page.teaser_image_id = images.get(spec.get("image"))
            page.body = spec["body"][lang]
            page.tags.set([tags[key][lang] for key in spec["tags"]])

        _ensure(news_index, NewsPage, spec, news_fill, say, counts)

    for spec in events:

        def event_fill(page, lang, spec=spec):
            venue = spec.get("venue", {})
            page.start = spec["start"]
            page.end = spec.get("end")
            page.event_format = spec["format"]
            page.venue_name = venue.get("name", "")
            page.venue_street = venue.get("street", "")
            page.venue_postcode = venue.get("postcode", "")
            page.venue_city = venue.get("city", "")
            page.registration_url = spec.get("registration_url", "")
            page.documentation_url = spec.get("documentation_url", "")
            page.is_demo_content = spec.get("demo", False)
            page.body = spec["body"][lang]

        _ensure(event_index, EventPage, spec, event_fill, say, counts)

    say(f"News and events: {counts['created']} pages created, {counts['present']} already present.")
    return counts
