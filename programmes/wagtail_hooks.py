"""Wagtail admin for model projects and their taxonomies ("Model projects" menu)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PublishingPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from core.snippets import RecordViewSet, both_languages

from .models import (
    FederalState,
    FundingRound,
    ModelProject,
    MunicipalityCategory,
    Phase,
    Topic,
)


class ModelProjectViewSet(RecordViewSet):
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
    search_fields = ["name", "official_name", "slug", "partners"]
    ordering = ["name"]
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
                *both_languages("summary"),
                *both_languages("vision"),
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


class FundingRoundViewSet(RecordViewSet):
    model = FundingRound
    icon = "calendar"
    menu_label = _("Funding rounds")
    menu_order = 200
    list_display = ["year", "motto", "applications", "budget_eur", "announced_on"]
    search_fields = ["motto_de", "motto_en"]
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
        *both_languages("motto"),
        FieldRowPanel([FieldPanel("budget_eur"), FieldPanel("applications")]),
        FieldPanel("announced_on"),
    ]


class TaxonomyViewSet(RecordViewSet):
    """Shared set-up for the value lists (every ``Taxonomy``, the measures' ones too):
    editors add, rename and reorder (drag and drop) values. ``taxonomy_viewsets`` makes
    one for each list."""

    list_display = ["name", "key", "sort_order"]
    search_fields = ["name_de", "name_en", "key"]
    sort_order_field = "sort_order"
    list_export = ["key", "name_de", "name_en", "sort_order"]
    panels = [*both_languages("name"), FieldPanel("key"), FieldPanel("sort_order")]


def taxonomy_viewsets(*lists):
    """The admin of each value list ``(model, icon, menu label, menu order, export file
    name)`` of ``lists``, in that order, for a menu group's ``items``."""
    return tuple(
        TaxonomyViewSet(
            model=model,
            icon=icon,
            menu_label=menu_label,
            menu_order=menu_order,
            export_filename=export_filename,
        )
        for model, icon, menu_label, menu_order, export_filename in lists
    )


class ModelProjectsGroup(SnippetViewSetGroup):
    menu_label = _("Model projects")
    menu_icon = "site"
    menu_order = 250
    items = (
        ModelProjectViewSet,
        FundingRoundViewSet,
        *taxonomy_viewsets(
            (FederalState, "globe", _("Federal states"), 300, "federal-states"),
            (
                MunicipalityCategory,
                "group",
                _("Municipality categories"),
                400,
                "municipality-categories",
            ),
            (Phase, "time", _("Phases"), 500, "phases"),
            (Topic, "tag", _("Topics"), 600, "topics"),
        ),
    )


register_snippet(ModelProjectsGroup)
