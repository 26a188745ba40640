"""What can be searched: every database and page type declares itself once, in its app.

An app's ``search_index.py`` registers a :class:`SearchableKind`: the model, which objects
are public, the fields with their weights, and where the results are listed. Everything
that searches (the lists' ``q``, the site search, the feeds and the API) reads this
registry, so the same words find the same records everywhere. See docs/search.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.utils import translation
from django.utils.html import strip_tags

WEIGHTS = ("A", "B", "C")  # A: title and labels, B: summary and facts, C: long texts


@dataclass(frozen=True)
class SearchField:
    """One source of text. ``source`` is an attribute path (``"model_project.name"``,
    ``"topics.name"`` for every related topic; read in the active language for translated
    fields) or a callable ``obj -> text or list of texts``. ``html=True`` strips tags."""

    source: str | Callable[[Any], Any]
    weight: str = "B"
    html: bool = False

    def texts(self, obj) -> list[str]:
        values = self.source(obj) if callable(self.source) else _follow(obj, self.source)
        if not isinstance(values, list | tuple):
            values = [values]
        texts = [str(v) for v in values if v not in (None, "")]
        return [strip_tags(t) for t in texts] if self.html else texts


def _follow(obj, path: str) -> list:
    """The values at ``path`` ("model_project.state.name", "topics.name"): a
    many-valued relation on the way gives one value per related object (prefetched)."""
    values = [obj]
    for part in path.split("."):
        found = []
        for value in values:
            value = getattr(value, part, None)
            if value is None:
                continue
            if hasattr(value, "all") and callable(value.all):  # a related manager
                found.extend(value.all())
            else:
                found.append(value)
        values = found
    return values


@dataclass
class SearchableKind:
    """A kind of content in the search core.

    * ``key``: stable English key, the ``type`` of the site search (``"measures"``);
    * ``label``/``singular``: shown in the site search;
    * ``model``: the model class; ``public``: ``() -> queryset`` of the objects anyone may
      see, with the ``select_related``/``prefetch_related`` the fields need;
    * ``fields``: the :class:`SearchField` list; ``title`` and ``summary`` name the fields
      shown in a hit, ``date`` its date;
    * ``languages``: ``obj -> language codes`` the object exists in (default: every site
      language, for modeltranslation models; a Wagtail page has one);
    * ``list_url_name``: the filterable list that accepts ``?q=`` (the site search links
      "all 122 measures" there);
    * ``rank``: small preference between kinds at equal scores (higher first);
    * ``dependencies``: ``{model: instance -> objects of this kind to index again}``, for
      texts read from related objects (a measure shows its model project's name).
    """

    key: str
    label: Any
    singular: Any
    model: type
    public: Callable[[], Any]
    fields: list[SearchField]
    title: Callable[[Any], str] = lambda obj: str(obj)
    summary: Callable[[Any], str] = lambda obj: ""
    date: Callable[[Any], Any] = lambda obj: None
    url: Callable[[Any], str] = lambda obj: obj.get_absolute_url()
    languages: Callable[[Any], Iterable[str]] | None = None
    list_url_name: str | None = None
    rank: float = 0.0
    order: int = 100
    dependencies: dict[type, Callable[[Any], Any]] = field(default_factory=dict)

    def object_languages(self, obj) -> list[str]:
        if self.languages is not None:
            return list(self.languages(obj))
        return [code for code, _name in settings.LANGUAGES]

    def texts_by_weight(self, obj, language: str) -> dict[str, list[str]]:
        with translation.override(language):
            texts = {weight: [] for weight in WEIGHTS}
            for search_field in self.fields:
                texts[search_field.weight].extend(search_field.texts(obj))
            return texts

    def display(self, obj, language: str) -> dict[str, Any]:
        with translation.override(language):
            return {
                "title": str(self.title(obj) or ""),
                "summary": strip_tags(str(self.summary(obj) or "")),
                "date": self.date(obj),
                "url": self.url(obj) or "",
            }


_KINDS: dict[str, SearchableKind] = {}


def register(kind: SearchableKind) -> SearchableKind:
    _KINDS[kind.key] = kind
    return kind


def kinds() -> list[SearchableKind]:
    """Every registered kind, in the order of the site search's type filter."""
    return sorted(_KINDS.values(), key=lambda kind: (kind.order, kind.key))


def get_kind(key: str) -> SearchableKind:
    return _KINDS[key]


def kinds_for_model(model) -> list[SearchableKind]:
    return [kind for kind in _KINDS.values() if issubclass(model, kind.model)]
