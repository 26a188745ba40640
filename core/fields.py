"""Fields of the API's records: how a value is read from an object, and its JSON schema.

A resource lists its fields once; the same list gives the JSON of a record and the
record's schema in the OpenAPI document, so the two cannot drift apart.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from core.plaintext import html_to_text

Source = str | Callable[[Any], Any]


def read(obj, source: Source):
    """The value at ``source``: an attribute path with dots, or a callable."""
    if callable(source):
        return source(obj)
    value = obj
    for part in source.split("."):
        value = getattr(value, part, None)
        if value is None:
            return None
    return value


@dataclass
class Field:
    """A plain value. ``kind`` is the JSON schema type (``string``, ``integer``, …)."""

    key: str
    source: Source | None = None
    description: str = ""
    kind: str = "string"
    format: str | None = None
    nullable: bool = False

    def __post_init__(self):
        if self.source is None:
            self.source = self.key

    def value(self, obj, ctx):
        return self.convert(read(obj, self.source), ctx)

    def convert(self, value, ctx):
        if value is None:
            if self.nullable:
                return None
            return "" if self.kind == "string" else value
        if self.kind == "string":
            if isinstance(value, datetime.datetime | datetime.date):
                return value.isoformat()
            return str(value)
        if self.kind == "integer":
            return int(value)
        if self.kind == "number":
            return float(value) if isinstance(value, Decimal) else value
        if self.kind == "boolean":
            return bool(value)
        return value

    def schema(self) -> dict:
        schema = {"type": self.kind}
        if self.format:
            schema["format"] = self.format
        if self.nullable:
            schema["nullable"] = True
        if self.description:
            schema["description"] = self.description
        return schema


def Text(key, source=None, description="", **kwargs):  # noqa: N802 - reads like a type
    return Field(key, source, description, **kwargs)


def Date(key, source=None, description="", nullable=True):  # noqa: N802
    return Field(key, source, description, kind="string", format="date", nullable=nullable)


def Bool(key, source=None, description=""):  # noqa: N802
    return Field(key, source, description, kind="boolean")


def Int(key, source=None, description="", nullable=True):  # noqa: N802
    return Field(key, source, description, kind="integer", nullable=nullable)


def Number(key, source=None, description="", nullable=True):  # noqa: N802
    return Field(key, source, description, kind="number", nullable=nullable)


@dataclass
class Html(Field):
    """Rich text as plain text: markup removed, paragraphs separated by a blank line."""

    def convert(self, value, ctx):
        return html_to_text(value)


@dataclass
class Url(Field):
    """An absolute URL built from a relative one (``get_absolute_url`` and friends)."""

    format: str | None = "uri"

    def convert(self, value, ctx):
        if not value:
            return None if self.nullable else ""
        return ctx.absolute(value)


@dataclass
class StringList(Field):
    def convert(self, value, ctx):
        return [str(item) for item in (value or [])]

    def schema(self):
        return {"type": "array", "items": {"type": "string"}, "description": self.description}


TERM_SCHEMA = {
    "type": "object",
    "properties": {
        "key": {"type": "string", "description": "Stable identifier (the same in every language)."},
        "name": {"type": "string", "description": "Label in the response's language."},
    },
    "required": ["key", "name"],
}


def term_value(term, key_attr="key"):
    return {"key": str(getattr(term, key_attr)), "name": str(term)}


@dataclass
class Term(Field):
    """One value of a taxonomy as ``{"key", "name"}``."""

    key_attr: str = "key"
    nullable: bool = True

    def convert(self, value, ctx):
        return term_value(value, self.key_attr) if value is not None else None

    def schema(self):
        schema = {**TERM_SCHEMA, "nullable": self.nullable}
        if self.description:
            schema["description"] = self.description
        return schema


@dataclass
class Terms(Field):
    """Several taxonomy values (a many-to-many relation; prefetch it)."""

    key_attr: str = "key"

    def convert(self, value, ctx):
        return [term_value(item, self.key_attr) for item in value.all()] if value else []

    def schema(self):
        return {
            "type": "array",
            "items": {"$ref": "#/components/schemas/Term"},
            "description": self.description,
        }


@dataclass
class Ref(Field):
    """A link to a record of another resource: ``{"<id>", "name", "url", "api_url"}``."""

    resource: str = ""
    id_attr: str = "slug"
    nullable: bool = True
    many: bool = False

    def one(self, obj, ctx):
        return {
            self.id_attr: getattr(obj, self.id_attr),
            "name": str(obj),
            "url": ctx.absolute(obj.get_absolute_url()),
            "api_url": ctx.api_url(self.resource, getattr(obj, self.id_attr)),
        }

    def convert(self, value, ctx):
        if self.many:
            return [self.one(item, ctx) for item in value.all()] if value else []
        return self.one(value, ctx) if value is not None else None

    def item_schema(self):
        return {
            "type": "object",
            "properties": {
                self.id_attr: {"type": "string"},
                "name": {"type": "string"},
                "url": {"type": "string", "format": "uri"},
                "api_url": {"type": "string", "format": "uri"},
            },
            "required": [self.id_attr, "name", "url", "api_url"],
        }

    def schema(self):
        if self.many:
            return {"type": "array", "items": self.item_schema(), "description": self.description}
        schema = self.item_schema()
        schema["nullable"] = self.nullable
        if self.description:
            schema["description"] = self.description
        return schema


@dataclass
class Nested(Field):
    """An object computed by ``source`` with a fixed schema."""

    object_schema: dict = field(default_factory=dict)

    def convert(self, value, ctx):
        return value

    def schema(self):
        schema = dict(self.object_schema)
        if self.description:
            schema["description"] = self.description
        return schema


def record_schema(fields: list[Field]) -> dict:
    return {
        "type": "object",
        "properties": {f.key: f.schema() for f in fields},
        "required": [f.key for f in fields],
        "additionalProperties": False,
    }
