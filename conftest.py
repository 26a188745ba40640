"""Fixtures shared by every app's tests.

* The test database is filled once per session with ``load_demo_content`` (the page tree in
  both languages plus whatever data the other apps load). Tests marked ``django_db`` run in
  a transaction on top of it and see the whole site; ``site_pages`` gives them the pages.
* With pytest-xdist (``make test`` runs ``-n 2``) each worker is a session of its own: its
  own test database (``test_<name>_gw0``, ``test_<name>_gw1``, …) with the content loaded
  once, its own in-memory cache and its own Chromium. Tests must not depend on each other's
  order or on how fast the machine is.
* Browser tests (``@pytest.mark.browser``) share one Chromium per session (``browser``),
  get a fresh page each (``page``) and check pages with axe-core (``axe``). They run
  against pytest-django's ``live_server``, which flushes the database after each test;
  the content loaded at set-up is written back from a snapshot right after the flush, so
  whatever test comes next (with xdist, tests of any kind follow each other) finds it.
"""

import logging
import os
import shutil
from contextlib import contextmanager
from io import StringIO
from pathlib import Path

import pytest

# Test modules shared by several apps' tests: plain asserts there report their values too.
pytest.register_assert_rewrite("smartcity.tests.snippet_workflow")

BASE_DIR = Path(__file__).resolve().parent
CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
AXE_JS = BASE_DIR / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# Generous: on a busy machine (two test workers, other jobs) an admin page may take seconds.
# A passing test waits only as long as the page needs.
BROWSER_TIMEOUT_MS = 30_000
EXPECT_TIMEOUT_MS = 15_000


def _is_transactional(item):
    marker = item.get_closest_marker("django_db")
    if marker is not None and (
        marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences")
    ):
        return True
    fixtures = getattr(item, "fixturenames", ())
    return "live_server" in fixtures or "transactional_db" in fixtures


def pytest_collection_modifyitems(config, items):
    """Every transactional test (live server, browser) starts from the loaded content.

    A transactional test ends with a flush of the whole database. With serialized rollback
    the snapshot taken after ``load_demo_content`` is written back after the flush instead of
    leaving an empty site. Mixing both kinds would also clash on content type ids, so all
    use it.
    """
    for item in items:
        if not _is_transactional(item):
            continue
        marker = item.get_closest_marker("django_db")
        kwargs = dict(marker.kwargs) if marker is not None else {}
        if kwargs.get("serialized_rollback"):
            continue
        kwargs.update(transaction=True, serialized_rollback=True)
        item.add_marker(pytest.mark.django_db(**kwargs), append=False)


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


@pytest.fixture(scope="session", autouse=True)
def _quiet_content_logs():
    """Publishing a page logs a dozen INFO lines (tasks, page events); keep failures readable."""
    for name in ("django_tasks", "wagtail", "wagtail.contrib.redirects"):
        logging.getLogger(name).setLevel(logging.WARNING)


@pytest.fixture(autouse=True)
def _fresh_process_state():
    """What one test leaves in the process does not reach the next: the active language,
    and memos built from content that the test's rollback has since removed."""
    yield
    from django.conf import settings
    from django.utils import translation

    from smartcity import memo, pagecache

    translation.activate(settings.LANGUAGE_CODE)
    memo.forget()
    pagecache.forget_generation()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, request):
    """Create the test database as usual, then load the site's content into it once."""
    from django.core.management import call_command
    from django.db import connections

    with django_db_blocker.unblock():
        call_command("load_demo_content", stdout=StringIO())
        snapshots = {}
        if any(_is_transactional(item) for item in request.session.items):
            for connection in connections.all(initialized_only=True):
                snapshots[connection.alias] = ContentSnapshot(connection)
    with restore_snapshots_in_transactional_tests(snapshots):
        yield
    with django_db_blocker.unblock():
        _end_other_sessions()


def _end_other_sessions():
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


@pytest.fixture
def site_pages(db):
    """The demo page tree: {"de": {key: page}, "en": {key: page}} by demo key.

    Keys are those of ``smartcity.demo.pages`` (home, initiatives, mpsc, kts, research,
    dialogue-platform, iscn, connected-in-europe, about, stufenplan, imprint, privacy,
    accessibility, easy-language, sign-language).
    """
    from wagtail.models import Locale, Page

    from smartcity.demo.images import ensure_images
    from smartcity.demo.pages import page_tree
    from smartcity.models import HomePage

    assert HomePage.objects.exists(), "the content loaded at set-up is missing"
    locales = {code: Locale.objects.get(language_code=code) for code in ("de", "en")}
    pages = {"de": {}, "en": {}}
    parents = {}
    for spec in page_tree(ensure_images()):
        if spec["key"] == "home":
            page = HomePage.objects.get(locale=locales["de"])
        else:
            parent = parents[spec["parent"]]
            page = Page.objects.child_of(parent).get(slug=spec["slug"]["de"]).specific
        parents[spec["key"]] = page
        pages["de"][spec["key"]] = page
        pages["en"][spec["key"]] = page.get_translation(locales["en"]).specific
    return pages


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole session (Debian's package; nothing downloaded)."""
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"Chromium not found at {CHROMIUM}; install Debian's chromium package "
            "(make browser) or set CHROMIUM_PATH."
        )
    # Playwright's sync API runs an event loop in this thread; Django would otherwise
    # refuse database access from the test body.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=EXPECT_TIMEOUT_MS)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, live_server):
    """A fresh browser tab (own cookies and storage) at desktop size."""
    context = browser.new_context(
        viewport={"width": 1280, "height": 900},
        locale="de-DE",
        base_url=live_server.url,
        service_workers="block",
    )
    context.set_default_timeout(BROWSER_TIMEOUT_MS)
    tab = context.new_page()
    yield tab
    context.close()


def format_axe_violations(url, violations):
    lines = [f"axe-core found {len(violations)} violation(s) on {url}:"]
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        lines.append(f"  {violation['helpUrl']}")
        for node in violation["nodes"][:10]:
            target = " ".join(str(part) for part in node["target"])
            lines.append(f"    {target}: {node.get('failureSummary', '').splitlines()[-1:]}")
        if len(violation["nodes"]) > 10:
            lines.append(f"    … and {len(violation['nodes']) - 10} more")
    return "\n".join(lines)


@pytest.fixture
def axe():
    """``axe(page)`` runs axe-core's WCAG 2.1 A/AA rules on the loaded page and fails the
    test with a readable list of violations (rule, help text, offending elements)."""
    if not AXE_JS.exists():
        pytest.fail(f"{AXE_JS} is missing; run `npm ci` (make assets).")

    source = AXE_JS.read_text(encoding="utf-8")

    def check(tab):
        # The site's CSP (script-src 'self') blocks an injected <script> element
        # (add_script_tag); evaluating through the DevTools protocol is not affected.
        if not tab.evaluate("typeof window.axe !== 'undefined'"):
            tab.evaluate(source)
        result = tab.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
        )
        violations = result["violations"]
        if violations:
            pytest.fail(format_axe_violations(tab.url, violations), pytrace=False)
        return result

    return check
