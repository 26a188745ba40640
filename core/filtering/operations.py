"""Migration operations that only apply to PostgreSQL.

Full-text GIN expression indexes exist only on PostgreSQL; SQLite (development, quick
tests) has neither the index type nor ``to_tsvector``. These operations leave the
model state alone, so ``makemigrations`` never tries to add or drop them.
"""

from django.db import migrations


class AddPostgresIndex(migrations.operations.base.Operation):
    """Create ``index`` (e.g. a ``GinIndex`` over a ``SearchVector``) on PostgreSQL only.

    The index is built from the same Django expressions the queries use, so the SQL
    matches what the planner needs to pick it.
    """

    reversible = True
    reduces_to_sql = True

    def __init__(self, model_name, index):
        self.model_name = model_name
        self.index = index

    def state_forwards(self, app_label, state):
        pass

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor != "postgresql":
            return
        model = to_state.apps.get_model(app_label, self.model_name)
        if self.allow_migrate_model(schema_editor.connection.alias, model):
            schema_editor.add_index(model, self.index)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor != "postgresql":
            return
        model = from_state.apps.get_model(app_label, self.model_name)
        if self.allow_migrate_model(schema_editor.connection.alias, model):
            schema_editor.remove_index(model, self.index)

    def describe(self):
        return f"Create index {self.index.name} on {self.model_name} (PostgreSQL only)"

    @property
    def migration_name_fragment(self):
        return self.index.name.lower()

    def deconstruct(self):
        return (self.__class__.__name__, [], {"model_name": self.model_name, "index": self.index})


class AddSearchVectorTrigger(migrations.operations.base.Operation):
    """Keep stored ``tsvector`` columns up to date with a trigger (PostgreSQL only).

    ``vectors`` maps each column to its text search configuration and weighted source
    columns, e.g. ``{"search_de": ("german", {"title_de": "A", "summary_de": "B"})}``.
    The columns themselves are ordinary model fields (``SearchVectorField(null=True)``);
    this operation adds the trigger that fills them on every insert and update (bulk
    inserts included) and fills the existing rows. Ranking then reads the stored vectors
    instead of parsing every matching text again. Elsewhere the columns stay empty.
    """

    reversible = True
    reduces_to_sql = True

    def __init__(self, model_name, vectors):
        self.model_name = model_name
        self.vectors = vectors

    def state_forwards(self, app_label, state):
        pass

    def _names(self, model):
        table = model._meta.db_table
        return table, f"{table}_search_vector_update"

    def _expression(self, schema_editor, config, columns, prefix):
        quote = schema_editor.quote_name
        parts = [
            f"setweight(to_tsvector({schema_editor.quote_value(config)}::regconfig, "
            f"coalesce({prefix}{quote(column)}::text, '')), {schema_editor.quote_value(weight)})"
            for column, weight in columns.items()
        ]
        return " || ".join(parts)

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor != "postgresql":
            return
        model = to_state.apps.get_model(app_label, self.model_name)
        if not self.allow_migrate_model(schema_editor.connection.alias, model):
            return
        quote = schema_editor.quote_name
        table, function = self._names(model)
        assignments = "\n".join(
            f"  NEW.{quote(target)} := {self._expression(schema_editor, config, cols, 'NEW.')};"
            for target, (config, cols) in self.vectors.items()
        )
        schema_editor.execute(
            f"CREATE OR REPLACE FUNCTION {quote(function)}() RETURNS trigger AS $$\n"
            f"BEGIN\n{assignments}\n  RETURN NEW;\nEND\n$$ LANGUAGE plpgsql"
        )
        schema_editor.execute(
            f"CREATE TRIGGER {quote(function)} BEFORE INSERT OR UPDATE ON {quote(table)} "
            f"FOR EACH ROW EXECUTE FUNCTION {quote(function)}()"
        )
        fill = ", ".join(
            f"{quote(target)} = {self._expression(schema_editor, config, cols, '')}"
            for target, (config, cols) in self.vectors.items()
        )
        schema_editor.execute(f"UPDATE {quote(table)} SET {fill}")

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor != "postgresql":
            return
        model = from_state.apps.get_model(app_label, self.model_name)
        if not self.allow_migrate_model(schema_editor.connection.alias, model):
            return
        quote = schema_editor.quote_name
        table, function = self._names(model)
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {quote(function)} ON {quote(table)}")
        schema_editor.execute(f"DROP FUNCTION IF EXISTS {quote(function)}()")

    def describe(self):
        return f"Search vector trigger on {self.model_name} (PostgreSQL only)"

    @property
    def migration_name_fragment(self):
        return f"{self.model_name.lower()}_search_trigger"

    def deconstruct(self):
        return (
            self.__class__.__name__,
            [],
            {"model_name": self.model_name, "vectors": self.vectors},
        )


class RemovePostgresIndex(AddPostgresIndex):
    """The reverse of ``AddPostgresIndex``: drop ``index`` on PostgreSQL only."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        super().database_backwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        super().database_forwards(app_label, schema_editor, from_state, to_state)

    def describe(self):
        return f"Drop index {self.index.name} on {self.model_name} (PostgreSQL only)"

    @property
    def migration_name_fragment(self):
        return f"remove_{self.index.name.lower()}"
