import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from programmes.models import ModelProject, Topic

pytestmark = pytest.mark.django_db

VIEWSETS = [
    "modelproject",
    "fundinground",
    "federalstate",
    "municipalitycategory",
    "phase",
    "topic",
]


@pytest.fixture
def editor_client(client, model_projects):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def admin_url(model, view, *args):
    return reverse(f"wagtailsnippets_programmes_{model}:{view}", args=args)


@pytest.mark.parametrize("model", VIEWSETS)
def test_listing_search_export_and_inspect(editor_client, model):
    assert editor_client.get(admin_url(model, "list")).status_code == 200
    # Queryset search (no Wagtail index); must not fail on SQLite.
    assert editor_client.get(admin_url(model, "list"), {"q": "a"}).status_code == 200
    for export_format in ("csv", "xlsx"):
        response = editor_client.get(admin_url(model, "list"), {"export": export_format})
        assert response.status_code == 200
    from django.apps import apps

    obj = apps.get_model("programmes", model).objects.first()
    assert editor_client.get(admin_url(model, "inspect", obj.pk)).status_code == 200
    assert editor_client.get(admin_url(model, "edit", obj.pk)).status_code == 200


def test_model_project_search_and_filter(editor_client):
    response = editor_client.get(admin_url("modelproject", "list"), {"q": "Südwestfalen"})
    assert "5 für Südwestfalen" in response.content.decode()
    assert "Wolfsburg" not in response.content.decode()
    csv = editor_client.get(admin_url("modelproject", "list"), {"export": "csv"})
    body = b"".join(csv.streaming_content if csv.streaming else [csv.content]).decode("utf-8")
    assert body.count("\n") >= 74  # header + 73 projects
    header = body.splitlines()[0]
    assert "[de]" in header and "[en]" in header  # both languages of the texts


def test_editors_can_add_rename_and_reorder_taxonomy_values(editor_client):
    response = editor_client.post(
        admin_url("topic", "add"),
        {
            "name_de": "Künstliche Intelligenz",
            "name_en": "Artificial intelligence",
            "key": "ki",
            "sort_order": 5,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    topic = Topic.objects.get(key="ki")
    assert topic.name_en == "Artificial intelligence"

    response = editor_client.post(
        admin_url("topic", "edit", topic.pk),
        {"name_de": "KI", "name_en": "AI", "key": "ki", "sort_order": 1},
    )
    assert response.status_code == 302
    topic.refresh_from_db()
    assert (topic.name_de, topic.sort_order) == ("KI", 1)
    assert Topic.objects.first() == topic

    # Drag-and-drop ordering in the listing.
    listing = editor_client.get(admin_url("topic", "list"), {"ordering": "sort_order"})
    assert listing.status_code == 200
    last = Topic.objects.last()
    response = editor_client.post(admin_url("topic", "reorder", last.pk) + "?position=0")
    assert response.status_code == 200
    assert Topic.objects.first() == last


def test_editing_a_model_project_keeps_both_languages(editor_client):
    project = ModelProject.objects.get(slug="ulm")
    edit = editor_client.get(admin_url("modelproject", "edit", project.pk)).content.decode()
    for field in ("summary_de", "summary_en", "vision_de", "vision_en"):
        assert f'name="{field}"' in edit
