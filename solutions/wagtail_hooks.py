"""Wagtail admin for the solution profiles ("Solutions" menu): drafts, revisions, preview,
moderation workflow and locking, inspect view, filters, search and CSV/XLSX export. Both
languages are edited side by side; German is required, English falls back to German where
empty."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.snippets.models import register_snippet

from core.snippets import RecordViewSet, both_languages

from .models import SolutionProfile


class SolutionProfileViewSet(RecordViewSet):
    model = SolutionProfile
    icon = "tick-inverse"
    menu_label = _("Solutions")
    menu_name = "solutions"
    add_to_admin_menu = True
    menu_order = 220
    list_display = [
        "title",
        "lead_project",
        "is_open_source",
        "live",
        "is_demo_content",
        "updated_at",
    ]
    list_filter = [
        "live",
        "is_open_source",
        "made_permanent",
        "topics",
        "municipality_categories",
        "fields_of_action",
        "lead_project__state",
        "is_demo_content",
    ]
    search_fields = ["title_de", "title_en", "slug", "teaser_de", "teaser_en", "licence"]
    ordering = ["title_de"]
    inspect_view_fields = [
        "title_de",
        "title_en",
        "slug",
        "lead_project",
        "partner_projects",
        "teaser_de",
        "teaser_en",
        "topics",
        "municipality_categories",
        "licence",
        "repository_url",
        "is_open_source",
        "data_protection_done",
        "procurement_done",
        "made_permanent",
        "is_demo_content",
        "updated_at",
    ]
    list_export = [
        "slug",
        "title_de",
        "title_en",
        "lead_project",
        "teaser_de",
        "teaser_en",
        "licence",
        "repository_url",
        "is_open_source",
        "data_protection_done",
        "procurement_done",
        "made_permanent",
        "live",
        "is_demo_content",
        "updated_at",
    ]
    export_filename = "solution-profiles"

    def get_edit_handler(self):
        content = ObjectList(
            [
                MultiFieldPanel([*both_languages("title"), FieldPanel("slug")], heading=_("Title")),
                MultiFieldPanel(
                    [
                        FieldPanel("lead_project"),
                        FieldPanel("partner_projects"),
                    ],
                    heading=_("Model projects"),
                ),
                MultiFieldPanel(both_languages("teaser"), heading=_("Teaser")),
                MultiFieldPanel(both_languages("challenge"), heading=_("Challenge")),
                MultiFieldPanel(both_languages("solution"), heading=_("Solution")),
                InlinePanel(
                    "process_steps",
                    heading=_("Process steps"),
                    label=_("Process step"),
                    panels=[*both_languages("title"), *both_languages("text")],
                ),
                MultiFieldPanel(both_languages("data_basis"), heading=_("Data basis")),
                InlinePanel(
                    "success_factors",
                    heading=_("Success factors"),
                    label=_("Success factor"),
                    panels=[*both_languages("title"), *both_languages("text")],
                ),
                MultiFieldPanel(
                    both_languages("costs_and_resources"), heading=_("Costs and resources")
                ),
            ],
            heading=_("Content"),
        )
        transfer = ObjectList(
            [
                FieldPanel("municipality_categories", widget=forms.CheckboxSelectMultiple),
                MultiFieldPanel(both_languages("prerequisites"), heading=_("Prerequisites")),
                FieldRowPanel([FieldPanel("licence"), FieldPanel("repository_url")]),
                FieldRowPanel(
                    [
                        FieldPanel("data_protection_done"),
                        FieldPanel("procurement_done"),
                        FieldPanel("made_permanent"),
                    ]
                ),
                MultiFieldPanel(both_languages("operating_costs"), heading=_("Operating costs")),
            ],
            heading=_("Transferability"),
        )
        relations = ObjectList(
            self.relation_panels(),
            heading=_("Links and images"),
        )
        return TabbedInterface([content, transfer, relations]).bind_to_model(self.model)

    def relation_panels(self):
        panels = [
            FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
            FieldPanel("fields_of_action", widget=forms.CheckboxSelectMultiple),
            FieldPanel("related_measures"),
        ]
        panels += [
            FieldPanel("contact"),
            InlinePanel(
                "images",
                heading=_("Images"),
                label=_("Image"),
                panels=[
                    FieldPanel("image"),
                    *both_languages("alt_text"),
                    *both_languages("caption"),
                    FieldPanel("credit"),
                ],
            ),
            FieldPanel("is_demo_content"),
        ]
        return panels


register_snippet(SolutionProfileViewSet)
