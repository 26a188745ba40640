"""GIN indexes for the full-text search of publications (PostgreSQL only).

The expressions must stay identical to ``FullTextFilter.vector()`` with
``publications.filters.SEARCH_WEIGHTS``, or PostgreSQL cannot use the indexes.
On SQLite (where the search falls back to substring matching) nothing happens.
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

from core.filtering.operations import AddPostgresIndex


def search_vector(language, config):
    return SearchVector(f"title_{language}", config=config, weight="A") + SearchVector(
        f"abstract_{language}", config=config, weight="B"
    )


class Migration(migrations.Migration):
    dependencies = [("publications", "0002_publication_types")]

    operations = [
        AddPostgresIndex(
            "publication", GinIndex(search_vector("de", "german"), name="publication_search_de")
        ),
        AddPostgresIndex(
            "publication", GinIndex(search_vector("en", "english"), name="publication_search_en")
        ),
    ]
