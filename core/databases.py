"""The portal's databases: the collections of public records with a filterable list.

Each content app declares its database once, in its own ``database.py`` (imported from
its ``AppConfig.ready()``), with a :class:`Database`: key, label, model, list, feed, API
resource, views in the sitemap, demo flag and place in the order. Site-wide places that
go through every database (the sitemap, the open data page and its DCAT catalogue) read
this registry instead of naming the databases themselves. What the site search finds is
declared separately, in each app's ``search_index.py`` (``search.registry``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Database:
    """One database.

    * ``key``: stable English key, the same as its search kind (``"measures"``);
    * ``label``: its name in the menu (lazy translation);
    * ``model``: the model of its records;
    * ``list_url_name``: the filterable list (``"measures:measure_list"``), or None when
      the list is a Wagtail page (news, one index page per language);
    * ``feed_url_name``: its Atom feed, or None;
    * ``api_resource``: the name of its collection in the open data API
      (``opendata.api.resources``), or None; the open data page, the DCAT catalogue and the
      sitemap's records read the records through it;
    * ``sitemap_views``: its views in the sitemap, as ``(url name, priority)`` in order
      (the list, and the map of the model projects); empty for a list that is a page,
      which the sitemap lists with the pages;
    * ``demo_flag``: the name of the boolean field that marks invented records, or None;
    * ``order``: place among the databases (smaller first).
    """

    key: str
    label: Any
    model: type
    list_url_name: str | None
    feed_url_name: str | None = None
    api_resource: str | None = None
    sitemap_views: tuple[tuple[str, float], ...] = ()
    demo_flag: str | None = None
    order: int = 100


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
