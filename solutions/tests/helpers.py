"""The solutions list's addresses and what it shows (``core.testing.lists``)."""

from functools import partial

from core.testing import lists
from core.testing.lists import facet, option, slugs

__all__ = ["export_url", "facet", "list_url", "option", "slugs"]

list_url = partial(lists.list_url, "solutions:solution_list")
export_url = partial(lists.export_url, "solutions:solution_export")
