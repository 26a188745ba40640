"""Blocks of the standard pages only: dates and the privacy notice's map tile paragraph
(``StandardBodyStreamBlock``); the shared blocks are in ``core.blocks``."""

from urllib.parse import urlsplit

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from contacts.blocks import BodyStreamBlock


class DateEntryBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"), max_length=120)
    date = blocks.DateBlock(label=_("Date"))


class DatesBlock(blocks.StructBlock):
    """Dates that belong to a text, such as when a statement was made and last reviewed."""

    dates = blocks.ListBlock(DateEntryBlock(), label=_("Dates"), min_num=1, max_num=6)

    class Meta:
        icon = "date"
        label = _("Dates")
        template = "smartcity/blocks/dates.html"


def map_tile_host(url=None):
    """The host the visitors' browsers fetch map tiles from, or "" when there is none.

    ``url`` defaults to ``settings.MAP_TILE_URL``. An empty setting means no tiles; a
    path without a host ("/tiles/{z}/{x}/{y}.png") means this site's own server. A
    Leaflet subdomain placeholder is dropped: "https://{s}.tile.example.org/…" gives
    "tile.example.org".
    """
    if url is None:
        url = getattr(settings, "MAP_TILE_URL", "") or ""
    host = urlsplit(url.strip()).hostname or ""
    labels = host.split(".")
    while labels and "{" in labels[0]:
        labels.pop(0)
    return ".".join(labels)


class MapTilesPrivacyBlock(blocks.StaticBlock):
    """The privacy notice's paragraph on map tiles. It follows the configuration
    (``MAP_TILE_URL``): without a tile source it says that visitors' browsers contact
    no one else; with one it names the tile host and what that host receives."""

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["tile_host"] = map_tile_host()
        return context

    class Meta:
        icon = "site"
        label = _("Map tiles (privacy notice)")
        admin_text = _(
            "Explains whether visitors' browsers load map tiles from another server. The "
            "text follows the MAP_TILE_URL setting and names the tile server when one is "
            "configured."
        )
        template = "smartcity/blocks/map_tiles_privacy.html"


class StandardBodyStreamBlock(BodyStreamBlock):
    """The standard pages' content: the body blocks plus those of the legal and
    accessibility pages."""

    dates = DatesBlock()
    map_tiles_privacy = MapTilesPrivacyBlock()
