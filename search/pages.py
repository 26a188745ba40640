"""Declaring Wagtail page types as searchable kinds."""

from __future__ import annotations

from django.core.exceptions import FieldDoesNotExist
from django.utils.html import strip_tags
from wagtail.fields import StreamField
from wagtail.search import index

from .registry import SearchField

SUMMARY_FIELDS = ("intro", "search_description")


def page_body_texts(page) -> list[str]:
    """The searchable text of a page's own search fields (stream blocks included),
    except its title and summary."""
    texts = []
    for search_field in getattr(page, "search_fields", []):
        if not isinstance(search_field, index.SearchField):
            continue
        name = search_field.field_name
        if name == "title" or name in SUMMARY_FIELDS:
            continue
        try:
            model_field = page._meta.get_field(name)
        except FieldDoesNotExist:  # a search field may name a method
            model_field = None
        value = getattr(page, name, None)
        if callable(value):
            value = value()
        if value in (None, ""):
            continue
        if isinstance(model_field, StreamField):
            texts.extend(str(t) for t in model_field.get_searchable_content(value))
        else:  # plain and rich text
            texts.append(strip_tags(str(value)))
    return texts


def page_summary(page) -> str:
    for name in SUMMARY_FIELDS:
        value = getattr(page, name, "")
        if value:
            return str(value)
    return ""


def page_tags(page) -> list[str]:
    tags = getattr(page, "tags", None)
    return [tag.name for tag in tags.all()] if tags is not None else []


PAGE_FIELDS = [
    SearchField("title", "A"),
    SearchField(page_tags, "A"),
    SearchField(page_summary, "B"),
    SearchField(page_body_texts, "C"),
]


def page_language(page):
    return [page.locale.language_code.split("-")[0]]


def page_url(page) -> str:
    return page.get_url() or ""
