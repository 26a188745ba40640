"""The judged query set (search/relevance/queries.toml) on the database in use.

``make test`` runs this module on PostgreSQL and again on SQLite, so both backends have
to reach the bar: precision@10 and recall of at least 0.8 in every class of query, the
obvious page first for every navigational query, and for the queries that no record holds
in full, a precision of 0.8 over every result.
"""

import pytest

from search.query import SearchQuery
from search.relevance.evaluate import evaluate, load_queries, summary

pytestmark = pytest.mark.django_db

BAR = 0.8
CLASSES = {
    "multi-word",
    "most-words",
    "compound",
    "inflection",
    "transliteration",
    "typo",
    "labels",
    "places",
    "english",
    "navigational",
}


@pytest.fixture(scope="module")
def outcomes(django_db_blocker, django_db_setup):
    with django_db_blocker.unblock():
        return evaluate()


def test_the_set_is_large_and_covers_every_class():
    queries = load_queries()
    assert len(queries) >= 80
    assert {q.query_class for q in queries} == CLASSES
    assert {q.language for q in queries} == {"de", "en"}


def test_every_query_expects_something(outcomes):
    empty = [o.judged.text for o in outcomes if not o.expected]
    assert not empty, f"selectors that match no record: {empty}"


def test_each_class_reaches_the_bar(outcomes):
    table = summary(outcomes)
    failing = {}
    for name, figures in table.items():
        if name == "navigational":
            continue
        if figures["precision_at_10"] < BAR or figures["recall"] < BAR:
            failing[name] = figures
    weak = [
        (o.judged.text, round(o.precision_at_10, 2), round(o.recall, 2))
        for o in outcomes
        if o.judged.query_class in failing
    ]
    assert not failing, f"{failing}\n{weak}"


def test_navigational_queries_put_the_obvious_record_first(outcomes):
    missed = [
        (o.judged.text, o.results[:3])
        for o in outcomes
        if o.judged.query_class == "navigational" and o.success_at_1 < 1
    ]
    assert not missed


def test_single_queries_do_not_fall_far_below_the_bar(outcomes):
    """A class average could hide one query that finds nothing useful."""
    poor = [
        (o.judged.text, round(o.precision_at_10, 2), round(o.recall, 2))
        for o in outcomes
        if o.judged.query_class != "navigational" and (o.precision_at_10 < 0.5 or o.recall < 0.5)
    ]
    assert not poor


def test_the_fallback_shows_the_records_holding_the_most_words(outcomes):
    """Queries that no record holds in full: the records holding every word but one (or
    fewer, when none does) are shown, not every record holding any of the words, so most
    of all the results are expected ones, not only of the first ten."""
    fallback = [o for o in outcomes if o.judged.query_class == "most-words"]
    assert fallback
    for outcome in fallback:  # each of them is a fallback
        query = SearchQuery(outcome.judged.text, outcome.judged.language).resolve()
        assert not query.entries().filter(kind__in=outcome.judged.scope).count()
    loose = [(o.judged.text, len(o.results), round(o.precision, 2)) for o in fallback]
    assert sum(o.precision for o in fallback) / len(fallback) >= BAR, loose
    assert all(o.precision >= 0.5 for o in fallback), loose
