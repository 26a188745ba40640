from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from contacts import urls as contacts_urls
from core.databases import databases
from opendata import feed_urls
from opendata import urls as opendata_urls
from opendata.api import urls as api_urls
from search.views import search_view

from . import health, sitemaps, views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", health.healthz, name="healthz"),
    path("sitemap.xml", sitemaps.sitemap_view, name="sitemap"),
    path("api/v1/", include(api_urls)),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots_txt",
    ),
]

# Public pages live under /de/ and /en/. Database views get translated path
# prefixes (declared with each database); everything else is a Wagtail page of that
# language's tree.
urlpatterns += i18n_patterns(
    *[path(d.url_path, include(d.urls)) for d in databases() if d.urls is not None],
    path(_("contact/"), include(contacts_urls)),
    path(_("search/"), search_view, name="search"),
    path(_("open-data/"), include(opendata_urls)),
    path(_("feeds/"), include(feed_urls)),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG or settings.SERVE_MEDIA:
    # Uploaded files through Django: development, and small set-ups without a web server
    # or object storage in front (SERVE_MEDIA=1; see docs/deployment.md).
    from django.urls import re_path
    from django.views.static import serve

    media_prefix = settings.MEDIA_URL.lstrip("/")
    # Documents only through Wagtail's own view (/documents/…), which checks privacy
    # settings and sets download headers; images and renditions directly.
    served = r".*" if settings.DEBUG else r"(?:images|original_images)/.*"
    urlpatterns = [
        re_path(
            rf"^{media_prefix}(?P<path>{served})$", serve, {"document_root": settings.MEDIA_ROOT}
        ),
        *urlpatterns,
    ]

handler400 = views.bad_request
handler404 = views.page_not_found
handler500 = views.server_error
