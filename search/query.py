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
    Case,
    Count,
    Expression,
    F,
    FloatField,
    Q,
    Value,
    When,
)

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


class Matches(Expression):
    """``WHERE`` condition: the entry holds every (or, with ``any_term``, some) term."""

    conditional = True
    output_field = BooleanField()

    def __init__(self, terms, any_term=False, pk=None, excluded=()):
        super().__init__()
        self.terms = terms
        self.any_term = any_term
        self.excluded = list(excluded)
        self.pk = pk if pk is not None else F("pk")

    def get_source_expressions(self):
        return [self.pk]

    def set_source_expressions(self, expressions):
        (self.pk,) = expressions

    def _alternatives(self, term, prefix_mark, quote):
        marks = prefix_mark if term.prefix else ""
        return [f"{quote(token)}{marks}" for token in term.tokens if token]

    def as_postgresql(self, compiler, connection):
        groups = [
            "(" + " | ".join(self._alternatives(term, ":*", lambda t: t)) + ")"
            for term in self.terms
        ]
        query = "(" + (" | " if self.any_term else " & ").join(groups) + ")"
        for term in self.excluded:
            query += " & !(" + " | ".join(self._alternatives(term, ":*", lambda t: t)) + ")"
        # The entry's own table under whatever alias the query gives it ("U0"."id").
        pk_sql, _params = compiler.compile(self.pk)
        document = pk_sql.rsplit(".", 1)[0] + '."document"' if "." in pk_sql else '"document"'
        return f"{document} @@ to_tsquery('simple'::regconfig, %s)", [query]

    def as_sqlite(self, compiler, connection):
        groups = [
            "(" + " OR ".join(self._alternatives(term, "*", lambda t: f'"{t}"')) + ")"
            for term in self.terms
        ]
        query = "(" + (" OR " if self.any_term else " AND ").join(groups) + ")"
        for term in self.excluded:
            query += " NOT (" + " OR ".join(self._alternatives(term, "*", lambda t: f'"{t}"')) + ")"
        pk_sql, params = compiler.compile(self.pk)
        return (
            f"{pk_sql} IN (SELECT rowid FROM search_entry_fts WHERE search_entry_fts MATCH %s)",
            [*params, query],
        )

    def as_sql(self, compiler, connection):
        raise NotSupportedError("The search index supports PostgreSQL and SQLite.")


def _holds(column, term) -> Q:
    condition = Q()
    for token in term.tokens:
        needle = f" {token}" if term.prefix else f" {token} "
        condition |= Q(**{f"{column}__contains": needle})
    return condition


def _in_title(term) -> Q:
    condition = Q()
    for token in term.tokens:
        if term.prefix:  # anywhere: "bewasser" in "baumbewasserung"
            condition |= Q(title_norm__contains=token)
        else:
            condition |= (
                Q(title_norm=token)
                | Q(title_norm__startswith=f"{token} ")
                | Q(title_norm__endswith=f" {token}")
                | Q(title_norm__contains=f" {token} ")
            )
    return condition


def _case(condition, value):
    return Case(When(condition, then=Value(value)), default=Value(0.0), output_field=FloatField())


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

    def resolve(self) -> SearchQuery:
        """Look the words up in the vocabulary (one query) and correct the spelling of
        those found nowhere (one more query, only when there are such words)."""
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
        correctable = [term for term in missing if len(term.word) >= analysis.TYPO_MIN]
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

    def entries(self, kind: str | None = None, any_term: bool = False):
        """The index entries that match (all words, or with ``any_term`` some)."""
        entries = SearchEntry.objects.filter(language=self.language)
        if kind:
            entries = entries.filter(kind=kind)
        terms = self.matchable_terms() if any_term else self.terms
        if not terms or (not any_term and not self.can_match_all):
            return entries.none()
        return entries.filter(Matches(terms, any_term=any_term, excluded=self.excluded))

    def score(self):
        """Relevance of an entry, the same SQL on every database.

        Per word: A_SCORE if it is in the title or labels, else B_SCORE in the summary and
        facts, else C_SCORE; TITLE_WORD more if it is in the title itself. Bonuses: every
        word in the title, the query as a phrase in the title, a title that starts with or
        is the query.
        """
        terms = self.matchable_terms()
        total = Value(0.0, output_field=FloatField())
        in_title_all = Q()
        for term in terms:
            in_a, in_b = _holds("terms_a", term), _holds("terms_b", term)
            total = total + Case(
                When(in_a, then=Value(A_SCORE)),
                When(in_b, then=Value(B_SCORE)),
                default=Value(C_SCORE),
                output_field=FloatField(),
            )
            in_title = _in_title(term)
            in_title_all &= in_title
            total = total + _case(in_title, TITLE_WORD)
        if terms:
            total = total + _case(in_title_all, ALL_IN_TITLE)
        if self.phrase:
            total = total + _case(Q(title_norm=self.phrase), TITLE_IS_QUERY)
            total = total + _case(Q(title_norm__startswith=self.phrase), TITLE_STARTS)
            if " " in self.phrase:
                total = total + _case(Q(title_norm__contains=self.phrase), PHRASE_IN_TITLE)
        return total
