"""Values derived from content, built once per process and content generation.

The page-cache generation (``smartcity.pagecache``) changes whenever anything shown on
public pages is saved, published or deleted, so a value memoised under the current
generation is as fresh as an uncached one, give or take the generation memo's second.
Used for what every page needs and rarely changes: the menu and footer, the option lists
of the facets.
"""

import threading

from django.conf import settings
from django.utils import translation

MAX_ENTRIES = 512
_memo: dict[tuple, object] = {}
_generation = [None]
_lock = threading.Lock()


def per_generation(key: tuple, build, *, language: bool = True):
    """``build()``'s value for ``key`` (and the active language) in this generation."""
    from .pagecache import current_generation

    generation = current_generation()
    if language:
        key = (*key, translation.get_language() or settings.LANGUAGE_CODE)
    with _lock:
        if _generation[0] != generation:
            _memo.clear()
            _generation[0] = generation
        elif key in _memo:
            return _memo[key]
    value = build()
    with _lock:
        if _generation[0] == generation:
            if len(_memo) >= MAX_ENTRIES:
                _memo.clear()
            _memo[key] = value
    return value


def discard(key: tuple, *, language: bool = True) -> None:
    """Drop one memo (e.g. a value that must not be kept)."""
    if language:
        key = (*key, translation.get_language() or settings.LANGUAGE_CODE)
    with _lock:
        _memo.pop(key, None)


def forget() -> None:
    """Drop every memo (tests, after content changes that a rollback undid)."""
    with _lock:
        _memo.clear()
        _generation[0] = None
