"""Full-page cache for anonymous visitors, emptied whenever content changes.

Why a middleware of our own rather than Django's ``UpdateCacheMiddleware``: Django's
cache keys cannot be invalidated by content change. Here every key carries a
*generation* stored in the cache; publishing, unpublishing or saving any content object
replaces the generation, so every cached page becomes unreachable at once (and expires
later by itself). With Redis this is shared by every app server.

A response is stored only when nothing in it can belong to one visitor: GET or HEAD
without a session cookie or ``Authorization`` header, status 200, no cookie set, no
``Vary: Cookie`` (which Django adds when a CSRF token or the session was used), and no
``Cache-Control`` of ``private``/``no-store``/``no-cache``. Responses that may be cached
get ``Cache-Control: public, max-age=…, s-maxage=…`` so that a CDN in front can keep
them too; the CDN's copy is purged on publish by Wagtail's frontend cache when it is
configured (see docs/deployment.md).

Settings: ``PAGE_CACHE_SECONDS`` (0 switches the cache off), ``PAGE_CACHE_MAX_AGE``
(browser), ``PAGE_CACHE_S_MAXAGE`` (shared caches) and ``PAGE_CACHE_EXCLUDED_PREFIXES``.
"""

import hashlib
import logging
import threading
import time
import uuid

from django.conf import settings
from django.core.cache import caches
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import parse_http_date_safe

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"
CACHEABLE_METHODS = {"GET", "HEAD"}
UNCACHEABLE_DIRECTIVES = ("private", "no-store", "no-cache")
# Request headers that change the answer for the same URL.
KEY_HEADERS = ("HTTP_HX_REQUEST", "HTTP_HX_TARGET", "HTTP_ACCEPT", "HTTP_ORIGIN")
# Apps whose saved objects appear on public pages ...
CONTENT_APP_LABELS = {
    "smartcity",
    "news",
    "programmes",
    "measures",
    "solutions",
    "publications",
    "contacts",
    "opendata",
}
# ... and the Wagtail models that do (renditions, revisions, log entries and the
# reference index are written while editing or rendering and change nothing public).
WAGTAIL_PUBLIC_MODELS = {
    ("wagtailcore", "site"),
    ("wagtailcore", "locale"),
    ("wagtailcore", "pageviewrestriction"),
    ("wagtailcore", "collectionviewrestriction"),
    ("wagtailimages", "image"),
    ("wagtaildocs", "document"),
    ("wagtailredirects", "redirect"),
}


def _cache_alias() -> str:
    return getattr(settings, "PAGE_CACHE_ALIAS", "default")


def _cache():
    return caches[_cache_alias()]


# The generation as this process last read it: (cache alias, value, monotonic time it was
# read). Reading it at most once a second saves a cache round trip on most hits; another app
# server's invalidation therefore reaches this one within GENERATION_MEMO_SECONDS. An
# invalidation made in this process replaces the memo at once, and a read that started
# before it (in another thread) never puts the older value back.
GENERATION_MEMO_SECONDS = 1.0
_generation_memo = (None, None, 0.0)
_invalidations = 0  # invalidations made by this process; guarded by _memo_lock
_memo_lock = threading.Lock()
_clock = time.monotonic  # the memo's clock


def forget_generation() -> None:
    """Drop the memo: the next request reads the generation from the cache again.

    Needed after emptying the cache by other means than ``invalidate_page_cache`` (as tests
    do): the memo would otherwise keep a generation the cache no longer holds.
    """
    global _generation_memo
    with _memo_lock:
        _generation_memo = (None, None, 0.0)


def current_generation() -> str:
    global _generation_memo
    alias = _cache_alias()
    with _memo_lock:
        memo_alias, value, read_at = _generation_memo
        invalidations = _invalidations
    now = _clock()
    if memo_alias == alias and value is not None and now - read_at < GENERATION_MEMO_SECONDS:
        return value
    cache = caches[alias]
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = uuid.uuid4().hex
        # add() keeps a generation another process set in the meantime.
        if not cache.add(GENERATION_KEY, generation, None):
            generation = cache.get(GENERATION_KEY) or generation
    with _memo_lock:
        if invalidations != _invalidations and _generation_memo[0] == alias:
            # This process invalidated while the cache was read: that generation is newer.
            return _generation_memo[1]
        _generation_memo = (alias, generation, now)
    return generation


def invalidate_page_cache(**kwargs) -> None:
    """Make every cached page stale (called on any content change)."""
    global _generation_memo, _invalidations
    alias = _cache_alias()
    generation = uuid.uuid4().hex
    # Under the lock, so that the memo and the cache agree on the last of two invalidations.
    with _memo_lock:
        caches[alias].set(GENERATION_KEY, generation, None)
        _invalidations += 1
        _generation_memo = (alias, generation, _clock())


def shows_on_public_pages(model) -> bool:
    from wagtail.images.models import AbstractRendition
    from wagtail.models import Page

    if issubclass(model, AbstractRendition):
        return False
    meta = model._meta
    return (
        meta.app_label in CONTENT_APP_LABELS
        or (meta.app_label, meta.model_name) in WAGTAIL_PUBLIC_MODELS
        or issubclass(model, Page)
    )


def _content_changed(sender, **kwargs):
    if shows_on_public_pages(sender):
        invalidate_page_cache()


def connect_signals() -> None:
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(_content_changed, dispatch_uid=f"pagecache-{id(signal)}")
    # Publishing a snippet may only write a revision and the live flags; Wagtail's own
    # signals cover page and snippet publishing without relying on that.
    from wagtail.signals import page_published, page_unpublished, published, unpublished

    for signal in (page_published, page_unpublished, published, unpublished):
        signal.connect(invalidate_page_cache, dispatch_uid=f"pagecache-wagtail-{id(signal)}")


def is_cacheable_request(request) -> bool:
    if request.method not in CACHEABLE_METHODS:
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "HTTP_AUTHORIZATION" in request.META:
        return False
    if "preview" in request.GET:
        return False
    prefixes = getattr(settings, "PAGE_CACHE_EXCLUDED_PREFIXES", ())
    return not request.path_info.startswith(tuple(prefixes))


def is_cacheable_response(response) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    vary = {value.strip().lower() for value in response.get("Vary", "").split(",")}
    if "cookie" in vary or "*" in vary:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    return not any(directive in cache_control for directive in UNCACHEABLE_DIRECTIVES)


def cache_key(request, generation: str) -> str:
    parts = [request.get_full_path()]
    parts.extend(request.META.get(header, "") for header in KEY_HEADERS)
    if not request.path_info.startswith(tuple(f"/{code}/" for code, _ in settings.LANGUAGES)):
        # Outside /de/ and /en/ (the API, feeds) the answer may follow Accept-Language.
        parts.append(request.META.get("HTTP_ACCEPT_LANGUAGE", ""))
    digest = hashlib.sha256("\n".join(parts).encode("utf-8", "surrogateescape")).hexdigest()
    # GET and HEAD share an entry: a HEAD answer is the GET answer without a body.
    return f"pagecache:{generation}:{digest}"


class AnonymousPageCacheMiddleware:
    """Serve anonymous GET requests from the cache; store what is safe to share."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = getattr(settings, "PAGE_CACHE_SECONDS", 0)
        if not seconds or not is_cacheable_request(request):
            response = self.get_response(request)
            if request.COOKIES.get(settings.SESSION_COOKIE_NAME):
                # Signed-in editors: never let a shared cache keep their view.
                patch_cache_control(response, private=True)
            return response

        key = cache_key(request, current_generation())
        cached = _cache().get(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            last_modified = cached.get("Last-Modified")
            return get_conditional_response(
                request,
                etag=cached.get("ETag"),
                last_modified=last_modified and parse_http_date_safe(last_modified),
                response=cached,
            )

        response = self.get_response(request)
        if is_cacheable_response(response):
            if hasattr(response, "render") and callable(response.render):
                response = response.render()
            patch_cache_control(
                response,
                public=True,
                max_age=getattr(settings, "PAGE_CACHE_MAX_AGE", 60),
                s_maxage=getattr(settings, "PAGE_CACHE_S_MAXAGE", seconds),
            )
            patch_vary_headers(response, ("HX-Request",))
            if request.method == "GET":
                _cache().set(key, response, seconds)
            response["X-Page-Cache"] = "miss"
        return response
