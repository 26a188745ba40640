"""Settings shared by every environment. Values that differ per machine come from
environment variables; the defaults here are safe for local development only."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # modeltranslation patches model fields and must load before the apps that use them.
    "modeltranslation",
    # The project's own pages and site-wide admin (smartcity), the apps, then the core
    # they all build on (core imports none of them).
    "smartcity",
    "search",
    "contacts",
    "news",
    "programmes",
    "measures",
    "solutions",
    "publications",
    "opendata",
    "core",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.sitemaps",
    "wagtail.locales",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    # Login throttling (settings below).
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Anonymous pages from the cache, right after the HTTPS redirect: a hit skips the
    # rest (the stored response already carries the CSP and other headers).
    "core.pagecache.AnonymousPageCacheMiddleware",
    "smartcity.middleware.SiteCSPMiddleware",
    "smartcity.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "smartcity.middleware.WagtailSiteMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "smartcity.middleware.WagtailRouteMiddleware",
    # Turns a refused login into the lockout page; stays last.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "smartcity.urls"

# Full-page cache for anonymous visitors (core/pagecache.py); 0 switches it off.
# Off by default so that development shows every change at once; production turns it on.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "0"))
# Facet counts of a filterable list, kept per filter state and content generation in the
# page cache's store (core/filtering/filtersets.py); 0 counts on every request.
FACET_COUNT_CACHE_SECONDS = int(os.environ.get("FACET_COUNT_CACHE_SECONDS", "0"))
PAGE_CACHE_MAX_AGE = int(os.environ.get("PAGE_CACHE_MAX_AGE", "60"))
PAGE_CACHE_S_MAXAGE = int(os.environ.get("PAGE_CACHE_S_MAXAGE", "300"))
PAGE_CACHE_EXCLUDED_PREFIXES = (
    "/admin/",
    "/django-admin/",
    "/documents/",
    "/healthz",
    "/static/",
    "/media/",
)

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "smartcity.context_processors.site_chrome",
            ],
        },
    },
]

WSGI_APPLICATION = "smartcity.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Planner cost of a random page read: 1.1 suits SSD storage (PostgreSQL's default of 4
    # assumes spinning disks and makes it scan whole tables for common search words).
    # JIT compilation off: the site's queries run for milliseconds, and compiling a broad
    # search's count and page queries took about 110 ms of a 320 ms query at 100,000
    # measures (docs/performance.md). DB_JIT=on turns it back on.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
        "-c random_page_cost="
        + os.environ.get("DB_RANDOM_PAGE_COST", "1.1")
        + " -c jit="
        + ("on" if os.environ.get("DB_JIT", "off").lower() in ("on", "1", "true") else "off")
    )
    # Prepared statements: a query the connection has run twice is prepared, and PostgreSQL
    # plans it once instead of on every request (planning was 1.8 ms of a measure detail
    # page's 2 ms query with its six joins). Needs parameters bound by the server. Search
    # queries stay unprepared: their plan depends on their words (search/planning.py).
    # Off behind a PgBouncer in transaction mode: DB_PREPARED_STATEMENTS=0.
    if env_bool("DB_PREPARED_STATEMENTS", True):
        DATABASES["default"]["OPTIONS"]["server_side_binding"] = True
        DATABASES["default"]["OPTIONS"]["prepare_threshold"] = 2
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# django-axes checks every login first and refuses it while the username is locked out
# from that address; the model backend then checks the password.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(hours=float(os.environ.get("AXES_COOLOFF_HOURS", "1")))
# Lock the combination of username and client address: an attacker elsewhere cannot lock
# an editor out, and one address cannot try many passwords for one account.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "account_locked.html"
AXES_HTTP_RESPONSE_CODE = 429
# The client address is REMOTE_ADDR here; production behind a proxy reads X-Forwarded-For.
AXES_IPWARE_META_PRECEDENCE_ORDER = ("REMOTE_ADDR",)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: German is the default; every public URL carries its language prefix.
LANGUAGE_CODE = "de"
LANGUAGES = [("de", "Deutsch"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILSIMPLETRANSLATION_SYNC_PAGE_TREE = False

# Plain models (measures, projects, taxonomies) keep one column per language.
MODELTRANSLATION_DEFAULT_LANGUAGE = "de"
MODELTRANSLATION_LANGUAGES = ("de", "en")
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("de",), "de": ("en",)}

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Serve uploads through Django when nothing else does (see smartcity/urls.py).
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "Smart City Dialog"
# No avatars from gravatar.com in the admin: that would send a hash of every editor's e-mail
# address to a third party. Wagtail shows its own placeholder instead.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# No check for new Wagtail releases from the dashboard: the admin's browser would ask
# releases.wagtail.org. Updates come through the project's dependencies instead.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": "german",
    }
}
WAGTAILIMAGES_IMAGE_MODEL = "wagtailimages.Image"

# Uploads. Wagtail checks an image's real format against its extension and its size and
# pixel count; smartcity.uploads.DocumentForm does the same for documents. No SVG: it can
# carry scripts.
_MB = 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = int(os.environ.get("IMAGE_MAX_UPLOAD_MB", "10")) * _MB
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 50_000_000  # width × height × frames
WAGTAILDOCS_EXTENSIONS = ["pdf", "csv", "xlsx", "docx", "odt", "ods", "txt", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = int(os.environ.get("DOCUMENT_MAX_UPLOAD_MB", "50")) * _MB
WAGTAILDOCS_DOCUMENT_FORM_BASE = "smartcity.uploads.DocumentForm"
# Documents go through Wagtail's view (collection privacy, "Content-Security-Policy:
# default-src 'none'", nosniff); only PDFs open in the browser, the rest is downloaded.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT = True
# Visitors download and find a document only while published content uses it, or when it
# lies in one of these collections (or below one); see smartcity/documents.py.
PUBLIC_DOCUMENT_COLLECTIONS = ["Öffentlich"]
# Form fields other than files (large StreamField pages) and the size above which an
# uploaded file is written to a temporary file instead of memory.
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * _MB
FILE_UPLOAD_MAX_MEMORY_SIZE = int(2.5 * _MB)
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# Where visitors report errors and accessibility problems.
KTS_CONTACT_EMAIL = os.environ.get("KTS_CONTACT_EMAIL", "SmartCities@dlr.de")
ACCESSIBILITY_FEEDBACK_EMAIL = os.environ.get("ACCESSIBILITY_FEEDBACK_EMAIL", "SmartCities@dlr.de")
# Map tiles (docs/deployment.md): none by default, so that no visitor's browser contacts a
# map service; the maps then show outlines of Germany from the site's own static files.
# A tile URL template (own tile server, a path on this site, or a provider) switches them
# on; smartcity.middleware adds its origin to the Content-Security-Policy.
MAP_TILE_URL = os.environ.get("MAP_TILE_URL", "")
MAP_TILE_ATTRIBUTION = os.environ.get("MAP_TILE_ATTRIBUTION", "")

# Security headers (all environments, so that tests see what production sends).
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), interest-cohort=()"
)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# The Wagtail admin uses inline scripts and styles.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, "'unsafe-inline'", "'unsafe-eval'"],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        # A 4xx answer to a hostile query string is expected, not a warning.
        "django.security.DisallowedHost": {"level": "ERROR"},
        # django-axes: failures and lockouts, not its start-up banner.
        "axes.apps": {"level": "WARNING"},
        # A line per login attempt and per reset; lockouts are warnings and stay visible.
        "axes.handlers": {"level": "WARNING"},
        # Wagtail's background tasks (run inline) log every start and end.
        "django_tasks": {"level": "WARNING"},
    },
}

SITE_TAGLINE = _("Smart cities and regions in dialogue")
