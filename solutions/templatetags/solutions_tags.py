from django import template
from django.db.models import Q

from core.memo import per_generation
from solutions.models import SolutionProfile

register = template.Library()


def _projects_with_solutions():
    """Ids of the model projects that lead or take part in a published solution profile."""
    live = SolutionProfile.objects.live()
    partners = SolutionProfile.partner_projects.through.objects.filter(
        solutionprofile_id__in=live.values("pk")
    ).values_list("modelproject_id", flat=True)
    leads = live.order_by().values_list("lead_project_id", flat=True)
    return frozenset(leads.union(partners.order_by()))


@register.simple_tag
def project_solutions(project):
    """Published solution profiles a model project leads or takes part in (one query, none
    for a project without any: those are known once per content generation)."""
    if project is None or not getattr(project, "pk", None):
        return []
    if project.pk not in per_generation(
        ("projects_with_solutions",), _projects_with_solutions, language=False
    ):
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


def _measures_with_solutions():
    """Ids of the measures that some published solution profile lists as related."""
    return frozenset(
        SolutionProfile.related_measures.through.objects.filter(
            solutionprofile_id__in=SolutionProfile.objects.live().values("pk")
        ).values_list("measure_id", flat=True)
    )


@register.simple_tag
def measure_solutions(measure):
    """Published solution profiles that list a measure as related (one query, none for
    the many measures no profile names: those are known once per content generation)."""
    if measure is None or not getattr(measure, "pk", None):
        return []
    if measure.pk not in per_generation(
        ("measures_with_solutions",), _measures_with_solutions, language=False
    ):
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
