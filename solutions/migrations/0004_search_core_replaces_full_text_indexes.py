"""The search core (search app) indexes solutions now: drop the full-text GIN indexes of
migration 0002/0003 (PostgreSQL only; SQLite never had them)."""

from django.db import migrations


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for language in ("de", "en"):
            schema_editor.execute(f"DROP INDEX IF EXISTS solution_search_{language}")


class Migration(migrations.Migration):
    dependencies = [("solutions", "0003_workflow_and_locking")]

    operations = [migrations.RunPython(drop, migrations.RunPython.noop, elidable=True)]
