"""Atom feeds, mounted at ``/de/feeds/`` and ``/en/feeds/``."""

from django.urls import path
from django.utils.translation import pgettext_lazy

from . import feeds

app_name = "feeds"

urlpatterns = [
    path(pgettext_lazy("URL path", "news/"), feeds.NewsFeed(), name="news"),
    path(pgettext_lazy("URL path", "events/"), feeds.EventFeed(), name="events"),
    path(pgettext_lazy("URL path", "publications/"), feeds.PublicationFeed(), name="publications"),
    path(pgettext_lazy("URL path", "measures/"), feeds.MeasureFeed(), name="measures"),
]
