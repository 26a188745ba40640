"""Reusable StreamField blocks for the editorial pages of every app.

Each block renders its own template under ``core/blocks/`` so that headings, figures and
quotes look the same wherever editors put them. The pages' body (these blocks plus the
contact card) is ``contacts.blocks.BodyStreamBlock``.
"""

from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


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
        template = "core/blocks/heading.html"


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
        template = "core/blocks/image.html"


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
        template = "core/blocks/quote.html"


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("Figure"), max_length=30)
    label = blocks.CharBlock(label=_("Label"), max_length=120)


class KeyFiguresBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120, required=False)
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Figures"), min_num=1, max_num=6)

    class Meta:
        icon = "order"
        label = _("Key figures")
        template = "core/blocks/key_figures.html"


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
        template = "core/blocks/call_to_action.html"
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
        template = "core/blocks/teaser_list.html"


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
        template = "core/blocks/contact_reference.html"


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
        template = "core/blocks/video_placeholder.html"


RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link", "hr"]


class BaseBodyStreamBlock(blocks.StreamBlock):
    """The body blocks that need no other app. ``contacts.blocks.BodyStreamBlock`` adds
    the contact card (and then the video, to keep the editors' block menu in its order)."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Text"), features=RICH_TEXT_FEATURES, template="core/blocks/paragraph.html"
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    key_figures = KeyFiguresBlock()
    call_to_action = CallToActionBlock()
    teaser_list = TeaserListBlock()
    contact = ContactReferenceBlock()
