"""GIN indexes for the full-text search of solution profiles (PostgreSQL only).

The expressions must stay identical to ``FullTextFilter.vector()`` with
``solutions.filters.SEARCH_WEIGHTS``, or PostgreSQL cannot use the indexes.
On SQLite (where the search falls back to substring matching) nothing happens.
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

from core.filtering.operations import AddPostgresIndex


def search_vector(language, config):
    return (
        SearchVector(f"title_{language}", config=config, weight="A")
        + SearchVector(f"teaser_{language}", config=config, weight="B")
        + SearchVector(f"challenge_{language}", config=config, weight="C")
        + SearchVector(f"solution_{language}", config=config, weight="C")
    )


class Migration(migrations.Migration):
    dependencies = [("solutions", "0001_initial")]

    operations = [
        AddPostgresIndex(
            "solutionprofile",
            GinIndex(search_vector("de", "german"), name="solution_search_de"),
        ),
        AddPostgresIndex(
            "solutionprofile",
            GinIndex(search_vector("en", "english"), name="solution_search_en"),
        ),
    ]
