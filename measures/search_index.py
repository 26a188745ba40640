"""Measures in the search core: what is searched, and how much each part counts."""

from django.utils.translation import gettext_lazy as _

from programmes.models import ModelProject, Topic
from search.registry import SearchableKind, SearchField, register

from .models import FieldOfAction, Measure


def public_measures():
    return (
        Measure.objects.live()
        .select_related("model_project__state", "status", "spatial_effect")
        .prefetch_related("fields_of_action", "topics")
    )


register(
    SearchableKind(
        key="measures",
        label=_("Measures"),
        singular=_("Measure"),
        model=Measure,
        public=public_measures,
        fields=[
            SearchField("title", "A"),
            SearchField("fields_of_action.name", "A"),
            SearchField("topics.name", "A"),
            SearchField("summary", "B"),
            SearchField("goals", "B"),
            SearchField("technologies", "B"),
            SearchField("model_project.name", "B"),
            SearchField("model_project.official_name", "B"),
            SearchField("model_project.state.name", "B"),
            SearchField("description", "C", html=True),
            SearchField("status.name", "C"),
            SearchField("spatial_effect.name", "C"),
        ],
        title=lambda measure: measure.title,
        summary=lambda measure: measure.summary,
        date=lambda measure: measure.last_updated,
        list_url_name="measures:measure_list",
        rank=0.2,
        order=20,
        dependencies={
            ModelProject: lambda project: Measure.objects.filter(model_project=project),
            FieldOfAction: lambda field: Measure.objects.filter(fields_of_action=field),
            Topic: lambda topic: Measure.objects.filter(topics=topic),
        },
    )
)
