"""Full text: PostgreSQL stems and ranks; other databases match substrings.

CI runs on PostgreSQL, where the stemming assertions apply; the quick SQLite run checks
the documented fallback instead of skipping.
"""

from django.db import connection
from django.http import QueryDict
from django.utils import translation

from measures.filters import MeasureFilterSet
from measures.models import Measure

from .helpers import list_url, slugs

POSTGRES = connection.vendor == "postgresql"


def test_radweg_finds_radwege(client, sample):
    response = client.get(list_url(q="Radweg"))
    found = slugs(response)
    assert sample.measures["radwege"].slug in found  # title "Sichere Radwege …"
    assert sample.measures["zaehlung"].slug in found  # description "… der Radwege."
    assert sample.measures["energie"].slug not in found


def test_inflected_forms_need_postgresql(client, sample):
    """ "Radwegen" shares only the stem with "Radwege"."""
    found = slugs(client.get(list_url(q="Radwegen")))
    if POSTGRES:
        assert found == {sample.measures["radwege"].slug, sample.measures["zaehlung"].slug}
    else:
        assert found == set()  # substring matching does not stem


def test_english_search_uses_english_columns(client, sample):
    found = slugs(client.get(list_url("en", q="cycle path")))
    assert sample.measures["radwege"].slug in found
    # German words are not searched on the English site.
    assert slugs(client.get(list_url("en", q="Radwege"))) == set()


def test_web_search_syntax(client, sample):
    found = slugs(client.get(list_url(q="Radwege -Schulweg")))
    if POSTGRES:
        assert found == {sample.measures["zaehlung"].slug}
    else:
        assert found == set()  # the text is matched literally


def test_title_weighs_more_than_description(client, sample):
    response = client.get(list_url(q="Radwege"))
    assert [m.slug for m in response.context["results"]][:2] == [
        sample.measures["radwege"].slug,
        sample.measures["zaehlung"].slug,
    ]


def test_search_uses_the_gin_index_on_postgresql(sample):
    if not POSTGRES:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT name FROM sqlite_master "
                "WHERE type = 'index' AND name LIKE 'measure_search%'"
            )
            assert cursor.fetchall() == []  # the migration is a no-op here
        return
    with translation.override("de"):
        results = MeasureFilterSet(QueryDict("q=Radweg"), queryset=Measure.objects.live()).qs
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
        assert "measure_search_de" in results.explain()
    with translation.override("en"):
        results = MeasureFilterSet(QueryDict("q=cycle"), queryset=Measure.objects.live()).qs
        assert "measure_search_en" in results.explain()
