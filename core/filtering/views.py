"""``FilterableListView``: the one list view behind every database of the portal.

An app declares a FilterSet (facets and full text), sort options, export columns and
templates; the view does the rest: validation with visible notices, disjunctive facet
counts, pagination, the htmx fragment, and CSV/JSON exports of the filtered result.
See docs/filterable-lists.md.
"""

from __future__ import annotations

import re

from django.core.paginator import Paginator
from django.http import Http404, QueryDict
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import View

from core.pagination import page_links, query_page_url

from .export import ExportColumn, export_response
from .filters import clean_text, current_language
from .filtersets import FacetedFilterSet
from .state import ListState, SortOption, choose_sort, default_sort_key, order_results

MAX_NOTICES = 5
# How the export formats are named on the page ("GeoJSON file").
EXPORT_FORMAT_LABELS = {"csv": "CSV", "json": "JSON", "geojson": "GeoJSON"}
PAGE_PATTERN = re.compile(r"^[0-9]{1,9}$")


class RankedResults:
    """The results in relevance order for the paginator, one page at a time: the page's
    ids are chosen on the search index, then the rows are read and ordered by the same
    relevance and tie-breakers (one query per page)."""

    def __init__(self, view, total):
        self.view = view
        self.total = total

    def count(self):
        if self.total is None:
            self.total = self.view.filterset.qs.count()
        return self.total

    def __len__(self):
        return self.count()

    def __getitem__(self, index):
        if not isinstance(index, slice):
            raise TypeError("Only slices are supported.")
        view = self.view
        filterset = view.filterset
        option = view.sort_options[view.sort_key]
        ids = filterset.search_filter.ranked_page(
            filterset.queryset_without(filterset.search_name),
            filterset.search_text,
            option.index_ordering,
            index.start or 0,
            index.stop,
        )
        shown = view.get_queryset().filter(pk__in=ids)
        return list(view.get_result_queryset(view.ordered(shown)))


def is_htmx(request) -> bool:
    """An htmx request for the results fragment (a history restore wants the whole page)."""
    return (
        request.headers.get("HX-Request") == "true"
        and request.headers.get("HX-History-Restore-Request") != "true"
    )


GERMAN_LETTERS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
)


def ascii_slug(text: str) -> str:
    """A file-name-safe slug that spells umlauts out ("Maßnahmen" → "massnahmen")."""
    return slugify(text.translate(GERMAN_LETTERS))


def _shown(value: str, limit: int = 40) -> str:
    value, _removed = clean_text(value)
    return value if len(value) <= limit else value[: limit - 1] + "…"


def page_number(raw: str, notices: list, last: int | None = None) -> int:
    """The page number that the query-string value ``raw`` asks for; the one way every
    list of the portal reads ``?page=`` (the filterable lists, the event archive, the
    site search).

    A missing value means page 1. A value that is not a whole number from 1 to
    999,999,999 (``abc``, ``-1``, ``0``, ``1.5``) adds a notice to ``notices`` and means
    page 1. With ``last`` (the number of pages), a number beyond it adds a notice and
    means the last page.
    """
    if raw in ("", "1"):
        return 1
    if not PAGE_PATTERN.match(raw) or int(raw) < 1:
        notices.append(
            _("“%(value)s” is not a page number; showing the first page.") % {"value": _shown(raw)}
        )
        return 1
    number = int(raw)
    if last is None:
        return number
    return last_page(number, notices, last, shown=_shown(raw))


def last_page(number: int, notices: list, last: int, *, shown: str | None = None) -> int:
    """``number``, or ``last`` with a notice when there are not that many pages (for a
    number read before the number of pages was known); ``shown`` is the number as typed."""
    if number <= last:
        return number
    notices.append(
        _("There is no page %(number)s; showing the last page (%(last)s).")
        % {"number": shown or number, "last": last}
    )
    return last


def site_search_url(text):
    """The site search (URL name ``search``) for ``text`` in the active language: pages,
    news, publications and documents too. Empty where the site has none."""
    from django.urls import NoReverseMatch, reverse

    try:
        url = reverse("search")
    except NoReverseMatch:
        return ""
    query = QueryDict(mutable=True)
    query["q"] = text
    return f"{url}?{query.urlencode()}"


class FilterableListView(View):
    """Faceted, searchable, sortable, paginated list with exports.

    Required: ``filterset_class`` (a ``FacetedFilterSet``), ``queryset`` or
    ``get_queryset()``, ``template_name`` (extends
    ``core/filtering/list_page.html``) and ``result_template`` (one result); the
    orders are the FilterSet's (``sort_options``, ``default_sort``, ``search_sort``).
    Optional: ``paginate_by``, ``export_columns``, ``export_formats``,
    ``export_url_name`` (reversed with ``fmt``), ``export_basename``; for a GeoJSON
    export (``"geojson"`` in ``export_formats``) ``export_geometry(obj)`` and
    ``geojson_columns`` (the features' properties).
    """

    filterset_class: type[FacetedFilterSet]
    queryset = None
    template_name: str
    fragment_template_name = "core/filtering/region.html"
    result_template: str
    paginate_by = 20
    sort_param = "sort"
    page_param = "page"
    export_columns: list[ExportColumn] = []
    export_formats = ("csv", "json")
    export_url_name: str | None = None
    export_basename = "export"
    # GeoJSON: the properties of each feature (default: the export columns) and the key of
    # the one that is also the feature's id.
    geojson_columns: list[ExportColumn] | None = None
    geojson_id_key: str | None = None
    # URL name of an Atom feed that accepts the list's own filter parameters
    # ("subscribe to this search"); None when the list has none.
    feed_url_name: str | None = None
    list_title = ""
    list_intro = ""
    # "%(count)s result" / "%(count)s results" with the list's own noun.
    count_singular = gettext_lazy("%(count)s result")
    count_plural = gettext_lazy("%(count)s results")
    empty_title = gettext_lazy("No results match these filters.")

    @property
    def sort_options(self) -> dict[str, SortOption]:
        return self.filterset_class.sort_options

    @property
    def default_sort(self) -> str:
        return self.filterset_class.default_sort

    @property
    def search_sort(self) -> str | None:
        return self.filterset_class.search_sort

    def get_queryset(self):
        return self.queryset.all()

    def get_result_queryset(self, queryset):
        """Hook for ``select_related``/``prefetch_related`` of the shown page."""
        return queryset

    def get_export_queryset(self, queryset):
        """The exported objects (all pages); add ``select_related`` here."""
        return self.get_result_queryset(queryset)

    # --- request handling ---------------------------------------------------------

    def get(self, request, *args, fmt=None, **kwargs):
        self.notices = []
        self.filterset = self.filterset_class(
            request.GET, queryset=self.get_queryset(), request=request
        )
        self.check_repeated_parameters()
        self.filterset.is_valid()
        self.collect_filter_notices()
        self.sort_key = self.resolve_sort()
        self.state = ListState.of(
            self.filterset,
            sort_param=self.sort_param,
            sort_key=self.sort_key,
            default_sort_key=self.default_sort_key(),
            page_param=self.page_param,
        )
        if fmt is not None:
            if fmt not in self.export_formats or not self.export_columns:
                raise Http404
            return self.export(fmt)
        context = self.get_context_data()
        if is_htmx(request):
            response = TemplateResponse(request, self.fragment_template_name, context)
            response["HX-Push-Url"] = request.path + context["canonical_querystring"]
        else:
            response = TemplateResponse(request, self.template_name, context)
        patch_vary_headers(response, ["HX-Request"])
        return response

    def check_repeated_parameters(self):
        single = [self.sort_param, self.page_param]
        if self.filterset.search_name:
            single.append(self.filterset.search_name)
        for name in single:
            values = self.request.GET.getlist(name)
            if len(set(values)) > 1:
                self.notices.append(
                    _("The parameter “%(name)s” was given more than once; the last value is used.")
                    % {"name": name}
                )

    def collect_filter_notices(self):
        filterset = self.filterset
        ignored_total = []
        for name, values in filterset.ignored_values().items():
            label = filterset.filters[name].label
            ignored_total.extend((label, value) for value in values)
        for label, value in ignored_total[:MAX_NOTICES]:
            self.notices.append(
                _("“%(value)s” is not a value of the filter “%(filter)s” and was ignored.")
                % {"value": _shown(value), "filter": label}
            )
        if len(ignored_total) > MAX_NOTICES:
            self.notices.append(
                _("%(count)s more unknown filter values were ignored.")
                % {"count": len(ignored_total) - MAX_NOTICES}
            )
        if filterset.search_name:
            field = filterset.form.fields[filterset.search_name]
            if getattr(field, "had_control_characters", False):
                self.notices.append(_("Control characters were removed from the search text."))
            if getattr(field, "was_truncated", False):
                self.notices.append(
                    _("The search text was shortened to %(limit)s characters.")
                    % {"limit": field.limit}
                )
        # Errors of any other (non-lenient) filter: the value was left out.
        for name, errors in filterset.form.errors.items():
            label = filterset.filters[name].label if name in filterset.filters else name
            self.notices.append(
                _("The filter “%(filter)s” was ignored: %(error)s")
                % {"filter": label, "error": " ".join(errors)}
            )

    def resolve_sort(self):
        raw = self.request.GET.get(self.sort_param, "")
        key, unknown = choose_sort(self, raw, bool(self.filterset.search_text))
        if unknown:
            self.notices.append(
                _("“%(value)s” is not a known sort order; the default order is used.")
                % {"value": _shown(raw)}
            )
        return key

    def resolve_page(self, paginator):
        raw = self.request.GET.get(self.page_param, "")
        return page_number(raw, self.notices, last=paginator.num_pages)

    # --- results ------------------------------------------------------------------

    def ordered(self, queryset):
        return order_results(
            queryset,
            self.sort_options[self.sort_key],
            self.filterset.search_filter,
            self.filterset.search_text,
        )

    def canonical_query(self, page=None) -> QueryDict:
        """The state of the list as a clean query string (known values only)."""
        return self.state.query(page)

    def active_filters(self):
        """Each set filter with the query string that removes it."""
        state = self.state
        chips = []
        if state.search_param and state.search_text:
            without = state.without(state.search_param)
            chips.append(
                {
                    "label": _("Search: “%(text)s”") % {"text": _shown(state.search_text)},
                    "remove_query": "?" + without.urlencode() if without else "",
                }
            )
        for name, facet_filter, option in self.filterset.selected_options():
            without = state.without(name, option.value)
            chips.append(
                {
                    "label": f"{facet_filter.label}: {option.label}",
                    "remove_query": "?" + without.urlencode() if without else "",
                }
            )
        return chips

    def search_only_query(self):
        """Query string of the search text alone, when facets narrow it down too."""
        state = self.state
        if not state.search_param or not state.search_text or not state.has_facets:
            return ""
        return "?" + state.query(facets=False).urlencode()

    def count_text(self, count):
        template = self.count_singular if count == 1 else self.count_plural
        return str(template) % {"count": count}

    def default_sort_key(self):
        return default_sort_key(self, bool(self.filterset.search_text))

    def sort_choices(self):
        """The default order has the empty value, so that a search typed into the list's
        own form is sorted by relevance rather than by the order shown before it."""
        has_search = bool(self.filterset.search_text)
        default = self.default_sort_key()
        return [
            {
                "value": "" if key == default else key,
                "label": option.label,
                "selected": key == self.sort_key,
            }
            for key, option in self.sort_options.items()
            if has_search or not option.needs_search
        ]

    def search_help(self):
        """A spelling correction ("Did you mean …?") and whether only some words matched."""
        search = self.filterset.search_filter
        text = self.filterset.search_text
        if search is None or not text:
            return {}
        suggestion = search.suggestion(text)
        query = self.state.query()
        if suggestion:
            query[self.state.search_param] = suggestion
        return {
            "search_suggestion": suggestion,
            "search_suggestion_query": "?" + query.urlencode() if suggestion else "",
            "search_partial": search.is_partial(text),
            "search_words_held": search.words_held(text),
            "site_search_url": site_search_url(text),
        }

    def export_links(self, base: QueryDict):
        if not self.export_url_name or not self.export_columns:
            return []
        from django.urls import reverse

        query = base.copy()
        query.pop(self.page_param, None)
        suffix = "?" + query.urlencode() if query else ""
        return [
            {
                "format": EXPORT_FORMAT_LABELS.get(fmt, fmt.upper()),
                "url": reverse(self.export_url_name, kwargs={"fmt": fmt}) + suffix,
            }
            for fmt in self.export_formats
        ]

    def feed_url(self, base: QueryDict):
        if not self.feed_url_name:
            return None
        from django.urls import reverse

        query = base.copy()
        for name in (self.page_param, self.sort_param):
            query.pop(name, None)
        return reverse(self.feed_url_name) + ("?" + query.urlencode() if query else "")

    def get_context_data(self, **kwargs):
        facets = self.filterset.facets()
        total = self.filterset.result_count()
        if self.sort_options[self.sort_key].index_ordering is not None:
            paginator = Paginator(RankedResults(self, total), self.paginate_by)
        else:
            results = self.ordered(self.filterset.qs)
            paginator = Paginator(self.get_result_queryset(results), self.paginate_by)
        if total is not None:  # the facet counts gave it: no COUNT query of its own
            paginator.count = total
        number = self.resolve_page(paginator)
        page = paginator.page(number)
        # Read here, not when the template first asks (a queryset in a template is run
        # by {% if %}), so that the rows can get their labels in one go.
        page.object_list = list(page.object_list)
        self.prepare_results(page.object_list)
        query = self.state.query()
        canonical = self.state.query(page=page.number)
        search = self.filterset.search_filter
        context = {
            "view": self,
            "list_title": self.list_title,
            "list_intro": self.list_intro,
            "filterset": self.filterset,
            "facets": facets,
            # Search text and ticked options, shown on the folded filter panel ("Filter (2)").
            "filter_count": sum(len(facet.selected) for facet in facets)
            + bool(self.filterset.search_text),
            "search_param": self.state.search_param,
            "search_label": search.label if search is not None else None,
            "search_text": self.filterset.search_text,
            "sort_param": self.sort_param,
            "sort_choices": self.sort_choices(),
            "page_obj": page,
            "paginator": paginator,
            "pages": page_links(page, query_page_url(query, self.page_param)),
            "results": page.object_list,
            "result_count": paginator.count,
            "result_count_text": self.count_text(paginator.count),
            "result_template": self.result_template,
            "empty_title": self.empty_title,
            "notices": self.notices,
            "active_filters": self.active_filters(),
            "state_query": query,
            "canonical_querystring": "?" + canonical.urlencode() if canonical else "",
            "export_links": self.export_links(query),
            "feed_url": self.feed_url(query),
            "search_only_query": self.search_only_query(),
            "is_htmx": is_htmx(self.request),
            "extra_breadcrumbs": [{"title": self.list_title, "url": None}],
            **self.search_help(),
        }
        context.update(kwargs)
        return context

    # --- exports ------------------------------------------------------------------

    def export(self, fmt):
        queryset = self.get_export_queryset(self.ordered(self.filterset.qs))
        basename = ascii_slug(str(self.export_basename)) or "export"
        filename = f"{basename}-{timezone.localdate().isoformat()}"
        meta = {"language": current_language(), "query": self.canonical_query().urlencode()}
        if fmt == "geojson":
            return export_response(
                fmt,
                queryset,
                self.geojson_columns or self.export_columns,
                filename=filename,
                prepare=self.prepare_export_chunk,
                geometry=self.export_geometry,
                id_key=self.geojson_id_key,
            )
        return export_response(
            fmt,
            queryset,
            self.export_columns,
            filename=filename,
            meta=meta,
            prepare=self.prepare_export_chunk,
        )

    def export_geometry(self, obj):
        """Where ``obj`` lies, as ``(longitude, latitude)`` (WGS 84), or None."""
        return None

    def prepare_results(self, objects):
        """Hook: attach what the rows of the shown page need (labels from the facets'
        options, which are loaded once per content generation, instead of joined or
        prefetched rows)."""

    def prepare_export_chunk(self, objects):
        """Hook: attach data to a chunk of up to 1,000 exported objects (see
        ``measures.views`` for many-to-many labels without a prefetch per object)."""
