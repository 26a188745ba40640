"""Publications shown on other pages (model projects, initiatives) and display helpers."""

from django import template
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext

from publications.models import Publication

register = template.Library()


def _listed():
    return (
        Publication.objects.live()
        .select_related("publication_type", "publisher", "document")
        .order_by("-publication_date", "pk")
    )


@register.simple_tag
def project_publications(project):
    """Live publications related to a model project, newest first (one query)."""
    if project is None or not getattr(project, "pk", None):
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
