"""Production: every secret and host name comes from the environment; start-up fails
loudly when one is missing rather than running with a development default."""

import importlib.util
import os
from copy import deepcopy
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_bool, env_list

DEBUG = False

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment for production.")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set in the environment for production.")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"

# Redis cache; a Redis outage degrades to "no cache" instead of errors.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "smartcity.cache.FailOpenRedisCache",
            "LOCATION": REDIS_URL,
            "TIMEOUT": int(os.environ.get("CACHE_TIMEOUT", "300")),
            "KEY_PREFIX": "smartcity",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        },
        # Wagtail looks rendition records up in a cache of this name (one database query
        # less per image and page); they change only when an image does.
        "renditions": {
            "BACKEND": "smartcity.cache.RenditionCache",
            "LOCATION": REDIS_URL,
            "TIMEOUT": int(os.environ.get("RENDITION_CACHE_TIMEOUT", "604800")),
            "KEY_PREFIX": "smartcity-renditions",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        },
    }
    WAGTAIL_CACHE_BACKEND = "default"

# E-mail (workflow notifications to moderators and editors, password resets) through an
# SMTP relay. Without EMAIL_HOST nothing is sent: messages are dropped rather than tried
# against a mail server that is not there.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
    EMAIL_TIMEOUT = 10
else:
    EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Smart City Dialog <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL

# A CDN or Varnish in front: Wagtail's frontend cache sends it a purge request for a
# page's URLs when the page is published or unpublished. Other pages (lists, snippets)
# expire there after PAGE_CACHE_S_MAXAGE seconds.
FRONTEND_CACHE_PURGE_URL = os.environ.get("FRONTEND_CACHE_PURGE_URL", "")
if FRONTEND_CACHE_PURGE_URL:
    INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.contrib.frontend_cache"]  # noqa: F405
    WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_PURGE_URL,
        }
    }

# Anonymous pages are served from the cache (emptied on every publish).
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
FACET_COUNT_CACHE_SECONDS = int(os.environ.get("FACET_COUNT_CACHE_SECONDS", "600"))

# Pooled PostgreSQL connections (psycopg 3) when the database is PostgreSQL.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and env_bool(  # noqa: F405
    "DB_POOL", True
):
    DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405 - the pool manages connections
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {  # noqa: F405
        "min_size": int(os.environ.get("DB_POOL_MIN", "2")),
        "max_size": int(os.environ.get("DB_POOL_MAX", "10")),
        "timeout": 10,
    }

# Behind the load balancer the client address comes from X-Forwarded-For. The load
# balancer must replace the header with the address it sees (nginx:
# "proxy_set_header X-Forwarded-For $remote_addr"), or a client could choose its own and
# get round the login lockout. Off unless the set-up says so (compose.yaml switches it
# on behind its nginx).
if env_bool("TRUST_X_FORWARDED_FOR", False):
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR")


def _require(module: str, variable: str, extra: str) -> None:
    """The optional package must import (present and not broken) when it is asked for."""
    try:
        importlib.import_module(module)
    except ImportError as error:
        raise ImproperlyConfigured(
            f"{variable} is set but the Python package {module!r} is missing; "
            f'install the "{extra}" extra: pip install ".[{extra}]".'
        ) from error


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


# Media (images, documents) in S3-compatible object storage when a bucket is named;
# credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (read by boto3) or the
# machine's role. Documents are still delivered through Wagtail's view; images are linked
# to the bucket (signed URLs) or to AWS_S3_CUSTOM_DOMAIN (a CDN in front of it).
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    _require("storages", "AWS_STORAGE_BUCKET_NAME", "s3")
    _s3_endpoint = os.environ.get("AWS_S3_ENDPOINT_URL", "")
    _s3_region = os.environ.get("AWS_S3_REGION_NAME", "")
    _s3_domain = os.environ.get("AWS_S3_CUSTOM_DOMAIN", "")
    STORAGES = {
        **STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": AWS_STORAGE_BUCKET_NAME,
                "endpoint_url": _s3_endpoint or None,
                "region_name": _s3_region or None,
                "custom_domain": _s3_domain or None,
                "location": os.environ.get("AWS_LOCATION", "media"),
                "querystring_auth": env_bool("AWS_QUERYSTRING_AUTH", True),
                "default_acl": None,
                "file_overwrite": False,
                "object_parameters": {"CacheControl": "max-age=86400"},
            },
        },
    }
    # Pages (and the admin) may load images from there.
    if _s3_domain:
        _media_origins = [f"https://{_s3_domain}"]
    elif _s3_endpoint:
        _endpoint = urlsplit(_s3_endpoint)
        _media_origins = [_origin(_s3_endpoint), f"{_endpoint.scheme}://*.{_endpoint.netloc}"]
    else:
        _media_origins = [f"https://{AWS_STORAGE_BUCKET_NAME}.s3.amazonaws.com"]
        if _s3_region:
            _media_origins.append(
                f"https://{AWS_STORAGE_BUCKET_NAME}.s3.{_s3_region}.amazonaws.com"
            )
    CONTENT_SECURITY_POLICY = deepcopy(CONTENT_SECURITY_POLICY)  # noqa: F405
    ADMIN_CONTENT_SECURITY_POLICY = deepcopy(ADMIN_CONTENT_SECURITY_POLICY)  # noqa: F405
    for _policy, _directives in (
        (CONTENT_SECURITY_POLICY, ("img-src", "media-src")),
        (ADMIN_CONTENT_SECURITY_POLICY, ("img-src",)),
    ):
        for _directive in _directives:
            _policy["DIRECTIVES"][_directive] = [
                *_policy["DIRECTIVES"][_directive],
                *_media_origins,
            ]

# Wagtail search (pages, documents, images) in OpenSearch or Elasticsearch when SEARCH_URL
# is set (comma-separated node URLs; user:password@ in the URL for authentication). After
# switching, fill the index once: manage.py update_index. Without it, the database backend
# of base.py stays (PostgreSQL full text).
SEARCH_URL = os.environ.get("SEARCH_URL", "")
if SEARCH_URL:
    _search_backend = os.environ.get("SEARCH_BACKEND", "opensearch3")
    _search_clients = {
        "opensearch2": "opensearchpy",
        "opensearch3": "opensearchpy",
        "elasticsearch7": "elasticsearch",
        "elasticsearch8": "elasticsearch",
        "elasticsearch9": "elasticsearch",
    }
    if _search_backend not in _search_clients:
        raise ImproperlyConfigured(
            f"SEARCH_BACKEND must be one of {', '.join(_search_clients)}, not {_search_backend!r}."
        )
    _require(_search_clients[_search_backend], "SEARCH_URL", "search")
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": f"wagtail.search.backends.{_search_backend}",
            "URLS": env_list("SEARCH_URL"),
            "INDEX_PREFIX": os.environ.get("SEARCH_INDEX_PREFIX", "smartcity_"),
            "TIMEOUT": int(os.environ.get("SEARCH_TIMEOUT", "5")),
            "OPTIONS": {},
            "INDEX_SETTINGS": {},
        }
    }

# Uploaded measure imports wait here between preview and confirmation; with several
# application servers it must be a folder they share (docs/operations.md).
if os.environ.get("MEASURES_IMPORT_DIR"):
    MEASURES_IMPORT_DIR = os.environ["MEASURES_IMPORT_DIR"]

# Logs: one JSON object per line on stdout (smartcity/logging.py), each with the id of
# the request it belongs to. LOG_FORMAT=plain gives the text format of base.py.
MIDDLEWARE = ["smartcity.logging.RequestIdMiddleware", *MIDDLEWARE]  # noqa: F405
if os.environ.get("LOG_FORMAT", "json") == "json":
    LOGGING = deepcopy(LOGGING)  # noqa: F405
    LOGGING["formatters"]["json"] = {"()": "smartcity.logging.JsonFormatter"}
    LOGGING["handlers"]["console"] = {
        "class": "logging.StreamHandler",
        "formatter": "json",
        "stream": "ext://sys.stdout",
    }
