"""Navigation derived from the page tree of the active language."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from core.databases import databases

# After the databases (core.databases), the main menu links the contact list, a
# view that is not a page either but no knowledge database (the home page teases only
# the databases).
CONTACT_MENU_ENTRY = ("contacts:contact_list", _("Contact"))


def active_locale():
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return None


def home_page_for_language(language_code=None):
    """The home page in the given (default: active) language, or None before set-up."""
    from .models import HomePage

    code = language_code or translation.get_language() or settings.LANGUAGE_CODE
    return (
        HomePage.objects.live()
        .filter(locale__language_code=code)
        .only("id", "path", "depth", "url_path", "title", "locale_id")
        .first()
    )


def main_menu_pages(home=None):
    home = home if home is not None else home_page_for_language()
    entries = []
    if home is not None:
        for page in (
            home.get_children()
            .live()
            .in_menu()
            .public()
            .only("id", "title", "url_path", "path", "depth", "locale_id")
        ):
            entries.append({"title": page.title, "url": _url(page, home), "page_id": page.id})
    for database in databases():
        if database.list_url_name:  # a list that is a page (news) is in the page tree
            entries.append(
                {
                    "title": str(database.label),
                    "url": reverse(database.list_url_name),
                    "page_id": None,
                    "is_database": True,
                }
            )
    url_name, label = CONTACT_MENU_ENTRY
    entries.append(
        {"title": str(label), "url": reverse(url_name), "page_id": None, "is_database": False}
    )
    return entries


def footer_pages(home=None):
    from .models import StandardPage

    home = home if home is not None else home_page_for_language()
    if home is None:
        return StandardPage.objects.none()
    return (
        StandardPage.objects.descendant_of(home)
        .live()
        .public()
        .filter(show_in_footer=True)
        .only("id", "title", "url_path", "path", "depth", "locale_id")
        .order_by("path")
    )


def site_chrome(language_code=None) -> dict:
    """``home`` ({id, title, url} or None), ``menu`` and ``footer`` (lists of {title, url,
    …}) of a language, built once per content generation (``core.memo``)."""
    from core.memo import per_generation

    code = language_code or translation.get_language() or settings.LANGUAGE_CODE

    def build():
        with translation.override(code):
            home = home_page_for_language(code)
            if home is None:
                return {"home": None, "menu": main_menu_pages(), "footer": []}
            return {
                "home": {"id": home.id, "title": home.title, "url": home.get_url()},
                "menu": main_menu_pages(home),
                "footer": [
                    {"id": page.id, "title": page.title, "url": _url(page, home)}
                    for page in footer_pages(home)
                ],
            }

    return per_generation(("site_chrome", code), build, language=False)


def _url(page, home):
    """The page's URL, with the site root paths read once (kept on the home page)."""
    page._wagtail_cached_site_root_paths = home._get_site_root_paths()
    return page.get_url()


def translation_links(request, page=None):
    """Links to this content in every language.

    A Wagtail page links to its translation (or the other language's home page
    when it has none); any other view links to the same path reversed in the
    other language.
    """
    from django.urls import translate_url

    from core.memo import per_generation

    current = translation.get_language()
    if page is not None and isinstance(page, Page):
        if not page.pk:  # a preview of a page that was never saved
            return _page_translation_links(page, current)
        # The page tree only changes with a new content generation.
        return per_generation(
            ("translation_links", page.pk), lambda: _page_translation_links(page, current)
        )
    path = request.get_full_path() if request is not None else f"/{current}/"

    def target(code):
        with translation.override(current):
            url = translate_url(path, code)
        if url == path and code != current:
            return f"/{code}/", False
        return url, True

    return _language_links(current, target)


def _language_links(current, target):
    """One link per language: ``target(code)`` gives its (url, whether the content
    exists in that language)."""
    links = []
    for code, name in settings.LANGUAGES:
        url, exists = target(code)
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "is_current": code == current,
                "exists": exists,
            }
        )
    return links


def _home_url(code):
    home = home_page_for_language(code)
    return home.url if home else f"/{code}/"


def _page_translation_links(page, current):
    def target(code):
        locale = Locale.objects.filter(language_code=code).first()
        translated = page.get_translation_or_none(locale) if locale else None
        if translated is not None and translated.live:
            return translated.url, True
        return _home_url(code), False

    return _language_links(current, target)


def home_page_links():
    """Language links to each language's home page, for views with nothing to translate
    (error pages). No hreflang alternates are derived from them."""
    return _language_links(translation.get_language(), lambda code: (_home_url(code), False))


def breadcrumbs(page):
    """Ancestors of a page from the home page down, excluding the page itself, as
    {title, url, depth}; built once per content generation (``core.memo``)."""
    if page is None or not isinstance(page, Page) or not page.path:
        return []
    from core.memo import per_generation

    def build():
        ancestors = Page.objects.ancestor_of(page).filter(depth__gte=2).live()
        return [
            {"title": crumb.title, "url": crumb.url, "depth": crumb.depth}
            for crumb in ancestors.only("id", "title", "url_path", "path", "depth", "locale_id")
        ]

    return per_generation(("breadcrumbs", page.path), build)
