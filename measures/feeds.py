"""Atom feed of new and updated measures: "subscribe to this search".

It reads the same query string as the measures list (through its FilterSet), so any
filtered list can be subscribed to: it lists the newest or most recently updated measures
matching the filters. Unknown values are ignored as on the list page, so a feed address
never fails.
"""

from django.http import QueryDict
from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from core.feeds import FEED_LENGTH, SiteFeed, as_datetime
from core.filtering.state import ListState
from core.plaintext import html_to_text

from .filters import MeasureFilterSet
from .models import Measure


class MeasureFeed(SiteFeed):
    """New and updated measures matching the filters of the query string."""

    def get_object(self, request, *args, **kwargs):
        filterset = MeasureFilterSet(request.GET, queryset=Measure.objects.live())
        filterset.is_valid()
        return filterset

    def query(self, filterset):
        """The valid filters as the list's canonical query string (for the links of the
        feed), read by the lists' own state (``core.filtering.state.ListState``)."""
        return ListState.of(filterset).query().urlencode()

    def title(self, filterset):
        chosen = [option.label for _name, _filter, option in filterset.selected_options()]
        if filterset.search_text:
            chosen.insert(0, f"“{filterset.search_text}”")
        if not chosen:
            return _("Smart City Dialogue: new and updated measures")
        return _("Smart City Dialogue: measures – %(filters)s") % {
            "filters": Truncator(", ".join(chosen)).chars(120)
        }

    def subtitle(self, filterset):
        return _("New and updated measures of the model projects matching these filters.")

    def link(self, filterset):
        query = self.query(filterset)
        return reverse("measures:measure_list") + (f"?{query}" if query else "")

    def feed_url(self, filterset):
        query = self.query(filterset)
        return reverse("feeds:measures") + (f"?{query}" if query else "")

    def items(self, filterset):
        return filterset.qs.select_related("model_project").order_by(
            "-last_updated", "-created_at", "-pk"
        )[:FEED_LENGTH]

    def item_link(self, item):
        return item.get_absolute_url()

    def item_description(self, item):
        text = item.summary or html_to_text(item.description)
        return f"{item.model_project.name}: {text}"

    def item_pubdate(self, item):
        return item.created_at

    def item_updateddate(self, item):
        return as_datetime(item.last_updated)


def measures_feed_url(state_query=None):
    """Address of the measures feed for a list state (a QueryDict of the list's filters)."""
    query = state_query.copy() if state_query is not None else QueryDict(mutable=True)
    for name in ("page", "sort"):
        query.pop(name, None)
    encoded = query.urlencode()
    return reverse("feeds:measures") + (f"?{encoded}" if encoded else "")
