"""The worked example of docs/filterable-lists.md ("Adding a sixth database"), followed:
a test app that declares one more database in its own files (``core/tests/exampledb``)
appears in the menu, the lists' contract, the site search, the sitemap, the API and the
feeds, with nothing edited outside the app but ``INSTALLED_APPS``.

Installing it here would change the menu, the sitemap and the API for every other test,
so its checks (``core/tests/exampledb/checks_exampledb.py``) run in a pytest of their own,
with ``smartcity.settings.test_exampledb`` and on SQLite (an in-memory test database, so
that it never meets the PostgreSQL test databases of this run).
"""

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "core" / "tests" / "exampledb"
CHECKS = APP / "checks_exampledb.py"
# The checks of checks_exampledb.py, counted with their parameters: 19 of its own and 14
# of the filterable lists' contract.
EXPECTED_CHECKS = 35


def compiled_catalogue():
    """Compile the app's German catalogue when it is missing or older than its source,
    as ``make messages`` does for every app (the .mo files are not kept in git)."""
    po = APP / "locale" / "de" / "LC_MESSAGES" / "django.po"
    mo = po.with_suffix(".mo")
    if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
        subprocess.run(["msgfmt", "--check-format", "-o", str(mo), str(po)], check=True)


def test_a_sixth_database_appears_everywhere_from_its_declaration():
    compiled_catalogue()
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE") and not name.startswith("PYTEST_")
    }
    env["DJANGO_SETTINGS_MODULE"] = "smartcity.settings.test_exampledb"
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-n",
        "0",
        "-p",
        "no:randomly",
        "-p",
        "no:cacheprovider",
        "-o",
        "python_files=checks_*.py",
        str(CHECKS.relative_to(ROOT)),
    ]
    run = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=900, check=False
    )
    output = run.stdout + run.stderr
    assert run.returncode == 0, output
    summary = output.strip().splitlines()[-1]
    passed = re.search(r"(\d+) passed", summary)
    assert passed is not None, output
    assert int(passed.group(1)) == EXPECTED_CHECKS, output
    assert not re.search(r"\d+ (failed|skipped|error|errors|xfailed|xpassed)\b", summary), output
