"""Filters of the model project list, map and exports (shared ``core.filtering``).

Facets: round, category, state, phase, topic. Values of one facet are combined with OR,
facets with AND; every option shows its disjunctive count.
"""

from django.utils.translation import gettext_lazy as _

from core.filtering.filters import FacetFilter
from core.filtering.filtersets import FacetedFilterSet
from core.filtering.state import SortOption
from search.filters import FullTextFilter

from .models import (
    FederalState,
    FundingRound,
    ModelProject,
    MunicipalityCategory,
    Phase,
    Topic,
)


class ModelProjectFilterSet(FacetedFilterSet):
    q = FullTextFilter(kind="model-projects", label=_("Search text"))
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

    sort_options = {
        "relevance": SortOption(_("Relevance"), ("name",), needs_search=True),
        "name": SortOption(_("Name"), ("name",)),
        "round": SortOption(_("Funding round"), ("funding_round__year", "name")),
        "state": SortOption(_("Federal state"), ("state__sort_order", "state__name", "name")),
    }
    default_sort = "name"
    search_sort = "relevance"

    class Meta:
        model = ModelProject
        fields = []
