"""Site-wide search (``/de/suche/``, ``/en/search/``) over the search core's index.

Every kind of content is one group of results: the best hits of each kind are shown
together, the groups ordered by their best hit, each linking to all of its results (the
database's own list with ``?q=`` where there is one). A type filter shows one kind with
pagination. Hits come straight from the index (title, summary, address, date): a fixed
number of queries whatever the number of hits. Bad input (control characters, overlong
or repeated ``q``, unknown ``type``, broken ``page``) gives a notice, never an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import EmptyResultSet
from django.core.paginator import Paginator
from django.db import connections
from django.db.models import Case, Count, FloatField, When
from django.http import QueryDict
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from core.filtering.filters import clean_text, current_language
from core.filtering.views import last_page, page_number, site_search_url
from core.pagination import page_links, query_page_url

from . import analysis
from .models import SearchEntry
from .query import SearchQuery, points
from .registry import kinds

MAX_QUERY_LENGTH = 200
PAGE_SIZE = 20
GROUP_SIZE = 3  # hits per kind on the "all" view
SNIPPET_LENGTH = 240
WORD = re.compile(r"\w+", re.UNICODE)


# --- showing hits ----------------------------------------------------------------------


def _matcher(query: SearchQuery):
    """``word -> bool``: does a word of a text match one of the query's terms?"""
    terms = query.matchable_terms() if query.terms else []
    language = query.language

    def matches(word: str) -> bool:
        folded = analysis.words(word)
        if not folded:
            return False
        tokens = analysis.word_tokens(folded[0], language)
        for term in terms:
            for token in term.tokens:
                if any(t.startswith(token) if term.prefix else t == token for t in tokens):
                    return True
        return False

    return matches


def highlight(text: str, query: SearchQuery):
    """``text`` escaped, with every word that matches the query wrapped in ``<mark>``."""
    text = text or ""
    matches = _matcher(query)
    parts, position = [], 0
    for match in WORD.finditer(text):
        if len(match.group()) < 2 or not matches(match.group()):
            continue
        parts.append(escape(text[position : match.start()]))
        parts.append(f"<mark>{escape(match.group())}</mark>")
        position = match.end()
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # noqa: S308 - every piece is escaped above


def snippet(text: str, query: SearchQuery, length: int = SNIPPET_LENGTH) -> str:
    """A piece of ``text`` around the first match, at most ``length`` characters."""
    text = " ".join((text or "").split())
    if len(text) <= length:
        return text
    matches = _matcher(query)
    first = next((m for m in WORD.finditer(text) if matches(m.group())), None)
    if first is None or first.start() < length // 3:
        return Truncator(text).chars(length)
    start = max(0, first.start() - length // 3)
    space = text.rfind(" ", 0, start)
    start = space + 1 if space > 0 else start
    return "…" + Truncator(text[start:]).chars(length - 1)


@dataclass
class Hit:
    kind: str
    kind_label: str
    title: str
    url: str
    text: str = ""
    date: object = None
    score: float = 0.0
    title_html: str = ""
    snippet_html: str = ""


def _hits(rows, labels, query):
    hits = []
    for row in rows:
        hit = Hit(
            kind=row.kind,
            kind_label=labels[row.kind],
            title=row.title,
            url=row.url,
            text=row.summary,
            date=row.date,
            score=row.score,
        )
        hit.title_html = highlight(hit.title, query)
        hit.snippet_html = highlight(snippet(hit.text, query), query)
        hits.append(hit)
    return hits


# --- reading the request -----------------------------------------------------------------


@dataclass
class SearchState:
    text: str = ""
    kind: str = ""
    page: int = 1
    notices: list[str] = field(default_factory=list)


def read_query(request, known_kinds) -> SearchState:
    state = SearchState()
    values = request.GET.getlist("q")
    if len(set(values)) > 1:
        state.notices.append(
            _("The parameter “%(name)s” was given more than once; the last value is used.")
            % {"name": "q"}
        )
    text, removed = clean_text(values[-1] if values else "")
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
    if kind and kind not in known_kinds:
        shown, _removed = clean_text(kind)
        state.notices.append(
            _("“%(value)s” is not a type of content; all types are shown.")
            % {"value": Truncator(shown).chars(40)}
        )
        kind = ""
    state.kind = kind
    # Checked against the last page once the number of hits is known (run_search).
    state.page = page_number(request.GET.get("page", ""), state.notices)
    return state


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


# --- running it --------------------------------------------------------------------------


def _kind_rank(available):
    return Case(
        *[When(kind=k.key, then=points(k.rank)) for k in available],
        default=points(0.0),
        output_field=FloatField(),
    )


# What ranking and ordering read of an entry; what a hit shows is read for the shown
# entries only (``_with_display``). Carrying the texts of every matching entry through
# the ranking would cost most of the time of a broad word at 100,000 records.
RANKING_FIELDS = ("id", "kind", "object_id", "title_norm")
DISPLAY_FIELDS = ("title", "summary", "url", "date")


def _ranked(entries, query, available):
    return entries.only(*RANKING_FIELDS).annotate(
        score=query.score(), kind_rank=_kind_rank(available)
    )


def _with_display(rows):
    """The rows with their title, summary, address and date: one query for all of them
    (instead of one per row for the deferred fields)."""
    rows = list(rows)
    if rows:
        shown = SearchEntry.objects.only(*DISPLAY_FIELDS).in_bulk([row.pk for row in rows])
        for row in rows:
            for name in DISPLAY_FIELDS:
                setattr(row, name, getattr(shown[row.pk], name))
    return rows


ORDER = ("-score", "-kind_rank", "title_norm", "object_id")


@dataclass
class _Best:
    """One of a kind's best entries, with its kind's number of matches."""

    pk: int
    kind: str
    object_id: int
    title_norm: str
    score: float
    kind_rank: float
    kind_total: int


def _grouped_rows(entries, query, available):
    """The best GROUP_SIZE entries of each kind, each with its kind's number of matches,
    in one statement, then their texts (``_with_display``).

    The matching entries are scored once, into a materialized common table expression
    of narrow rows; the counts group it by kind, and each kind's best entries are taken
    from it with ``ORDER BY … LIMIT`` (a sort that keeps GROUP_SIZE rows). A window per
    kind sorted every match instead: for "Sensorik" at 100,000 measures (31,818
    matches) that sort was about a third of the statement's time.
    """
    columns = ("id", "kind", "object_id", "title_norm", "score", "kind_rank")
    ranked = _ranked(entries, query, available).values(*columns).order_by()
    connection = connections[ranked.db]
    try:
        sql, params = ranked.query.get_compiler(connection=connection).as_sql()
    except EmptyResultSet:  # no word that can match
        return []
    name = connection.ops.quote_name
    listed = ", ".join(name(column) for column in columns)
    best_first = f"{name('score')} DESC, {name('title_norm')} ASC, {name('object_id')} ASC"
    keys = [kind.key for kind in available]
    branches = [
        f"SELECT * FROM (SELECT {listed} FROM {name('matched')} WHERE {name('kind')} = %s "
        f"ORDER BY {best_first} LIMIT {GROUP_SIZE}) {name(f'best_{index}')}"
        for index in range(len(keys))
    ]
    best = name("best")
    statement = (
        f"WITH {name('matched')} AS MATERIALIZED ({sql}), "
        f"{name('totals')} AS (SELECT {name('kind')}, COUNT(*) AS {name('kind_total')} "
        f"FROM {name('matched')} GROUP BY {name('kind')}) "
        f"SELECT {', '.join(f'{best}.{name(column)}' for column in columns)}, "
        f"{name('totals')}.{name('kind_total')} "
        f"FROM ({' UNION ALL '.join(branches)}) {best} "
        f"INNER JOIN {name('totals')} ON {name('totals')}.{name('kind')} = {best}.{name('kind')} "
        f"ORDER BY {best}.{name('score')} DESC, {best}.{name('kind_rank')} DESC, "
        f"{best}.{name('title_norm')} ASC, {best}.{name('object_id')} ASC"
    )
    with connection.cursor() as cursor:
        cursor.execute(statement, [*params, *keys])
        rows = [_Best(*row) for row in cursor.fetchall()]
    return _with_display(rows)


def run_search(state: SearchState, available, language: str):
    query = SearchQuery(state.text, language).resolve()
    labels = {k.key: str(k.singular) for k in available}
    keys = [k.key for k in available]
    partial = False
    outcome = {
        "query": query,
        "partial": False,
        "words_held": None,
        "groups": [],
        "hits": [],
        "page_obj": None,
        "paginator": None,
    }

    def fallback_level():
        """When no entry holds every word: the most words that some entry holds (one
        query, none when only one level is left to try), or None."""
        if not query.several_words:
            return None
        return query.best_level(keys, with_all=False) or None

    if state.kind:
        # One kind, paginated: the counts of every kind for the type filter, then a page.
        def counts_for(level):
            rows = (
                query.entries(level=level)
                .filter(kind__in=keys)
                .values("kind")
                .annotate(n=Count("id"))
                .order_by()
            )
            return {row["kind"]: row["n"] for row in rows}

        level = None
        counts = counts_for(None)
        if not counts:
            level = fallback_level()
            if level:
                counts = counts_for(level)
                partial = bool(counts)
        counts = {key: counts.get(key, 0) for key in keys}
        outcome.update(
            counts=counts,
            total=sum(counts.values()),
            partial=partial,
            words_held=(level, len(query.terms)) if partial else None,
        )
        if not counts[state.kind]:
            return outcome
        entries = query.entries(state.kind, level=level)
        ranked = _ranked(entries, query, available).order_by(*ORDER)
        listing = _Counted(
            counts[state.kind],
            lambda start, stop: _hits(_with_display(ranked[start:stop]), labels, query),
        )
        paginator = Paginator(listing, PAGE_SIZE)
        state.page = last_page(state.page, state.notices, paginator.num_pages)
        page = paginator.page(state.page)
        outcome.update(hits=list(page.object_list), page_obj=page, paginator=paginator)
        return outcome

    # Every kind: the best hits of each kind and the counts in one query.
    rows = _grouped_rows(query.entries().filter(kind__in=keys), query, available)
    if not rows:
        level = fallback_level()
        if level:
            entries = query.entries(level=level).filter(kind__in=keys)
            rows = _grouped_rows(entries, query, available)
            partial = bool(rows)
    counts = dict.fromkeys(keys, 0)
    for row in rows:
        counts[row.kind] = row.kind_total
    outcome.update(
        counts=counts,
        total=sum(counts.values()),
        partial=partial,
        words_held=(level, len(query.terms)) if partial else None,
    )
    state.page = last_page(state.page, state.notices, 1)  # one page of groups
    by_kind = {}
    for hit in _hits(rows, labels, query):
        by_kind.setdefault(hit.kind, []).append(hit)
    groups = []
    for source in available:
        hits = by_kind.get(source.key)
        if not hits:
            continue
        groups.append(
            {
                "key": source.key,
                "label": str(source.label),
                "count": counts[source.key],
                "hits": hits,
                "best": (hits[0].score, source.rank),
                "all_url": _all_url(source, state.text, partial),
                "all_text": _all_text(source, counts[source.key]),
            }
        )
    groups.sort(key=lambda group: group["best"], reverse=True)
    outcome["groups"] = groups
    outcome["hits"] = [hit for group in groups for hit in group["hits"]]
    return outcome


def _other_languages(text, language, available):
    """When nothing is found in ``language``: the other languages whose entries hold
    every word, each with its number of hits and its site search for the same text. An
    English word on the German pages ("parking") is found on the English ones. Two
    queries per other language (its vocabulary, without spelling corrections, and a
    count), made only for a search that found nothing."""
    keys = [kind.key for kind in available]
    found = []
    for code, _name in settings.LANGUAGES:
        if code == language or code not in OTHER_LANGUAGE_HITS:
            continue
        query = SearchQuery(text, code).resolve(correct=False)
        if not query.can_match_all:
            continue
        count = query.entries().filter(kind__in=keys).count()
        if not count:
            continue
        with translation.override(code):
            url = site_search_url(text)
        found.append(
            {
                "language": code,
                "url": url,
                "text": OTHER_LANGUAGE_HITS[code](count) % {"count": count, "text": text},
            }
        )
    return found


# "N results on the pages in that language", one sentence per language for translators.
OTHER_LANGUAGE_HITS = {
    "de": lambda count: ngettext(
        "There is %(count)s result for “%(text)s” on the German pages.",
        "There are %(count)s results for “%(text)s” on the German pages.",
        count,
    ),
    "en": lambda count: ngettext(
        "There is %(count)s result for “%(text)s” on the English pages.",
        "There are %(count)s results for “%(text)s” on the English pages.",
        count,
    ),
}


def _all_url(source, text, partial):
    query = QueryDict(mutable=True)
    query["q"] = text
    if source.list_url_name and not partial:
        return reverse(source.list_url_name) + "?" + query.urlencode()
    query["type"] = source.key
    return "?" + query.urlencode()


def _all_text(source, count):
    return _("%(kind)s: show all %(count)s") % {"count": count, "kind": source.label}


def _browse_links():
    return [
        {"title": str(kind.label), "url": reverse(kind.list_url_name)}
        for kind in kinds()
        if kind.list_url_name
    ] + [{"title": str(gettext_lazy("Open data")), "url": reverse("opendata:index")}]


def search_view(request):
    language = current_language()
    available = kinds()
    by_key = {kind.key: kind for kind in available}
    state = read_query(request, by_key)
    context = {
        "search_text": state.text,
        "kind": state.kind,
        "notices": state.notices,
        "browse_links": _browse_links(),
        # What the search covers: every registered kind (a new database's too).
        "kind_labels": [kind.label for kind in available],
        "extra_breadcrumbs": [{"title": _("Site search"), "url": None}],
    }
    if state.text:
        outcome = run_search(state, available, language)
        query = outcome["query"]
        base = QueryDict(mutable=True)
        base["q"] = state.text
        state_query = base.copy()
        if state.kind:
            state_query["type"] = state.kind
        facets = [
            {
                "key": "",
                "label": _("All"),
                "count": outcome["total"],
                "selected": not state.kind,
                "query": "?" + base.urlencode(),
            }
        ]
        for source in available:
            kind_query = base.copy()
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
        suggestion = query.suggestion
        suggestion_query = ""
        if suggestion:
            suggested = QueryDict(mutable=True)
            suggested["q"] = suggestion
            if state.kind:
                suggested["type"] = state.kind
            suggestion_query = "?" + suggested.urlencode()
        count = outcome["counts"][state.kind] if state.kind else outcome["total"]
        if not outcome["total"]:
            context["other_languages"] = _other_languages(state.text, language, available)
        page = outcome["page_obj"]
        context.update(
            outcome,
            facets=facets,
            state_query=state_query,
            pages=page_links(page, query_page_url(state_query)) if page else {},
            result_count_text=ngettext(
                "%(count)s result for “%(text)s”",
                "%(count)s results for “%(text)s”",
                count,
            )
            % {"count": count, "text": state.text},
            suggestion=suggestion,
            suggestion_query=suggestion_query,
            kind_label=str(by_key[state.kind].label) if state.kind else "",
        )
    response = TemplateResponse(request, "search/search.html", context)
    response["X-Robots-Tag"] = "noindex"
    return response
