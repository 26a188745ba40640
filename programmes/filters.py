"""Filters for the model project list, map and GeoJSON export.

Facets (round, category, state, phase, topic) take several values each: values of one
facet are combined with OR, facets with AND. Option lists are loaded once per request
(one query per facet) and used both to validate the query string and to render the
form, so unknown values are dropped and reported instead of failing the whole field.
"""

import django_filters
from django import forms
from django.db.models import Count, Exists, OuterRef, Q
from django.http import QueryDict
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .models import (
    FederalState,
    FundingRound,
    ModelProject,
    MunicipalityCategory,
    Phase,
    Topic,
)

MAX_SEARCH_WORDS = 10
TEXT_SEARCH_FIELDS = (
    "name",
    "official_name",
    "partners",
    "summary_de",
    "summary_en",
    "vision_de",
    "vision_en",
    "state__name_de",
    "state__name_en",
)


class LenientMultipleChoiceField(forms.MultipleChoiceField):
    """Keeps the known values and remembers unknown ones instead of rejecting all."""

    ignored_values = ()

    def clean(self, value):
        values = [str(v) for v in (value or [])]
        valid = {str(key) for key, _label in self.choices}
        self.ignored_values = [v for v in values if v not in valid]
        return [v for v in dict.fromkeys(values) if v in valid]


class LenientChoiceField(django_filters.fields.ChoiceField):
    """A single choice that is dropped (and remembered) when unknown."""

    ignored_values = ()

    def clean(self, value):
        valid = {str(key) for key, _label in self.choices}
        if value in (None, ""):
            return ""
        if value not in valid:
            self.ignored_values = [value]
            return ""
        return value


class FacetFilter(django_filters.Filter):
    """Multi-select filter on a taxonomy, addressed by its stable key in the URL."""

    field_class = LenientMultipleChoiceField

    def __init__(self, *args, relation=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.relation = relation
        self.ids_by_key = {}

    def set_options(self, options):
        self.ids_by_key = {option.key: option.pk for option in options}
        self.extra["choices"] = [(option.key, option.label) for option in options]

    def selected_ids(self, keys):
        return [self.ids_by_key[key] for key in keys if key in self.ids_by_key]

    def filter(self, qs, value):
        if not value:
            return qs
        if self.relation == "topics":
            through = ModelProject.topics.through
            return qs.filter(
                Exists(
                    through.objects.filter(
                        modelproject_id=OuterRef("pk"), topic_id__in=self.selected_ids(value)
                    )
                )
            )
        return qs.filter(**{f"{self.field_name}__in": self.selected_ids(value)})


class SortFilter(django_filters.ChoiceFilter):
    field_class = LenientChoiceField


class FacetOption:
    """One selectable value: ``key`` goes into the URL, ``label`` is shown."""

    def __init__(self, key, label, pk):
        self.key = str(key)
        self.label = label
        self.pk = pk


def load_facet_options():
    """Option lists for every facet, in display order; one query each."""
    return {
        "round": [
            FacetOption(r.year, str(r.year), r.pk) for r in FundingRound.objects.only("pk", "year")
        ],
        "category": [FacetOption(c.key, c.name, c.pk) for c in MunicipalityCategory.objects.all()],
        "state": [FacetOption(s.key, s.name, s.pk) for s in FederalState.objects.all()],
        "phase": [FacetOption(p.key, p.name, p.pk) for p in Phase.objects.all()],
        "topic": [FacetOption(t.key, t.name, t.pk) for t in Topic.objects.all()],
    }


SORT_ORDERS = {
    "name": ("name",),
    "round": ("funding_round__year", "name"),
    "state": ("state__sort_order", "state__name", "name"),
}


class ModelProjectFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_text", label=_("Search text"))
    round = FacetFilter(field_name="funding_round_id", label=_("Funding round"))
    category = FacetFilter(field_name="category_id", label=_("Municipality category"))
    state = FacetFilter(field_name="state_id", label=_("Federal state"))
    phase = FacetFilter(field_name="phase_id", label=_("Phase"))
    topic = FacetFilter(relation="topics", label=_("Topic"))
    sort = SortFilter(
        method="sort_queryset",
        label=_("Sort by"),
        choices=[("name", _("Name")), ("round", _("Funding round")), ("state", _("Federal state"))],
        empty_label=None,
    )

    FACETS = ("round", "category", "state", "phase", "topic")

    class Meta:
        model = ModelProject
        fields = []

    def __init__(self, data=None, queryset=None, *, options=None, **kwargs):
        # Always bound: no query string is a valid, empty selection.
        super().__init__(data if data is not None else QueryDict(), queryset, **kwargs)
        self.options = options if options is not None else load_facet_options()
        for name in self.FACETS:
            self.filters[name].set_options(self.options[name])

    def filter_text(self, qs, name, value):
        words = value.split()[:MAX_SEARCH_WORDS]
        for word in words:
            condition = Q()
            for field in TEXT_SEARCH_FIELDS:
                condition |= Q(**{f"{field}__icontains": word})
            qs = qs.filter(condition)
        return qs

    def sort_queryset(self, qs, name, value):
        return qs.order_by(*SORT_ORDERS.get(value, SORT_ORDERS["name"]))

    @property
    def current_sort(self):
        self.form.is_valid()
        return self.form.cleaned_data.get("sort") or "name"

    def filter_queryset_without(self, excluded):
        """The queryset with every active filter applied except ``excluded``."""
        self.form.is_valid()
        qs = self.queryset.all()
        for name, value in self.form.cleaned_data.items():
            if name not in (excluded, "sort"):
                qs = self.filters[name].filter(qs, value)
        return qs

    def ignored_input_notices(self):
        """Messages naming the values that were dropped because they are unknown."""
        self.form.is_valid()
        notices = []
        for field in self.form.fields.values():
            ignored = getattr(field, "ignored_values", ())
            if ignored:
                notices.append(
                    gettext("Unknown value for “%(filter)s” ignored: %(values)s")
                    % {"filter": field.label, "values": ", ".join(v[:40] for v in ignored[:5])}
                )
        return notices

    def facets(self):
        """Facets with, per option, how many projects it would give (disjunctive counts).

        One grouped query per facet: each counts against the other active filters.
        """
        self.form.is_valid()
        selected = self.form.cleaned_data
        facets = []
        for name in self.FACETS:
            base = self.filter_queryset_without(name).order_by()
            if name == "topic":
                counts = dict(
                    ModelProject.topics.through.objects.filter(modelproject__in=base.values("pk"))
                    .values_list("topic_id")
                    .annotate(n=Count("modelproject_id"))
                    .order_by()
                )
            else:
                field = self.filters[name].field_name
                counts = dict(base.values_list(field).annotate(n=Count("pk")).order_by())
            chosen = set(selected.get(name) or ())
            facets.append(
                {
                    "name": name,
                    "label": self.filters[name].label,
                    "options": [
                        {
                            "key": option.key,
                            "label": option.label,
                            "count": counts.get(option.pk, 0),
                            "checked": option.key in chosen,
                        }
                        for option in self.options[name]
                    ],
                }
            )
        return facets

    def active_filter_count(self):
        self.form.is_valid()
        data = self.form.cleaned_data
        return sum(len(data.get(name) or ()) for name in self.FACETS) + bool(data.get("q"))
