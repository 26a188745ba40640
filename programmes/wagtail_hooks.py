"""Wagtail admin for model projects and their taxonomies ("Model projects" menu)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PublishingPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import (
    FederalState,
    FundingRound,
    ModelProject,
    MunicipalityCategory,
    Phase,
    Topic,
)


class ModelProjectViewSet(SnippetViewSet):
    model = ModelProject
    icon = "site"
    menu_label = _("Model projects")
    menu_order = 100
    list_display = ["name", "funding_round", "category", "state", "phase", "updated_at"]
    list_filter = [
        "funding_round",
        "category",
        "state",
        "phase",
        "topics",
        "is_demo_content",
        "live",
    ]
    # Queryset search: the model is not in a Wagtail search index (see STACK.md).
    search_backend_name = None
    search_fields = ["name", "official_name", "slug", "partners"]
    ordering = ["name"]
    inspect_view_enabled = True
    list_export = [
        "slug",
        "name",
        "official_name",
        "funding_round",
        "category",
        "state",
        "latitude",
        "longitude",
        "partners",
        "phase",
        "summary_de",
        "summary_en",
        "vision_de",
        "vision_en",
        "website",
        "area_km2",
        "funding_eur",
        "contact",
        "is_demo_content",
        "live",
        "updated_at",
    ]
    export_filename = "model-projects"
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("official_name"),
                FieldPanel("slug"),
                FieldRowPanel([FieldPanel("funding_round"), FieldPanel("category")]),
                FieldPanel("state"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("partners"),
            ],
            heading=_("From the official list"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("phase"),
                FieldPanel("summary_de"),
                FieldPanel("summary_en"),
                FieldPanel("vision_de"),
                FieldPanel("vision_en"),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Description"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("website"),
                FieldRowPanel([FieldPanel("area_km2"), FieldPanel("funding_eur")]),
                FieldPanel("image"),
                FieldPanel("image_credit"),
                FieldPanel("contact"),
            ],
            heading=_("Facts and contact"),
        ),
        FieldPanel("is_demo_content"),
        PublishingPanel(),
    ]


class FundingRoundViewSet(SnippetViewSet):
    model = FundingRound
    icon = "calendar"
    menu_label = _("Funding rounds")
    menu_order = 200
    list_display = ["year", "motto", "applications", "budget_eur", "announced_on"]
    search_backend_name = None
    search_fields = ["motto_de", "motto_en"]
    inspect_view_enabled = True
    list_export = [
        "year",
        "motto_de",
        "motto_en",
        "budget_eur",
        "applications",
        "announced_on",
    ]
    export_filename = "funding-rounds"
    panels = [
        FieldPanel("year"),
        FieldPanel("motto_de"),
        FieldPanel("motto_en"),
        FieldRowPanel([FieldPanel("budget_eur"), FieldPanel("applications")]),
        FieldPanel("announced_on"),
    ]


class TaxonomyViewSet(SnippetViewSet):
    """Shared set-up for the value lists (every ``Taxonomy``, the measures' ones too):
    editors add, rename and reorder (drag and drop) values."""

    list_display = ["name", "key", "sort_order"]
    search_backend_name = None
    search_fields = ["name_de", "name_en", "key"]
    sort_order_field = "sort_order"
    inspect_view_enabled = True
    list_export = ["key", "name_de", "name_en", "sort_order"]
    panels = [
        FieldPanel("name_de"),
        FieldPanel("name_en"),
        FieldPanel("key"),
        FieldPanel("sort_order"),
    ]


class FederalStateViewSet(TaxonomyViewSet):
    model = FederalState
    icon = "globe"
    menu_label = _("Federal states")
    menu_order = 300
    export_filename = "federal-states"


class MunicipalityCategoryViewSet(TaxonomyViewSet):
    model = MunicipalityCategory
    icon = "group"
    menu_label = _("Municipality categories")
    menu_order = 400
    export_filename = "municipality-categories"


class PhaseViewSet(TaxonomyViewSet):
    model = Phase
    icon = "time"
    menu_label = _("Phases")
    menu_order = 500
    export_filename = "phases"


class TopicViewSet(TaxonomyViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    menu_order = 600
    export_filename = "topics"


class ModelProjectsGroup(SnippetViewSetGroup):
    menu_label = _("Model projects")
    menu_icon = "site"
    menu_order = 250
    items = (
        ModelProjectViewSet,
        FundingRoundViewSet,
        FederalStateViewSet,
        MunicipalityCategoryViewSet,
        PhaseViewSet,
        TopicViewSet,
    )


register_snippet(ModelProjectsGroup)
