"""Test settings with a sixth database installed: the living labs of
``core/tests/exampledb``, the worked example of docs/filterable-lists.md. Only the checks
in ``core/tests/exampledb/checks_exampledb.py`` run with it (started by
``core/tests/test_sixth_database.py``); every other test sees the five real databases."""

from .test import *  # noqa: F403
from .test import INSTALLED_APPS

# The one line outside the app: install it.
INSTALLED_APPS = [*INSTALLED_APPS, "core.tests.exampledb"]
