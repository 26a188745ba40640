"""GIN indexes for the full-text search of measures (PostgreSQL only).

The expressions must stay identical to ``FullTextFilter.vector()`` with
``measures.filters.SEARCH_WEIGHTS``, or PostgreSQL cannot use the indexes.
On SQLite (where the search falls back to substring matching) nothing happens.
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

from core.filtering.operations import AddPostgresIndex


def search_vector(language, config):
    return (
        SearchVector(f"title_{language}", config=config, weight="A")
        + SearchVector(f"summary_{language}", config=config, weight="B")
        + SearchVector(f"description_{language}", config=config, weight="C")
    )


class Migration(migrations.Migration):
    dependencies = [("measures", "0001_initial")]

    operations = [
        AddPostgresIndex(
            "measure", GinIndex(search_vector("de", "german"), name="measure_search_de")
        ),
        AddPostgresIndex(
            "measure", GinIndex(search_vector("en", "english"), name="measure_search_en")
        ),
    ]
