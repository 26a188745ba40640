"""Query parameters of the API, read from the FilterSets of the HTML lists.

Every filter of a list's FilterSet is a parameter of the same name: a facet accepts its
options' keys (repeat the parameter for several values), a text filter one string. The
list view's sort orders become ``sort``. Validation is strict: unknown parameters and
unknown values are a 400 with a message naming them, where the HTML list shows a notice.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import django_filters
from django import forms
from django.http import QueryDict

from core.filtering.filters import clean_text
from search.filters import FullTextFilter

MAX_TEXT_LENGTH = 200
MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20
LANGUAGE_PARAM = "lang"


class ApiError(Exception):
    def __init__(self, status, code, message, **details):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details


@dataclass
class Param:
    name: str
    description: str
    kind: str = "string"  # string, integer
    many: bool = False
    choices: list[str] | None = None
    max_length: int | None = None
    minimum: int | None = None
    maximum: int | None = None
    default: object = None
    labels: dict[str, str] = field(default_factory=dict)

    def schema(self) -> dict:
        item: dict = {"type": self.kind}
        if self.choices:
            item["enum"] = list(self.choices)
        if self.max_length is not None:
            item["maxLength"] = self.max_length
        if self.minimum is not None:
            item["minimum"] = self.minimum
        if self.maximum is not None:
            item["maximum"] = self.maximum
        if self.default is not None:
            item["default"] = self.default
        if self.many:
            array = {"type": "array", "items": item}
            if self.choices is not None and not self.choices:
                array["maxItems"] = 0  # no values yet: the parameter cannot be used
            return array
        return item

    def openapi(self) -> dict:
        spec = {
            "name": self.name,
            "in": "query",
            "required": False,
            "description": self.description,
            "schema": self.schema(),
        }
        if self.many:
            spec.update(style="form", explode=True)
        return spec


def is_multiple(filter_) -> bool:
    field_class = getattr(filter_, "field_class", None)
    return isinstance(field_class, type) and issubclass(field_class, forms.MultipleChoiceField)


def filter_params(filterset) -> list[Param]:
    """The parameters of a FilterSet instance (its options loaded)."""
    params = []
    for name, filter_ in filterset.filters.items():
        label = str(filter_.label or name)
        choices = filter_.extra.get("choices")
        if choices is not None and not isinstance(filter_, django_filters.CharFilter):
            values = [str(value) for value, _label in choices]
            labels = {str(value): str(label) for value, label in choices}
            many = is_multiple(filter_)
            hint = "Repeat the parameter for several values (any of them). " if many else ""
            params.append(
                Param(
                    name,
                    f"{label}. {hint}Allowed values: the keys listed here.",
                    many=many,
                    choices=values,
                    labels=labels,
                )
            )
        else:
            kind = "full-text search" if isinstance(filter_, FullTextFilter) else "text search"
            params.append(
                Param(
                    name,
                    f"{label} ({kind}; at most {MAX_TEXT_LENGTH} characters).",
                    max_length=MAX_TEXT_LENGTH,
                )
            )
    return params


def sort_param(filterset_class) -> Param | None:
    """The ``sort`` parameter of a list with orders (its FilterSet's), or None."""
    if filterset_class is None or not filterset_class.sort_options:
        return None
    options = filterset_class.sort_options
    default = filterset_class.default_sort
    descriptions = "; ".join(
        f"{key}: {option.label}" + (" (with a search text)" if option.needs_search else "")
        for key, option in options.items()
    )
    return Param(
        "sort",
        f"Order of the results ({descriptions}). Default: {default}, or relevance when "
        "a search text is given.",
        choices=list(options),
    )


def page_params() -> list[Param]:
    return [
        Param("page", "Page number, starting at 1.", kind="integer", minimum=1, maximum=10**9),
        Param(
            "page_size",
            f"Records per page (1–{MAX_PAGE_SIZE}, default {DEFAULT_PAGE_SIZE}).",
            kind="integer",
            minimum=1,
            maximum=MAX_PAGE_SIZE,
            default=DEFAULT_PAGE_SIZE,
        ),
    ]


def language_param(languages) -> Param:
    return Param(
        LANGUAGE_PARAM,
        "Language of labels and texts. Without it the Accept-Language header decides "
        "(German by default).",
        choices=list(languages),
    )


def _describe(values, limit=20):
    if not values:
        return "none (the filter has no values yet)"
    shown = ", ".join(values[:limit])
    return shown + (f" and {len(values) - limit} more" if len(values) > limit else "")


def _shorten(value, limit=60):
    value, _removed = clean_text(value)
    return value if len(value) <= limit else value[: limit - 1] + "…"


def validate(query: QueryDict, params: list[Param]) -> QueryDict:
    """The query with valid values only; raises ``ApiError`` (400) otherwise."""
    by_name = {param.name: param for param in params}
    unknown = [name for name in query if name not in by_name]
    if unknown:
        raise ApiError(
            400,
            "unknown_parameter",
            "Unknown query parameter(s): {}. Allowed parameters: {}.".format(
                ", ".join(f"“{_shorten(name)}”" for name in unknown[:10]),
                ", ".join(sorted(by_name)),
            ),
            parameters=[_shorten(name) for name in unknown[:10]],
        )
    cleaned = QueryDict(mutable=True)
    for name in query:
        param = by_name[name]
        values = query.getlist(name)
        if not param.many and len(values) > 1:
            raise ApiError(
                400,
                "repeated_parameter",
                f"The parameter “{name}” takes one value but was given {len(values)} times.",
                parameters=[name],
            )
        kept = []
        for raw in values:
            value = raw
            if param.kind == "string" and param.choices is None:
                value, _removed = clean_text(raw)
                value = " ".join(value.split())
                if param.max_length is not None and len(value) > param.max_length:
                    raise ApiError(
                        400,
                        "too_long",
                        f"The parameter “{name}” may have at most {param.max_length} "
                        f"characters ({len(value)} given).",
                        parameters=[name],
                    )
            elif param.kind == "integer":
                if not value.isascii() or not value.isdigit() or len(value) > 10:
                    raise ApiError(
                        400,
                        "invalid_value",
                        f"The parameter “{name}” must be a whole number; "
                        f"“{_shorten(value)}” is not.",
                        parameters=[name],
                    )
                number = int(value)
                if (param.minimum is not None and number < param.minimum) or (
                    param.maximum is not None and number > param.maximum
                ):
                    raise ApiError(
                        400,
                        "invalid_value",
                        f"The parameter “{name}” must lie between {param.minimum} and "
                        f"{param.maximum}; {number} does not.",
                        parameters=[name],
                    )
                value = str(number)
            elif param.choices is not None and value not in param.choices:
                raise ApiError(
                    400,
                    "unknown_value",
                    f"“{_shorten(value)}” is not a value of “{name}”. "
                    f"Allowed values: {_describe(param.choices)}.",
                    parameters=[name],
                )
            if value not in kept:
                kept.append(value)
        cleaned.setlist(name, kept)
    return cleaned
