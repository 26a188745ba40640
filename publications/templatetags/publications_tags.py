"""Publications shown on other pages (model projects, initiatives) and display helpers."""

from django import template
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext

from core.memo import per_generation
from publications.models import Publication

register = template.Library()


def _listed():
    return (
        Publication.objects.live()
        .select_related("publication_type", "publisher", "document")
        .order_by("-publication_date", "pk")
    )


def _projects_with_publications():
    """Ids of the model projects that some live publication is related to."""
    return frozenset(
        Publication.model_projects.through.objects.filter(
            publication_id__in=Publication.objects.live().values("pk")
        ).values_list("modelproject_id", flat=True)
    )


@register.simple_tag
def project_publications(project):
    """Live publications related to a model project, newest first (one query, none for a
    project without any: those are known once per content generation)."""
    if project is None or not getattr(project, "pk", None):
        return []
    if project.pk not in per_generation(
        ("projects_with_publications",), _projects_with_publications, language=False
    ):
        return []
    return list(_listed().filter(model_projects=project))


@register.simple_tag
def initiative_publications(page):
    """Live publications related to the initiative of an initiative page (one query)."""
    key = getattr(page, "initiative_key", "")
    if not key:
        return []
    return list(_listed().filter(initiatives__key=key))


@register.filter
def file_label(publication):
    """Format and size of the publication's document, e.g. “PDF, 12 KB”."""
    if not publication.document:
        return ""
    size = publication.file_size
    if size is None:
        return publication.file_format
    return gettext("%(format)s, %(size)s") % {
        "format": publication.file_format,
        "size": filesizeformat(size),
    }
