"""Atom feed of new publications."""

from django.urls import reverse
from django.utils.translation import gettext as _

from core.feeds import FEED_LENGTH, SiteFeed, as_datetime

from .models import Publication


class PublicationFeed(SiteFeed):
    def title(self):
        return _("Smart City Dialogue: publications")

    def subtitle(self):
        return _("New publications of the Smart City Dialogue.")

    def link(self):
        return reverse("publications:publication_list")

    def items(self):
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
