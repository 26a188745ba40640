"""The measures database's filters: what the list page, its counts and exports share."""

from django.utils.translation import gettext_lazy as _

from core.filtering.filters import FacetFilter, title_ordering
from core.filtering.filtersets import FacetedFilterSet
from core.filtering.state import SortOption
from programmes.models import FederalState, FundingRound, ModelProject, MunicipalityCategory, Topic
from search.filters import FullTextFilter

from .models import FieldOfAction, Measure, MeasureStatus, SpatialEffect


class MeasureFilterSet(FacetedFilterSet):
    q = FullTextFilter(kind="measures", label=_("Search in measures"))
    field_of_action = FacetFilter(
        "fields_of_action", options=FieldOfAction, many=True, label=_("Field of action")
    )
    spatial_effect = FacetFilter("spatial_effect", options=SpatialEffect, label=_("Spatial effect"))
    status = FacetFilter("status", options=MeasureStatus, label=_("Status"))
    state = FacetFilter("model_project__state", options=FederalState, label=_("Federal state"))
    project = FacetFilter(
        "model_project",
        options=lambda: ModelProject.objects.live().only("pk", "slug", "name"),
        value_field="slug",
        label=_("Model project"),
    )
    round = FacetFilter(
        "model_project__funding_round",
        options=FundingRound,
        value_field="year",
        label=_("Funding round"),
        option_label=lambda funding_round: str(funding_round.year),
    )
    category = FacetFilter(
        "model_project__category",
        options=MunicipalityCategory,
        label=_("Municipality category"),
    )
    topic = FacetFilter("topics", options=Topic, many=True, label=_("Topic"))

    sort_options = {
        "relevance": SortOption(
            _("Relevance"),
            ("-last_updated",),
            needs_search=True,
            index_ordering=("-date",),  # a measure's entry is dated last_updated
        ),
        "updated": SortOption(_("Last updated"), ("-last_updated",)),
        "title": SortOption(_("Title (A–Z)"), title_ordering),
    }
    default_sort = "updated"
    search_sort = "relevance"

    class Meta:
        model = Measure
        fields = []
