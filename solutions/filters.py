"""Filters of the solution list: what the list page, its counts and exports share."""

from django.utils.translation import gettext_lazy as _

from core.filtering.filters import FacetFilter, title_ordering
from core.filtering.filtersets import FacetedFilterSet
from core.filtering.state import SortOption
from measures.models import FieldOfAction
from programmes.models import FederalState, MunicipalityCategory, Topic
from search.filters import FullTextFilter

from .models import SolutionProfile

OPEN_SOURCE_OPTIONS = [("yes", _("yes"), True), ("no", _("no"), False)]


class SolutionFilterSet(FacetedFilterSet):
    q = FullTextFilter(kind="solutions", label=_("Search in solutions"))
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

    sort_options = {
        "relevance": SortOption(_("Relevance"), title_ordering, needs_search=True),
        "title": SortOption(_("Title (A–Z)"), title_ordering),
        "newest": SortOption(_("Newest first"), ("-first_published_at",)),
        "project": SortOption(
            _("Lead model project (A–Z)"),
            lambda: ["lead_project__name", *title_ordering()],
        ),
    }
    default_sort = "title"
    search_sort = "relevance"

    class Meta:
        model = SolutionProfile
        fields = []
