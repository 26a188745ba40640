"""Filters of the model project list, map and exports (shared ``smartcity.filtering``).

Facets: round, category, state, phase, topic. Values of one facet are combined with OR,
facets with AND; every option shows its disjunctive count.
"""

from django.db.models import Q, Value
from django.utils.translation import gettext_lazy as _

from smartcity.filtering.filters import FacetFilter, FullTextFilter
from smartcity.filtering.filtersets import FacetedFilterSet

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


class ProjectTextFilter(FullTextFilter):
    """Substring search over names, partners, state and texts in both languages.

    With 73 projects a scan costs nothing, and unlike full-text search a substring finds
    part of a name ("Südwest", "Gelsen"). Every word must occur in one of the fields.
    Inherits the shared field, which strips control characters and shortens long input.
    """

    def __init__(self, **kwargs):
        super().__init__(weights=dict.fromkeys(TEXT_SEARCH_FIELDS, "A"), localized=False, **kwargs)

    def filter(self, qs, value):
        for word in value.split()[:MAX_SEARCH_WORDS]:
            condition = Q()
            for field in TEXT_SEARCH_FIELDS:
                condition |= Q(**{f"{field}__icontains": word})
            qs = qs.filter(condition)
        return qs

    def rank(self, qs, value):
        return Value(0)


class ModelProjectFilterSet(FacetedFilterSet):
    q = ProjectTextFilter(label=_("Search text"))
    round = FacetFilter(
        "funding_round",
        options=FundingRound,
        value_field="year",
        option_label=lambda funding_round: str(funding_round.year),
        label=_("Funding round"),
    )
    category = FacetFilter(
        "category", options=MunicipalityCategory, label=_("Municipality category")
    )
    state = FacetFilter("state", options=FederalState, label=_("Federal state"))
    phase = FacetFilter("phase", options=Phase, label=_("Phase"))
    topic = FacetFilter("topics", options=Topic, many=True, label=_("Topic"))

    class Meta:
        model = ModelProject
        fields = []
