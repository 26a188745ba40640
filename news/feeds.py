"""Atom feeds of the news and the events (the news database's feeds)."""

from django.utils import timezone
from django.utils.translation import gettext as _

from core.feeds import FEED_LENGTH, PageFeed, as_datetime

from .models import EventIndexPage, EventPage, NewsIndexPage, NewsPage


class NewsFeed(PageFeed):
    model = NewsPage
    index_model = NewsIndexPage

    def title(self):
        return _("Smart City Dialogue: news")

    def subtitle(self):
        return _("The latest news of the Smart City Dialogue.")

    def items(self):
        return self.pages().order_by("-date", "-pk")[:FEED_LENGTH]

    def item_description(self, item):
        return item.intro

    def item_pubdate(self, item):
        return as_datetime(item.date)


class EventFeed(PageFeed):
    model = EventPage
    index_model = EventIndexPage

    def title(self):
        return _("Smart City Dialogue: events")

    def subtitle(self):
        return _("Events of the Smart City Dialogue, the newest dates first.")

    def items(self):
        return self.pages().order_by("-start", "-pk")[:FEED_LENGTH]

    def item_description(self, item):
        when = timezone.localtime(item.start).strftime("%Y-%m-%d %H:%M")
        parts = [when, item.venue_address, item.intro]
        return " – ".join(part for part in parts if part)

    def item_pubdate(self, item):
        return item.first_published_at or item.start
