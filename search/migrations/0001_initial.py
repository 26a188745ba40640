from django.db import migrations, models

# The tokens are matched only; ranking reads terms_a/terms_b, so the vector keeps no
# positions or weights (strip), which halves its size.
PG_FORWARD = [
    """
    ALTER TABLE search_searchentry ADD COLUMN document tsvector GENERATED ALWAYS AS (
        strip(to_tsvector('simple'::regconfig, terms_a || ' ' || terms_b || ' ' || terms_c))
    ) STORED
    """,
    "CREATE INDEX search_entry_document ON search_searchentry USING gin (document)",
    "CREATE INDEX search_term_prefix ON search_searchterm (language, token text_pattern_ops)",
]
PG_BACKWARD = [
    "DROP INDEX IF EXISTS search_term_prefix",
    "DROP INDEX IF EXISTS search_entry_document",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS document",
]
SQLITE_FORWARD = [
    """
    CREATE VIRTUAL TABLE search_entry_fts USING fts5(
        terms_a, terms_b, terms_c, content='search_searchentry', content_rowid='id',
        tokenize='unicode61 remove_diacritics 0'
    )
    """,
    """
    CREATE TRIGGER search_entry_fts_insert AFTER INSERT ON search_searchentry BEGIN
        INSERT INTO search_entry_fts(rowid, terms_a, terms_b, terms_c)
        VALUES (new.id, new.terms_a, new.terms_b, new.terms_c);
    END
    """,
    """
    CREATE TRIGGER search_entry_fts_delete AFTER DELETE ON search_searchentry BEGIN
        INSERT INTO search_entry_fts(search_entry_fts, rowid, terms_a, terms_b, terms_c)
        VALUES ('delete', old.id, old.terms_a, old.terms_b, old.terms_c);
    END
    """,
    """
    CREATE TRIGGER search_entry_fts_update AFTER UPDATE ON search_searchentry BEGIN
        INSERT INTO search_entry_fts(search_entry_fts, rowid, terms_a, terms_b, terms_c)
        VALUES ('delete', old.id, old.terms_a, old.terms_b, old.terms_c);
        INSERT INTO search_entry_fts(rowid, terms_a, terms_b, terms_c)
        VALUES (new.id, new.terms_a, new.terms_b, new.terms_c);
    END
    """,
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS search_entry_fts_update",
    "DROP TRIGGER IF EXISTS search_entry_fts_delete",
    "DROP TRIGGER IF EXISTS search_entry_fts_insert",
    "DROP TABLE IF EXISTS search_entry_fts",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    initial = True
    dependencies = []

    operations = [
        migrations.CreateModel(
            name="SearchEntry",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("kind", models.CharField(max_length=32)),
                ("object_id", models.BigIntegerField()),
                ("language", models.CharField(max_length=8)),
                ("title", models.TextField()),
                ("title_norm", models.TextField()),
                ("summary", models.TextField(blank=True)),
                ("url", models.CharField(max_length=500)),
                ("date", models.DateField(blank=True, null=True)),
                ("terms_a", models.TextField()),
                ("terms_b", models.TextField()),
                ("terms_c", models.TextField()),
            ],
            options={
                "verbose_name": "search entry",
                "verbose_name_plural": "search entries",
                "indexes": [models.Index(fields=["language", "title_norm"], name="search_entry_title")],
                "constraints": [
                    models.UniqueConstraint(fields=("kind", "language", "object_id"), name="search_entry_unique")
                ],
            },
        ),
        migrations.CreateModel(
            name="SearchTerm",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("language", models.CharField(max_length=8)),
                ("token", models.CharField(max_length=100)),
                ("word", models.CharField(blank=True, max_length=100)),
                ("frequency", models.PositiveIntegerField(default=0)),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(fields=("language", "token"), name="search_term_unique")
                ],
            },
        ),
        migrations.RunPython(
            _run({"postgresql": PG_FORWARD, "sqlite": SQLITE_FORWARD}),
            _run({"postgresql": PG_BACKWARD, "sqlite": SQLITE_BACKWARD}),
        ),
    ]
