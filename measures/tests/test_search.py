"""Searching measures through the search core: the same answers on every database."""

from django.db import connection
from django.utils import translation

from search.models import SearchEntry
from search.query import Matches, SearchQuery

from .helpers import list_url, slugs


def test_radweg_finds_radwege(client, sample):
    response = client.get(list_url(q="Radweg"))
    found = slugs(response)
    assert sample.measures["radwege"].slug in found  # title "Sichere Radwege …"
    assert sample.measures["zaehlung"].slug in found  # description "… der Radwege."
    assert sample.measures["energie"].slug not in found


def test_inflected_forms_share_the_stem(client, sample):
    found = slugs(client.get(list_url(q="Radwegen")))
    assert found == {sample.measures["radwege"].slug, sample.measures["zaehlung"].slug}


def test_english_search_uses_english_texts(client, sample):
    found = slugs(client.get(list_url("en", q="cycle path")))
    assert sample.measures["radwege"].slug in found
    # German words are not searched on the English site.
    assert slugs(client.get(list_url("en", q="Radwege"))) == set()


def test_a_minus_sign_excludes_a_word(client, sample):
    found = slugs(client.get(list_url(q="Radwege -Schulweg")))
    assert found == {sample.measures["zaehlung"].slug}


def test_title_weighs_more_than_description(client, sample):
    response = client.get(list_url(q="Radwege"))
    assert [m.slug for m in response.context["results"]][:2] == [
        sample.measures["radwege"].slug,
        sample.measures["zaehlung"].slug,
    ]


def test_matching_uses_the_database_index(sample):
    """PostgreSQL reads the GIN index of the stored tsvector, SQLite the FTS5 table."""
    query = SearchQuery("Radweg", "de").resolve()
    with translation.override("de"):
        # Every entry, not one kind: with a handful of rows the planner would rather read
        # the small unique index; what matters is that the condition fits the GIN index.
        entries = SearchEntry.objects.filter(Matches(query.terms))
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                # Neither a table scan nor a full walk of another index: what is left is
                # the GIN index, if the condition fits it.
                cursor.execute("SET LOCAL enable_seqscan = off")
                cursor.execute("SET LOCAL enable_indexscan = off")
            assert "search_entry_document" in entries.explain()
        else:
            assert "search_entry_fts" in entries.explain()
