"""Security headers on public pages, the health check, login throttling and upload
checks."""

import io
import random
import zipfile

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from smartcity.uploads import content_matches_extension

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/de/", "/en/", "/de/initiativen/", "/de/gibt-es-nicht/"])
def test_public_pages_send_strict_security_headers(client, path):
    response = client.get(path)
    csp = response.headers["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in csp.split(";"))
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in response.headers["Permissions-Policy"]


def test_admin_gets_its_own_relaxed_policy(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert "'unsafe-inline'" in response.headers["Content-Security-Policy"]


def test_healthz_reports_database_and_cache(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": "ok", "cache": "ok"}}
    assert "no-cache" in response.headers["Cache-Control"]


def test_healthz_stays_up_when_the_cache_fails(client, monkeypatch):
    def broken_set(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(cache, "set", broken_set)
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["checks"]["cache"] == "error"


def test_healthz_fails_when_the_database_fails(client, monkeypatch):
    from smartcity import health

    def broken_database():
        raise RuntimeError("database down")

    monkeypatch.setattr(health, "_check_database", broken_database)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "error"


@override_settings(DEBUG=False)
def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


# -- login throttling (django-axes) ----------------------------------------------------

LOGIN_URL = "/admin/login/"
PASSWORD = "richtiges-passwort-2026"


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user("redakteurin", password=PASSWORD, is_superuser=True)


def log_in(client, username, password, address="192.0.2.10", **headers):
    return client.post(
        LOGIN_URL,
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
        **headers,
    )


def fail_until_locked(client, username, **kwargs):
    responses = [
        log_in(client, username, "falsch", **kwargs) for _ in range(settings.AXES_FAILURE_LIMIT)
    ]
    assert all(response.status_code == 200 for response in responses[:-1])
    return responses[-1]


def is_logged_in(client):
    return client.get("/admin/").status_code == 200


def test_login_is_refused_after_too_many_failures_even_with_the_right_password(client, editor):
    assert settings.AXES_FAILURE_LIMIT == 5
    last_failure = fail_until_locked(client, "redakteurin")
    assert last_failure.status_code == 429

    response = log_in(client, "redakteurin", PASSWORD)
    assert response.status_code == 429
    assert not is_logged_in(client)


@pytest.mark.parametrize(
    ("language", "first_heading", "other_heading"),
    [
        ("de", "Zu viele fehlgeschlagene Anmeldeversuche", "Too many failed login attempts"),
        ("en", "Too many failed login attempts", "Zu viele fehlgeschlagene Anmeldeversuche"),
    ],
)
def test_the_lockout_page_speaks_both_languages(
    client, editor, language, first_heading, other_heading
):
    fail_until_locked(client, "redakteurin", HTTP_ACCEPT_LANGUAGE=language)
    response = log_in(client, "redakteurin", PASSWORD, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 429
    assert response["Content-Type"].startswith("text/html")
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert html.index(first_heading) < html.index(other_heading)
    assert "<h1" in html and "60" in html  # cool-off time in minutes
    assert settings.KTS_CONTACT_EMAIL in html
    assert "'unsafe-inline'" in response.headers["Content-Security-Policy"]  # admin policy


def test_a_lockout_does_not_affect_other_users_or_other_addresses(client, editor):
    get_user_model().objects.create_user("moderator", password=PASSWORD, is_superuser=True)
    fail_until_locked(client, "redakteurin")

    # Another account from the same address logs in.
    response = log_in(client, "moderator", PASSWORD)
    assert response.status_code == 302
    assert is_logged_in(client)
    client.logout()

    # The locked account from another address (the lock is per username and address).
    response = log_in(client, "redakteurin", PASSWORD, address="198.51.100.7")
    assert response.status_code == 302
    assert is_logged_in(client)


def test_a_successful_login_resets_the_count(client, editor):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert log_in(client, "redakteurin", "falsch").status_code == 200
    assert log_in(client, "redakteurin", PASSWORD).status_code == 302
    client.logout()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert log_in(client, "redakteurin", "falsch").status_code == 200
    assert log_in(client, "redakteurin", PASSWORD).status_code == 302


@override_settings(AXES_IPWARE_META_PRECEDENCE_ORDER=("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"))
def test_behind_the_load_balancer_the_forwarded_address_counts(client, editor):
    proxy = "10.0.0.2"
    fail_until_locked(client, "redakteurin", address=proxy, HTTP_X_FORWARDED_FOR="192.0.2.44")
    response = log_in(
        client, "redakteurin", PASSWORD, address=proxy, HTTP_X_FORWARDED_FOR="192.0.2.44"
    )
    assert response.status_code == 429
    # Another visitor behind the same load balancer is not locked out.
    response = log_in(
        client, "redakteurin", PASSWORD, address=proxy, HTTP_X_FORWARDED_FOR="198.51.100.8"
    )
    assert response.status_code == 302


# -- uploads ---------------------------------------------------------------------------

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def png_bytes(size=(4, 4), noise=False):
    """A PNG; with ``noise`` random pixels, so that it does not compress."""
    image = PILImage.new("RGB", size, "white")
    if noise:
        pixels = random.Random(7).randbytes(size[0] * size[1] * 3)
        image = PILImage.frombytes("RGB", size, pixels)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def zip_bytes(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


DOCX = zip_bytes({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"})
XLSX = zip_bytes({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"})
ODS = zip_bytes(
    {"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>"}
)
ODT = zip_bytes({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"})


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("uploader", "uploader@example.org", PASSWORD)
    client.force_login(user)
    return client


def upload_document(client, name, content):
    return client.post(
        "/admin/documents/add/",
        {
            "title": name,
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def upload_image(client, name, content):
    return client.post(
        "/admin/images/add/",
        {
            "title": name,
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def file_errors(response):
    assert response.status_code == 200, response.get("Location")
    return " ".join(response.context["form"].errors.get("file", []))


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("bericht.pdf", PDF),
        ("tabelle.csv", "Kommune;Maßnahme\nUlm;Datenplattform\n".encode()),
        ("notiz.txt", b"Hallo"),
        ("bericht.docx", DOCX),
        ("tabelle.xlsx", XLSX),
        ("tabelle.ods", ODS),
        ("text.odt", ODT),
        ("paket.zip", zip_bytes({"a.txt": "a"})),
    ],
)
def test_valid_documents_are_accepted(admin_client, name, content):
    response = upload_document(admin_client, name, content)
    assert response.status_code == 302, file_errors(response)
    document = get_document_model().objects.get(title=name)
    assert document.file.name.endswith(name.rsplit(".", 1)[1])


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("programm.exe", b"MZ\x90\x00", "exe"),
        ("seite.html", b"<!DOCTYPE html><script>alert(1)</script>", "html"),
        ("bild.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>", "svg"),
        ("seite.pdf", b"<!DOCTYPE html><script>alert(1)</script>", "does not match"),
        ("programm.pdf", b"MZ\x90\x00\x03", "does not match"),
        ("seite.txt", b"  <html><script>alert(1)</script>", "does not match"),
        ("daten.csv", b"a,b\x00\x01", "does not match"),
        ("archiv.docx", zip_bytes({"a.txt": "a"}), "does not match"),
        ("tabelle.xlsx", DOCX, "does not match"),
        ("text.odt", ODS, "does not match"),
        ("kaputt.zip", b"PK\x03\x04 not really a zip", "does not match"),
    ],
)
def test_unsafe_or_disguised_documents_are_refused(admin_client, name, content, message):
    count = get_document_model().objects.count()
    with override_settings(LANGUAGE_CODE="en"):
        errors = file_errors(upload_document(admin_client, name, content))
    assert message in errors
    assert get_document_model().objects.count() == count


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1024)
def test_oversized_documents_are_refused(admin_client):
    errors = file_errors(upload_document(admin_client, "gross.pdf", PDF + b"0" * 2048))
    assert "too big" in errors or "zu groß" in errors


def test_a_valid_image_is_accepted(admin_client):
    response = upload_image(admin_client, "foto.png", png_bytes())
    assert response.status_code == 302, file_errors(response)
    assert get_image_model().objects.filter(title="foto.png").exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("grafik.svg", b"<svg xmlns='http://www.w3.org/2000/svg' width='4' height='4'/>"),
        ("foto.jpg", png_bytes()),  # PNG content under a JPEG name
        ("foto.png", PDF),
        ("foto.avif", png_bytes()),
    ],
)
def test_svg_and_disguised_images_are_refused(admin_client, name, content):
    assert file_errors(upload_image(admin_client, name, content))
    assert not get_image_model().objects.filter(title=name).exists()


def test_oversized_images_are_refused(admin_client):
    with override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=2048):
        errors = file_errors(upload_image(admin_client, "gross.png", png_bytes((64, 64), True)))
    assert errors
    with override_settings(WAGTAILIMAGES_MAX_IMAGE_PIXELS=100):
        errors = file_errors(upload_image(admin_client, "viele-pixel.png", png_bytes((20, 20))))
    assert errors


def test_upload_limits_are_configured():
    assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 10 * 1024 * 1024
    assert {"html", "htm", "svg", "exe", "js"}.isdisjoint(settings.WAGTAILDOCS_EXTENSIONS)
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 50 * 1024 * 1024
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
    assert settings.WAGTAILDOCS_INLINE_CONTENT_TYPES == ["application/pdf"]


@pytest.mark.parametrize(
    ("name", "content", "disposition"),
    [("bericht.pdf", PDF, "inline"), ("tabelle.csv", b"a;b\n1;2\n", "attachment")],
)
def test_documents_are_served_with_safe_headers(admin_client, name, content, disposition):
    assert upload_document(admin_client, name, content).status_code == 302
    document = get_document_model().objects.get(title=name)
    # Signed in with document permissions: editors check the file before it is used.
    response = admin_client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith(disposition)
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == content
    # Visitors get nothing until published content uses it (smartcity/documents.py).
    admin_client.logout()
    assert admin_client.get(document.url).status_code == 404


def test_content_check_reads_only_the_start_and_rewinds():
    upload = SimpleUploadedFile("a.pdf", PDF)
    assert content_matches_extension(upload, "PDF")
    assert upload.tell() == 0
    assert content_matches_extension(SimpleUploadedFile("a.bin", b"\x00"), "bin")


@pytest.mark.django_db
def test_the_admin_loads_no_avatar_from_gravatar(client, django_user_model):
    """An editor's avatar would otherwise come from gravatar.com (a third party) with a
    hash of the e-mail address."""
    editor = django_user_model.objects.create_superuser(
        "avatar-check", "redaktion@example.org", "x"
    )
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    assert "gravatar" not in html
    from wagtail.users.utils import get_gravatar_url

    assert get_gravatar_url(editor.email) is None
