"""The measures in the public API (``/api/v1/``): the records' fields, declared once."""

from django.utils.translation import gettext_lazy as _

from core.fields import Bool, Date, Html, Ref, StringList, Term, Terms, Text
from core.resources import LiveResource, identity, max_date

from .filters import MeasureFilterSet
from .models import Measure


class MeasureResource(LiveResource):
    name = "measures"
    model = Measure
    title = _("Measures")
    description = _("What the model projects planned, built and made permanent.")
    filterset_class = MeasureFilterSet
    default_ordering = ("-last_updated", "pk")
    fields = [
        *identity("measures"),
        Text("title", description="Title."),
        Text("summary", description="Short summary."),
        Html("description", description="Description as plain text."),
        Text("goals", description="Goals (one per line)."),
        Ref("model_project", resource="model-projects", description="The model project."),
        Terms("fields_of_action", description="Fields of action."),
        Term("spatial_effect", description="Spatial effect."),
        Term("status", description="Status."),
        Terms("topics", description="Topics."),
        StringList("technologies", "technology_list", "Technologies."),
        Date("start_date", description="Start (YYYY-MM-DD)."),
        Date("end_date", description="End (YYYY-MM-DD)."),
        Text("repository_url", description="Open-source repository."),
        Text("licence", description="Licence of the software (SPDX identifier)."),
        Text("contact_name", description="Contact person or unit."),
        Text("contact_email", description="Contact e-mail address."),
        Date("last_updated", description="Date of the last update.", nullable=False),
        Bool("is_demo_content", description="true for invented sample entries."),
    ]

    def prefetch(self, queryset):
        return queryset.select_related(
            "model_project", "spatial_effect", "status"
        ).prefetch_related("fields_of_action", "topics")

    def last_modified(self):
        return max_date(self.get_queryset(), "last_updated")

    def lastmod(self, obj):
        return obj.last_updated
