"""The search filter of every filterable list: ``q`` through the search core."""

from __future__ import annotations

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import FloatField, OuterRef, Subquery, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce

from core.filtering.filters import SearchFilter, current_language

from .models import SearchEntry
from .query import SearchQuery


class FullTextFilter(SearchFilter):
    """``q`` of a list: the records of ``kind`` whose index entry matches every word.

    Which fields are searched, and how much each counts, is declared once with the kind
    (the app's ``search_index.py``). When no record holds every word, the records that
    hold the most of them are shown instead (all but one, else fewer) and
    :meth:`is_partial` says so, so the list can show a notice.
    """

    def __init__(self, *, kind: str, max_length: int = 200, **kwargs):
        super().__init__(field_name="pk", max_length=max_length, **kwargs)
        self.kind = kind
        self._queries: dict[tuple[str, str], SearchQuery] = {}
        self._levels: dict[tuple[str, str], int | None] = {}

    def search_query(self, value: str) -> SearchQuery:
        """The analysed query, looked up once per filter instance (one request)."""
        key = (value, current_language())
        if key not in self._queries:
            self._queries[key] = SearchQuery(value, key[1]).resolve()
        return self._queries[key]

    def level(self, value: str) -> int | None:
        """How many of the words the shown records hold: None for every word (also when
        no record holds any), else the most that some record of the kind holds (one query
        for queries of several words, see ``SearchQuery.best_level``)."""
        key = (value, current_language())
        if key not in self._levels:
            query = self.search_query(value)
            level = None
            if query.several_words:
                # A count per level, not exists(): with LIMIT 1 PostgreSQL walks the
                # (kind, language) index hoping for an early match and reads every entry
                # when there is none (330 ms at 100,000 measures); the count reads the GIN
                # index, which intersects the words itself.
                best = query.best_level([self.kind])
                if 0 < best < len(query.terms):
                    level = best
            self._levels[key] = level
        return self._levels[key]

    def is_partial(self, value: str) -> bool:
        """No record holds every word: the records holding the most of them are shown."""
        return self.level(value) is not None

    def words_held(self, value: str) -> tuple[int, int] | None:
        level = self.level(value)
        return None if level is None else (level, len(self.search_query(value).terms))

    def matching(self, value: str):
        query = self.search_query(value)
        return query.entries(self.kind, level=self.level(value))

    def filter(self, qs, value):
        if not value:
            return qs
        return qs.filter(pk__in=self.matching(value).values("object_id"))

    def rank(self, qs, value):
        """Relevance of each row (higher first), computed by the database. The rows are
        already filtered, so the entry is looked up by its key without matching again."""
        if not value:
            return Value(0.0, output_field=FloatField())
        query = self.search_query(value)
        scores = (
            SearchEntry.objects.filter(
                kind=self.kind, language=query.language, object_id=OuterRef("pk")
            )
            .annotate(score=query.score())
            .values("score")[:1]
        )
        return Coalesce(Subquery(scores, output_field=FloatField()), Value(0.0))

    def ranked_ids(self, qs, value, ordering=()):
        """The ids of ``qs``'s records whose entry matches, best first, ties broken by
        ``ordering`` on the entries and then the id: a sliceable sub-query. Only the
        matching entries are scored (the ``rank`` of :meth:`rank` looks every result's
        entry up instead)."""
        return self._scored(qs, value).order_by(*self._order(ordering)).values("object_id")

    def _scored(self, qs, value):
        """The matching entries of ``qs``'s records, each with its score."""
        query = self.search_query(value)
        matching = self.matching(value).filter(object_id__in=qs.values("pk"))
        return matching.annotate(score=query.score())

    @staticmethod
    def _order(ordering):
        return ["-score", *ordering, "object_id"]

    def ranked_page(self, qs, value, ordering=(), start=0, stop=None):
        """The ids of one page of :meth:`ranked_ids` (``[start:stop]``), as a sub-query
        that scores only what it must.

        The entries with a title part in their score (``SearchQuery.titled``) are ranked
        first, ``stop`` of them at most. When all of those score above the ceiling of the
        other entries (``SearchQuery.untitled_ceiling``), they are the best ``stop``
        entries and the others are never scored: PostgreSQL skips that branch (a
        one-time filter), SQLite stops at the same test. Otherwise the others are scored
        too and the page is taken from both. Either way the page is the one
        :meth:`ranked_ids` gives: "Sensorik" at 100,000 measures (31,797 matches, 9,480 of
        them with the word in the title) scores 20 rows' worth of the best instead of
        every match.
        """
        query = self.search_query(value)
        titled = query.titled()
        if stop is None or titled is None:
            return self.ranked_ids(qs, value, ordering)[start:stop]
        scored = self._scored(qs, value)
        order = self._order(ordering)
        columns = ["object_id", "score", *(field.lstrip("-") for field in ordering)]
        best = scored.filter(titled).order_by(*order).values(*columns)[:stop]
        others = scored.exclude(titled).values(*columns)
        connection = connections[best.db]
        name = connection.ops.quote_name
        try:
            best_sql, best_params = best.query.get_compiler(connection=connection).as_sql()
            others_sql, others_params = others.query.get_compiler(connection=connection).as_sql()
        except EmptyResultSet:
            return self.ranked_ids(qs, value, ordering)[start:stop]
        listed = ", ".join(name(column) for column in columns)
        ordered = ", ".join(
            f"{name(field.lstrip('-'))} {'DESC' if field.startswith('-') else 'ASC'}"
            for field in order
        )
        sql = (
            f"WITH {name('best_titled')} AS MATERIALIZED ({best_sql}) "
            f"SELECT {name('object_id')} FROM ("
            f"SELECT {listed} FROM {name('best_titled')} UNION ALL "
            f"SELECT {listed} FROM ({others_sql}) {name('others')} "
            f"WHERE (SELECT COUNT(*) FROM {name('best_titled')} WHERE {name('score')} > %s) < %s"
            f") {name('ranked')} ORDER BY {ordered} LIMIT %s OFFSET %s"
        )
        params = [
            *best_params,
            *others_params,
            query.untitled_ceiling(),
            stop,
            stop - start,
            start,
        ]
        return RawSQL(sql, params)

    def suggestion(self, value: str) -> str | None:
        return self.search_query(value).suggestion if value else None
