"""``/sitemap.xml``: every page and detail view in both languages.

Each address is listed once per language with ``hreflang`` alternates pointing to all
language versions, plus ``x-default`` (the German version, as German is the default
language and ``/`` only redirects), and ``lastmod`` where the content knows its last
change. Wagtail pages are grouped by ``translation_key``; database records and list
views are reversed in each language. The databases come from their registry
(``core.databases``): each one's list views (``sitemap_views``) and, through its API
resource (``opendata.api.resources``), its records, so a new database appears here once it
is registered.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import sitemap
from django.urls import reverse
from django.utils import timezone, translation
from django.views.decorators.cache import cache_control

from core.databases import databases

LANGUAGES = [code for code, _name in settings.LANGUAGES]

# Views that are not Wagtail pages and belong to no database (url name, priority); the
# sitemap lists them after the databases' own views.
OTHER_VIEW_URL_NAMES = [
    ("contacts:contact_list", 0.6),
    ("opendata:index", 0.6),
    ("opendata:api_docs", 0.4),
]


def view_url_names() -> list[tuple[str, float]]:
    """The views in the sitemap: every database's views in their order, then the others."""
    names = [view for database in databases() for view in database.sitemap_views]
    return names + OTHER_VIEW_URL_NAMES


def as_date(value):
    """Dates and datetimes compare only with their own kind: lastmod is always a date."""
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return value


@dataclass
class Entry:
    """One piece of content: its path in each language and its last change."""

    paths: dict[str, str] = field(default_factory=dict)
    lastmod: object = None
    priority: float | None = None


class TranslatedSitemap(Sitemap):
    """Items are ``(entry, language)``; every URL gets the entry's alternates."""

    def entries(self) -> list[Entry]:
        raise NotImplementedError

    def items(self):
        return [(entry, code) for entry in self.entries() for code in entry.paths]

    def location(self, item):
        entry, code = item
        return entry.paths[code]

    def lastmod(self, item):
        return as_date(item[0].lastmod)

    def priority(self, item):
        return item[0].priority

    def get_urls(self, page=1, site=None, protocol=None):
        protocol = self.get_protocol(protocol)
        domain = self.get_domain(site)
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        for url in urls:
            entry, _code = url["item"]
            if len(entry.paths) < 2:
                continue
            alternates = [
                {"lang_code": code, "location": f"{protocol}://{domain}{path}"}
                for code, path in entry.paths.items()
            ]
            default = entry.paths.get(settings.LANGUAGE_CODE) or next(iter(entry.paths.values()))
            alternates.append(
                {"lang_code": "x-default", "location": f"{protocol}://{domain}{default}"}
            )
            url["alternates"] = alternates
        return urls


class PageSitemap(TranslatedSitemap):
    """Every live, public Wagtail page of every language."""

    def entries(self):
        from wagtail.models import Page

        pages = (
            Page.objects.live()
            .public()
            .filter(depth__gt=1)
            .select_related("locale")
            .only(
                "id",
                "path",
                "depth",
                "url_path",
                "translation_key",
                "last_published_at",
                "locale__language_code",
            )
            .order_by("path")
        )
        groups: dict = {}
        for page in pages:
            url = page.get_url(request=getattr(self, "request", None))
            if not url:
                continue
            entry = groups.setdefault(
                page.translation_key, Entry(priority=1.0 if page.depth == 2 else 0.7)
            )
            entry.paths.setdefault(page.locale.language_code, url)
            if page.last_published_at and (
                entry.lastmod is None or page.last_published_at > entry.lastmod
            ):
                entry.lastmod = page.last_published_at
        return list(groups.values())


class RecordSitemap(TranslatedSitemap):
    """Detail pages of every database's records (through its API resource)."""

    def entries(self):
        entries = []
        for database in databases():
            resource = database.api
            if resource is None or not hasattr(resource.model, "get_absolute_url"):
                continue
            for obj in resource.get_queryset().order_by("pk"):
                paths = {}
                for code in LANGUAGES:
                    with translation.override(code):
                        paths[code] = obj.get_absolute_url()
                entries.append(Entry(paths, resource.lastmod(obj), 0.6))
        return entries


class ViewSitemap(TranslatedSitemap):
    """The databases' list views and map, the contact list and the open data pages."""

    def entries(self):
        entries = []
        for name, priority in view_url_names():
            paths = {}
            for code in LANGUAGES:
                with translation.override(code):
                    paths[code] = reverse(name)
            entries.append(Entry(paths, None, priority))
        return entries


SITEMAPS = {"pages": PageSitemap, "views": ViewSitemap, "records": RecordSitemap}


@cache_control(public=True, max_age=3600)
def sitemap_view(request):
    maps = {}
    for name, sitemap_class in SITEMAPS.items():
        instance = sitemap_class()
        instance.request = request
        maps[name] = instance
    return sitemap(request, maps)
