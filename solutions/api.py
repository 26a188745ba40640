"""The solution profiles in the public API (``/api/v1/``): the records' fields, declared once."""

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from core.fields import Bool, Date, Html, Ref, StringList, Terms, Text
from core.resources import LiveResource, identity, max_date
from programmes.models import ModelProject

from .filters import SolutionFilterSet
from .models import SolutionProfile


class SolutionResource(LiveResource):
    name = "solutions"
    model = SolutionProfile
    title = _("Smart City solutions")
    description = _("Tried-and-tested digital solutions of the model projects.")
    filterset_class = SolutionFilterSet
    default_ordering = ("title", "pk")
    fields = [
        *identity("solutions"),
        Text("title", description="Title."),
        Text("teaser", description="Teaser."),
        Html("challenge", description="Challenge (plain text)."),
        Html("solution", description="Solution (plain text)."),
        Html("data_basis", description="Data basis (plain text)."),
        Html("costs_and_resources", description="Costs and resources (plain text)."),
        Ref("lead_project", resource="model-projects", description="Lead model project."),
        Ref(
            "partner_projects",
            resource="model-projects",
            many=True,
            description="Partner model projects.",
        ),
        Terms("topics", description="Topics."),
        Terms("fields_of_action", description="Fields of action."),
        Terms("suitable_for", "municipality_categories", "Municipality categories it suits."),
        StringList("prerequisites", "prerequisite_list", "Prerequisites."),
        Bool("is_open_source", description="Published as open source."),
        Text("licence", description="Licence (SPDX identifier)."),
        Text("repository_url", description="Source code repository."),
        Bool("data_protection_done", description="Data protection groundwork done."),
        Bool("procurement_done", description="Procurement groundwork done."),
        Bool("made_permanent", description="Runs beyond the funding period."),
        Text("operating_costs", description="Operating costs."),
        Date("last_updated", lambda p: p.updated_at.date(), "Date of the last update."),
        Bool("is_demo_content", description="true for invented sample content."),
    ]

    def prefetch(self, queryset):
        return queryset.select_related("lead_project").prefetch_related(
            Prefetch("partner_projects", queryset=ModelProject.objects.live()),
            "topics",
            "fields_of_action",
            "municipality_categories",
        )

    def last_modified(self):
        return max_date(self.get_queryset(), "updated_at")
