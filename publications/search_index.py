"""Publications in the search core."""

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from programmes.models import ModelProject
from search.registry import SearchableKind, SearchField, register

from .models import Publication


def public_publications():
    return (
        Publication.objects.live()
        .select_related("publication_type", "publisher")
        .prefetch_related(
            "topics",
            Prefetch("model_projects", queryset=ModelProject.objects.live()),
            "initiatives",
        )
    )


register(
    SearchableKind(
        key="publications",
        label=_("Publications"),
        singular=_("Publication"),
        model=Publication,
        public=public_publications,
        fields=[
            SearchField("title", "A"),
            SearchField("topics.name", "A"),
            SearchField("abstract", "B"),
            SearchField("authors", "B"),
            SearchField("publication_type.name", "B"),
            SearchField("publisher.name", "B"),
            SearchField("model_projects.name", "B"),
            SearchField("initiatives.name", "C"),
        ],
        title=lambda publication: publication.title,
        summary=lambda publication: publication.abstract,
        date=lambda publication: publication.publication_date,
        list_url_name="publications:publication_list",
        rank=0.15,
        order=50,
        dependencies={
            ModelProject: lambda project: Publication.objects.filter(model_projects=project),
        },
    )
)
