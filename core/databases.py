"""The portal's databases: the collections of public records with a filterable list.

Each content app declares its database once, in its own ``database.py`` (imported from
its ``AppConfig.ready()``), with a :class:`Database`: key, label, model, list, feed, API
resource, views in the sitemap, demo flag and place in the order. Site-wide places that
go through every database (the sitemap, the open data page and its DCAT catalogue) read
this registry instead of naming the databases themselves. What the site search finds is
declared separately, in each app's ``search_index.py`` (``search.registry``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Download:
    """A download of a dataset: its format (``csv``, ``json``, ``geojson``) and the URL
    name and arguments of the view that serves it."""

    fmt: str
    url_name: str
    kwargs: dict = field(default_factory=dict)


@dataclass(frozen=True)
class OpenDataset:
    """How the open data page and the DCAT catalogue describe a database: title,
    description, downloads, keywords and the EU data theme."""

    title: Any
    description: Any
    downloads: tuple[Download, ...]
    keywords: tuple[str, ...] = ()
    theme: str = "REGI"  # Regions and cities


def export_downloads(url_name: str, *formats: str) -> tuple[Download, ...]:
    """The downloads of a filterable list's export view, one per format."""
    return tuple(Download(fmt, url_name, {"fmt": fmt}) for fmt in formats)


@dataclass(frozen=True)
class FeedRoute:
    """An Atom feed of a database, at ``/<language>/feeds/<path>`` under the URL name
    ``feeds:<name>``; ``label`` and ``note`` describe it on the open data page."""

    name: str
    path: Any  # lazily translated URL segment, e.g. pgettext_lazy("URL path", "news/")
    view: Any  # a django.contrib.syndication Feed instance
    label: Any
    note: Any = ""


@dataclass(frozen=True)
class Database:
    """One database.

    * ``key``: stable English key, the same as its search kind (``"measures"``);
    * ``label``: its name in the menu (lazy translation);
    * ``model``: the model of its records;
    * ``list_url_name``: the filterable list (``"measures:measure_list"``), or None when
      the list is a Wagtail page (news, one index page per language);
    * ``url_path`` and ``urls``: the translated path prefix of its views
      (``_("measures/")``) and its URLconf module, or None for a list that is a page;
    * ``page_kinds``: the kinds of content (app labels) its views show, its own included,
      for the page cache (``core.pagecache``); None when they may show any kind, so that
      any change renews them;
    * ``feeds``: its Atom feeds (``FeedRoute``), the main one first; ``feed_url_name``
      names the main one;
    * ``api``: its collection in the open data API, a ``core.resources.Resource``
      declared in the app's ``api.py``, or None; the API, the open data page, the DCAT
      catalogue and the sitemap's records read the records through it;
    * ``value_lists``: the value lists its records use that the API publishes
      (``core.resources.ValueList``, ``/api/v1/taxonomies/<name>/``);
    * ``open_data``: its description as an open dataset (``OpenDataset``), or None; a
      database needs ``api`` and a list to be one;
    * ``sitemap_views``: its views in the sitemap, as ``(url name, priority)`` in order
      (the list, and the map of the model projects); empty for a list that is a page,
      which the sitemap lists with the pages;
    * ``demo_loader``: the function that loads its real and demo records
      (``load_demo_content`` runs them in the databases' order, after the contacts and the
      site's pages), or None;
    * ``demo_flag``: the name of the boolean field that marks invented records, or None;
    * ``order``: place among the databases (smaller first).
    """

    key: str
    label: Any
    model: type
    list_url_name: str | None
    api: Any = None
    open_data: OpenDataset | None = None
    value_lists: tuple = ()
    sitemap_views: tuple[tuple[str, float], ...] = ()
    demo_flag: str | None = None
    order: int = 100
    feeds: tuple[FeedRoute, ...] = ()
    url_path: Any = None
    urls: Any = None
    page_kinds: frozenset[str] | None = None
    demo_loader: Any = None

    @property
    def feed_url_name(self) -> str | None:
        """The URL name of its main feed, or None."""
        return f"feeds:{self.feeds[0].name}" if self.feeds else None


_DATABASES: dict[str, Database] = {}


def register(database: Database) -> Database:
    """Add a database; a second, different declaration under the same key is an error."""
    known = _DATABASES.get(database.key)
    if known is not None and known != database:
        raise ValueError(f"A database with the key {database.key!r} is registered already.")
    _DATABASES[database.key] = database
    return database


def databases() -> list[Database]:
    """Every registered database, in their order (then by key)."""
    return sorted(_DATABASES.values(), key=lambda database: (database.order, database.key))


def get_database(key: str) -> Database:
    """The database with this key (``KeyError`` when there is none)."""
    return _DATABASES[key]
