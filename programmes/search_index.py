"""Model projects in the search core."""

from django.utils.translation import gettext_lazy as _

from search.registry import SearchableKind, SearchField, register

from .models import FederalState, ModelProject, Topic


def public_projects():
    return (
        ModelProject.objects.live()
        .select_related("state", "category", "funding_round", "phase")
        .prefetch_related("topics")
    )


register(
    SearchableKind(
        key="model-projects",
        label=_("Model projects"),
        singular=_("Model project"),
        model=ModelProject,
        public=public_projects,
        fields=[
            SearchField("name", "A"),
            SearchField("official_name", "A"),
            SearchField("topics.name", "A"),
            # The state in both languages: "Bavaria" finds the Bavarian projects on the
            # German list too.
            SearchField(lambda project: [project.state.name_de, project.state.name_en], "B"),
            SearchField("category.name", "B"),
            SearchField("partners", "B"),
            SearchField("summary", "B"),
            SearchField(lambda project: str(project.funding_round.year), "B"),
            SearchField("funding_round.motto", "C"),
            SearchField("vision", "C"),
            SearchField("phase.name", "C"),
        ],
        title=lambda project: project.name,
        summary=lambda project: project.summary or project.official_name,
        list_url_name="programmes:modelproject_list",
        rank=0.25,
        order=30,
        dependencies={
            FederalState: lambda state: ModelProject.objects.filter(state=state),
            Topic: lambda topic: ModelProject.objects.filter(topics=topic),
        },
    )
)
