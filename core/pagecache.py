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

The key (``cache_key``) holds what can change the answer to an anonymous GET, in
canonical form, and nothing else, so that nobody can fill the cache with variants of one
page or make one variant answer for another:

- **scheme and host** (``request.get_host()``, validated against ``ALLOWED_HOSTS``):
  canonical, ``hreflang`` and API links are absolute, so every allowed host has its own
  entries. A request with a host that is not allowed is not cached (Django answers 400).
- **path** and the **query string in canonical form**: only parameters that some view of
  the site reads (``KNOWN_PARAMS`` plus the filter names of every ``FacetedFilterSet``),
  sorted by name, the values of one name in their given order (for ``sort``, ``page``
  and ``q`` the last one counts). A request with any other parameter is neither answered
  from nor stored in the cache, it is simply rendered: a parameter that a view starts to
  read but this list misses costs speed, never a wrong page. The one exception are
  campaign parameters (``utm_*`` and the like, ``TRACKING_PARAMS``) on pages under a
  language prefix: no view there reads them (unknown parameters are ignored, see
  docs/filterable-lists.md), so they are left out of the key. Elsewhere, the API answers
  unknown parameters with 400, so they bypass the cache there.
- **language**, only outside the language prefixes: under ``/de/`` and ``/en/`` the URL
  decides and neither ``Accept-Language`` nor the language cookie changes anything. Outside
  them (the API, the sitemap) the key holds the *site language* that the request selects:
  the one ``LocaleMiddleware`` activates (language cookie, then ``Accept-Language``) and
  the one the API picks from ``Accept-Language`` — each one of ``settings.LANGUAGES``, so
  ``Accept-Language`` variants make at most a few entries.
- **no other header.** ``Origin`` (CORS answers ``*`` to everyone), ``Accept`` and the rest
  change no answer.

**htmx.** A request with any ``HX-*`` header (fragment requests carry ``HX-Request``,
``HX-Target``, ``HX-Trigger``, ``HX-Boosted``, ``HX-Current-URL``, …) is neither answered
from nor stored in the cache, and its response is marked ``private`` so that a shared
cache in front does not keep it either. Fragments are cheap to render; keeping them apart
by every header that may select one would be easy to get wrong. The exception is a
history restore (``HX-History-Restore-Request: true``) that the views answer with the
whole page (``core.filtering.views.is_htmx`` says it is no fragment request): it
shares the entry of the plain page. Views must keep treating a history restore as a
full-page request, whatever its other ``HX-*`` headers. Stored pages carry
``Vary: HX-Request, HX-History-Restore-Request`` so that a CDN keeps them apart from
fragments too.

**Generations per kind of content.** Besides the site-wide generation (replaced on every
change; memos of derived values such as the menu use it, ``core.memo``) each kind of
content has a generation of its own: one per content app whose records are not pages
(``kind_apps()``: the databases with views of their own — measures, model projects,
solutions, publications — and contacts) and ``site`` for everything else (pages, images,
documents, redirects, the site's own snippets). The pages of a database (its list, detail
and export views, found by URL namespace) are keyed by the ``site`` generation and the
generations of the kinds they show (``namespace_kinds()``, from ``Database.page_kinds``
and ``register_page_kinds``); every other page, and every page with
``PAGE_CACHE_PER_KIND`` off, by the site-wide one. So publishing a measure leaves the
cached publications and contacts alone, while a change to a page (the menu and footer are
on every page) still empties everything. When a database's templates start to show
another kind, add it to its ``page_kinds``.

Settings: ``PAGE_CACHE_SECONDS`` (0 switches the cache off), ``PAGE_CACHE_MAX_AGE``
(browser), ``PAGE_CACHE_S_MAXAGE`` (shared caches) and ``PAGE_CACHE_EXCLUDED_PREFIXES``.
"""

import functools
import hashlib
import logging
import threading
import time
import uuid

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import DisallowedHost
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import parse_http_date_safe, urlencode
from django.utils.translation import get_language_from_path, get_language_from_request
from django.utils.translation.trans_real import parse_accept_lang_header

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"
CACHEABLE_METHODS = {"GET", "HEAD"}
UNCACHEABLE_DIRECTIVES = ("private", "no-store", "no-cache")
# Query parameters that views read besides the filter names of the FilterSets: list
# state (FilterableListView.sort_param/page_param), site search ("q", "type"), the API
# ("page_size", "lang") and the model project comparison ("p", one per project, in column
# order). A parameter missing here only makes its requests uncached.
KNOWN_PARAMS = frozenset({"page", "sort", "q", "type", "page_size", "lang", "p"})
# Campaign parameters that no page reads: left out of the key under a language prefix.
TRACKING_PARAM_PREFIXES = ("utm_", "mtm_", "pk_")
TRACKING_PARAMS = frozenset({"fbclid", "gclid", "msclkid", "mc_cid", "mc_eid"})
HISTORY_RESTORE_HEADER = "HX-History-Restore-Request"
# Headers after which a shared cache must tell stored pages from htmx answers.
VARY_HEADERS = ("HX-Request", HISTORY_RESTORE_HEADER)
# Apps whose saved objects appear on public pages: the apps with a cache generation of
# their own (``kind_apps()``: the databases and the contacts) and the apps of page types
# (``_page_apps()``, with their pages' own models such as tags) ...
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
        _kind_memo.clear()


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


def invalidate_page_cache(sender=None, **kwargs) -> None:
    """Make cached pages stale: those that show ``sender``'s kind of content when a model
    is given (signals), else every cached page."""
    global _generation_memo, _invalidations
    alias = _cache_alias()
    generation = uuid.uuid4().hex
    # Under the lock, so that the memo and the cache agree on the last of two invalidations.
    with _memo_lock:
        caches[alias].set(GENERATION_KEY, generation, None)
        _invalidations += 1
        _generation_memo = (alias, generation, _clock())
    if isinstance(sender, type) and hasattr(sender, "_meta"):
        _replace_kind_generations([kind_of(sender)])
    else:
        _replace_kind_generations([SITE_KIND])  # part of every key


# Content apps with a generation of their own, and what the pages of each show: the
# databases declare it (``Database.page_kinds``); other content apps with views of their
# own register it here (``register_page_kinds``, e.g. the contact list).
SITE_KIND = "site"
_OTHER_PAGE_KINDS: dict[str, tuple[str, frozenset[str]]] = {}


def register_page_kinds(app_label: str, namespace: str, shows) -> None:
    """A content app that is not a database: its records (``app_label``) get a generation
    of their own, and the pages of its URL ``namespace`` show the kinds ``shows``."""
    _OTHER_PAGE_KINDS[namespace] = (app_label, frozenset(shows))


def kind_apps() -> frozenset[str]:
    """The app labels whose records have a generation of their own: every database with
    views of its own (``urls``) and the apps registered with ``register_page_kinds``."""
    from .databases import databases

    labels = {d.model._meta.app_label for d in databases() if d.urls is not None}
    return frozenset(labels | {label for label, _shows in _OTHER_PAGE_KINDS.values()})


def namespace_kinds() -> dict[str, frozenset[str]]:
    """{URL namespace: the kinds its pages show}; a database whose pages show every kind
    (``page_kinds`` None) is left out, so its pages are keyed by the site-wide one."""
    from .databases import databases

    found = {
        d.urls.app_name: frozenset(d.page_kinds)
        for d in databases()
        if d.urls is not None and d.page_kinds is not None
    }
    found.update({namespace: shows for namespace, (_label, shows) in _OTHER_PAGE_KINDS.items()})
    return found


KIND_KEY_PREFIX = GENERATION_KEY + ":kind:"
_kind_memo: dict[tuple[str, str], tuple[str, float]] = {}


def kind_of(model) -> str:
    label = model._meta.app_label
    return label if label in kind_apps() else SITE_KIND


def kind_generations(kinds) -> dict[str, str]:
    """{kind: generation}, read from the cache at most once per memo period (one round
    trip for all that are due)."""
    alias = _cache_alias()
    now = _clock()
    found, due = {}, []
    with _memo_lock:
        invalidations = _invalidations
        for kind in kinds:
            memo = _kind_memo.get((alias, kind))
            if memo is not None and now - memo[1] < GENERATION_MEMO_SECONDS:
                found[kind] = memo[0]
            else:
                due.append(kind)
    if due:
        cache = caches[alias]
        keys = {KIND_KEY_PREFIX + kind: kind for kind in due}
        stored = cache.get_many(list(keys))
        for key, kind in keys.items():
            value = stored.get(key)
            if value is None:
                value = uuid.uuid4().hex
                if not cache.add(key, value, None):
                    value = cache.get(key) or value
            found[kind] = value
        with _memo_lock:
            for kind in due:
                if invalidations != _invalidations and (alias, kind) in _kind_memo:
                    # Invalidated in this process meanwhile: the memo holds the newer one.
                    found[kind] = _kind_memo[(alias, kind)][0]
                else:
                    _kind_memo[(alias, kind)] = (found[kind], now)
    return found


def _replace_kind_generations(kinds) -> None:
    alias = _cache_alias()
    values = {kind: uuid.uuid4().hex for kind in kinds}
    with _memo_lock:
        caches[alias].set_many({KIND_KEY_PREFIX + k: v for k, v in values.items()}, None)
        now = _clock()
        for kind, value in values.items():
            _kind_memo[(alias, kind)] = (value, now)


def _namespace_kinds(path: str):
    """The kinds a database's page shows, by URL namespace (None: not a database page).
    Runs before LocaleMiddleware: the translated prefixes resolve in the path's language."""
    language = get_language_from_path(path)
    if language is None:
        return None
    with translation.override(language):
        try:
            match = resolve(path)
        except Resolver404:
            return None
    return namespace_kinds().get(match.namespaces[-1] if match.namespaces else "")


def key_generation(request) -> str:
    """The generation part of a request's cache key (see "Generations per kind")."""
    kinds = None
    if getattr(settings, "PAGE_CACHE_PER_KIND", True):
        kinds = _namespace_kinds(request.path_info)
    if kinds is None:
        return current_generation()
    generations = kind_generations(sorted({SITE_KIND, *kinds}))
    return (
        "k"
        + hashlib.sha256(
            "\n".join(f"{kind}={value}" for kind, value in sorted(generations.items())).encode()
        ).hexdigest()[:32]
    )


@functools.cache
def _page_apps() -> frozenset[str]:
    """The apps that define page types (the installed apps do not change at run time)."""
    from django.apps import apps
    from wagtail.models import Page

    return frozenset(
        model._meta.app_label
        for model in apps.get_models()
        if issubclass(model, Page) and model is not Page
    )


def shows_on_public_pages(model) -> bool:
    from wagtail.images.models import AbstractRendition
    from wagtail.models import Page

    if issubclass(model, AbstractRendition):
        return False
    meta = model._meta
    return (
        meta.app_label in _page_apps()
        or meta.app_label in kind_apps()
        or (meta.app_label, meta.model_name) in WAGTAIL_PUBLIC_MODELS
        or issubclass(model, Page)
    )


def _content_changed(sender, **kwargs):
    if shows_on_public_pages(sender):
        invalidate_page_cache(sender)


def connect_signals() -> None:
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(_content_changed, dispatch_uid=f"pagecache-{id(signal)}")
    # Publishing a snippet may only write a revision and the live flags; Wagtail's own
    # signals cover page and snippet publishing without relying on that.
    from wagtail.signals import page_published, page_unpublished, published, unpublished

    for signal in (page_published, page_unpublished, published, unpublished):
        signal.connect(invalidate_page_cache, dispatch_uid=f"pagecache-wagtail-{id(signal)}")


def _language_prefixes() -> tuple[str, ...]:
    return tuple(f"/{code}/" for code, _name in settings.LANGUAGES)


def sends_htmx_headers(request) -> bool:
    return any(name.lower().startswith("hx-") for name in request.headers)


def is_full_page_history_restore(request) -> bool:
    """An htmx history restore that the views answer with the whole page."""
    from core.filtering.views import is_htmx

    return request.headers.get(HISTORY_RESTORE_HEADER) == "true" and not is_htmx(request)


def is_tracking_param(name: str) -> bool:
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PARAM_PREFIXES)


def known_params() -> set[str]:
    """``KNOWN_PARAMS`` and the filter names of every ``FacetedFilterSet`` subclass.

    Computed per request (a few classes): the FilterSets are imported with the URLconf,
    which may happen after the first request has passed this middleware.
    """
    from core.filtering.filtersets import FacetedFilterSet

    names = set(KNOWN_PARAMS)
    pending = [FacetedFilterSet]
    while pending:
        cls = pending.pop()
        names.update(cls.base_filters)
        pending.extend(cls.__subclasses__())
    return names


def canonical_query(request) -> str | None:
    """The query string as the key holds it, or None if the request must not be cached.

    Known parameters sorted by name (the values of one name keep their order: the last
    ``sort`` or ``page`` counts); campaign parameters dropped under a language prefix; any
    other parameter makes the request uncacheable.
    """
    if not request.GET:
        return ""
    known = known_params()
    drop_tracking = request.path_info.startswith(_language_prefixes())
    pairs = []
    for name in sorted(request.GET):
        if name in known:
            pairs.extend((name, value) for value in request.GET.getlist(name))
        elif not (drop_tracking and is_tracking_param(name)):
            return None
    return urlencode(pairs)


def accepted_language(request) -> str:
    """The site language ``Accept-Language`` selects (the rule of the API), else the default."""
    codes = [code for code, _name in settings.LANGUAGES]
    try:
        accepted = parse_accept_lang_header(request.headers.get("Accept-Language", "")[:255])
    except (TypeError, ValueError):
        accepted = ()
    for code, _quality in accepted:
        primary = code.split("-")[0].lower()
        if primary in codes:
            return primary
    return settings.LANGUAGE_CODE


def is_cacheable_request(request) -> bool:
    if request.method not in CACHEABLE_METHODS:
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "HTTP_AUTHORIZATION" in request.META:
        return False
    if "preview" in request.GET:
        return False
    if sends_htmx_headers(request) and not is_full_page_history_restore(request):
        return False
    try:
        request.get_host()
    except DisallowedHost:
        return False
    if canonical_query(request) is None:
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
    """The entry of a request that ``is_cacheable_request`` accepted (see the module doc)."""
    parts = [request.scheme, request.get_host(), request.path, canonical_query(request)]
    if not request.path_info.startswith(_language_prefixes()):
        # Outside /de/ and /en/ (the API, the sitemap) the language follows the request:
        # LocaleMiddleware's choice (cookie, Accept-Language) and the API's.
        parts.append(get_language_from_request(request))
        parts.append(accepted_language(request))
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
            elif sends_htmx_headers(request) and not is_full_page_history_restore(request):
                # Nor an htmx answer: a shared cache would keep it by URL and Vary alone.
                patch_cache_control(response, private=True)
            return response

        key = cache_key(request, key_generation(request))
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
            patch_vary_headers(response, VARY_HEADERS)
            if request.method == "GET":
                _cache().set(key, response, seconds)
            response["X-Page-Cache"] = "miss"
        return response
