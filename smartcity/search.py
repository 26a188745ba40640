"""Site-wide search (``/de/suche/``, ``/en/search/``).

One result list over every kind of content: Wagtail pages of the active language (with
news and events as types of their own), the databases (measures, model projects,
solutions, publications) and documents. Each kind is a ``SearchSource``:

* pages, news, events and documents use Wagtail's search backend (PostgreSQL full text
  with the ``german`` configuration; SQLite FTS5 in development);
* the databases reuse the full-text filter of their list's FilterSet (per-language
  ``tsvector`` with stemming and ranking on PostgreSQL, substring match elsewhere), so
  the site search finds what the list search finds.

Results are ranked within each source by the database and merged by a score that
prefers hits in titles; matches are highlighted (the text is escaped before ``<mark>``
is added). Without results on PostgreSQL, trigram similarity (pg_trgm) over the words of
titles and summaries suggests a spelling ("Did you mean …?"). Query counts are fixed:
two or three per source, whatever the number of hits. Bad input (control characters,
overlong or repeated ``q``, unknown ``type``, broken ``page``) gives a notice, never an
error.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db import DatabaseError, connection
from django.db.models import Q
from django.http import QueryDict
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils.html import escape
from django.utils.module_loading import import_string
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from smartcity.filtering.filters import FullTextFilter, clean_text, current_language

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
PER_SOURCE_LIMIT = 50  # hits per source merged into the "all" list
PAGE_SIZE = 20
SNIPPET_LENGTH = 240
PAGE_PATTERN = re.compile(r"^[0-9]{1,9}$")
WORD = re.compile(r"[\w][\w\-']*", re.UNICODE)
OPERATORS = {"or", "and", "not", "oder", "und"}


# --- text helpers --------------------------------------------------------------------


def search_terms(text: str) -> list[str]:
    """Lower-case words of the query (no operators, no excluded ``-words``)."""
    terms = []
    for match in WORD.finditer(text):
        start = match.start()
        if start > 0 and text[start - 1] == "-":
            continue
        word = match.group().strip("-'").lower()
        if len(word) < 2 or word in OPERATORS or word in terms:
            continue
        terms.append(word)
    return terms[:MAX_TERMS]


def match_stems(terms: list[str]) -> list[str]:
    """What to look for in the text: long words without their last letters, so that
    inflected forms (Beteiligung → Beteiligungen) are highlighted too."""
    stems = []
    for term in terms:
        stem = term[:-2] if len(term) >= 7 else term
        if stem not in stems:
            stems.append(stem)
    return sorted(stems, key=len, reverse=True)


def _pattern(terms):
    stems = match_stems(terms)
    if not stems:
        return None
    # A match runs to the end of the word: "beteilig" marks all of "beteiligungen".
    return re.compile("|".join(re.escape(stem) + r"\w*" for stem in stems), re.IGNORECASE)


def highlight(text: str, terms: list[str]):
    """``text`` escaped, with every match of the terms wrapped in ``<mark>``."""
    text = text or ""
    pattern = _pattern(terms)
    if pattern is None:
        return escape(text)
    parts = []
    position = 0
    for match in pattern.finditer(text):
        parts.append(escape(text[position : match.start()]))
        parts.append(f"<mark>{escape(match.group())}</mark>")
        position = match.end()
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # noqa: S308 - every piece is escaped above


def snippet(text: str, terms: list[str], length: int = SNIPPET_LENGTH) -> str:
    """A piece of ``text`` around the first match, at most ``length`` characters."""
    text = " ".join((text or "").split())
    if len(text) <= length:
        return text
    pattern = _pattern(terms)
    match = pattern.search(text) if pattern else None
    if match is None or match.start() < length // 3:
        return Truncator(text).chars(length)
    start = max(0, match.start() - length // 3)
    space = text.rfind(" ", 0, start)
    start = space + 1 if space > 0 else start
    return "…" + Truncator(text[start:]).chars(length - 1)


# --- sources ---------------------------------------------------------------------------


@dataclass
class Hit:
    kind: str
    kind_label: str
    title: str
    url: str
    text: str = ""
    date: object = None
    position: int = 0
    score: float = 0.0


@dataclass
class SearchSource:
    """One kind of content in the search. ``run(text, limit, offset)`` returns hits."""

    key: str  # value of ?type=, stable and English
    label: str  # plural, for the type filter
    singular: str  # for the label of a hit
    weight: float = 0.0  # small preference between kinds with equal scores
    requires: tuple[str, ...] = ()  # dotted paths that must be importable

    def is_available(self) -> bool:
        try:
            for path in self.requires:
                import_string(path)
        except ImportError:
            return False
        return True

    def queryset(self, text):
        raise NotImplementedError

    def count(self, results) -> int:
        return results.count()

    def hits(self, results, start, stop) -> list[Hit]:
        raise NotImplementedError

    def hit(self, obj, **values) -> Hit:
        return Hit(kind=self.key, kind_label=str(self.singular), **values)


def backend_text(text: str) -> str:
    """The words of the query only, for Wagtail's search backends: SQLite FTS5 fails on
    quotes, brackets, ``*`` or ``-`` in the query (PostgreSQL would cope)."""
    return " ".join(re.findall(r"\w+", text))


PLAIN_WORDS = re.compile(r"^[\w\s.,;:!?'’-]*$")


def compound_condition(search_filter, text):
    """Every word as a substring of one of the filter's fields (active language).

    PostgreSQL's German stemmer does not split compounds: "Hitze" does not find
    "Hitzetage", nor "Beteiligung" "Bürgerbeteiligung". The site search adds these
    substring matches to the full-text matches for queries of plain words (no phrases,
    exclusions or ``or``, whose meaning a substring match would change).
    """
    if not PLAIN_WORDS.match(text) or re.search(r"(^|\s)-|\bor\b", text, re.IGNORECASE):
        return None
    terms = [term for term in search_terms(text) if len(term) >= 4]
    if not terms:
        return None
    language = current_language()
    condition = Q()
    for term in terms:
        per_term = Q()
        for name in search_filter.weights:
            per_term |= Q(**{f"{search_filter.column(name, language)}__icontains": term})
        condition &= per_term
    return condition


def _locale():
    from wagtail.models import Locale

    return Locale.objects.filter(language_code=current_language()).first()


@dataclass
class PageSource(SearchSource):
    """Wagtail pages of the active language (optionally of one page type, or all
    except some types)."""

    model: str = "wagtail.models.Page"
    exclude: tuple[str, ...] = ()
    date_field: str | None = None
    locale: object = None

    def queryset(self, text):
        model = import_string(self.model)
        pages = model.objects.live().public()
        if self.locale is not None:
            pages = pages.filter(locale=self.locale)
        if self.exclude:
            pages = pages.not_type(*[import_string(path) for path in self.exclude])
        words = backend_text(text)
        return pages.search(words, operator="and") if words else pages.none()

    def hits(self, results, start, stop):
        from wagtail.models import Page

        found = list(results[start:stop])
        specific = {
            page.pk: page for page in Page.objects.filter(pk__in=[p.pk for p in found]).specific()
        }
        hits = []
        for position, page in enumerate(found, start):
            page = specific.get(page.pk, page)
            text = getattr(page, "search_description", "") or getattr(page, "intro", "") or ""
            hits.append(
                self.hit(
                    page,
                    title=page.title,
                    url=page.get_url() or "",
                    text=text,
                    date=getattr(page, self.date_field, None) if self.date_field else None,
                    position=position,
                )
            )
        return hits


@dataclass
class FilterSetSource(SearchSource):
    """A database searched with the full-text filter of its list's FilterSet."""

    filterset: str = ""
    base: Callable | None = None  # () -> queryset of the public objects
    search_param: str = "q"
    text_fields: tuple[str, ...] = ("summary",)
    title_field: str = "title"
    date_field: str | None = None
    related: tuple[str, ...] = ()

    def queryset(self, text):
        filterset_class = import_string(self.filterset)
        search_filter = filterset_class.base_filters[self.search_param]
        queryset = self.base()
        if not isinstance(search_filter, FullTextFilter):
            # Any other text filter: run the whole FilterSet with only the search text.
            data = QueryDict(mutable=True)
            data[self.search_param] = text
            return filterset_class(data, queryset=queryset).qs.order_by(self.title_field, "pk")
        matched = search_filter.filter(queryset, text)
        compounds = compound_condition(search_filter, text)
        if compounds is not None and connection.vendor == "postgresql":
            matched = queryset.filter(Q(pk__in=matched.values("pk")) | compounds)
        return matched.annotate(search_rank=search_filter.rank(matched, text)).order_by(
            "-search_rank", self.title_field, "pk"
        )

    def hits(self, results, start, stop):
        if self.related:
            results = results.select_related(*self.related)
        hits = []
        for position, obj in enumerate(results[start:stop], start):
            text = next(
                (str(getattr(obj, f) or "") for f in self.text_fields if getattr(obj, f, "")), ""
            )
            hits.append(
                self.hit(
                    obj,
                    title=str(getattr(obj, self.title_field)),
                    url=obj.get_absolute_url(),
                    text=text,
                    date=getattr(obj, self.date_field, None) if self.date_field else None,
                    position=position,
                )
            )
        return hits


@dataclass
class DocumentSource(SearchSource):
    """Documents of the document library that anyone may open."""

    def queryset(self, text):
        from wagtail.documents import get_document_model
        from wagtail.models import CollectionViewRestriction

        restricted = CollectionViewRestriction.objects.values("collection")
        documents = get_document_model().objects.exclude(collection__in=restricted)
        words = backend_text(text)
        return documents.search(words, operator="and") if words else documents.none()

    def hits(self, results, start, stop):
        hits = []
        for position, document in enumerate(results[start:stop], start):
            hits.append(
                self.hit(
                    document,
                    title=document.title,
                    url=document.url,
                    text=document.filename,
                    date=document.created_at,
                    position=position,
                )
            )
        return hits


def _live(model_path, manager_method="live"):
    def queryset():
        model = import_string(model_path)
        return getattr(model.objects, manager_method)()

    return queryset


def sources() -> list[SearchSource]:
    """Every kind of content, in the order of the type filter."""
    locale = _locale()
    candidates = [
        PageSource(
            "pages",
            gettext_lazy("Pages"),
            gettext_lazy("Page"),
            weight=0.3,
            exclude=("news.models.NewsPage", "news.models.EventPage"),
            locale=locale,
            requires=("news.models.NewsPage",),
        ),
        FilterSetSource(
            "measures",
            gettext_lazy("Measures"),
            gettext_lazy("Measure"),
            weight=0.2,
            requires=("measures.filters.MeasureFilterSet",),
            filterset="measures.filters.MeasureFilterSet",
            base=_live("measures.models.Measure"),
            text_fields=("summary",),
            date_field="last_updated",
            related=("model_project",),
        ),
        FilterSetSource(
            "model-projects",
            gettext_lazy("Model projects"),
            gettext_lazy("Model project"),
            weight=0.25,
            requires=("programmes.filters.ModelProjectFilterSet",),
            filterset="programmes.filters.ModelProjectFilterSet",
            base=lambda: import_string("programmes.models.ModelProject").objects.all(),
            text_fields=("summary", "official_name"),
            title_field="name",
            related=("state",),
        ),
        FilterSetSource(
            "solutions",
            gettext_lazy("Solutions"),
            gettext_lazy("Solution"),
            weight=0.2,
            requires=("solutions.filters.SolutionFilterSet",),
            filterset="solutions.filters.SolutionFilterSet",
            base=_live("solutions.models.SolutionProfile", "public"),
            text_fields=("teaser",),
        ),
        FilterSetSource(
            "publications",
            gettext_lazy("Publications"),
            gettext_lazy("Publication"),
            weight=0.15,
            requires=("publications.filters.PublicationFilterSet",),
            filterset="publications.filters.PublicationFilterSet",
            base=_live("publications.models.Publication"),
            text_fields=("abstract",),
            date_field="publication_date",
        ),
        PageSource(
            "news",
            gettext_lazy("News"),
            gettext_lazy("News"),
            weight=0.1,
            model="news.models.NewsPage",
            date_field="date",
            locale=locale,
            requires=("news.models.NewsPage",),
        ),
        PageSource(
            "events",
            gettext_lazy("Events"),
            gettext_lazy("Event"),
            weight=0.1,
            model="news.models.EventPage",
            date_field="start",
            locale=locale,
            requires=("news.models.EventPage",),
        ),
        DocumentSource("documents", gettext_lazy("Documents"), gettext_lazy("Document")),
    ]
    if locale is None:
        candidates = [s for s in candidates if not isinstance(s, PageSource)]
    return [source for source in candidates if source.is_available()]


# --- ranking and suggestions ---------------------------------------------------------


def score(hit: Hit, terms: list[str]) -> float:
    """Higher is better: matches in the title count most, then in the text, then the
    source's own rank (its database ranking) and a small preference per kind."""
    stems = match_stems(terms)
    title = hit.title.lower()
    text = hit.text.lower()
    in_title = sum(1 for stem in stems if stem in title)
    in_text = sum(1 for stem in stems if stem in text)
    value = 3.0 * in_title + 1.0 * in_text
    if stems and in_title == len(stems):
        value += 3.0
    if stems and title.startswith(stems[0]):
        value += 0.5
    return value + 2.0 / (1 + hit.position)


def suggest(text: str) -> str | None:
    """A better-spelt query from the words of titles and summaries (PostgreSQL only)."""
    if connection.vendor != "postgresql":
        return None
    terms = search_terms(text)
    if not terms:
        return None
    language = current_language()
    from django.apps import apps

    parts = []
    for label, columns, condition in (
        ("measures.Measure", [f"title_{language}", f"summary_{language}"], "live"),
        ("solutions.SolutionProfile", [f"title_{language}", f"teaser_{language}"], "live"),
        ("publications.Publication", [f"title_{language}", f"abstract_{language}"], "live"),
        ("programmes.ModelProject", ["name", f"summary_{language}"], "TRUE"),
    ):
        try:
            table = apps.get_model(label)._meta.db_table
        except LookupError:
            continue
        joined = " || ' ' || ".join(
            f"coalesce({connection.ops.quote_name(c)}, '')" for c in columns
        )
        parts.append(
            f"SELECT to_tsvector('simple', {joined}) FROM {connection.ops.quote_name(table)} "
            f"WHERE {condition}"
        )
    parts.append("SELECT to_tsvector('simple', title) FROM wagtailcore_page WHERE live")
    documents = " UNION ALL ".join(parts)
    sql = """
        WITH lexicon AS MATERIALIZED (
            SELECT word, nentry FROM ts_stat(%s) WHERE length(word) > 2
        )
        SELECT t.term, (
            SELECT word FROM lexicon
            WHERE similarity(word, t.term) > 0.3
            ORDER BY similarity(word, t.term) DESC, nentry DESC, word
            LIMIT 1
        )
        FROM unnest(%s::text[]) WITH ORDINALITY AS t(term, n)
        ORDER BY t.n
    """
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql, [documents, terms])
            rows = cursor.fetchall()
    except DatabaseError:  # pg_trgm missing: no suggestion
        logger.warning("Spelling suggestions need the pg_trgm extension.", exc_info=True)
        return None
    corrected = [word or term for term, word in rows]
    if corrected == terms:
        return None
    return " ".join(corrected)


# --- the view --------------------------------------------------------------------------


@dataclass
class SearchState:
    text: str = ""
    kind: str = ""
    page: int = 1
    notices: list[str] = field(default_factory=list)


def read_query(request, kinds) -> SearchState:
    state = SearchState()
    values = request.GET.getlist("q")
    if len(set(values)) > 1:
        state.notices.append(
            _("The parameter “%(name)s” was given more than once; the last value is used.")
            % {"name": "q"}
        )
    raw = values[-1] if values else ""
    text, removed = clean_text(raw)
    if removed:
        state.notices.append(_("Control characters were removed from the search text."))
    text = " ".join(text.split())
    if len(text) > MAX_QUERY_LENGTH:
        text = text[:MAX_QUERY_LENGTH].rstrip()
        state.notices.append(
            _("The search text was shortened to %(limit)s characters.")
            % {"limit": MAX_QUERY_LENGTH}
        )
    state.text = text
    kind = (request.GET.getlist("type") or [""])[-1]
    if kind and kind not in kinds:
        shown, _removed = clean_text(kind)
        state.notices.append(
            _("“%(value)s” is not a type of content; all types are shown.")
            % {"value": Truncator(shown).chars(40)}
        )
        kind = ""
    state.kind = kind
    raw_page = (request.GET.getlist("page") or [""])[-1]
    if raw_page and raw_page != "1":
        if PAGE_PATTERN.match(raw_page) and int(raw_page) >= 1:
            state.page = int(raw_page)
        else:
            state.notices.append(
                _("“%(value)s” is not a page number; showing the first page.")
                % {"value": Truncator(clean_text(raw_page)[0]).chars(40)}
            )
    return state


def _page(paginator, state):
    if state.page > paginator.num_pages:
        state.notices.append(
            _("There is no page %(number)s; showing the last page (%(last)s).")
            % {"number": state.page, "last": paginator.num_pages}
        )
        state.page = paginator.num_pages
    return paginator.page(state.page)


class _Counted(list):
    """A page of hits that knows the total, for Django's Paginator."""

    def __init__(self, total, fetch):
        super().__init__()
        self.total = total
        self.fetch = fetch

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self.fetch(index.start or 0, index.stop or self.total)
        raise TypeError("Only slices are supported.")


def run_search(state: SearchState, available: list[SearchSource]):
    """Counts per kind and the page of hits to show."""
    terms = search_terms(state.text)
    results = {}
    counts = {}
    for source in available:
        try:
            found = source.queryset(state.text)
            counts[source.key] = source.count(found)
        except DatabaseError:
            # A search expression the backend could not parse: no hits of this kind.
            logger.warning("Search in %s failed for %r", source.key, state.text, exc_info=True)
            counts[source.key] = 0
            found = None
        results[source.key] = found
    total = sum(counts.values())
    if state.kind:
        source = next(s for s in available if s.key == state.kind)
        found = results[source.key]
        listing = _Counted(
            counts[source.key],
            lambda start, stop: source.hits(found, start, stop) if found is not None else [],
        )
        paginator = Paginator(listing, PAGE_SIZE)
        page = _page(paginator, state)
        hits = list(page.object_list)
        for hit in hits:
            hit.score = score(hit, terms)
    else:
        merged = []
        for source in available:
            found = results[source.key]
            if found is None or not counts[source.key]:
                continue
            for hit in source.hits(found, 0, PER_SOURCE_LIMIT):
                hit.score = score(hit, terms) + source.weight
                merged.append(hit)
        merged.sort(key=lambda hit: (-hit.score, hit.position, hit.title))
        paginator = Paginator(merged, PAGE_SIZE)
        page = _page(paginator, state)
        hits = list(page.object_list)
    for hit in hits:
        hit.title_html = highlight(hit.title, terms)
        hit.snippet_html = highlight(snippet(hit.text, terms), terms)
    return {
        "terms": terms,
        "counts": counts,
        "total": total,
        "page_obj": page,
        "paginator": paginator,
        "hits": hits,
        "truncated": not state.kind and any(count > PER_SOURCE_LIMIT for count in counts.values()),
    }


def _browse_links():
    links = []
    for name, label in (
        ("measures:measure_list", gettext_lazy("Measures")),
        ("programmes:modelproject_list", gettext_lazy("Model projects")),
        ("solutions:solution_list", gettext_lazy("Solutions")),
        ("publications:publication_list", gettext_lazy("Publications")),
        ("opendata:index", gettext_lazy("Open data")),
    ):
        try:
            links.append({"title": str(label), "url": reverse(name)})
        except NoReverseMatch:
            continue
    return links


def search_view(request):
    available = sources()
    kinds = {source.key: source for source in available}
    state = read_query(request, kinds)
    context = {
        "search_text": state.text,
        "kind": state.kind,
        "notices": state.notices,
        "browse_links": _browse_links(),
        "extra_breadcrumbs": [{"title": _("Site search"), "url": None}],
    }
    if state.text:
        outcome = run_search(state, available)
        query = QueryDict(mutable=True)
        query["q"] = state.text
        if state.kind:
            query["type"] = state.kind
        all_query = QueryDict(mutable=True)
        all_query["q"] = state.text
        facets = [
            {
                "key": "",
                "label": _("All"),
                "count": outcome["total"],
                "selected": not state.kind,
                "query": "?" + all_query.urlencode(),
            }
        ]
        for source in available:
            kind_query = all_query.copy()
            kind_query["type"] = source.key
            facets.append(
                {
                    "key": source.key,
                    "label": str(source.label),
                    "count": outcome["counts"][source.key],
                    "selected": source.key == state.kind,
                    "query": "?" + kind_query.urlencode(),
                }
            )
        suggestion = suggest(state.text) if outcome["total"] == 0 else None
        suggestion_query = ""
        if suggestion:
            suggested = QueryDict(mutable=True)
            suggested["q"] = suggestion
            suggestion_query = "?" + suggested.urlencode()
        count = outcome["counts"][state.kind] if state.kind else outcome["total"]
        page = outcome["page_obj"]
        context.update(
            outcome,
            facets=facets,
            state_query=query,
            page_numbers=list(
                outcome["paginator"].get_elided_page_range(page.number, on_each_side=2, on_ends=1)
            ),
            result_count_text=ngettext(
                "%(count)s result for “%(text)s”",
                "%(count)s results for “%(text)s”",
                count,
            )
            % {"count": count, "text": state.text},
            suggestion=suggestion,
            suggestion_query=suggestion_query,
            kind_label=str(kinds[state.kind].label) if state.kind else "",
        )
    response = TemplateResponse(request, "smartcity/search/search.html", context)
    response["X-Robots-Tag"] = "noindex"
    return response
