"""The living labs in the public API (``/api/v1/living-labs/``)."""

from django.utils.translation import gettext_lazy as _

from core.fields import Date, Text
from core.resources import LiveResource, identity, max_date

from .filters import LivingLabFilterSet
from .models import LivingLab


class LivingLabResource(LiveResource):
    name = "living-labs"
    model = LivingLab
    title = _("Living labs")
    description = _("Places where new ideas are tried out in everyday life.")
    filterset_class = LivingLabFilterSet  # the list's filters and orders
    fields = [
        *identity("living-labs"),
        Text("title", description="Title."),
        Text("summary", description="Summary."),
        Text("phase", description="Phase (planning, trial, finished)."),
        Date("updated", lambda lab: lab.updated_at.date(), "Date of the last change."),
    ]

    def last_modified(self):
        return max_date(self.get_queryset(), "updated_at")
