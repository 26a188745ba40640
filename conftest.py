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

Only hooks and fixtures live here; the helpers they call (the content snapshot, Chromium,
axe-core) are in ``core.testing``, and each app's builders in its own ``tests/``.
"""

import logging
from io import StringIO

import pytest

from core.testing.browser import axe_checker, desktop_tab, launch_chromium
from core.testing.db import (
    end_other_sessions,
    is_transactional,
    restore_snapshots_in_transactional_tests,
    snapshot_databases,
)

# Test modules shared by several apps' tests: plain asserts there report their values too.
pytest.register_assert_rewrite("smartcity.tests.snippet_workflow")


def pytest_collection_modifyitems(config, items):
    """Every transactional test (live server, browser) starts from the loaded content.

    A transactional test ends with a flush of the whole database. With serialized rollback
    the snapshot taken after ``load_demo_content`` is written back after the flush instead of
    leaving an empty site. Mixing both kinds would also clash on content type ids, so all
    use it.
    """
    for item in items:
        if not is_transactional(item):
            continue
        marker = item.get_closest_marker("django_db")
        kwargs = dict(marker.kwargs) if marker is not None else {}
        if kwargs.get("serialized_rollback"):
            continue
        kwargs.update(transaction=True, serialized_rollback=True)
        item.add_marker(pytest.mark.django_db(**kwargs), append=False)


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

    from core import memo, pagecache

    translation.activate(settings.LANGUAGE_CODE)
    memo.forget()
    pagecache.forget_generation()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, request):
    """Create the test database as usual, then load the site's content into it once."""
    from django.core.management import call_command

    with django_db_blocker.unblock():
        call_command("load_demo_content", stdout=StringIO())
        snapshots = {}
        if any(is_transactional(item) for item in request.session.items):
            snapshots = snapshot_databases()
    with restore_snapshots_in_transactional_tests(snapshots):
        yield
    with django_db_blocker.unblock():
        end_other_sessions()


@pytest.fixture
def site_pages(db):
    """The demo page tree: {"de": {key: page}, "en": {key: page}} by demo key.

    Keys are those of ``smartcity.demo.pages`` (home, initiatives, mpsc, kts, research,
    dialogue-platform, iscn, connected-in-europe, about, stufenplan, imprint, privacy,
    accessibility, easy-language, sign-language).
    """
    from wagtail.models import Locale, Page

    from core.demo.images import ensure_images
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
    with launch_chromium() as chromium:
        yield chromium


@pytest.fixture
def page(browser, live_server):
    """A fresh browser tab (own cookies and storage) at desktop size."""
    with desktop_tab(browser, live_server.url) as tab:
        yield tab


@pytest.fixture
def axe():
    """``axe(page)`` runs axe-core's WCAG 2.1 A/AA rules on the loaded page and fails the
    test with a readable list of violations (rule, help text, offending elements)."""
    return axe_checker()
