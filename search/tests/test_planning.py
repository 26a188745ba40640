"""Prepared statements on PostgreSQL, and search queries kept out of them.

A page's queries are prepared from their second run on a connection, so PostgreSQL plans
them once; a search's queries are planned for their own words every time (a plan made
for any word reads a broad word badly). SQLite prepares nothing of the kind.
"""

import pytest
from django.db import connection

from measures.models import Measure
from search.planning import unprepared_search_queries

pytestmark = pytest.mark.django_db


def prepared_statements():
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        return [row[0] for row in cursor.fetchall()]


def test_page_queries_are_prepared_and_search_queries_are_not(client):
    measure = Measure.objects.live().order_by("pk").first()
    for _ in range(3):
        assert client.get(measure.get_absolute_url()).status_code == 200
        response = client.get("/de/massnahmen/", {"q": "Mobilität Sensorik"})
        assert response.status_code == 200
        assert response.context["paginator"].count > 0

    if connection.vendor != "postgresql":
        assert unprepared_search_queries not in connection.execute_wrappers
        assert "prepare_threshold" not in connection.settings_dict["OPTIONS"]
        return

    statements = prepared_statements()
    # The detail page's query of the measure by its address, with its project, prepared.
    assert any(
        '"measures_measure"."slug" = $1' in sql and '"programmes_modelproject"' in sql
        for sql in statements
    ), statements
    # Nothing that reads the search index, though the list searched three times.
    assert not [sql for sql in statements if "search_search" in sql]
    # The connection prepares again after a search query.
    assert connection.connection.prepare_threshold == 2
