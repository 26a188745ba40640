"""Atom feed of the living labs, newest change first."""

from django.urls import reverse
from django.utils.translation import gettext as _

from core.feeds import FEED_LENGTH, SiteFeed

from .models import LivingLab


class LivingLabFeed(SiteFeed):
    def title(self):
        return _("Smart City Dialogue: living labs")

    def subtitle(self):
        return _("New and updated living labs.")

    def link(self):
        return reverse("exampledb:livinglab_list")

    def items(self):
        return LivingLab.objects.live().order_by("-updated_at", "-pk")[:FEED_LENGTH]

    def item_link(self, item):
        return item.get_absolute_url()

    def item_description(self, item):
        return item.summary

    def item_updateddate(self, item):
        return item.updated_at
