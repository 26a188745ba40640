"""What other apps put on the home page, without the core importing them.

An app registers a provider, ``(locale, now) -> dict`` of extra template context (news:
the latest news and next events with their index pages). ``HomePage.get_context`` calls
every provider when it builds the page's items, once per content generation and five
minutes (``core.memo``).
"""

from collections.abc import Callable
from typing import Any

HomePageItems = Callable[[Any, Any], dict]

_PROVIDERS: list[HomePageItems] = []


def register_home_page_items(provider: HomePageItems) -> HomePageItems:
    """Add a provider (usable as a decorator); registering it twice adds it once."""
    if provider not in _PROVIDERS:
        _PROVIDERS.append(provider)
    return provider


def home_page_items(locale, now) -> dict:
    """The extra context of every registered provider, in the order of registration."""
    items = {}
    for provider in _PROVIDERS:
        items.update(provider(locale, now))
    return items
