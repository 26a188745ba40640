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
