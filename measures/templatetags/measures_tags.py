from django import template
from django.db.models import Count
from django.urls import reverse

from ..models import Measure, MeasureStatus

register = template.Library()


@register.simple_tag
def project_measure_summary(project):
    """A model project's published measures, counted per status (two queries; the total
    is the sum of the groups, measures without a status included):
    ``{"total", "by_status": [{"status", "count"}], "list_url"}``."""
    if project is None or getattr(project, "pk", None) is None:
        # The preview of a project that has not been saved yet.
        return {"total": 0, "by_status": [], "list_url": None}
    measures = Measure.objects.live().filter(model_project=project)
    counts = dict(measures.order_by().values_list("status").annotate(n=Count("pk")))
    return {
        "total": sum(counts.values()),
        "by_status": [
            {"status": status, "count": counts[status.pk]}
            for status in MeasureStatus.objects.filter(pk__in=counts)
        ],
        "list_url": reverse("measures:measure_list"),
    }
