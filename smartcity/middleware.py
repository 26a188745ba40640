"""Security headers for every response.

The public site gets a strict Content-Security-Policy (no inline scripts or
styles); the Wagtail admin, which relies on inline code, gets a relaxed one.
Images may come from the map tile server only when one is configured
(``MAP_TILE_URL``; none by default).
"""

from urllib.parse import urlsplit

from csp.middleware import CSPMiddleware
from django.conf import settings
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from core import memo


def tile_origin(url: str) -> str | None:
    """The origin a tile URL template loads from, as a CSP source; None when there is
    none or it is this site's own (a path such as ``/tiles/{z}/{x}/{y}.png``).

    Leaflet's ``{s}`` sub-domain placeholder becomes a wildcard (``https://*.example.org``).
    """
    if not url:
        return None
    parts = urlsplit(url.strip())
    if not parts.scheme or not parts.netloc:
        return None
    host = parts.netloc.rsplit("@", 1)[-1].replace("{s}", "*")
    return f"{parts.scheme}://{host}"


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        admin_prefix = getattr(settings, "WAGTAIL_ADMIN_PATH_PREFIX", "/admin/")
        if not report_only and parts.config is None and request.path_info.startswith(admin_prefix):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        origin = tile_origin(getattr(settings, "MAP_TILE_URL", ""))
        if origin and not report_only:
            update = dict(parts.update or {})
            update["img-src"] = [*(update.get("img-src") or []), origin]
            parts.update = update
        return parts


class PermissionsPolicyMiddleware:
    """Switch off browser features the portal never uses."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class WagtailSiteMiddleware:
    """Give Wagtail the request's site from a memo per process and content generation.

    Wagtail looks the site up with a query on every request that needs it (routing,
    menus, URLs). The site Wagtail found is kept after the response and handed to later
    requests for the same host and port; requests that never need it (the API) cost
    nothing. Sites change only through the admin, and saving one replaces the content
    generation (``core.pagecache``), so the memo is as fresh as a lookup.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = ("wagtail_site", request._get_raw_host().lower(), request.get_port())
        generation, site = memo.lookup(key, language=False)
        if site is not memo.MISSING:
            request._wagtail_site = site
        response = self.get_response(request)
        if site is memo.MISSING and hasattr(request, "_wagtail_site"):
            memo.remember(key, request._wagtail_site, generation, language=False)
        return response


class WagtailRouteMiddleware:
    """Route a request for a Wagtail page once per process, path and content generation.

    Wagtail finds the page by walking the tree from the site's root, two or three
    queries per level, on every request. Only live pages are routed to, and every
    publish, unpublish, move or deletion replaces the content generation, so a memoised
    route is as fresh as a walk. Routes that end in "not found" are not kept (any path
    can be asked for). View restrictions are still checked on every request, by
    Wagtail's own hook after the route.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve or not view_args:
            return None
        site = Site.find_for_request(request)
        if site is None:
            return None
        path = view_args[0]
        key = ("wagtail_route", site.pk, path)
        generation, route = memo.lookup(key)
        if route is memo.MISSING:
            route = Page.route_for_request(request, path)
            if route is None:
                return None
            memo.remember(key, route, generation)
        request._wagtail_route_for_request = route
        return None
