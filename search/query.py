"""Running a search: query words → matching index entries, scored in the database.

The same :class:`SearchQuery` serves the lists' ``q`` (as a sub-query of matching ids),
the site search (hits straight from the index) and the API and feeds (through the lists'
FilterSets). Matching runs in the database: PostgreSQL's GIN-indexed ``tsvector`` with
the ``simple`` configuration, or SQLite's FTS5 table; the tokens are the same, so the
same entries match. The score is one portable SQL expression (see :func:`score`).
"""

from __future__ import annotations

from django.db import NotSupportedError
from django.db.models import (
    BooleanField,
    Count,
    Expression,
    F,
    FloatField,
    Q,
    Value,
)
from django.db.models.functions import Cast

from . import analysis
from .models import SearchEntry, SearchTerm

# Score of a term found in the title and labels (A) or in the summary and facts (B);
# a term found only in the long texts counts C_SCORE.
A_SCORE, B_SCORE, C_SCORE = 4.0, 1.5, 0.5
ALL_IN_TITLE = 3.0  # every word in the title itself
PHRASE_IN_TITLE = 3.0  # the query as a phrase in the title
TITLE_STARTS = 4.0  # the title starts with the query
TITLE_IS_QUERY = 30.0  # the title is the query: navigational searches
TITLE_WORD = 2.0  # per word found in the title itself (not only in a label)


def at_least(items: list, needed: int):
    """A condition tree that holds when at least ``needed`` of ``items`` hold.

    Leaves are the items themselves; inner nodes are ``("and", children)`` and
    ``("or", children)``. Factored as "the first and ``needed - 1`` of the rest, or
    ``needed`` of the rest", which names the items fewer times than an OR of every
    combination: 164 times instead of 360 for 3 of 10 words, 461 instead of 1,260 for 5
    of 10 (queries have at most ``analysis.MAX_TERMS`` words).
    """
    if needed <= 1:
        return items[0] if len(items) == 1 else ("or", list(items))
    if needed >= len(items):
        return items[0] if len(items) == 1 else ("and", list(items))
    first, rest = items[0], items[1:]
    with_first = at_least(rest, needed - 1)
    with_first = ("and", [first, *(with_first[1] if _is(with_first, "and") else [with_first])])
    without = at_least(rest, needed)
    return ("or", [with_first, *(without[1] if _is(without, "or") else [without])])


def _is(node, operator):
    return isinstance(node, tuple) and node[0] == operator


def _render(node, and_operator: str, or_operator: str) -> str:
    if not isinstance(node, tuple):
        return node
    operator, children = node
    joiner = and_operator if operator == "and" else or_operator
    return "(" + joiner.join(_render(child, and_operator, or_operator) for child in children) + ")"


def _entry_table(compiler, pk) -> str:
    """The index entry's table as the query names it, ready to prefix a column
    (``"U0".`` in a sub-query, ``"search_searchentry".`` at the top, empty when the query
    names no table), found by compiling the entry's primary key."""
    pk_sql, _params = compiler.compile(pk)
    return pk_sql.rsplit(".", 1)[0] + "." if "." in pk_sql else ""


class Matches(Expression):
    """``WHERE`` condition: the entry holds every term, or with ``at_least`` at least
    that many of them (any of them), and none of the excluded terms."""

    conditional = True
    output_field = BooleanField()

    def __init__(self, terms, at_least=None, pk=None, excluded=()):
        super().__init__()
        self.terms = list(terms)
        self.needed = len(self.terms) if at_least is None else at_least
        self.excluded = list(excluded)
        self.pk = pk if pk is not None else F("pk")

    def get_source_expressions(self):
        return [self.pk]

    def set_source_expressions(self, expressions):
        (self.pk,) = expressions

    def _alternatives(self, term, prefix_mark, quote):
        marks = prefix_mark if term.prefix else ""
        return [f"{quote(token)}{marks}" for token in term.tokens if token]

    def _condition(self, group, and_operator, or_operator):
        tree = at_least([group(term) for term in self.terms], self.needed)
        query = _render(tree, and_operator, or_operator)
        return query if query.startswith("(") else f"({query})"

    def as_postgresql(self, compiler, connection):
        def group(term):
            return "(" + " | ".join(self._alternatives(term, ":*", lambda t: t)) + ")"

        query = self._condition(group, " & ", " | ")
        for term in self.excluded:
            query += " & !" + group(term)
        document = _entry_table(compiler, self.pk) + connection.ops.quote_name("document")
        return f"{document} @@ to_tsquery('simple'::regconfig, %s)", [query]

    def as_sqlite(self, compiler, connection):
        def group(term):
            return "(" + " OR ".join(self._alternatives(term, "*", lambda t: f'"{t}"')) + ")"

        query = self._condition(group, " AND ", " OR ")
        for term in self.excluded:
            query += " NOT " + group(term)
        pk_sql, params = compiler.compile(self.pk)
        return (
            f"{pk_sql} IN (SELECT rowid FROM search_entry_fts WHERE search_entry_fts MATCH %s)",
            [*params, query],
        )

    def as_sql(self, compiler, connection):
        raise NotSupportedError("The search index supports PostgreSQL and SQLite.")


def _like(value: str) -> str:
    """``value`` for a LIKE pattern, its wildcards and escape character taken literally."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _any(conditions: list[str]) -> str:
    return "(" + " OR ".join(conditions) + ")" if conditions else "(1 = 0)"


def _all(conditions: list[str]) -> str:
    return "(" + " AND ".join(conditions) + ")" if conditions else "(1 = 1)"


def _number(value: float) -> str:
    """A score's number as a floating-point value: a bare ``4.0`` is a ``numeric`` to
    PostgreSQL, whose sums and comparisons are slower (a tenth of the site search's time
    for a broad word at 100,000 measures). The values are this module's constants."""
    return f"CAST({float(value)!r} AS DOUBLE PRECISION)"


def points(value: float):
    """A score's number as an expression (see :func:`_number`)."""
    return Cast(Value(float(value)), FloatField())


def _bonus(condition: str, value: float) -> str:
    return f"CASE WHEN {condition} THEN {_number(value)} ELSE {_number(0.0)} END"


class EntrySQL(Expression):
    """An expression over an index entry's columns, written as SQL from the query's terms.

    Written directly rather than as a tree of ``Case``/``When``/``Q``: a list page with a
    search text scores in three places, and Django resolved and compiled that tree in 3
    to 5 ms each time; this compiles in a fraction of a millisecond. The entry's table is
    found under whatever alias the query gives it (``_entry_table``), as for
    :class:`Matches`.
    """

    def __init__(self, query: SearchQuery, pk=None):
        super().__init__()
        self.query = query
        self.pk = pk if pk is not None else F("pk")

    def get_source_expressions(self):
        return [self.pk]

    def set_source_expressions(self, expressions):
        (self.pk,) = expressions

    def as_sql(self, compiler, connection):
        table = _entry_table(compiler, self.pk)
        params: list = []

        def like(name, pattern):
            params.append(pattern)
            return f"{table}{connection.ops.quote_name(name)} LIKE %s ESCAPE '\\'"

        def equals(name, value):
            params.append(value)
            return f"{table}{connection.ops.quote_name(name)} = %s"

        return self.write(like, equals), params

    def write(self, like, equals) -> str:
        raise NotImplementedError

    @staticmethod
    def holds(like, column, term) -> str:
        """The term is one of the tokens of ``column`` (the start of one for a prefix
        term); the token columns hold tokens framed by spaces."""
        return _any(
            [
                like(column, f"% {_like(token)}%" if term.prefix else f"% {_like(token)} %")
                for token in term.tokens
            ]
        )

    @staticmethod
    def in_title(like, equals, term) -> str:
        """The term is in the title itself: anywhere for a prefix term ("bewasser" in
        "baumbewasserung"), else as a word."""
        conditions = []
        for token in term.tokens:
            if term.prefix:
                conditions.append(like("title_norm", f"%{_like(token)}%"))
            else:
                word = _like(token)
                conditions += [
                    equals("title_norm", token),
                    like("title_norm", f"{word} %"),
                    like("title_norm", f"% {word}"),
                    like("title_norm", f"% {word} %"),
                ]
        return _any(conditions)


class Score(EntrySQL):
    """Relevance of an entry (see :meth:`SearchQuery.score`)."""

    output_field = FloatField()

    def write(self, like, equals):
        query = self.query
        terms = query.matchable_terms()
        # Each condition adds its values to the parameters as it is written, so the
        # parts are written in the order in which they stand in the SQL.
        parts = [_number(0.0)]
        for term in terms:
            in_a = self.holds(like, "terms_a", term)
            in_b = self.holds(like, "terms_b", term)
            parts.append(
                f"CASE WHEN {in_a} THEN {_number(A_SCORE)} WHEN {in_b} THEN {_number(B_SCORE)} "
                f"ELSE {_number(C_SCORE)} END"
            )
            parts.append(_bonus(self.in_title(like, equals, term), TITLE_WORD))
        if terms:
            in_title_all = _all([self.in_title(like, equals, term) for term in terms])
            parts.append(_bonus(in_title_all, ALL_IN_TITLE))
        if query.phrase:
            phrase = _like(query.phrase)
            parts.append(_bonus(equals("title_norm", query.phrase), TITLE_IS_QUERY))
            parts.append(_bonus(like("title_norm", f"{phrase}%"), TITLE_STARTS))
            if " " in query.phrase:
                parts.append(_bonus(like("title_norm", f"%{phrase}%"), PHRASE_IN_TITLE))
        return "(" + " + ".join(parts) + ")"


class Titled(EntrySQL):
    """``WHERE`` condition: the entry has a title part in its score (see
    :meth:`SearchQuery.titled`)."""

    conditional = True
    output_field = BooleanField()

    def write(self, like, equals):
        conditions = [self.in_title(like, equals, term) for term in self.query.matchable_terms()]
        if self.query.phrase:
            conditions.append(like("title_norm", f"%{_like(self.query.phrase)}%"))
        return _any(conditions)


class SearchQuery:
    """What a person typed, analysed for one language."""

    def __init__(self, text: str, language: str):
        self.text = text
        self.language = language
        self.terms = analysis.query_terms(text, language)
        self.excluded = analysis.excluded_terms(text, language)
        self.phrase = analysis.normalized_phrase(analysis.EXCLUDED.sub(" ", text))
        self.resolved = False
        self.unmatched: list[analysis.QueryTerm] = []
        self.corrected = False

    def __bool__(self):
        return bool(self.terms)

    # --- vocabulary: which words match, and spelling corrections --------------------

    def resolve(self, correct: bool = True) -> SearchQuery:
        """Look the words up in the vocabulary (one query) and, with ``correct``, correct
        the spelling of those found nowhere (one more query, only when there are such
        words)."""
        if self.resolved or not self.terms:
            self.resolved = True
            return self
        # Whether each word occurs at all, as one row of counts (a short prefix may match
        # thousands of tokens; none of them need to leave the database).
        counts = SearchTerm.objects.filter(language=self.language).aggregate(
            **{
                f"term_{position}": Count(
                    "pk",
                    filter=Q(token__startswith=term.stem) if term.prefix else Q(token=term.stem),
                )
                for position, term in enumerate(self.terms)
            }
        )
        missing = [
            term for position, term in enumerate(self.terms) if not counts[f"term_{position}"]
        ]
        correctable = [term for term in missing if correct and len(term.word) >= analysis.TYPO_MIN]
        if correctable:
            candidates = {}
            for term in correctable:
                for variant in analysis.one_edit_variants(term.word):
                    candidates.setdefault(analysis.stem(variant, self.language), []).append(term)
            rows = (
                SearchTerm.objects.filter(language=self.language, token__in=list(candidates))
                .exclude(word="")
                .values_list("token", "word", "frequency")
            )
            best = {}
            for token, word, frequency in rows:
                for term in candidates[token]:
                    if term.word not in best or frequency > best[term.word][2]:
                        best[term.word] = (token, word, frequency)
            for term in correctable:
                if term.word in best:
                    token, word, _frequency = best[term.word]
                    term.alternatives = [token]
                    term.original = word
                    self.corrected = True
        self.unmatched = [term for term in missing if not term.alternatives]
        self.resolved = True
        return self

    @property
    def suggestion(self) -> str | None:
        """The query with corrected spellings ("Did you mean …?"), if any were made."""
        if not self.corrected:
            return None
        return " ".join(term.original for term in self.terms)

    @property
    def can_match_all(self) -> bool:
        self.resolve()
        return bool(self.terms) and not self.unmatched

    def matchable_terms(self):
        self.resolve()
        return [term for term in self.terms if term not in self.unmatched]

    # --- SQL ------------------------------------------------------------------------

    def entries(self, kind: str | None = None, level: int | None = None):
        """The index entries that match: every word, or with ``level`` at least that many
        of the words found in the index (the fallback, see :meth:`best_level`)."""
        entries = SearchEntry.objects.filter(language=self.language)
        if kind:
            entries = entries.filter(kind=kind)
        if level is None or level >= len(self.terms):
            if not self.can_match_all:
                return entries.none()
            return entries.filter(Matches(self.terms, excluded=self.excluded))
        terms = self.matchable_terms()
        if not terms or level < 1:
            return entries.none()
        needed = min(level, len(terms))
        return entries.filter(Matches(terms, at_least=needed, excluded=self.excluded))

    @property
    def several_words(self) -> bool:
        """Whether a fallback to fewer words is possible: several words, some of them
        found in the index."""
        return len(self.terms) > 1 and bool(self.matchable_terms())

    def levels(self, with_all: bool = True) -> list[int]:
        """The numbers of words an entry may be asked to hold, most first: every word
        (with ``with_all``, when each is in the index), then every word found in the
        index but at most one fewer than typed, down to one word."""
        if not self.terms:
            return []
        top = len(self.terms)
        levels = [top] if with_all and self.can_match_all else []
        if self.several_words:
            levels += range(min(len(self.matchable_terms()), top - 1), 0, -1)
        return levels

    def best_level(self, kinds=None, with_all: bool = True) -> int:
        """The most words that some entry of ``kinds`` (every kind when None) holds, out
        of :meth:`levels`: ``len(self.terms)`` when an entry holds every word; 0 when
        none holds any.

        One query, ``CASE WHEN (count at the first level) > 0 THEN … WHEN (count at the
        next level) > 0 …``: both databases evaluate a level's count only when the levels
        above it found nothing. Each count reads the full-text index (a count, not an
        ``EXISTS``, for the reason given in ``FullTextFilter.is_partial``). With a single
        level left to try no query is made: that level is returned, and the query of its
        entries finds whether there are any.
        """
        levels = self.levels(with_all)
        if len(levels) <= 1:
            return levels[0] if levels else 0
        branches, params = [], []
        connection = None
        for level in levels:
            entries = self.entries(level=level)
            if kinds is not None:
                entries = entries.filter(kind__in=list(kinds))
            compiler = entries.order_by().values("pk").query.get_compiler(entries.db)
            connection = compiler.connection
            sql, sql_params = compiler.as_sql()
            branches.append(
                f"WHEN (SELECT COUNT(*) FROM ({sql}) holding_{level}) > 0 THEN {int(level)}"
            )
            params.extend(sql_params)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT CASE {' '.join(branches)} ELSE 0 END", params)
            return int(cursor.fetchone()[0])

    def titled(self) -> Titled | None:
        """Entries with a title part in their score: a word in the title itself, or the
        query as a phrase in it (which the bonuses for a title that is, starts with or
        holds the query need). Every other entry scores at most :meth:`untitled_ceiling`.
        None when there is neither a word to look for nor a phrase."""
        if not self.matchable_terms() and not self.phrase:
            return None
        return Titled(self)

    def untitled_ceiling(self) -> float:
        """The highest score an entry outside :meth:`titled` can have: every word in the
        title and labels (A_SCORE each), no title part. A page of titled entries that all
        score above it is the best page, whatever the other entries score."""
        return A_SCORE * len(self.matchable_terms())

    def score(self) -> Score:
        """Relevance of an entry, the same SQL on every database (:class:`Score`).

        Per word: A_SCORE if it is in the title or labels, else B_SCORE in the summary and
        facts, else C_SCORE; TITLE_WORD more if it is in the title itself. Bonuses: every
        word in the title, the query as a phrase in the title, a title that starts with or
        is the query.
        """
        return Score(self)
