"""The test database: which tests are transactional, the snapshot of the content loaded at
set-up that they start from, and the end of other PostgreSQL sessions."""

from contextlib import contextmanager


def is_transactional(item):
    """Whether the pytest ``item`` runs outside a transaction (live server, browser,
    ``transaction=True``): it ends with a flush of the whole database."""
    marker = item.get_closest_marker("django_db")
    if marker is not None and (
        marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences")
    ):
        return True
    fixtures = getattr(item, "fixturenames", ())
    return "live_server" in fixtures or "transactional_db" in fixtures


class ContentSnapshot:
    """The database contents after set-up, restored after each transactional test.

    Django's serialized rollback saves the objects one by one (an UPDATE, then an INSERT,
    with signals): seconds per test for a Wagtail site. This keeps the deserialized
    objects and writes them back with one INSERT per model and batch, no signals.
    """

    def __init__(self, connection):
        from django.core import serializers

        self.data = connection.creation.serialize_db_to_string()
        # True while the database holds exactly the snapshot (outside transactional tests;
        # other tests roll back).
        self.in_place = True
        self.objects = {}  # model -> instances, in serialization order
        self.m2m_rows = {}  # auto-created through model -> instances
        for item in serializers.deserialize("json", self.data, using=connection.alias):
            instance = item.object
            model = type(instance)
            self.objects.setdefault(model, []).append(instance)
            for name, targets in (item.m2m_data or {}).items():
                field = model._meta.get_field(name)
                through = field.remote_field.through
                source = through._meta.get_field(field.m2m_field_name()).attname
                target = through._meta.get_field(field.m2m_reverse_field_name()).attname
                self.m2m_rows.setdefault(through, []).extend(
                    through(**{source: instance.pk, target: pk}) for pk in targets
                )

    def restore(self, connection):
        from django.apps import apps
        from django.contrib.contenttypes.models import ContentType
        from django.core.management import call_command
        from django.core.management.color import no_style
        from django.db import transaction

        alias = connection.alias
        self.in_place = False
        # Normally the test's own teardown has just flushed (a flush that ran post_migrate
        # would have left new content types).
        if ContentType.objects.using(alias).exists():
            call_command(
                "flush",
                database=alias,
                interactive=False,
                inhibit_post_migrate=True,
                reset_sequences=False,
                verbosity=0,
            )
        with transaction.atomic(using=alias):
            for model, instances in self.objects.items():
                manager = model._base_manager.using(alias)
                # Rows a database trigger already wrote (e.g. Wagtail's SQLite FTS index).
                present = set(manager.values_list("pk", flat=True))
                if present:
                    instances = [obj for obj in instances if obj.pk not in present]
                fields = model._meta.local_concrete_fields
                size = max(1, connection.ops.bulk_batch_size(fields, instances))
                for start in range(0, len(instances), size):
                    manager._insert(instances[start : start + size], fields=fields, raw=True)
            for through, rows in self.m2m_rows.items():
                through._base_manager.using(alias).bulk_create(rows)
            # The rows came back with their ids: new rows must get ids after them.
            with connection.cursor() as cursor:
                for statement in connection.ops.sequence_reset_sql(no_style(), apps.get_models()):
                    cursor.execute(statement)
        self.in_place = True


def snapshot_databases():
    """A ``ContentSnapshot`` of every database connected so far, by alias."""
    from django.db import connections

    return {
        connection.alias: ContentSnapshot(connection)
        for connection in connections.all(initialized_only=True)
    }


@contextmanager
def restore_snapshots_in_transactional_tests(snapshots):
    """Make TransactionTestCase(serialized_rollback=True) restore ``snapshots`` (by alias).

    Django restores serialized content when a transactional test starts and leaves the
    database flushed when it ends; a test without a transaction of its own that runs next
    would find no content. Here the snapshot goes back at the end, right after the flush,
    and at the start only if it is not in place (the end of the last one failed).

    Patched on the classes, not on the connection objects: Playwright's sync API runs the
    test in a greenlet with its own context, where Django hands out new connection objects.
    """
    from django.db import connections
    from django.test import TransactionTestCase

    teardown = TransactionTestCase.__dict__["_fixture_teardown"]

    def fixture_teardown(self):
        teardown(self)  # the flush
        if self.serialized_rollback:
            for alias in self._databases_names(include_mirrors=False):
                snapshot = snapshots.get(alias)
                if snapshot is not None:
                    snapshot.restore(connections[alias])

    patched = []
    for alias in snapshots:
        connection = connections[alias]
        wrapper, creation = type(connection), type(connection.creation)
        if any(creation is done for _, done, _ in patched):
            continue
        original = creation.deserialize_db_from_string
        own = creation.__dict__.get("deserialize_db_from_string")

        def deserialize(self, data, _original=original):
            snapshot = snapshots.get(self.connection.alias)
            if snapshot is None:
                return _original(self, data)
            if not snapshot.in_place:
                snapshot.restore(self.connection)
            snapshot.in_place = False  # the test may change anything from here on

        creation.deserialize_db_from_string = deserialize
        # Django only restores when the connection has this attribute.
        wrapper._test_serialized_contents = ""
        patched.append((wrapper, creation, own))
    if snapshots:
        TransactionTestCase._fixture_teardown = fixture_teardown
    try:
        yield
    finally:
        TransactionTestCase._fixture_teardown = teardown
        for wrapper, creation, own in patched:
            if own is None:
                del creation.deserialize_db_from_string
            else:
                creation.deserialize_db_from_string = own
            del wrapper._test_serialized_contents


def end_other_sessions():
    """End the test database's other PostgreSQL sessions before it is dropped.

    A request thread of the session-wide live server can still hold a connection when
    the session ends; the database then cannot be dropped ("is being accessed by other
    users") and stays behind until the next run recreates it."""
    from django.db import connections

    for connection in connections.all():
        if connection.vendor != "postgresql":
            continue
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
