"""Helpers for the tests of every app: plain functions and classes, no fixtures.

* ``db``: the content snapshot that transactional tests (live server, browser) start from,
  and the clean-up of PostgreSQL sessions before the test database is dropped.
* ``browser``: starting Debian's Chromium through Playwright, a fresh tab, axe-core checks.
* ``lists``: addresses and results of a filterable list, for the apps' list tests.

The root ``conftest.py`` holds the pytest hooks and the fixtures, which call these; an app's
own builders stay in its ``tests/`` package.
"""
