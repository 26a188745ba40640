"""Filters of the publication list: what the list page, its counts and exports share."""

from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _

from contacts.models import Initiative, Organisation
from core.filtering.filters import FacetFilter, title_ordering
from core.filtering.filtersets import FacetedFilterSet
from core.filtering.state import SortOption
from programmes.models import Topic
from search.filters import FullTextFilter

from .models import Publication, PublicationLanguage, PublicationType


def year_options():
    """Years with at least one live publication, newest first (one query)."""
    years = Publication.objects.live().dates("publication_date", "year", order="DESC")
    return [(day.year, str(day.year)) for day in years]


def publisher_options():
    """Organisations that have published something (one query)."""
    return Organisation.objects.filter(
        Exists(Publication.objects.live().filter(publisher=OuterRef("pk")))
    )


class PublicationFilterSet(FacetedFilterSet):
    q = FullTextFilter(kind="publications", label=_("Search in publications"))
    type = FacetFilter("publication_type", options=PublicationType, label=_("Type"))
    topic = FacetFilter("topics", options=Topic, many=True, label=_("Topic"))
    year = FacetFilter("publication_date__year", options=year_options, label=_("Year"))
    publisher = FacetFilter("publisher", options=publisher_options, label=_("Publisher"))
    language = FacetFilter("language", options=PublicationLanguage.choices, label=_("Language"))
    initiative = FacetFilter("initiatives", options=Initiative, many=True, label=_("Initiative"))

    sort_options = {
        "relevance": SortOption(_("Relevance"), ("-publication_date",), needs_search=True),
        "newest": SortOption(_("Newest first"), ("-publication_date",)),
        "oldest": SortOption(_("Oldest first"), ("publication_date",)),
        "title": SortOption(_("Title (A–Z)"), title_ordering),
    }
    default_sort = "newest"
    search_sort = "relevance"

    class Meta:
        model = Publication
        fields = []
