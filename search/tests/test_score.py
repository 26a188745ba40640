"""The score and the titled test that the database computes follow the documented rules.

The rules are written out here once more in Python, independently of the SQL in
``search/query.py``, and every matching entry of each judged query is checked against
them on the database the suite runs on.
"""

import pytest

from search import query as scoring
from search.models import SearchEntry
from search.query import SearchQuery
from search.relevance.evaluate import load_queries

pytestmark = pytest.mark.django_db


def holds(tokens: str, term) -> bool:
    return any(
        (f" {token}" in tokens) if term.prefix else (f" {token} " in tokens)
        for token in term.tokens
    )


def in_title(title: str, term) -> bool:
    for token in term.tokens:
        if term.prefix:
            if token in title:
                return True
        elif (
            title == token
            or title.startswith(f"{token} ")
            or title.endswith(f" {token}")
            or f" {token} " in title
        ):
            return True
    return False


def expected_score(query: SearchQuery, entry: SearchEntry) -> float:
    terms = query.matchable_terms()
    title = entry.title_norm
    total = 0.0
    for term in terms:
        if holds(entry.terms_a, term):
            total += scoring.A_SCORE
        elif holds(entry.terms_b, term):
            total += scoring.B_SCORE
        else:
            total += scoring.C_SCORE
        if in_title(title, term):
            total += scoring.TITLE_WORD
    if terms and all(in_title(title, term) for term in terms):
        total += scoring.ALL_IN_TITLE
    if query.phrase:
        if title == query.phrase:
            total += scoring.TITLE_IS_QUERY
        if title.startswith(query.phrase):
            total += scoring.TITLE_STARTS
        if " " in query.phrase and query.phrase in title:
            total += scoring.PHRASE_IN_TITLE
    return total


def expected_titled(query: SearchQuery, entry: SearchEntry) -> bool:
    title = entry.title_norm
    return any(in_title(title, term) for term in query.matchable_terms()) or bool(
        query.phrase and query.phrase in title
    )


QUERIES = sorted({(judged.text, judged.language) for judged in load_queries()}) + [
    ("Digitale Parkraumsteuerung für die Innenstadt", "de"),  # a whole title: every bonus
    ("Parkraum -Innenstadt", "de"),  # an excluded word
]


def test_every_matching_entry_scores_as_the_rules_say():
    checked = scored_high = titled = 0
    for text, language in QUERIES:
        query = SearchQuery(text, language).resolve()
        entries = query.entries().annotate(score=query.score())
        titled_ids = set(
            query.entries().filter(query.titled()).values_list("pk", flat=True)
            if query.titled() is not None
            else []
        )
        for entry in entries:
            assert entry.score == pytest.approx(expected_score(query, entry)), (text, entry)
            assert (entry.pk in titled_ids) == expected_titled(query, entry), (text, entry)
            checked += 1
            scored_high += entry.score >= scoring.TITLE_IS_QUERY
            titled += entry.pk in titled_ids
    # The texts reach every part of the score: many entries, titled ones, and titles that
    # are the query.
    assert checked > 1000
    assert titled > 100
    assert scored_high >= 5
