"""Reusable StreamField blocks for the portal's editorial pages.

Each block renders its own template under ``smartcity/blocks/`` so that
headings, figures and quotes look the same wherever editors put them.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from contacts.blocks import ContactCardBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3"))],
        default="h2",
        label=_("Level"),
        help_text=_("Use level 2 for sections and level 3 for sub-sections."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "smartcity/blocks/heading.html"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        required=False,
        help_text=_("Describe what the image shows. Leave empty to use the image's description."),
    )
    caption = blocks.CharBlock(label=_("Caption"), max_length=250, required=False)
    credit = blocks.CharBlock(label=_("Credit"), max_length=150, required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "smartcity/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), max_length=200)
    context = blocks.CharBlock(
        label=_("Context"),
        max_length=250,
        required=False,
        help_text=_("Where and when it was said."),
    )

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "smartcity/blocks/quote.html"


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("Figure"), max_length=30)
    label = blocks.CharBlock(label=_("Label"), max_length=120)


class KeyFiguresBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120, required=False)
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Figures"), min_num=1, max_num=6)

    class Meta:
        icon = "order"
        label = _("Key figures")
        template = "smartcity/blocks/key_figures.html"


class LinkStructValue(blocks.StructValue):
    def url(self):
        page = self.get("page")
        if page:
            return page.localized.url
        return self.get("external_url") or ""


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    link_label = blocks.CharBlock(label=_("Link label"), max_length=80)
    page = blocks.PageChooserBlock(label=_("Internal page"), required=False)
    external_url = blocks.CharBlock(
        label=_("Other address"),
        required=False,
        max_length=500,
        validators=[
            RegexValidator(
                r"^(https?://|/)\S*$",
                _("Enter a full web address or a path on this site starting with “/”."),
            )
        ],
        help_text=_("A web address, or a path on this site such as /de/massnahmen/."),
    )

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "smartcity/blocks/call_to_action.html"
        value_class = LinkStructValue


class TeaserBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"))
    text = blocks.TextBlock(
        label=_("Teaser text"),
        required=False,
        help_text=_("Leave empty to use the page's own introduction."),
    )


class TeaserListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120, required=False)
    teasers = blocks.ListBlock(TeaserBlock(), label=_("Teasers"))

    def get_context(self, value, parent_context=None):
        """``cards``: the teasers whose page (in the active language) is live. A teaser of
        an unpublished or deleted page shows nothing, not its title and introduction."""
        context = super().get_context(value, parent_context=parent_context)
        cards = []
        for teaser in value["teasers"]:
            page = teaser["page"]
            if page is None:
                continue
            target = page.localized.specific
            if not target.live:
                continue
            cards.append({"page": target, "text": teaser["text"] or target.intro})
        context["cards"] = cards
        return context

    class Meta:
        icon = "list-ul"
        label = _("Teaser list")
        template = "smartcity/blocks/teaser_list.html"


class ContactReferenceBlock(blocks.StructBlock):
    """A contact box typed in place; the contacts app offers a chooser-based card."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120, default=_("Contact"))
    organisation = blocks.CharBlock(label=_("Organisation"), max_length=250)
    unit = blocks.CharBlock(label=_("Unit"), max_length=250, required=False)
    email = blocks.EmailBlock(label=_("E-mail"), required=False)
    phone = blocks.CharBlock(label=_("Phone"), max_length=40, required=False)

    class Meta:
        icon = "user"
        label = _("Contact reference")
        template = "smartcity/blocks/contact_reference.html"


class VideoPlaceholderBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Video title"), max_length=200)
    description = blocks.TextBlock(
        label=_("Description"),
        help_text=_("Shown until the video is available; describe what it will contain."),
    )
    transcript = blocks.RichTextBlock(label=_("Transcript"), required=False)

    class Meta:
        icon = "media"
        label = _("Video (placeholder)")
        template = "smartcity/blocks/video_placeholder.html"


RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link", "hr"]


class BodyStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Text"), features=RICH_TEXT_FEATURES, template="smartcity/blocks/paragraph.html"
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    key_figures = KeyFiguresBlock()
    call_to_action = CallToActionBlock()
    teaser_list = TeaserListBlock()
    contact = ContactReferenceBlock()
    contact_card = ContactCardBlock()
    video = VideoPlaceholderBlock()


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
