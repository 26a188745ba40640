"""StreamField blocks of contacts: the card of a chosen contact point, and the pages' body
(``BodyStreamBlock``: the core's blocks plus that card), which news, initiative and
standard pages use.

Only a published contact point is shown: the block renders nothing while the chosen one
is a draft or has been unpublished, so no page shows a contact before moderation.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from core.blocks import BaseBodyStreamBlock, VideoPlaceholderBlock


class ContactCardBlock(blocks.StructBlock):
    """A contact point chosen from the contacts snippets; it follows later edits there."""

    heading = blocks.CharBlock(
        label=_("Heading"),
        max_length=120,
        required=False,
        help_text=_("Leave empty to use “Contact”."),
    )
    contact_point = SnippetChooserBlock("contacts.ContactPoint", label=_("Contact point"))

    class Meta:
        icon = "user"
        label = _("Contact card")
        template = "contacts/blocks/contact_card.html"

    def render(self, value, context=None):
        """Nothing while the chosen contact point is unpublished (a draft or withdrawn)."""
        contact = value.get("contact_point") if value else None
        if contact is None or not contact.live:
            return ""
        return super().render(value, context)


class BodyStreamBlock(BaseBodyStreamBlock):
    """The pages' body: the core's blocks, the contact card, then the video.

    The video is declared here, after the card, so that the block menu keeps its order
    (a subclass appends its blocks after those of its base).
    """

    contact_card = ContactCardBlock()
    video = VideoPlaceholderBlock()
