"""Filters for faceted lists: lenient facet filters and the search text field.

The search filter itself (``q``) belongs to the search core: ``search.filters``.

Bad values in the query string never make a filter (or the page) fail: facet values that
are not among the options are dropped and remembered on the form field, an over-long
search text is shortened, and the view turns both into visible notices.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import django_filters
from django import forms
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models import F, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils import translation

from core.memo import per_generation

# Control characters (NUL included) that PostgreSQL or the HTML output cannot take.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(value: str) -> tuple[str, bool]:
    """The value without control characters, and whether any were removed."""
    cleaned = CONTROL_CHARACTERS.sub("", value)
    return cleaned, cleaned != value


def current_language() -> str:
    """The active language's code as used in modeltranslation column names."""
    code = (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0].lower()
    available = {lang.split("-")[0] for lang, _name in settings.LANGUAGES}
    return code if code in available else settings.LANGUAGE_CODE


def title_ordering() -> list:
    """Alphabetical by the title in the active language (German where English is missing):
    the ``order_by`` arguments of the lists' "Title (A–Z)" sort."""
    if current_language() == settings.LANGUAGE_CODE:
        return ["title_de"]
    fallback = Coalesce(NullIf(F(f"title_{current_language()}"), Value("")), F("title_de"))
    return [fallback.asc()]


@dataclass(frozen=True)
class Option:
    """One selectable value of a facet."""

    value: str
    label: str
    pk: Any


class LenientMultipleChoiceField(forms.MultipleChoiceField):
    """Keeps the valid values and remembers the others instead of rejecting the form."""

    ignored_values: list[str]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.ignored_values = []

    def clean(self, value):
        if value in (None, ""):
            value = []
        elif isinstance(value, str):
            value = [value]
        valid = {str(key) for key, _label in self.choices}
        kept, ignored = [], []
        for item in value:
            item = str(item)
            if item in valid:
                if item not in kept:
                    kept.append(item)
            elif item.strip() and item not in ignored:
                ignored.append(item)
        self.ignored_values = ignored
        return kept


class SearchTextField(forms.CharField):
    """Search text: control characters removed, cut to ``max_length`` instead of failing."""

    def __init__(self, *args, max_length=200, **kwargs):
        self.limit = max_length
        self.was_truncated = False
        self.had_control_characters = False
        super().__init__(*args, strip=True, **kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        value, self.had_control_characters = clean_text(value)
        value = " ".join(value.split())
        if len(value) > self.limit:
            value = value[: self.limit].rstrip()
            self.was_truncated = True
        return value


class SearchFilter(django_filters.CharFilter):
    """The full-text filter of a list (``q``), as the lists see it.

    The search core implements it (``search.filters.FullTextFilter``); the lists only
    ask it for what this class declares, so the core does not import the search app. A
    FilterSet has at most one.
    """

    field_class = SearchTextField

    def rank(self, qs, value):
        """An expression of each row's relevance (higher first)."""
        raise NotImplementedError

    def ranked_ids(self, qs, value, ordering=()):
        """The matching ids of ``qs``, best first, as a sliceable sub-query."""
        raise NotImplementedError

    def ranked_page(self, qs, value, ordering=(), start=0, stop=None):
        """The ids of ``ranked_ids(qs, value, ordering)[start:stop]``; a search core may
        choose them with less work."""
        return self.ranked_ids(qs, value, ordering)[start:stop]

    def suggestion(self, value: str) -> str | None:
        """A corrected spelling of ``value`` ("Did you mean …?"), or None."""
        return None

    def is_partial(self, value: str) -> bool:
        """Whether the results hold only some of the words."""
        return False

    def words_held(self, value: str) -> tuple[int, int] | None:
        """When the results hold only some of the words: (how many of them they hold,
        how many words there are), for the notice; else None."""
        return None


class FacetFilter(django_filters.Filter):
    """A multi-select facet over a related model (or any model with a key column).

    ``field_name`` is the lookup path from the listed model to the option model
    (``"status"``, ``"model_project__state"``, ``"topics"``, ``"date__year"``).

    ``options`` is the option model (its default ordering is the display order), a
    queryset, or a list of ``(value, label)`` or ``(url value, label, database value)``
    tuples, or a callable returning any of these (evaluated once per request). For a
    model, ``value_field`` names the attribute used in URLs; the path then ends at the
    related object (its primary key is compared and counted). Values in the URL are the
    options' ``value_field`` (a stable key or slug), never database ids. Set
    ``many=True`` for paths that cross a many-to-many or reverse relation: such filters
    use a sub-query so that rows are never duplicated and counts stay exact.
    """

    field_class = LenientMultipleChoiceField

    def __init__(
        self,
        field_name: str,
        *,
        options,
        value_field: str = "key",
        many: bool = False,
        label=None,
        option_label=None,
        **kwargs,
    ):
        super().__init__(field_name=field_name, label=label, **kwargs)
        self.options_source = options
        self.value_field = value_field
        self.many = many
        self.option_label = option_label
        self.options: list[Option] | None = None

    def option_items(self):
        source = self.options_source
        if isinstance(source, type) and issubclass(source, models.Model):
            return source._default_manager.all()
        items = source() if callable(source) else source
        return items.all() if isinstance(items, models.QuerySet) else items

    def load_options(self) -> list[Option]:
        """Read the options and offer them to the form field: at most one query per
        content generation and language in each process (``core.memo``)."""
        if self.options is None:
            parent = getattr(self, "parent", None)
            if parent is None:  # not bound to a FilterSet: nothing to share it with
                self.options = self._read_options()
            else:
                key = ("facet_options", type(parent), self.field_name, self.value_field)
                self.options = list(per_generation(key, self._read_options))
            self.extra["choices"] = [(o.value, o.label) for o in self.options]
        return self.options

    def _read_options(self) -> list[Option]:
        label_of = self.option_label or str
        options = []
        for item in self.option_items():
            if isinstance(item, models.Model):
                value, label, key = getattr(item, self.value_field), label_of(item), item.pk
            elif len(item) == 3:
                value, label, key = item
            else:
                value, label = item
                key = value
            options.append(Option(value=str(value), label=str(label), pk=key))
        return options

    def pks_for(self, values):
        by_value = {option.value: option.pk for option in self.load_options()}
        return [by_value[value] for value in values if value in by_value]

    def filter(self, qs, value):
        if not value:
            return qs
        pks = self.pks_for(value)
        if self.many:
            return qs.filter(pk__in=self.matching_ids(qs.model, pks))
        return qs.filter(**{f"{self.field_name}__in": pks})

    def link_table(self, model):
        """(through model, field to the listed row, field to the option) when the path is
        a direct many-to-many field of ``model``, else None."""
        try:
            field = model._meta.get_field(self.field_name)
        except FieldDoesNotExist:
            return None
        if not isinstance(field, models.ManyToManyField):
            return None
        return field.remote_field.through, field.m2m_field_name(), field.m2m_reverse_field_name()

    def matching_ids(self, model, pks):
        """Sub-query of the ids of rows with one of the values. A direct many-to-many
        field is read from its through table alone (no join back to the model)."""
        link = self.link_table(model)
        if link is not None:
            through, row_field, option_field = link
            return through._base_manager.filter(**{f"{option_field}__in": pks}).values(row_field)
        return model._base_manager.filter(**{f"{self.field_name}__in": pks}).values("pk")
