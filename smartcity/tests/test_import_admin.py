"""The measures import in the Wagtail admin: upload → preview → confirm, for moderators."""

import csv
import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from measures.importing import COLUMN_KEYS
from measures.models import FieldOfAction, Measure
from programmes.models import ModelProject
from smartcity.editorial.imports import SESSION_KEY
from smartcity.editorial.roles import MODERATION, REDAKTION

pytestmark = pytest.mark.django_db

URL = "/admin/measures-import/"


@pytest.fixture(autouse=True)
def upload_dir(settings, tmp_path):
    settings.MEASURES_IMPORT_DIR = str(tmp_path / "uploads")
    return tmp_path / "uploads"


@pytest.fixture
def project():
    return ModelProject.objects.order_by("pk").first()


@pytest.fixture
def field():
    option, _ = FieldOfAction.objects.get_or_create(
        key="mobilitaet", defaults={"name_de": "Mobilität", "name_en": "Mobility"}
    )
    return option


def user_with(role, name):
    user = get_user_model().objects.create_user(name, password="geheim-123")
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def moderator_client(client):
    client.force_login(user_with(MODERATION, "moderatorin"))
    return client


def csv_file(project, field, rows=None, name="massnahmen.csv"):
    rows = rows or [{}]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMN_KEYS)
    for index, values in enumerate(rows):
        cells = {
            "slug": f"admin-import-{index}",
            "model_project": project.slug,
            "title_de": f"Importierte Maßnahme {index}",
            "summary_de": "Aus dem Halbjahresimport.",
            "fields_of_action": field.key,
            "last_updated": "2026-10-01",
        }
        cells.update(values)
        writer.writerow([cells.get(key, "") for key in COLUMN_KEYS])
    return SimpleUploadedFile(name, out.getvalue().encode("utf-8"), content_type="text/csv")


def test_anonymous_users_are_sent_to_the_login(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_editors_may_not_import(client, project, field):
    client.force_login(user_with(REDAKTION, "redakteur"))
    assert client.get(URL).status_code == 302
    response = client.post(URL, {"action": "preview", "file": csv_file(project, field)})
    assert response.status_code == 302
    assert not Measure.objects.filter(slug="admin-import-0").exists()
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert URL not in dashboard  # no menu item


def test_menu_item_for_moderators(moderator_client):
    html = moderator_client.get(reverse("wagtailadmin_home")).content.decode()
    assert URL in html
    response = moderator_client.get(URL)
    assert response.status_code == 200
    assert 'type="file"' in response.content.decode()


def test_preview_then_confirm(moderator_client, project, field, upload_dir):
    response = moderator_client.post(
        URL, {"action": "preview", "file": csv_file(project, field, [{}, {}])}
    )
    assert response.status_code == 200
    result = response.context["result"]
    assert result.ok and (result.created, result.updated) == (2, 0)
    assert not Measure.objects.filter(slug__startswith="admin-import-").exists()  # preview only
    token = response.context["token"]
    assert len(list(upload_dir.glob("*.upload"))) == 1
    assert "admin-import-1" in response.content.decode()

    response = moderator_client.post(URL, {"action": "confirm", "token": token})

    assert response.status_code == 302
    created = Measure.objects.filter(slug__startswith="admin-import-")
    assert created.count() == 2
    assert not any(measure.live for measure in created)  # drafts
    assert all(m.latest_revision.user.username == "moderatorin" for m in created)
    assert list(upload_dir.glob("*.upload")) == []
    assert SESSION_KEY not in moderator_client.session


def test_confirm_with_publish(moderator_client, project, field):
    response = moderator_client.post(
        URL, {"action": "preview", "publish": "on", "file": csv_file(project, field)}
    )
    moderator_client.post(URL, {"action": "confirm", "token": response.context["token"]})
    assert Measure.objects.get(slug="admin-import-0").live


def test_errors_are_listed_and_nothing_can_be_confirmed(moderator_client, project, field):
    rows = [{}, {"model_project": "atlantis", "start_date": "31.31.2025"}]
    response = moderator_client.post(
        URL, {"action": "preview", "file": csv_file(project, field, rows)}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert response.context["token"] is None
    assert 'value="confirm"' not in html
    assert "atlantis" in html and "model_project" in html and "start_date" in html
    assert {(e.row, e.column) for e in response.context["result"].errors} == {
        (3, "model_project"),
        (3, "start_date"),
    }
    assert not Measure.objects.filter(slug__startswith="admin-import-").exists()


def test_confirm_needs_the_token_of_this_session(moderator_client, project, field, client):
    moderator_client.post(URL, {"action": "preview", "file": csv_file(project, field)})
    response = moderator_client.post(URL, {"action": "confirm", "token": "erfunden"})
    assert response.status_code == 302
    assert not Measure.objects.filter(slug="admin-import-0").exists()


def test_cancel_discards_the_upload(moderator_client, project, field, upload_dir):
    response = moderator_client.post(URL, {"action": "preview", "file": csv_file(project, field)})
    token = response.context["token"]
    moderator_client.post(URL, {"action": "cancel"})
    assert list(upload_dir.glob("*.upload")) == []
    moderator_client.post(URL, {"action": "confirm", "token": token})
    assert not Measure.objects.filter(slug="admin-import-0").exists()


def test_changes_between_preview_and_confirm_are_checked_again(moderator_client, project, field):
    response = moderator_client.post(URL, {"action": "preview", "file": csv_file(project, field)})
    Measure.objects.create(
        slug="admin-import-0",
        title_de="Inzwischen angelegt",
        summary_de="…",
        model_project=project,
        last_updated=datetime.date(2026, 1, 1),
    )
    moderator_client.post(URL, {"action": "confirm", "token": response.context["token"]})
    measure = Measure.objects.get(slug="admin-import-0")
    assert measure.get_latest_revision_as_object().title_de == "Importierte Maßnahme 0"
    assert Measure.objects.filter(slug="admin-import-0").count() == 1


def test_wrong_file_types_are_refused(moderator_client):
    upload = SimpleUploadedFile("tabelle.ods", b"PK\x03\x04", content_type="application/zip")
    response = moderator_client.post(URL, {"action": "preview", "file": upload})
    assert response.status_code == 200
    assert response.context["form"].errors["file"]


def test_downloads(moderator_client, project, field):
    response = moderator_client.get(reverse("smartcity_measures_import_template"))
    assert response.status_code == 200
    assert b"".join(response.streaming_content).decode("utf-8-sig").startswith("slug,")
    for file_format in ("csv", "xlsx"):
        response = moderator_client.get(reverse("smartcity_measures_export", args=[file_format]))
        assert response.status_code == 200
        assert f".{file_format}" in response["Content-Disposition"]
    assert (
        moderator_client.get(reverse("smartcity_measures_export", args=["pdf"])).status_code == 404
    )
