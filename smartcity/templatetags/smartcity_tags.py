from django import template

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
