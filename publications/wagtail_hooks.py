"""Wagtail admin for publications and their types ("Publications" menu)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PublishingPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from core.snippets import RecordViewSet, both_languages
from programmes.wagtail_hooks import taxonomy_viewsets

from .models import Publication, PublicationType


class PublicationViewSet(RecordViewSet):
    model = Publication
    icon = "doc-full"
    menu_label = _("Publications")
    menu_order = 100
    list_display = ["title", "publication_type", "publication_date", "language", "publisher"]
    list_filter = [
        "publication_type",
        "language",
        "publisher",
        "topics",
        "initiatives",
        "is_demo_content",
        "live",
    ]
    search_fields = ["title_de", "title_en", "slug", "authors", "abstract_de", "abstract_en"]
    ordering = ["-publication_date"]
    inspect_view_fields = [
        "title_de",
        "title_en",
        "slug",
        "publication_type",
        "publisher",
        "publication_date",
        "authors",
        "abstract_de",
        "abstract_en",
        "language",
        "topics",
        "document",
        "external_url",
        "cover_image",
        "cover_image_alt_de",
        "cover_image_alt_en",
        "pages",
        "isbn",
        "doi",
        "model_projects",
        "initiatives",
        "is_demo_content",
        "updated_at",
    ]
    list_export = [
        "slug",
        "title_de",
        "title_en",
        "publication_type",
        "publisher",
        "publication_date",
        "authors",
        "language",
        "abstract_de",
        "abstract_en",
        "document",
        "external_url",
        "pages",
        "isbn",
        "doi",
        "is_demo_content",
        "live",
        "updated_at",
    ]
    export_filename = "publications"
    panels = [
        MultiFieldPanel(
            [
                *both_languages("title"),
                FieldPanel("slug"),
                FieldRowPanel([FieldPanel("publication_type"), FieldPanel("publication_date")]),
                FieldPanel("publisher"),
                FieldPanel("authors"),
                FieldPanel("language"),
            ],
            heading=_("Publication"),
        ),
        MultiFieldPanel(
            both_languages("abstract"),
            heading=_("Abstract"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("document"),
                FieldPanel("external_url"),
                FieldPanel("cover_image"),
                *both_languages("cover_image_alt"),
                FieldRowPanel(
                    [
                        FieldPanel(
                            "pages",
                            help_text=_(
                                "Counted from the PDF when one is attached. Enter it only "
                                "for publications without a PDF."
                            ),
                        ),
                        FieldPanel("isbn"),
                        FieldPanel("doi"),
                    ]
                ),
            ],
            heading=_("File, link and details"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("initiatives", widget=forms.CheckboxSelectMultiple),
                FieldPanel("model_projects"),
            ],
            heading=_("Topics and cross links"),
        ),
        FieldPanel("is_demo_content"),
        PublishingPanel(),
    ]


class PublicationsGroup(SnippetViewSetGroup):
    menu_label = _("Publications")
    menu_icon = "doc-full"
    menu_order = 270
    items = (
        PublicationViewSet,
        *taxonomy_viewsets(
            (PublicationType, "tag", _("Publication types"), 200, "publication-types"),
        ),
    )


register_snippet(PublicationsGroup)
