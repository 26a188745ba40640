"""A database's collection in the public API: its model, its live records, its fields
(which give both the JSON and its schema, ``core.fields``) and the FilterSet of its HTML
list (so the API accepts the same parameters and offers the same orders).

Each app declares its resource in its own ``api.py`` and names it in its database
declaration (``core.databases.Database.api``); the API (``opendata.api``) reads them from
the registry of databases.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Max

from .fields import Field, Text, Url


class Resource:
    """One collection of the API (``/api/v1/<name>/`` and ``/api/v1/<name>/<id>/``)."""

    name: str  # URL segment, stable, English
    model: type  # the model of the records
    title = ""
    description = ""
    lookup = "slug"  # the stable identifier in URLs and records
    lookup_pattern = "^[-a-zA-Z0-9_]+$"
    filterset_class: type | None = None  # the HTML list's FilterSet (filters and orders)
    default_ordering: tuple = ("pk",)
    fields: list[Field] = []

    def get_queryset(self):
        return self.model._default_manager.all()

    def prefetch(self, queryset):
        return queryset

    def get_filterset_class(self):
        return self.filterset_class

    def identifier(self, obj) -> str:
        return str(getattr(obj, self.lookup))

    def record(self, obj, ctx) -> dict:
        return {f.key: f.value(obj, ctx) for f in self.fields}

    def last_modified(self):
        """Date of the newest change, for the open data page and the catalogue."""
        return None

    def lastmod(self, obj):
        """When one record last changed (for the sitemap), or None."""
        return getattr(obj, "updated_at", None)


class LiveResource(Resource):
    """A database whose records have drafts: only the published ones, through the model's
    public queryset ``live()``."""

    def get_queryset(self):
        return self.model.objects.live()


class ApiUrl(Field):
    """The record's own API address."""

    def __init__(self, resource_name, lookup="slug"):
        super().__init__("api_url", None, "Address of this record in the API.", format="uri")
        self.resource_name = resource_name
        self.lookup = lookup

    def value(self, obj, ctx):
        return ctx.api_url(self.resource_name, getattr(obj, self.lookup))


def identity(resource_name, lookup="slug"):
    """The fields every record starts with: its identifier, page address and API address."""
    return [
        Text(lookup, description="Stable identifier (the same in every language)."),
        Url("url", lambda o: o.get_absolute_url(), "Address of the page in this language."),
        ApiUrl(resource_name, lookup),
    ]


def max_date(queryset, field):
    """The newest value of a date or datetime field, as a date (None when empty)."""
    value = queryset.aggregate(latest=Max(field))["latest"]
    return value.date() if hasattr(value, "date") and callable(value.date) else value


@dataclass(frozen=True)
class ValueList:
    """A value list of the API (``/api/v1/taxonomies/<name>/``): its records are the
    model's keys and names. A database names its own in ``Database.value_lists``."""

    name: str
    model: type
    title: Any
    key_attr: str = "key"

    def record(self, obj):
        return {"key": str(getattr(obj, self.key_attr)), "name": str(obj)}
