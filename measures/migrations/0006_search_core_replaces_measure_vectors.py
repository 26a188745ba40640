"""The search core (search app) indexes measures now: drop the measure table's own
search vectors, their trigger and the GIN indexes (PostgreSQL only; SQLite never had
them)."""

from django.db import migrations

DROP = [
    'DROP TRIGGER IF EXISTS "measures_measure_search_vector_update" ON "measures_measure"',
    'DROP FUNCTION IF EXISTS "measures_measure_search_vector_update"()',
    "DROP INDEX IF EXISTS measure_vector_de",
    "DROP INDEX IF EXISTS measure_vector_en",
    "DROP INDEX IF EXISTS measure_search_de",
    "DROP INDEX IF EXISTS measure_search_en",
]


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in DROP:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("measures", "0005_parental_many_to_many")]

    operations = [
        migrations.RunPython(drop, migrations.RunPython.noop, elidable=True),
        migrations.RemoveField(model_name="measure", name="search_de"),
        migrations.RemoveField(model_name="measure", name="search_en"),
    ]
