"""Solution profiles in the search core."""

from django.db.models import Prefetch, Q
from django.utils.translation import gettext_lazy as _

from programmes.models import ModelProject
from search.registry import SearchableKind, SearchField, register

from .models import SolutionProfile


def public_solutions():
    return (
        SolutionProfile.objects.live()
        .select_related("lead_project__state")
        .prefetch_related(
            "topics",
            "fields_of_action",
            Prefetch("partner_projects", queryset=ModelProject.objects.live()),
            "process_steps",
            "success_factors",
        )
    )


def solutions_of_project(project):
    """Profiles that show a model project's name: as their lead or as a partner."""
    return SolutionProfile.objects.filter(
        Q(lead_project=project) | Q(partner_projects=project)
    ).distinct()


register(
    SearchableKind(
        key="solutions",
        label=_("Solutions"),
        singular=_("Solution"),
        model=SolutionProfile,
        public=public_solutions,
        fields=[
            SearchField("title", "A"),
            SearchField("topics.name", "A"),
            SearchField("fields_of_action.name", "A"),
            SearchField("teaser", "B"),
            SearchField("lead_project.name", "B"),
            SearchField("lead_project.state.name", "B"),
            SearchField("partner_projects.name", "B"),
            SearchField("challenge", "C", html=True),
            SearchField("solution", "C", html=True),
            SearchField("data_basis", "C", html=True),
            SearchField("prerequisites", "C"),
            SearchField("process_steps.title", "C"),
            SearchField("success_factors.title", "C"),
        ],
        title=lambda profile: profile.title,
        summary=lambda profile: profile.teaser,
        list_url_name="solutions:solution_list",
        rank=0.2,
        order=40,
        dependencies={ModelProject: solutions_of_project},
    )
)
