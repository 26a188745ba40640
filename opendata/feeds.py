"""Atom feeds: news, events, publications and "subscribe to this search" for measures.

The measures feed reads the same query string as the measures list (through its
FilterSet), so any filtered list can be subscribed to: it lists the newest or most
recently updated measures matching the filters. Unknown values are ignored as on the
list page, so a feed address never fails.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404, QueryDict
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from core.plaintext import html_to_text

from .api.views import ATTRIBUTION
from .datasets import LICENCE_NAME

FEED_LENGTH = 30


def as_datetime(value):
    """A date as an aware datetime at midnight (Berlin time); datetimes unchanged."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value if timezone.is_aware(value) else timezone.make_aware(value)
    return timezone.make_aware(datetime.datetime.combine(value, datetime.time()))


def current_locale():
    from wagtail.models import Locale

    code = translation.get_language() or settings.LANGUAGE_CODE
    return Locale.objects.filter(language_code=code).first()


class SiteFeed(Feed):
    feed_type = Atom1Feed
    author_name = ATTRIBUTION

    def __call__(self, request, *args, **kwargs):
        self.request = request
        response = super().__call__(request, *args, **kwargs)
        response["Access-Control-Allow-Origin"] = "*"
        return response

    def feed_copyright(self):
        return LICENCE_NAME

    def item_title(self, item):
        return str(item.title)

    def item_guid(self, item):
        return self.request.build_absolute_uri(self.item_link(item))

    def item_guid_is_permalink(self, item):
        return True


class PageFeed(SiteFeed):
    """Items are Wagtail pages of the active language."""

    model_path = ""

    def item_link(self, item):
        return item.get_url(request=self.request) or "/"

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at

    def pages(self):
        from django.utils.module_loading import import_string

        model = import_string(self.model_path)
        locale = current_locale()
        queryset = model.objects.live().public()
        return queryset.filter(locale=locale) if locale else queryset.none()


class NewsFeed(PageFeed):
    model_path = "news.models.NewsPage"

    def title(self):
        return _("Smart City Dialogue: news")

    def subtitle(self):
        return _("The latest news of the Smart City Dialogue.")

    def link(self):
        from news.models import NewsIndexPage

        index = NewsIndexPage.objects.live().public().filter(locale=current_locale()).first()
        return index.get_url(request=self.request) if index else "/"

    def items(self):
        return self.pages().order_by("-date", "-pk")[:FEED_LENGTH]

    def item_description(self, item):
        return item.intro

    def item_pubdate(self, item):
        return as_datetime(item.date)


class EventFeed(PageFeed):
    model_path = "news.models.EventPage"

    def title(self):
        return _("Smart City Dialogue: events")

    def subtitle(self):
        return _("Events of the Smart City Dialogue, the newest dates first.")

    def link(self):
        from news.models import EventIndexPage

        index = EventIndexPage.objects.live().public().filter(locale=current_locale()).first()
        return index.get_url(request=self.request) if index else "/"

    def items(self):
        return self.pages().order_by("-start", "-pk")[:FEED_LENGTH]

    def item_description(self, item):
        when = timezone.localtime(item.start).strftime("%Y-%m-%d %H:%M")
        parts = [when, item.venue_address, item.intro]
        return " – ".join(part for part in parts if part)

    def item_pubdate(self, item):
        return item.first_published_at or item.start


class PublicationFeed(SiteFeed):
    def get_object(self, request, *args, **kwargs):
        try:
            from publications.models import Publication  # noqa: F401
        except ImportError as error:  # the publications app is not complete yet
            raise Http404 from error
        return None

    def title(self):
        return _("Smart City Dialogue: publications")

    def subtitle(self):
        return _("New publications of the Smart City Dialogue.")

    def link(self):
        return reverse("publications:publication_list")

    def items(self):
        from publications.models import Publication

        return (
            Publication.objects.live()
            .select_related("publication_type")
            .order_by("-publication_date", "-pk")[:FEED_LENGTH]
        )

    def item_link(self, item):
        return item.get_absolute_url()

    def item_description(self, item):
        return item.abstract

    def item_categories(self, item):
        return [str(item.publication_type)]

    def item_pubdate(self, item):
        return as_datetime(item.publication_date)

    def item_updateddate(self, item):
        return item.updated_at


class MeasureFeed(SiteFeed):
    """New and updated measures matching the filters of the query string."""

    def get_object(self, request, *args, **kwargs):
        from measures.filters import MeasureFilterSet
        from measures.models import Measure

        filterset = MeasureFilterSet(request.GET, queryset=Measure.objects.live())
        filterset.is_valid()
        return filterset

    def query(self, filterset):
        """The valid filters as a query string (for the links of the feed)."""
        query = QueryDict(mutable=True)
        for name in filterset.filters:
            value = filterset.value(name)
            if value:
                if isinstance(value, list):
                    query.setlist(name, value)
                else:
                    query[name] = value
        return query.urlencode()

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
