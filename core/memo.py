"""Values derived from content, built once per process and content generation.

The page-cache generation (``core.pagecache``) changes whenever anything shown on
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


MISSING = object()  # what ``lookup`` gives for a value not memoised in this generation


def _full_key(key: tuple, language: bool) -> tuple:
    if language:
        return (*key, translation.get_language() or settings.LANGUAGE_CODE)
    return key


def lookup(key: tuple, *, language: bool = True):
    """``(generation, value)``: the memoised value for ``key`` in the current generation,
    or ``MISSING``; pass the generation to ``remember`` for a value built afterwards."""
    from .pagecache import current_generation

    generation = current_generation()
    key = _full_key(key, language)
    with _lock:
        if _generation[0] != generation:
            _memo.clear()
            _generation[0] = generation
            return generation, MISSING
        return generation, _memo.get(key, MISSING)


def remember(key: tuple, value, generation, *, language: bool = True) -> None:
    """Keep ``value`` for ``key``, unless the generation has changed since ``lookup``."""
    key = _full_key(key, language)
    with _lock:
        if _generation[0] == generation:
            if len(_memo) >= MAX_ENTRIES:
                _memo.clear()
            _memo[key] = value


def per_generation(key: tuple, build, *, language: bool = True):
    """``build()``'s value for ``key`` (and the active language) in this generation."""
    generation, value = lookup(key, language=language)
    if value is MISSING:
        value = build()
        remember(key, value, generation, language=language)
    return value


def forget() -> None:
    """Drop every memo (tests, after content changes that a rollback undid)."""
    with _lock:
        _memo.clear()
        _generation[0] = None
