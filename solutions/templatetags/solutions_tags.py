from django import template
from django.db.models import Q

from solutions.models import SolutionProfile

register = template.Library()


@register.simple_tag
def project_solutions(project):
    """Published solution profiles a model project leads or takes part in (one query)."""
    if project is None or not getattr(project, "pk", None):
        return []
    partner_of = SolutionProfile.partner_projects.through.objects.filter(
        modelproject_id=project.pk
    ).values("solutionprofile_id")
    return list(
        SolutionProfile.objects.live()
        .filter(Q(lead_project_id=project.pk) | Q(pk__in=partner_of))
        .select_related("lead_project")
        .order_by("title")
    )


@register.simple_tag
def measure_solutions(measure):
    """Published solution profiles that list a measure as related (one query)."""
    if measure is None or not getattr(measure, "pk", None):
        return []
    linked = SolutionProfile.related_measures.through.objects.filter(measure_id=measure.pk).values(
        "solutionprofile_id"
    )
    return list(
        SolutionProfile.objects.live()
        .filter(pk__in=linked)
        .select_related("lead_project")
        .order_by("title")
    )
