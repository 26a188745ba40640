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


def test_stored_vectors_follow_every_change_on_postgresql(sample):
    """A trigger fills search_de/search_en on insert, bulk insert and update."""
    measure = sample.measures["energie"]
    if not POSTGRES:
        assert Measure.objects.get(pk=measure.pk).search_de is None
        return
    stored = Measure.objects.values_list("search_de", "search_en").get(pk=measure.pk)
    assert "'energiemonitoring':1A" in stored[0] and "'energi':1A" in stored[1]
    measure.title_de = "Fahrradständer am Bahnhof"
    measure.save()
    assert "'fahrradstand':1A" in Measure.objects.values_list("search_de", flat=True).get(
        pk=measure.pk
    )
    bulk = Measure.objects.bulk_create(
        [
            Measure(
                slug="bulk-x",
                title_de="Radwege",
                summary_de="x",
                model_project=measure.model_project,
            )
        ]
    )
    assert (
        Measure.objects.values_list("search_de", flat=True).get(pk=bulk[0].pk)
        == "'radweg':1A 'x':2B"
    )


def test_search_uses_the_gin_index_on_postgresql(sample):
    if not POSTGRES:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT name FROM sqlite_master "
                "WHERE type = 'index' AND name LIKE 'measure_%' AND sql LIKE '%search%'"
            )
            assert cursor.fetchall() == []  # the PostgreSQL-only operations did nothing
        assert not Measure.objects.exclude(search_de=None).exists()
        return
    # All measures (not only live ones): with a handful of rows the planner would rather
    # read the small "live" index; what matters is that the search condition fits the GIN.
    with translation.override("de"):
        results = MeasureFilterSet(QueryDict("q=Radweg"), queryset=Measure.objects.all()).qs
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
        assert "measure_vector_de" in results.explain()
    with translation.override("en"):
        results = MeasureFilterSet(QueryDict("q=cycle"), queryset=Measure.objects.all()).qs
        assert "measure_vector_en" in results.explain()
