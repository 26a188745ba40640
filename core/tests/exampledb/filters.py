"""The living lab list's filters and orders: the search text, one facet and the sorts."""

from django.utils.translation import gettext_lazy as _

from core.filtering.filters import FacetFilter
from core.filtering.filtersets import FacetedFilterSet
from core.filtering.state import SortOption
from search.filters import FullTextFilter

from .models import LivingLab, Phase


class LivingLabFilterSet(FacetedFilterSet):
    q = FullTextFilter(kind="living-labs", label=_("Search in living labs"))
    phase = FacetFilter("phase", options=Phase.choices, label=_("Phase"))

    sort_options = {
        "relevance": SortOption(_("Relevance"), ("title",), needs_search=True),
        "title": SortOption(_("Title (A–Z)"), ("title",)),
        "updated": SortOption(_("Recently updated"), ("-updated_at",)),
    }
    default_sort = "title"
    search_sort = "relevance"

    class Meta:
        model = LivingLab
        fields = []
