"""StreamField block for choosing a contact point; used by the pages' BodyStreamBlock.

Only a published contact point is shown: the block renders nothing while the chosen one
is a draft or has been unpublished, so no page shows a contact before moderation.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


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
