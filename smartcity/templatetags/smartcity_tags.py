import datetime

from django import template
from django.utils import timezone

from smartcity import navigation

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """Links to the current content in each language (see navigation.translation_links).

    Views that show a translatable object set ``translation_links`` themselves.
    """
    if "translation_links" in context:
        return context["translation_links"]
    return navigation.translation_links(context.get("request"), context.get("page"))


@register.simple_tag(takes_context=True)
def page_breadcrumbs(context):
    return navigation.breadcrumbs(context.get("page"))


@register.simple_tag
def database_entries(menu):
    """The menu entries that lead to a knowledge database (model projects, measures, …)."""
    return [entry for entry in menu if entry.get("is_database")]


@register.filter
def is_active_menu(entry, request):
    """True when the menu entry's URL is a prefix of the current path."""
    if request is None:
        return False
    url = entry.get("url") or ""
    return len(url) > 4 and request.path.startswith(url)


@register.filter
def html_datetime(value):
    """A date or a date and time in the form HTML wants in ``datetime`` attributes.

    Dates give ``2025-11-14``; dates and times give ``2025-11-14T09:30:00+01:00`` in the
    site's time zone, whole seconds (the HTML checker rejects microseconds). Anything else
    gives an empty string.
    """
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return ""
