"""Publications in the search core."""

from django.utils.translation import gettext_lazy as _

from search.registry import SearchableKind, SearchField, register

from .models import Publication


def public_publications():
    return (
        Publication.objects.live()
        .select_related("publication_type", "publisher")
        .prefetch_related("topics", "model_projects", "initiatives")
    )


def _names(relation):
    return lambda publication: [str(item.name) for item in getattr(publication, relation).all()]


register(
    SearchableKind(
        key="publications",
        label=_("Publications"),
        singular=_("Publication"),
        model=Publication,
        public=public_publications,
        fields=[
            SearchField("title", "A"),
            SearchField(_names("topics"), "A"),
            SearchField("abstract", "B"),
            SearchField("authors", "B"),
            SearchField("publication_type.name", "B"),
            SearchField("publisher.name", "B"),
            SearchField(_names("model_projects"), "B"),
            SearchField(_names("initiatives"), "C"),
        ],
        title=lambda publication: publication.title,
        summary=lambda publication: publication.abstract,
        date=lambda publication: publication.publication_date,
        list_url_name="publications:publication_list",
        rank=0.15,
        order=50,
    )
)
