"""Filters of the solution list: what the list page, its counts and exports share."""

from django.utils.translation import gettext_lazy as _

from measures.models import FieldOfAction
from programmes.models import FederalState, MunicipalityCategory, Topic
from smartcity.filtering.filters import FacetFilter, FullTextFilter
from smartcity.filtering.filtersets import FacetedFilterSet

from .models import SolutionProfile

# Weights of the full-text search; the GIN index migration (0002) repeats them.
SEARCH_WEIGHTS = {"title": "A", "teaser": "B", "challenge": "C", "solution": "C"}

OPEN_SOURCE_OPTIONS = [("yes", _("yes"), True), ("no", _("no"), False)]


class SolutionFilterSet(FacetedFilterSet):
    q = FullTextFilter(weights=SEARCH_WEIGHTS, label=_("Search in solutions"))
    topic = FacetFilter("topics", options=Topic, many=True, label=_("Topic"))
    field_of_action = FacetFilter(
        "fields_of_action", options=FieldOfAction, many=True, label=_("Field of action")
    )
    category = FacetFilter(
        "municipality_categories",
        options=MunicipalityCategory,
        many=True,
        label=_("Suitable for"),
    )
    state = FacetFilter(
        "lead_project__state", options=FederalState, label=_("Federal state of the lead project")
    )
    open_source = FacetFilter("is_open_source", options=OPEN_SOURCE_OPTIONS, label=_("Open source"))

    class Meta:
        model = SolutionProfile
        fields = []
