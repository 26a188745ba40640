"""Checks that need no database: the 500 handler, the production settings (secrets,
optional back-ends, ``check --deploy``) and the JSON logs."""

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils import translation

from smartcity import urls, views
from smartcity.logging import JsonFormatter, RequestIdMiddleware, request_id_var

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


# Variables of the production settings that the machine running the tests might have set.
PRODUCTION_VARIABLES = {
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "DJANGO_SETTINGS_MODULE",
    "AWS_STORAGE_BUCKET_NAME",
    "AWS_S3_ENDPOINT_URL",
    "AWS_S3_REGION_NAME",
    "AWS_S3_CUSTOM_DOMAIN",
    "AWS_LOCATION",
    "AWS_QUERYSTRING_AUTH",
    "SEARCH_URL",
    "SEARCH_BACKEND",
    "SEARCH_INDEX_PREFIX",
    "LOG_FORMAT",
    "TRUST_X_FORWARDED_FOR",
    "AXES_FAILURE_LIMIT",
    "AXES_COOLOFF_HOURS",
    "MEASURES_IMPORT_DIR",
    "REDIS_URL",
    "PYTHONPATH",
    # Set by the browser tests for Playwright; `check --deploy` rightly refuses it.
    "DJANGO_ALLOW_ASYNC_UNSAFE",
}
PRINT_DEBUG_AND_HOSTS = (
    "import django\n"
    "from django.conf import settings\n"
    "django.setup()\n"
    "print('DEBUG', settings.DEBUG, 'HOSTS', ','.join(settings.ALLOWED_HOSTS))\n"
)


def import_production_settings(code=PRINT_DEBUG_AND_HOSTS, args=(), path=(), **env):
    """Run ``code`` (or ``manage.py`` with ``args``) in a fresh interpreter with the
    production settings, the environment of the tests less PRODUCTION_VARIABLES, plus
    ``env``; ``path`` goes in front of PYTHONPATH."""
    environment = {
        key: value for key, value in os.environ.items() if key not in PRODUCTION_VARIABLES
    }
    environment.update(env, DJANGO_SETTINGS_MODULE="smartcity.settings.production")
    if path:
        environment["PYTHONPATH"] = os.pathsep.join(str(folder) for folder in path)
    command = [sys.executable, "manage.py", *args] if args else [sys.executable, "-c", code]
    return subprocess.run(
        command,
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


# -- production back-ends, login throttling behind the proxy, logging --------------------

PRODUCTION_ENV = {
    "SECRET_KEY": "production-test-" + "k3y-" * 12,
    "ALLOWED_HOSTS": "smartcity.example",
}


def production_settings(*names, path=(), **env):
    """The named settings as the production settings compute them with ``env``."""
    code = (
        "import json, django\n"
        "from django.conf import settings\n"
        "django.setup()\n"
        f"print(json.dumps({{name: getattr(settings, name, None) for name in {names!r}}},"
        " default=str))\n"
    )
    result = import_production_settings(code, path=path, **{**PRODUCTION_ENV, **env})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def stub_packages(tmp_path):
    """Stand-ins for the optional client packages (the extras "s3" and "search"), which
    the test machine need not have: the settings check that they can be imported, and
    Django creates the default storage while it starts."""
    for name in ("storages", "storages/backends", "opensearchpy", "elasticsearch"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "__init__.py").write_text("")
    (tmp_path / "storages" / "backends" / "s3.py").write_text(
        "from django.core.files.storage import Storage\n\n\n"
        "class S3Storage(Storage):\n"
        "    def __init__(self, **options):\n"
        "        self.options = options\n"
    )
    return tmp_path


def test_production_defaults_without_optional_back_ends():
    values = production_settings(
        "STORAGES",
        "WAGTAILSEARCH_BACKENDS",
        "MIDDLEWARE",
        "LOGGING",
        "AUTHENTICATION_BACKENDS",
        "AXES_FAILURE_LIMIT",
        "AXES_IPWARE_META_PRECEDENCE_ORDER",
        "MEASURES_IMPORT_DIR",
    )
    assert values["STORAGES"]["default"]["BACKEND"].endswith("FileSystemStorage")
    assert (
        values["WAGTAILSEARCH_BACKENDS"]["default"]["BACKEND"] == "wagtail.search.backends.database"
    )
    assert values["MIDDLEWARE"][0] == "smartcity.logging.RequestIdMiddleware"
    assert values["MIDDLEWARE"][-1] == "axes.middleware.AxesMiddleware"
    assert values["AUTHENTICATION_BACKENDS"][0] == "axes.backends.AxesStandaloneBackend"
    assert values["AXES_FAILURE_LIMIT"] == 5
    # X-Forwarded-For is not trusted unless the set-up says a proxy replaces it: a client
    # could otherwise rotate the address it claims and get round the login lockout.
    assert values["AXES_IPWARE_META_PRECEDENCE_ORDER"] == ["REMOTE_ADDR"]
    assert values["LOGGING"]["handlers"]["console"]["formatter"] == "json"
    assert values["LOGGING"]["handlers"]["console"]["stream"] == "ext://sys.stdout"
    assert values["MEASURES_IMPORT_DIR"] is None


def test_production_switches_from_the_environment():
    values = production_settings(
        "AXES_FAILURE_LIMIT",
        "AXES_COOLOFF_TIME",
        "AXES_IPWARE_META_PRECEDENCE_ORDER",
        "LOGGING",
        "MEASURES_IMPORT_DIR",
        AXES_FAILURE_LIMIT="3",
        AXES_COOLOFF_HOURS="0.5",
        TRUST_X_FORWARDED_FOR="1",
        LOG_FORMAT="plain",
        MEASURES_IMPORT_DIR="/srv/shared/imports",
    )
    assert values["AXES_FAILURE_LIMIT"] == 3
    assert values["AXES_COOLOFF_TIME"] == "0:30:00"
    assert values["AXES_IPWARE_META_PRECEDENCE_ORDER"] == ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]
    assert values["LOGGING"]["handlers"]["console"]["formatter"] == "plain"
    assert values["MEASURES_IMPORT_DIR"] == "/srv/shared/imports"


def test_s3_media_storage_when_a_bucket_is_named(stub_packages):
    values = production_settings(
        "STORAGES",
        "CONTENT_SECURITY_POLICY",
        "ADMIN_CONTENT_SECURITY_POLICY",
        path=[stub_packages],
        AWS_STORAGE_BUCKET_NAME="smartcity-media",
        AWS_S3_ENDPOINT_URL="https://s3.example.org",
        AWS_S3_REGION_NAME="eu-central-1",
        AWS_S3_CUSTOM_DOMAIN="media.smartcity.example",
    )
    default = values["STORAGES"]["default"]
    assert default["BACKEND"] == "storages.backends.s3.S3Storage"
    assert default["OPTIONS"]["bucket_name"] == "smartcity-media"
    assert default["OPTIONS"]["endpoint_url"] == "https://s3.example.org"
    assert default["OPTIONS"]["region_name"] == "eu-central-1"
    assert default["OPTIONS"]["custom_domain"] == "media.smartcity.example"
    assert default["OPTIONS"]["file_overwrite"] is False
    assert values["STORAGES"]["staticfiles"]["BACKEND"].startswith("whitenoise.")
    site = values["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]
    assert "https://media.smartcity.example" in site["img-src"]
    assert "https://media.smartcity.example" in site["media-src"]
    assert site["script-src"] == ["'self'"]
    admin = values["ADMIN_CONTENT_SECURITY_POLICY"]["DIRECTIVES"]
    assert "https://media.smartcity.example" in admin["img-src"]


def test_s3_endpoint_without_custom_domain_is_allowed_for_images(stub_packages):
    values = production_settings(
        "CONTENT_SECURITY_POLICY",
        path=[stub_packages],
        AWS_STORAGE_BUCKET_NAME="media",
        AWS_S3_ENDPOINT_URL="https://objects.example.org:9000",
    )
    img_src = values["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["img-src"]
    assert "https://objects.example.org:9000" in img_src
    assert "https://*.objects.example.org:9000" in img_src


@pytest.mark.parametrize(
    ("backend", "expected"),
    [
        (None, "wagtail.search.backends.opensearch3"),
        ("elasticsearch8", "wagtail.search.backends.elasticsearch8"),
    ],
)
def test_search_backend_when_search_url_is_set(stub_packages, backend, expected):
    env = {"SEARCH_URL": "https://search-1.example:9200, https://search-2.example:9200"}
    if backend:
        env["SEARCH_BACKEND"] = backend
    values = production_settings("WAGTAILSEARCH_BACKENDS", path=[stub_packages], **env)
    search = values["WAGTAILSEARCH_BACKENDS"]["default"]
    assert search["BACKEND"] == expected
    assert search["URLS"] == ["https://search-1.example:9200", "https://search-2.example:9200"]
    assert search["INDEX_PREFIX"] == "smartcity_"


@pytest.mark.parametrize(
    ("env", "message", "package"),
    [
        (
            {"SEARCH_URL": "https://search.example", "SEARCH_BACKEND": "solr"},
            "SEARCH_BACKEND",
            None,
        ),
        ({"AWS_STORAGE_BUCKET_NAME": "media"}, '".[s3]"', "storages"),
        ({"SEARCH_URL": "https://search.example"}, '".[search]"', "opensearchpy"),
    ],
)
def test_optional_back_ends_fail_loudly_when_misconfigured(env, message, package, tmp_path):
    # The optional package is missing in the child process even where it is installed:
    # a module of that name in front of the path refuses to import.
    if package:
        (tmp_path / f"{package}.py").write_text('raise ImportError("not installed")\n')
    result = import_production_settings(**PRODUCTION_ENV, path=[tmp_path], **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert message in result.stderr


def check_deploy(**env):
    return import_production_settings(
        args=["check", "--deploy", "--fail-level", "WARNING"], **{**PRODUCTION_ENV, **env}
    )


def test_check_deploy_has_no_warnings_with_production_settings():
    result = check_deploy(SECRET_KEY="q7Vn2-xP0rL9s_Wd4Zk8bT1mJ6yH3cF5gA0eN2uR7iO4wE9tY6")
    assert result.returncode == 0, result.stderr + result.stdout
    assert "System check identified no issues" in result.stdout


def test_check_deploy_has_no_warnings_with_object_storage_and_search(stub_packages):
    result = import_production_settings(
        args=["check", "--deploy", "--fail-level", "WARNING"],
        path=[stub_packages],
        SECRET_KEY="q7Vn2-xP0rL9s_Wd4Zk8bT1mJ6yH3cF5gA0eN2uR7iO4wE9tY6",
        ALLOWED_HOSTS="smartcity.example",
        AWS_STORAGE_BUCKET_NAME="smartcity-media",
        SEARCH_URL="https://search.example:9200",
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert "System check identified no issues" in result.stdout


# -- JSON logs --------------------------------------------------------------------------


def format_record(message="Hallo %s", args=("Welt",), name="smartcity.test", **attributes):
    record = logging.LogRecord(name, logging.WARNING, __file__, 1, message, args, None)
    for key, value in attributes.items():
        setattr(record, key, value)
    return json.loads(JsonFormatter().format(record))


def test_json_formatter_writes_one_object_per_line():
    line = JsonFormatter().format(
        logging.LogRecord("smartcity", logging.INFO, __file__, 1, "zwei\nZeilen", (), None)
    )
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["message"] == "zwei\nZeilen"
    assert entry["level"] == "INFO"
    assert entry["logger"] == "smartcity"
    assert entry["time"].endswith("+00:00")


def test_json_formatter_adds_request_id_extras_and_exceptions():
    token = request_id_var.set("abc123def456")
    try:
        entry = format_record(measure_id=42)
    finally:
        request_id_var.reset(token)
    assert entry["message"] == "Hallo Welt"
    assert entry["request_id"] == "abc123def456"
    assert entry["measure_id"] == 42

    try:
        raise ValueError("kaputt")
    except ValueError:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", (), sys.exc_info())
    entry = json.loads(JsonFormatter().format(record))
    assert "ValueError: kaputt" in entry["exception"]


def test_json_formatter_reads_django_request_records():
    request = RequestFactory().get("/de/massnahmen/")
    request.request_id = "req-0001-abcd"
    entry = format_record(
        "Not Found: %s", ("/de/massnahmen/",), "django.request", request=request, status_code=404
    )
    assert entry["method"] == "GET"
    assert entry["path"] == "/de/massnahmen/"
    assert entry["status"] == 404
    assert entry["request_id"] == "req-0001-abcd"


def test_json_formatter_turns_gunicorn_access_lines_into_fields():
    atoms = {
        "r": "GET /de/?q=1 HTTP/1.1",
        "m": "GET",
        "U": "/de/",
        "q": "q=1",
        "s": "200",
        "B": 5120,
        "D": 12345,
        "h": "10.0.0.2",
        "a": "curl/8",
        "{x-request-id}o": "rid-12345678",
    }
    record = logging.LogRecord("gunicorn.access", logging.INFO, __file__, 1, "%(r)s", (), None)
    record.args = atoms
    entry = json.loads(JsonFormatter().format(record))
    assert entry == {
        "time": entry["time"],
        "level": "INFO",
        "logger": "gunicorn.access",
        "message": "GET /de/?q=1 HTTP/1.1",
        "method": "GET",
        "path": "/de/",
        "query": "q=1",
        "status": 200,
        "bytes": 5120,
        "duration_ms": 12.3,
        "remote_addr": "10.0.0.2",
        "user_agent": "curl/8",
        "request_id": "rid-12345678",
    }


def test_request_id_middleware_keeps_a_valid_id_and_replaces_others():
    seen = []

    def view(request):
        seen.append((request.request_id, request_id_var.get()))
        return HttpResponse("ok")

    middleware = RequestIdMiddleware(view)
    factory = RequestFactory()
    response = middleware(factory.get("/", HTTP_X_REQUEST_ID="0123456789abcdef"))
    assert response["X-Request-ID"] == "0123456789abcdef"
    assert seen[-1] == ("0123456789abcdef", "0123456789abcdef")
    response = middleware(factory.get("/", HTTP_X_REQUEST_ID="<script>"))
    assert response["X-Request-ID"] != "<script>"
    assert len(response["X-Request-ID"]) == 32
    assert request_id_var.get() is None


def test_gunicorn_configuration_loads_and_logs_json(tmp_path):
    code = (
        "import logging, logging.config, runpy\n"
        "config = runpy.run_path('deploy/gunicorn.conf.py')\n"
        "assert config['workers'] >= 2, config['workers']\n"
        "logging.config.dictConfig(config['logconfig_dict'])\n"
        "logging.getLogger('gunicorn.error').info('Booting worker')\n"
    )
    environment = {
        k: v for k, v in os.environ.items() if k not in {"LOG_FORMAT", "WEB_CONCURRENCY"}
    }
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    entry = json.loads(result.stdout.strip())
    assert entry["logger"] == "gunicorn.error"
    assert entry["message"] == "Booting worker"


def test_redis_serves_pages_and_renditions_and_fails_open():
    values = production_settings(
        "CACHES", "PAGE_CACHE_SECONDS", REDIS_URL="redis://cache.internal:6379/0"
    )
    caches = values["CACHES"]
    assert set(caches) == {"default", "renditions"}
    assert caches["default"]["BACKEND"] == "smartcity.cache.FailOpenRedisCache"
    # A subclass that also fails open (smartcity/tests/test_cache.py).
    assert caches["renditions"]["BACKEND"] == "smartcity.cache.RenditionCache"
    for cache in caches.values():
        assert cache["LOCATION"] == "redis://cache.internal:6379/0"
    assert caches["default"]["KEY_PREFIX"] != caches["renditions"]["KEY_PREFIX"]
    assert values["PAGE_CACHE_SECONDS"] == 600


def test_a_cdn_in_front_is_purged_on_publish_when_configured():
    values = production_settings("INSTALLED_APPS", "WAGTAILFRONTENDCACHE")
    assert "wagtail.contrib.frontend_cache" not in values["INSTALLED_APPS"]
    values = production_settings(
        "INSTALLED_APPS",
        "WAGTAILFRONTENDCACHE",
        FRONTEND_CACHE_PURGE_URL="http://varnish.internal:6081",
    )
    assert "wagtail.contrib.frontend_cache" in values["INSTALLED_APPS"]
    backend = values["WAGTAILFRONTENDCACHE"]["cdn"]
    assert backend["LOCATION"] == "http://varnish.internal:6081"


def test_mail_goes_to_the_configured_relay_or_nowhere():
    values = production_settings("EMAIL_BACKEND")
    assert values["EMAIL_BACKEND"] == "django.core.mail.backends.dummy.EmailBackend"
    values = production_settings(
        "EMAIL_BACKEND",
        "EMAIL_HOST",
        "EMAIL_PORT",
        "EMAIL_USE_TLS",
        "DEFAULT_FROM_EMAIL",
        "WAGTAILADMIN_NOTIFICATION_FROM_EMAIL",
        EMAIL_HOST="mail.internal",
        EMAIL_PORT="25",
        EMAIL_USE_TLS="0",
        DEFAULT_FROM_EMAIL="Smart City Dialog <redaktion@example.org>",
    )
    assert values["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert (values["EMAIL_HOST"], values["EMAIL_PORT"], values["EMAIL_USE_TLS"]) == (
        "mail.internal",
        25,
        False,
    )
    assert values["WAGTAILADMIN_NOTIFICATION_FROM_EMAIL"] == values["DEFAULT_FROM_EMAIL"]


def test_the_shipped_compose_set_up_trusts_its_own_nginx():
    """compose.yaml puts nginx (which replaces X-Forwarded-For) in front of the app."""
    compose = (Path(settings.BASE_DIR) / "compose.yaml").read_text(encoding="utf-8")
    assert 'TRUST_X_FORWARDED_FOR: "1"' in compose
    proxy = (Path(settings.BASE_DIR) / "deploy" / "nginx" / "proxy.conf").read_text()
    assert "proxy_set_header X-Forwarded-For $remote_addr;" in proxy


def test_postgresql_connections_get_planner_settings(monkeypatch):
    """Every PostgreSQL connection is opened with the SSD page cost and without JIT
    compilation (docs/deployment.md: DB_RANDOM_PAGE_COST, DB_JIT)."""
    import importlib

    import smartcity.settings.base as base

    monkeypatch.setenv("DATABASE_URL", "postgres://user:secret@db.example:5432/portal")
    monkeypatch.delenv("DB_JIT", raising=False)
    monkeypatch.delenv("DB_RANDOM_PAGE_COST", raising=False)
    try:
        options = importlib.reload(base).DATABASES["default"]["OPTIONS"]["options"]
        assert options == "-c random_page_cost=1.1 -c jit=off"
        monkeypatch.setenv("DB_JIT", "on")
        monkeypatch.setenv("DB_RANDOM_PAGE_COST", "4")
        options = importlib.reload(base).DATABASES["default"]["OPTIONS"]["options"]
        assert options == "-c random_page_cost=4 -c jit=on"
    finally:
        monkeypatch.undo()
        importlib.reload(base)
