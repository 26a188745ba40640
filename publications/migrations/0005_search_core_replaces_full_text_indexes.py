"""The search core (search app) indexes publications now: drop the full-text GIN indexes of
migration 0002/0003 (PostgreSQL only; SQLite never had them)."""

from django.db import migrations


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for language in ("de", "en"):
            schema_editor.execute(f"DROP INDEX IF EXISTS publication_search_{language}")


class Migration(migrations.Migration):
    dependencies = [("publications", "0004_workflow_and_locking")]

    operations = [migrations.RunPython(drop, migrations.RunPython.noop, elidable=True)]
