"""Filters of the news list, built on the portal's shared filterable-list mechanism."""

import django_filters
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from core.filtering.filters import FacetFilter
from core.filtering.filtersets import FacetedFilterSet
from core.filtering.state import SortOption

from .models import NewsPage, NewsPageTag


def year_options(news):
    """(URL value, label, database value) of every year with news in ``news``, newest first."""
    return [(str(day.year), str(day.year), day.year) for day in news.dates("date", "year", "DESC")]


def tag_options(news):
    """The tags used by ``news`` (the items of one index page, hence of one language)."""
    used = NewsPageTag.objects.filter(content_object__in=news.order_by().values("pk"))
    return Tag.objects.filter(pk__in=used.values("tag_id")).order_by("name")


class NewsFilterSet(FacetedFilterSet):
    """Year and topic (tag) of the news items of one index page.

    The options depend on the listed items (each language has its own tags), so they are
    set per request from the queryset before they are loaded.
    """

    year = FacetFilter("date__year", options=(), label=_("Year"))
    tag = FacetFilter("tags", options=(), value_field="slug", many=True, label=_("Topic"))

    sort_options = {
        "newest": SortOption(_("Newest first"), ("-date",)),
        "oldest": SortOption(_("Oldest first"), ("date",)),
    }
    default_sort = "newest"

    class Meta:
        model = NewsPage
        fields = []

    def __init__(self, data=None, queryset=None, **kwargs):
        django_filters.FilterSet.__init__(self, data, queryset, **kwargs)
        self.filters["year"].options_source = lambda: year_options(self.queryset)
        self.filters["tag"].options_source = lambda: tag_options(self.queryset)
        for facet in self.facet_filters.values():
            facet.load_options()
