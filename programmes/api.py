"""The model projects in the public API (``/api/v1/``): the records' fields, declared once."""

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from core.fields import Bool, Date, Int, Number, StringList, Term, Terms, Text
from core.resources import LiveResource, identity, max_date

from .filters import ModelProjectFilterSet
from .models import ModelProject, Topic


class ModelProjectResource(LiveResource):
    name = "model-projects"
    model = ModelProject
    title = _("Model projects")
    description = _("The 73 Model Projects Smart Cities with location, round and topics.")
    filterset_class = ModelProjectFilterSet
    default_ordering = ("name", "pk")
    fields = [
        *identity("model-projects"),
        Text("name", description="Name."),
        Text("official_name", description="Official name of the funded project."),
        Term("funding_round", key_attr="year", description="Funding round (key: its year)."),
        Term("category", description="Municipality category."),
        Term("state", description="Federal state."),
        Term("phase", description="Phase of the project."),
        Terms("topics", description="Topics."),
        StringList("partners", "partner_list", "Partner municipalities."),
        Text("summary", description="Short summary."),
        Text("vision", description="Vision."),
        Text("website", description="Website of the project."),
        Number("latitude", description="Latitude of the lead municipality (WGS 84)."),
        Number("longitude", description="Longitude of the lead municipality (WGS 84)."),
        Number("area_km2", description="Area in km²."),
        Int("funding_eur", description="Funding in euros."),
        Date("last_updated", lambda p: p.updated_at.date(), "Date of the last update."),
        Bool("is_demo_content", description="true when sample values are invented."),
    ]

    def prefetch(self, queryset):
        return queryset.select_related(
            "funding_round", "category", "state", "phase"
        ).prefetch_related(
            Prefetch("topics", queryset=Topic.objects.order_by("sort_order", "name"))
        )

    def last_modified(self):
        return max_date(self.get_queryset(), "updated_at")
