"""Error views that render inside the site layout in the visitor's language."""

import logging

from django.http import HttpResponseNotFound, HttpResponseServerError
from django.template import loader
from django.utils import translation
from django.views import defaults

from . import navigation

logger = logging.getLogger(__name__)


def _language_from_path(request):
    code = translation.get_language_from_path(request.path) if request else None
    return code or translation.get_language() or "de"


def bad_request(request, exception=None):
    return defaults.bad_request(request, exception, template_name="400.html")


def page_not_found(request, exception=None):
    """404 in the site layout. Its language switch leads to the home pages: the same
    address in the other language would only be another missing page."""
    template = loader.get_template("404.html")
    context = {
        "request_path": request.path,
        "translation_links": navigation.home_page_links(),
    }
    return HttpResponseNotFound(template.render(context, request))


def server_error(request):
    """Render 500.html without touching the database: it may be what failed."""
    with translation.override(_language_from_path(request)):
        try:
            template = loader.get_template("500.html")
            body = template.render({"request": None, "error_language": translation.get_language()})
        except Exception:  # the error page itself must never fail
            logger.exception("500.html could not be rendered")
            body = "<h1>Server Error (500)</h1>"
    return HttpResponseServerError(body)
