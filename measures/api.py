"""The measures in the public API (``/api/v1/``): the records' fields, declared once."""

from django.utils.translation import gettext_lazy as _

from core.resources import LiveResource, max_date

from .filters import MeasureFilterSet
from .models import Measure
from .record import API_FIELDS


class MeasureResource(LiveResource):
    name = "measures"
    model = Measure
    title = _("Measures")
    description = _("What the model projects planned, built and made permanent.")
    filterset_class = MeasureFilterSet
    default_ordering = ("-last_updated", "pk")
    fields = API_FIELDS  # declared with the measure's other formats (measures.record)

    def prefetch(self, queryset):
        return queryset.select_related(
            "model_project", "spatial_effect", "status"
        ).prefetch_related("fields_of_action", "topics")

    def last_modified(self):
        return max_date(self.get_queryset(), "last_updated")

    def lastmod(self, obj):
        return obj.last_updated
