"""Search queries are planned for their words, whatever the connection prepares.

With prepared statements (``DB_PREPARED_STATEMENTS``), parameters are bound by the server
and PostgreSQL plans a repeated query once for any parameters after a few runs. That
suits the site's other queries, whose plan does not depend on the values, and saves
most of their planning time. A search's best plan depends on its words: a rare word is
read from the GIN index, a word in a third of all records is not. Queries that read the
search index are therefore sent as they were before, with their values written into the
SQL (as client-side binding does) and unprepared, and PostgreSQL plans each of them for
its own words. Bound by the server but unprepared, the ranking of a broad word still
took a fifth longer at 100,000 measures.
"""

from django.db.backends.signals import connection_created

from .models import SearchEntry, SearchTerm

SEARCH_TABLES = tuple(f'"{model._meta.db_table}"' for model in (SearchEntry, SearchTerm))


def unprepared_search_queries(execute, sql, params, many, context):
    """An execute wrapper: search queries with their values in the SQL, unprepared."""
    raw = context["connection"].connection
    if many or raw is None or raw.prepare_threshold is None:
        return execute(sql, params, many, context)
    if not any(table in sql for table in SEARCH_TABLES):
        return execute(sql, params, many, context)
    if params:
        sql, params = context["connection"].ops.compose_sql(sql, params), None
    threshold, raw.prepare_threshold = raw.prepare_threshold, None
    try:
        return execute(sql, params, many, context)
    finally:
        raw.prepare_threshold = threshold


def install(sender, connection, **kwargs):
    if connection.vendor != "postgresql":
        return
    if unprepared_search_queries not in connection.execute_wrappers:
        connection.execute_wrappers.append(unprepared_search_queries)


def connect():
    connection_created.connect(install, dispatch_uid="search_unprepared_queries")
