from django.conf import settings
from django.utils.functional import SimpleLazyObject

from .navigation import footer_pages, home_page_for_language, main_menu_pages


def site_chrome(request):
    """Menu, footer links and home page of the active language, loaded only when used."""
    return {
        "home_page": SimpleLazyObject(home_page_for_language),
        "main_menu": SimpleLazyObject(lambda: list(main_menu_pages())),
        "footer_links": SimpleLazyObject(lambda: list(footer_pages())),
        "KTS_CONTACT_EMAIL": settings.KTS_CONTACT_EMAIL,
    }
