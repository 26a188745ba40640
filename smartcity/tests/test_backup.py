"""Backup and restore as docs/deployment.md describes them lose nothing.

PostgreSQL: ``pg_dump --format=custom`` of the database with the whole demo content,
``pg_restore`` into an empty database, then every table compared row by row (count and
a digest of the sorted rows). SQLite (the development default): the same comparison
after SQLite's online backup. Media: every file the database refers to lies under
MEDIA_ROOT, so an archive of that folder is the complete media backup.
"""

import hashlib
import shutil
import sqlite3
import subprocess
import uuid

import pytest
from django.core.files.storage import default_storage
from django.db import connection

pytestmark = pytest.mark.django_db


def fingerprints(cursor, quote, tables):
    """{table: (row count, digest of the sorted rows)}."""
    result = {}
    for table in tables:
        cursor.execute(f"SELECT * FROM {quote(table)}")
        rows = sorted(repr(tuple(row)) for row in cursor.fetchall())
        digest = hashlib.sha256("\n".join(rows).encode()).hexdigest()
        result[table] = (len(rows), digest)
    return result


def content_tables():
    return sorted(connection.introspection.table_names())


def assert_same_content(original, restored):
    assert set(restored) == set(original), "tables missing or added"
    differing = [table for table in original if original[table] != restored[table]]
    assert not differing, f"tables that differ after the restore: {differing}"
    # The comparison is meaningful only with content in it.
    for table in ("wagtailcore_page", "measures_measure", "programmes_modelproject"):
        assert original[table][0] > 0, table


def test_backup_and_restore_is_lossless(tmp_path):
    """The procedure of the database in use (PostgreSQL in CI, SQLite by default)."""
    if connection.vendor == "postgresql":
        original, restored = postgresql_round_trip(tmp_path)
    else:
        original, restored = sqlite_round_trip(tmp_path)
    assert_same_content(original, restored)


def postgresql_round_trip(tmp_path):
    if not shutil.which("pg_dump") or not shutil.which("pg_restore"):
        pytest.fail("pg_dump and pg_restore (Debian: postgresql-client) are needed")
    settings = connection.settings_dict
    env = {"PGPASSWORD": settings.get("PASSWORD") or "", "PATH": "/usr/bin:/bin"}
    target = [
        "--host",
        settings.get("HOST") or "127.0.0.1",
        "--port",
        str(settings.get("PORT") or 5432),
        "--username",
        settings["USER"],
    ]
    dump = tmp_path / "backup.dump"
    subprocess.run(
        ["pg_dump", "--format=custom", "--no-owner", f"--file={dump}", *target, settings["NAME"]],
        check=True,
        env=env,
    )
    restored_name = f"{settings['NAME']}_restore_{uuid.uuid4().hex[:8]}"
    import psycopg

    params = {
        "host": settings.get("HOST") or "127.0.0.1",
        "port": settings.get("PORT") or 5432,
        "user": settings["USER"],
        "password": settings.get("PASSWORD") or None,
        "options": "-c TimeZone=UTC",
    }
    # Both sides are read through the same plain driver connection, so values are
    # compared as PostgreSQL returns them (the data loaded at set-up is committed).
    with psycopg.connect(dbname=settings["NAME"], **params) as original_db:
        original = fingerprints(original_db.cursor(), connection.ops.quote_name, content_tables())
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as admin:
        admin.execute(f'CREATE DATABASE "{restored_name}"')
    try:
        subprocess.run(
            ["pg_restore", "--no-owner", "--exit-on-error", f"--dbname={restored_name}"]
            + [*target, str(dump)],
            check=True,
            env=env,
        )
        with psycopg.connect(dbname=restored_name, **params) as restored_db:
            restored = fingerprints(restored_db.cursor(), connection.ops.quote_name, original)
    finally:
        with psycopg.connect(dbname="postgres", autocommit=True, **params) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{restored_name}" WITH (FORCE)')
    return original, restored


def sqlite_round_trip(tmp_path):
    connection.ensure_connection()
    # A plain copy of the live database is the reference: Django's own connection
    # converts values on reading, a plain one returns them as stored.
    original_db = sqlite3.connect(":memory:")
    connection.connection.backup(original_db)
    backup_path = tmp_path / "backup.sqlite3"
    with sqlite3.connect(backup_path) as backup_file:
        connection.connection.backup(backup_file)  # the documented online backup
    restored_db = sqlite3.connect(":memory:")
    with sqlite3.connect(backup_path) as backup_file:
        backup_file.backup(restored_db)  # restore: copy the file back into a database
    tables = content_tables()
    try:
        original = fingerprints(original_db.cursor(), connection.ops.quote_name, tables)
        restored = fingerprints(restored_db.cursor(), connection.ops.quote_name, tables)
    finally:
        original_db.close()
        restored_db.close()
    return original, restored


def test_every_file_the_database_names_is_under_media_root():
    from wagtail.documents.models import Document
    from wagtail.images.models import Image

    names = list(Image.objects.values_list("file", flat=True))
    names += list(Document.objects.values_list("file", flat=True))
    assert names, "the demo content has images and documents"
    missing = [name for name in names if not default_storage.exists(name)]
    assert not missing, f"files missing from MEDIA_ROOT: {missing[:5]}"
