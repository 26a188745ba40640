"""Checks that need no database: the 500 handler and the production settings."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import RequestFactory
from django.utils import translation

from smartcity import urls, views

from .test_site import Doc, links_in

BASE_DIR = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("path", "lang", "heading"),
    [
        ("/en/initiatives/broken/", "en", "Something went wrong on our side"),
        ("/de/initiativen/kaputt/", "de", "Bei uns ist ein Fehler aufgetreten"),
        # Without a language prefix the active language (set by LocaleMiddleware) counts.
        ("/", "de", "Bei uns ist ein Fehler aufgetreten"),
    ],
)
def test_500_handler_renders_layout_without_database(path, lang, heading):
    # pytest-django blocks every query in this test; the handler would fall back to its
    # bare text if rendering touched the database, so the checks below would fail.
    request = RequestFactory().get(path)
    with translation.override("de"):
        response = views.server_error(request)
    assert response.status_code == 500
    doc = Doc(response.content.decode())
    assert doc.find("html")["attrs"]["lang"] == lang
    assert doc.text(doc.find("h1")) == heading
    assert doc.find("a", href="#main-content") is not None
    assert doc.find("main", id="main-content") is not None
    assert doc.find("header") is not None and doc.find("footer") is not None
    assert [href for href, _ in links_in(doc, doc.find("main"))] == [f"/{lang}/"]


def test_error_handlers_are_wired():
    assert urls.handler500 is views.server_error
    assert urls.handler404 is views.page_not_found
    assert urls.handler400 is views.bad_request


def import_production_settings(**env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_SETTINGS_MODULE"}
    }
    environment.update(env, DJANGO_SETTINGS_MODULE="smartcity.settings.production")
    code = (
        "import django\n"
        "from django.conf import settings\n"
        "django.setup()\n"
        "print('DEBUG', settings.DEBUG, 'HOSTS', ','.join(settings.ALLOWED_HOSTS))\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({}, "SECRET_KEY"),
        ({"ALLOWED_HOSTS": "smartcity.example"}, "SECRET_KEY"),
        ({"SECRET_KEY": "x" * 50}, "ALLOWED_HOSTS"),
        ({"SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": " , "}, "ALLOWED_HOSTS"),
    ],
)
def test_production_settings_refuse_to_start_without_secrets(env, missing):
    result = import_production_settings(**env)
    assert result.returncode != 0, result.stdout
    assert "ImproperlyConfigured" in result.stderr
    assert missing in result.stderr


def test_production_settings_start_with_secret_key_and_hosts():
    result = import_production_settings(
        SECRET_KEY="production-test-" + "x" * 40,
        ALLOWED_HOSTS="smartcity.example, www.smartcity.example",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "DEBUG False HOSTS smartcity.example,www.smartcity.example"
