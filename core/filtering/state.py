"""The state of a filterable list, read once per request, and the orders it can take.

``ListState`` holds what the list shows (search text, ticked options in their display
order, sort, page) and builds the query strings from it: the canonical address, the
"remove this filter" links, the search alone. ``SortOption`` is one order; a list's
orders are declared on its FilterSet (``sort_options``, ``default_sort``,
``search_sort``), and ``choose_sort`` and ``order_results`` are the sort rules that the
list, its exports, its feed and the API share.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from django.http import QueryDict


@dataclass(frozen=True)
class SortOption:
    """A way to order the results. ``ordering`` is a sequence of ``order_by`` arguments
    or a callable returning one (called per request, so it may depend on the language).
    ``needs_search`` options are offered only with a search text; their ordering gets
    the relevance expression as ``rank``."""

    label: str
    ordering: Sequence | Callable[[], Sequence] = ()
    needs_search: bool = False
    # The same tie-breaking order on the search index's entries (``("-date",)`` where an
    # entry's ``date`` is the ordering's field), for relevance. With it, a page is chosen
    # on the index side (``FullTextFilter.ranked_ids``), scoring only the matching
    # entries, instead of looking each result's score up: half the time of a broad word.
    index_ordering: Sequence | None = None

    def order_by(self):
        return list(self.ordering() if callable(self.ordering) else self.ordering)


@dataclass(frozen=True)
class ListState:
    search_param: str | None
    search_text: str
    # (facet name, ticked values) of every facet with a selection, in display order.
    selected: tuple[tuple[str, tuple[str, ...]], ...]
    sort_param: str
    sort_key: str
    default_sort_key: str
    page_param: str

    @classmethod
    def of(
        cls,
        filterset,
        *,
        sort_param: str = "sort",
        sort_key: str | None = None,
        default_sort_key: str | None = None,
        page_param: str = "page",
    ) -> ListState:
        """The state of a validated FilterSet with the chosen sort (by default the
        FilterSet's default order, as for a feed, which has no sort of its own)."""
        if default_sort_key is None:
            # The FilterSet's order when none is chosen (``choose_sort`` of nothing).
            default_sort_key = choose_sort(filterset, "", bool(filterset.search_text))[0] or ""
        if sort_key is None:
            sort_key = default_sort_key
        selected = []
        for name, facet_filter in filterset.facet_filters.items():
            ticked = set(filterset.value(name) or ())
            values = tuple(o.value for o in facet_filter.load_options() if o.value in ticked)
            if values:
                selected.append((name, values))
        return cls(
            search_param=filterset.search_name,
            search_text=filterset.search_text,
            selected=tuple(selected),
            sort_param=sort_param,
            sort_key=sort_key,
            default_sort_key=default_sort_key,
            page_param=page_param,
        )

    @property
    def has_facets(self) -> bool:
        return bool(self.selected)

    def query(self, page: int | None = None, *, facets: bool = True) -> QueryDict:
        """The state as a clean query string (known values only; the default sort and
        the first page left out). ``facets=False``: the search text alone."""
        query = QueryDict(mutable=True)
        if self.search_param and self.search_text:
            query[self.search_param] = self.search_text
        if facets:
            for name, values in self.selected:
                query.setlist(name, list(values))
            if self.sort_key != self.default_sort_key:
                query[self.sort_param] = self.sort_key
            if page and page > 1:
                query[self.page_param] = str(page)
        return query

    def without(self, name: str, value: str | None = None) -> QueryDict:
        """The canonical query without the search text (``name`` is the search
        parameter) or without one ticked ``value`` of facet ``name``."""
        query = self.query()
        if value is None:
            query.pop(name, None)
            return query
        remaining = [v for v in query.getlist(name) if v != value]
        if remaining:
            query.setlist(name, remaining)
        else:
            query.pop(name, None)
        return query


def default_sort_key(orders, has_search: bool) -> str:
    """The list's order when none is chosen: ``search_sort`` with a search text.
    ``orders``: a FilterSet (class or instance) or anything with its three attributes."""
    return orders.search_sort if has_search and orders.search_sort else orders.default_sort


def choose_sort(orders, raw: str, has_search: bool) -> tuple[str, bool]:
    """(sort key, whether ``raw`` was an unknown order) among the ``sort_options`` of
    ``orders`` (see ``default_sort_key``). An order that needs a search text falls back
    to the default order without one."""
    default = default_sort_key(orders, has_search)
    if not raw:
        return default, False
    option = orders.sort_options.get(raw)
    if option is None:
        return default, True
    if option.needs_search and not has_search:
        return orders.default_sort, False
    return raw, False


def order_results(queryset, option, search_filter=None, search_text: str = ""):
    """``queryset`` in the order of ``option`` (relevance first where it needs the
    search), then by primary key, so that pages are stable."""
    ordering = option.order_by()
    if option.needs_search and search_filter is not None:
        queryset = queryset.annotate(rank=search_filter.rank(queryset, search_text))
        ordering = ["-rank", *ordering]
    if "pk" not in ordering and "-pk" not in ordering:
        ordering.append("pk")
    return queryset.order_by(*ordering)
