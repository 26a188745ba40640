"""The base of the portal's Atom feeds; each database declares its own feeds
(``core.databases.FeedRoute``), mounted at ``/de/feeds/`` and ``/en/feeds/``."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed

from .licence import ATTRIBUTION, LICENCE_NAME

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

    model: type  # the page model
    index_model: type  # the page type that lists them (one per language)

    def link(self):
        """The index page of the active language, else the site's root."""
        index = self.index_model.objects.live().public().filter(locale=current_locale()).first()
        return index.get_url(request=self.request) if index else "/"

    def item_link(self, item):
        return item.get_url(request=self.request) or "/"

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at

    def pages(self):
        locale = current_locale()
        queryset = self.model.objects.live().public()
        return queryset.filter(locale=locale) if locale else queryset.none()
