"""Wagtail admin for publications and their types ("Publications" menu)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PublishingPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from programmes.wagtail_hooks import TaxonomyViewSet

from .models import Publication, PublicationType


class PublicationViewSet(SnippetViewSet):
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
    # Queryset search: the model is not in a Wagtail search index (see STACK.md).
    search_backend_name = None
    search_fields = ["title_de", "title_en", "slug", "authors", "abstract_de", "abstract_en"]
    ordering = ["-publication_date"]
    inspect_view_enabled = True
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
                FieldPanel("title_de"),
                FieldPanel("title_en"),
                FieldPanel("slug"),
                FieldRowPanel([FieldPanel("publication_type"), FieldPanel("publication_date")]),
                FieldPanel("publisher"),
                FieldPanel("authors"),
                FieldPanel("language"),
            ],
            heading=_("Publication"),
        ),
        MultiFieldPanel(
            [FieldPanel("abstract_de"), FieldPanel("abstract_en")],
            heading=_("Abstract"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("document"),
                FieldPanel("external_url"),
                FieldPanel("cover_image"),
                FieldPanel("cover_image_alt_de"),
                FieldPanel("cover_image_alt_en"),
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


class PublicationTypeViewSet(TaxonomyViewSet):
    model = PublicationType
    icon = "tag"
    menu_label = _("Publication types")
    menu_order = 200
    export_filename = "publication-types"


class PublicationsGroup(SnippetViewSetGroup):
    menu_label = _("Publications")
    menu_icon = "doc-full"
    menu_order = 270
    items = (PublicationViewSet, PublicationTypeViewSet)


register_snippet(PublicationsGroup)
