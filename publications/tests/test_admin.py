import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from contacts.models import Initiative
from publications.models import Publication

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("pub-editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def admin_url(model, view, *args):
    return reverse(f"wagtailsnippets_publications_{model}:{view}", args=args)


@pytest.mark.parametrize("model", ["publication", "publicationtype"])
def test_listing_search_export_inspect_and_edit(editor_client, model, make_publication):
    publication = make_publication(title_de="Verwaltungsdigitalisierung im Quartier")
    obj = publication if model == "publication" else publication.publication_type
    assert editor_client.get(admin_url(model, "list")).status_code == 200
    assert editor_client.get(admin_url(model, "list"), {"q": "Quartier"}).status_code == 200
    for export_format in ("csv", "xlsx"):
        response = editor_client.get(admin_url(model, "list"), {"export": export_format})
        assert response.status_code == 200
    assert editor_client.get(admin_url(model, "inspect", obj.pk)).status_code == 200
    assert editor_client.get(admin_url(model, "edit", obj.pk)).status_code == 200


def test_search_filters_and_export_columns(editor_client, make_publication):
    make_publication(title_de="Verwaltungsdigitalisierung im Quartier", language="en")
    response = editor_client.get(admin_url("publication", "list"), {"q": "Quartier"})
    assert "Verwaltungsdigitalisierung im Quartier" in response.content.decode()
    response = editor_client.get(admin_url("publication", "list"), {"language": "en"})
    assert "Verwaltungsdigitalisierung im Quartier" in response.content.decode()
    csv = editor_client.get(admin_url("publication", "list"), {"export": "csv"})
    header = b"".join(csv.streaming_content).decode().splitlines()[0]
    # Both language columns, labelled in the admin's language (German by default).
    assert "Titel [de],Titel [en]" in header
    assert "Kurzfassung [de],Kurzfassung [en]" in header


def test_edit_form_has_both_languages(editor_client, make_publication):
    html = editor_client.get(
        admin_url("publication", "edit", make_publication().pk)
    ).content.decode()
    for name in ("title_de", "title_en", "abstract_de", "abstract_en", "cover_image_alt_en"):
        assert f'name="{name}"' in html


def test_create_draft_then_publish(editor_client, client, test_types, test_topics):
    data = {
        "title_de": "Neue Publikation aus dem Admin",
        "title_en": "New publication from the admin",
        "slug": "",
        "publication_type": test_types["zz-poster"].pk,
        "publication_date": "2024-05-01",
        "language": "de",
        "external_url": "https://www.example.org/neu",
        "isbn": "978-3-87994-123-0",
        "topics": [test_topics["zz-topic-a"].pk],
        "initiatives": [Initiative.objects.get(key="kts").pk],
    }
    response = editor_client.post(admin_url("publication", "add"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    publication = Publication.objects.get(title_de="Neue Publikation aus dem Admin")
    assert not publication.live
    assert publication.slug == "neue-publikation-aus-dem-admin"
    assert publication.isbn == "9783879941230"
    assert [t.key for t in publication.topics.all()] == ["zz-topic-a"]
    detail = f"/de/publikationen/{publication.slug}/"
    assert client.get(detail).status_code in (404, 200)  # the editor is logged in
    editor_client.logout()
    assert editor_client.get(detail).status_code == 404

    user = get_user_model().objects.get(username="pub-editor")
    editor_client.force_login(user)
    response = editor_client.post(
        admin_url("publication", "edit", publication.pk), {**data, "action-publish": "1"}
    )
    assert response.status_code == 302
    publication.refresh_from_db()
    assert publication.live
    editor_client.logout()
    assert editor_client.get(detail).status_code == 200
    assert Publication.objects.live().filter(initiatives__key="kts", pk=publication.pk).exists()


def test_invalid_identifiers_are_reported_in_the_form(editor_client, test_types):
    response = editor_client.post(
        admin_url("publication", "add"),
        {
            "title_de": "Kaputte Nummern",
            "publication_type": test_types["zz-poster"].pk,
            "publication_date": "2024-05-01",
            "language": "de",
            "isbn": "978-3-87994-123-4",
            "doi": "keine-doi",
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "ISBN" in html and "DOI" in html
    assert not Publication.objects.filter(title_de="Kaputte Nummern").exists()


def test_preview_shows_unsaved_changes(editor_client, make_publication, test_types):
    publication = make_publication(title_de="Vor der Vorschau")
    url = admin_url("publication", "preview_on_edit", publication.pk)
    data = {
        "title_de": "In der Vorschau geändert",
        "title_en": "Changed in preview",
        "slug": publication.slug,
        "publication_type": test_types["zz-handbook"].pk,
        "publication_date": "2022-03-01",
        "language": "de",
        "external_url": "https://www.example.org/publication",
    }
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert response.json()["is_valid"]
    html = editor_client.get(url).content.decode()
    assert "In der Vorschau geändert" in html
    publication.refresh_from_db()
    assert publication.title_de == "Vor der Vorschau"
