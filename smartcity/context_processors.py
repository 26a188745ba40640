from django.conf import settings
from django.utils.functional import SimpleLazyObject

from . import navigation


def site_chrome(request):
    """Menu, footer links and home page link of the active language, loaded only when used
    and built once per content generation (``navigation.site_chrome``)."""
    return {
        "home_page": SimpleLazyObject(lambda: navigation.site_chrome()["home"]),
        "main_menu": SimpleLazyObject(lambda: navigation.site_chrome()["menu"]),
        "footer_links": SimpleLazyObject(lambda: navigation.site_chrome()["footer"]),
        "KTS_CONTACT_EMAIL": settings.KTS_CONTACT_EMAIL,
    }
