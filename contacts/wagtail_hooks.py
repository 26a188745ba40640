"""Admin for organisations and contact points (snippets, grouped under “Contacts”).

The models are not indexed by Wagtail search; the admin lists search with the ORM
over both language columns (``search_backend_name = None``). Contact points have drafts
and go through the moderation workflow (see ``contacts/models.py``).
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PublishingPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.snippets import both_languages

from .models import ContactPoint, Initiative, Organisation


class ContactPointViewSet(SnippetViewSet):
    model = ContactPoint
    icon = "user"
    menu_label = _("Contact points")
    list_display = ["__str__", "organisation", "email", "phone", "sort_order"]
    list_filter = ["organisation", "initiatives", "live"]
    search_fields = ["key", "purpose_de", "purpose_en", "unit_de", "unit_en", "email", "persons_de"]
    search_backend_name = None
    ordering = ["sort_order", "pk"]
    panels = [
        FieldPanel("key"),
        FieldPanel("organisation"),
        MultiFieldPanel(
            [
                *both_languages("purpose"),
                *both_languages("unit"),
                *both_languages("persons"),
            ],
            heading=_("Role and unit"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("street"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("city")]),
                FieldPanel("phone"),
                FieldPanel("email"),
            ],
            heading=_("Address and reachability"),
        ),
        FieldPanel("initiatives", widget=forms.CheckboxSelectMultiple),
        FieldPanel("sort_order"),
        PublishingPanel(),
    ]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "short_name", "city", "website"]
    search_fields = ["key", "name_de", "name_en", "short_name_de", "short_name_en"]
    search_backend_name = None
    panels = [
        FieldPanel("key"),
        MultiFieldPanel(
            [
                *both_languages("name"),
                *both_languages("short_name"),
            ],
            heading=_("Name"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("street"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("city")]),
                FieldPanel("website"),
            ],
            heading=_("Address"),
        ),
    ]


class InitiativeViewSet(SnippetViewSet):
    model = Initiative
    icon = "site"
    menu_label = _("Initiatives")
    list_display = ["name", "key", "sort_order"]
    search_fields = ["key", "name_de", "name_en"]
    search_backend_name = None
    panels = [
        FieldPanel("key"),
        *both_languages("name"),
        FieldPanel("sort_order"),
    ]


class ContactsViewSetGroup(SnippetViewSetGroup):
    items = (ContactPointViewSet, OrganisationViewSet, InitiativeViewSet)
    menu_icon = "user"
    menu_label = _("Contacts")
    menu_name = "contacts"


register_snippet(ContactsViewSetGroup)
