"""The publications in the public API (``/api/v1/``): the records' fields, declared once."""

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from core.fields import TERM_SCHEMA, Bool, Date, Int, Nested, Ref, Term, Terms, Text, Url
from core.resources import LiveResource, identity, max_date
from programmes.models import ModelProject

from .filters import PublicationFilterSet
from .models import Publication


def _publication_file(publication):
    return publication.document.url if publication.document_id else None


class PublicationResource(LiveResource):
    name = "publications"
    model = Publication
    title = _("Publications")
    description = _("Brochures, studies, guidelines, reports, podcasts and videos.")
    filterset_class = PublicationFilterSet
    default_ordering = ("-publication_date", "pk")
    fields = [
        *identity("publications"),
        Text("title", description="Title."),
        Term("type", "publication_type", description="Type of publication."),
        Nested(
            "publisher",
            lambda p: {"key": p.publisher.key, "name": str(p.publisher)} if p.publisher else None,
            "Publisher (an organisation, see /organisations/).",
            object_schema={**TERM_SCHEMA, "nullable": True},
        ),
        Date("publication_date", description="Publication date.", nullable=False),
        Text("authors", description="Authors."),
        Text("language", description="Language of the publication (de, en, multilingual)."),
        Text("abstract", description="Summary."),
        Terms("topics", description="Topics."),
        Url("file_url", _publication_file, "Address of the file to download.", nullable=True),
        Text("file_format", description="Format of the file, e.g. PDF."),
        Text("external_url", description="External or media address."),
        Int("pages", description="Number of pages."),
        Text("isbn", description="ISBN."),
        Text("doi", description="DOI."),
        Ref(
            "model_projects",
            resource="model-projects",
            many=True,
            description="Related model projects.",
        ),
        Terms("initiatives", description="Related initiatives."),
        Bool("is_demo_content", description="true for invented sample entries."),
    ]

    def prefetch(self, queryset):
        return queryset.select_related(
            "publication_type", "publisher", "document"
        ).prefetch_related(
            "topics",
            "initiatives",
            Prefetch(
                "model_projects",
                queryset=ModelProject.objects.live().only("pk", "slug", "name"),
            ),
        )

    def last_modified(self):
        return max_date(self.get_queryset(), "updated_at")
