"""Wagtail admin for measures and their value lists ("Measures" menu)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from core.snippets import RecordViewSet
from programmes.wagtail_hooks import taxonomy_viewsets

from .models import FieldOfAction, Measure, MeasureStatus, SpatialEffect
from .record import ADMIN_EXPORT


class MeasureViewSet(RecordViewSet):
    model = Measure
    icon = "list-ul"
    menu_label = _("Measures")
    menu_order = 100
    list_display = ["title", "model_project", "status", "last_updated"]
    list_filter = [
        "status",
        "spatial_effect",
        "fields_of_action",
        "topics",
        "model_project__state",
        "model_project__funding_round",
        "model_project",
        "live",
        "is_demo_content",
    ]
    search_fields = ["title_de", "title_en", "summary_de", "summary_en", "slug", "technologies"]
    ordering = ["-last_updated", "title_de"]
    list_per_page = 50
    inspect_view_fields = [
        "title_de",
        "title_en",
        "slug",
        "model_project",
        "summary_de",
        "summary_en",
        "description_de",
        "description_en",
        "goals_de",
        "goals_en",
        "fields_of_action",
        "spatial_effect",
        "status",
        "topics",
        "technologies",
        "start_date",
        "end_date",
        "repository_url",
        "licence",
        "contact_name",
        "contact_email",
        "last_updated",
        "is_demo_content",
        "live",
    ]
    list_export = ADMIN_EXPORT  # the exchange format's single-valued columns
    export_filename = "measures"
    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("title_de"),
                    FieldPanel("summary_de"),
                    FieldPanel("description_de"),
                    FieldPanel("goals_de"),
                ],
                heading=_("German"),
            ),
            ObjectList(
                [
                    FieldPanel("title_en"),
                    FieldPanel("summary_en"),
                    FieldPanel("description_en"),
                    FieldPanel("goals_en"),
                ],
                heading=_("English"),
            ),
            ObjectList(
                [
                    FieldPanel("model_project"),
                    FieldPanel("slug"),
                    FieldPanel("fields_of_action", widget=forms.CheckboxSelectMultiple),
                    FieldRowPanel([FieldPanel("spatial_effect"), FieldPanel("status")]),
                    FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("technologies"),
                    FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                    MultiFieldPanel(
                        [FieldPanel("repository_url"), FieldPanel("licence")],
                        heading=_("Open source"),
                    ),
                    MultiFieldPanel(
                        [FieldPanel("contact_name"), FieldPanel("contact_email")],
                        heading=_("Contact"),
                    ),
                    FieldPanel("last_updated"),
                    FieldPanel("is_demo_content"),
                ],
                heading=_("Facts"),
            ),
        ]
    )


class MeasuresGroup(SnippetViewSetGroup):
    menu_label = _("Measures")
    menu_icon = "list-ul"
    menu_order = 260
    items = (
        MeasureViewSet,
        *taxonomy_viewsets(
            (FieldOfAction, "folder-open-inverse", _("Fields of action"), 200, "fields-of-action"),
            (SpatialEffect, "globe", _("Spatial effects"), 300, "spatial-effects"),
            (MeasureStatus, "tick-inverse", _("Statuses"), 400, "measure-statuses"),
        ),
    )


register_snippet(MeasuresGroup)
