"""Documents are public only when published content uses them or their collection is
public (smartcity/documents.py, issue 14)."""

import pytest
from django.core.files.base import ContentFile
from django.test import override_settings
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from search.models import SearchEntry
from smartcity import documents

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def make_document(title, collection=None):
    document = get_document_model()(
        title=title, collection=collection or Collection.get_first_root_node()
    )
    document.file.save(f"{title.lower().replace(' ', '-')}.pdf", ContentFile(PDF), save=False)
    document.save()
    return document


def indexed(document):
    return SearchEntry.objects.filter(kind="documents", object_id=document.pk).exists()


def link_from(page, document):
    """Publish ``page`` with a paragraph that links ``document`` (rich text)."""
    page.body = [
        *[(block.block_type, block.value) for block in page.body],
        ("paragraph", f'<p><a linktype="document" id="{document.pk}">Bericht</a></p>'),
    ]
    page.save_revision().publish()


def test_an_unused_upload_is_not_public(client):
    document = make_document("Unbenutzter Entwurf")
    assert not documents.is_public(document)
    assert client.get(document.url).status_code == 404
    assert not indexed(document)


def test_a_link_on_a_published_page_makes_it_public_until_the_page_is_unpublished(
    client, site_pages
):
    document = make_document("Anhang der Seite")
    page = site_pages["de"]["about"]
    link_from(page, document)
    assert client.get(document.url).status_code == 200
    assert indexed(document)

    page.unpublish()
    assert client.get(document.url).status_code == 404
    assert not indexed(document)


def test_a_link_only_in_a_page_draft_does_not(client, site_pages):
    document = make_document("Anhang im Entwurf")
    page = site_pages["de"]["about"]
    page.body = [
        *[(block.block_type, block.value) for block in page.body],
        ("paragraph", f'<p><a linktype="document" id="{document.pk}">Bericht</a></p>'),
    ]
    page.save_revision()  # a draft of a live page: the live version has no link
    assert client.get(document.url).status_code == 404
    assert not indexed(document)


def test_a_public_collection_needs_no_link(client):
    root = Collection.get_first_root_node()
    public = root.add_child(name="Öffentlich")
    below = public.add_child(name="Formulare")
    document = make_document("Antragsformular", collection=below)
    assert client.get(document.url).status_code == 200
    assert indexed(document)

    downloads = root.add_child(name="Downloads")
    leaflet = make_document("Faltblatt", collection=downloads)
    assert client.get(leaflet.url).status_code == 404
    with override_settings(PUBLIC_DOCUMENT_COLLECTIONS=["Downloads"]):  # the setting decides
        assert client.get(leaflet.url).status_code == 200
        assert client.get(document.url).status_code == 404


def test_renaming_a_collection_to_the_public_name_publishes_its_documents(client):
    collection = Collection.get_first_root_node().add_child(name="Entwürfe")
    document = make_document("Faltblatt", collection=collection)
    assert not indexed(document)
    collection.name = "Öffentlich"
    collection.save()
    assert indexed(document)
    assert client.get(document.url).status_code == 200


def test_a_private_collection_stays_private_even_when_used(client, site_pages):
    collection = Collection.get_first_root_node().add_child(name="Öffentlich")
    document = make_document("Vertraulich", collection=collection)
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    below = make_document("Vertraulich darunter", collection=collection.add_child(name="Akten"))
    link_from(site_pages["de"]["about"], document)
    link_from(site_pages["de"]["about"], below)
    for private in (document, below):
        assert not documents.is_public(private)
        assert not indexed(private)
        assert client.get(private.url).status_code != 200


def test_the_check_costs_a_fixed_number_of_queries(
    client, site_pages, django_assert_max_num_queries
):
    document = make_document("Anhang")
    link_from(site_pages["de"]["about"], document)
    client.get(document.url)
    with django_assert_max_num_queries(8):
        assert client.get(document.url).status_code == 200
