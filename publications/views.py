"""Public views of the publications: the filterable list (with exports) and the detail."""

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.filtering.export import ExportColumn, related_names
from core.filtering.views import FilterableListView
from programmes.models import ModelProject
from smartcity.models import InitiativePage

from .filters import PublicationFilterSet
from .models import Publication


def live_publications():
    return Publication.objects.live().select_related("publication_type", "publisher")


def initiative_links(publication):
    """The publication's initiatives with the URL of their page in the active language."""
    initiatives = list(publication.initiatives.all())
    if not initiatives:
        return []
    pages = {
        page.initiative_key: page.url
        for page in InitiativePage.objects.live()
        .public()
        .filter(
            locale__language_code=translation.get_language(),
            initiative_key__in=[i.key for i in initiatives],
        )
        .only("id", "url_path", "path", "depth", "locale_id", "initiative_key")
    }
    return [{"initiative": i, "url": pages.get(i.key)} for i in initiatives]


def detail_context(publication, *, request=None, preview=False):
    """Context of the detail template; also used for the admin preview (``preview``)."""
    return {
        "publication": publication,
        "initiative_links": initiative_links(publication),
        "is_preview": preview,
        "extra_breadcrumbs": [
            {"title": _("Publications"), "url": reverse("publications:publication_list")},
            {"title": publication.title, "url": None},
        ],
    }


def publication_detail(request, slug):
    queryset = (
        live_publications()
        .select_related("document", "cover_image")
        .prefetch_related(
            "topics",
            "initiatives",
            Prefetch(
                "model_projects",
                queryset=ModelProject.objects.live().only("pk", "slug", "name"),
            ),
        )
    )
    publication = get_object_or_404(queryset, slug=slug)
    return render(
        request, Publication.detail_template, detail_context(publication, request=request)
    )


# Stable export columns; new ones are only ever appended.
EXPORT_COLUMNS = [
    ExportColumn("id", "pk", "Database id of the publication."),
    ExportColumn("slug", "slug", "Stable identifier, part of the URL."),
    ExportColumn("url", "url", "Address of the publication's page in this language."),
    ExportColumn("title", "title", "Title."),
    ExportColumn("type", "publication_type.name", "Type of publication."),
    ExportColumn("publisher", "publisher.name", "Publisher."),
    ExportColumn("publication_date", "publication_date", "Publication date (YYYY-MM-DD)."),
    ExportColumn("authors", "authors", "Authors."),
    ExportColumn("language", lambda p: p.get_language_display(), "Language of the publication."),
    ExportColumn("abstract", "abstract", "Summary."),
    ExportColumn("topics", lambda p: related_names(p.topics), "Topics (list)."),
    ExportColumn("file_url", "file_url", "Address of the file to download."),
    ExportColumn("file_format", "file_format", "Format of the file, e.g. PDF."),
    ExportColumn("file_size", "document.file_size", "Size of the file in bytes."),
    ExportColumn("external_url", "external_url", "External or media address."),
    ExportColumn("pages", "pages", "Number of pages."),
    ExportColumn("isbn", "isbn", "ISBN."),
    ExportColumn("doi", "doi", "DOI."),
    ExportColumn(
        "model_projects", lambda p: related_names(p.model_projects), "Model projects (list)."
    ),
    ExportColumn("initiatives", lambda p: related_names(p.initiatives), "Initiatives (list)."),
    ExportColumn("is_demo_content", "is_demo_content", "true for invented sample entries."),
]


class PublicationListView(FilterableListView):
    filterset_class = PublicationFilterSet
    template_name = "publications/publication_list.html"
    result_template = "publications/includes/publication_result.html"
    list_title = gettext_lazy("Publications")
    list_intro = gettext_lazy(
        "Brochures, studies, guidelines, reports, podcasts and event documentation of the "
        "Smart City Dialogue and its initiatives: search them and narrow them down by type, "
        "topic, year, publisher and language."
    )
    count_singular = gettext_lazy("%(count)s publication")
    count_plural = gettext_lazy("%(count)s publications")
    empty_title = gettext_lazy("No publications match these filters.")
    export_url_name = "publications:publication_export"
    export_basename = gettext_lazy("publications")

    def get_queryset(self):
        return Publication.objects.live()

    def get_result_queryset(self, queryset):
        return queryset.select_related("publication_type", "publisher", "document")

    def get_export_queryset(self, queryset):
        return queryset.select_related(
            "publication_type", "publisher", "document"
        ).prefetch_related(
            "topics",
            "initiatives",
            Prefetch("model_projects", queryset=ModelProject.objects.live().only("pk", "name")),
        )

    @property
    def export_columns(self):
        base = self.request.build_absolute_uri("/")[:-1]
        replaced = {
            "url": lambda p: base + p.get_absolute_url(),
            "file_url": lambda p: base + p.document.url if p.document else "",
        }
        return [
            ExportColumn(c.key, replaced[c.key], c.description) if c.key in replaced else c
            for c in EXPORT_COLUMNS
        ]
