"""A publication's file is public only while the publication is (issue 14).

Editors upload the PDF before moderators publish the publication; until then visitors can
neither download it nor find it in the site search (smartcity/documents.py).
"""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation

from search.models import SearchEntry
from smartcity.editorial.roles import REDAKTION

from .conftest import make_pdf_document

pytestmark = pytest.mark.django_db

WORD = "Quokkazaehlung"  # in no other document title


def site_search(client, text, language="de"):
    with translation.override(language):
        url = reverse("search")
    return client.get(url, {"q": text, "type": "documents"}).content.decode()


def findable(client, document):
    """Whether the site search lists the document, checked in the index and on the page."""
    indexed = SearchEntry.objects.filter(kind="documents", object_id=document.pk).exists()
    shown = document.url in site_search(client, document.title)
    assert indexed == shown
    return shown


@pytest.fixture
def document(db):
    return make_pdf_document(f"{WORD} im Stadtpark")


@pytest.fixture
def draft(make_publication, document):
    """A publication that editors have prepared but nobody has published yet."""
    publication = make_publication(document=document, external_url="", live=False)
    publication.save_revision()
    return publication


def test_the_file_of_a_draft_is_neither_served_nor_found(client, draft, document):
    assert client.get(document.url).status_code == 404
    assert not findable(client, document)


def test_editors_may_download_it_before_it_is_published(client, draft, document):
    editor = Group.objects.get(name=REDAKTION).user_set.create(username="dokumente-redaktion")
    client.force_login(editor)
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_publishing_makes_the_file_public_and_unpublishing_hides_it_again(client, draft, document):
    draft.get_latest_revision().publish()
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert findable(client, document)
    assert findable(client, document) and document.url in site_search(client, WORD, "en")

    draft.refresh_from_db()
    draft.unpublish()
    assert client.get(document.url).status_code == 404
    assert not findable(client, document)


def test_a_new_file_in_a_draft_waits_for_publishing_and_the_old_one_goes(
    client, make_publication, document
):
    publication = make_publication(document=document, external_url="")
    publication.save_revision().publish()
    replacement = make_pdf_document(f"{WORD} zweite Auflage")
    assert client.get(document.url).status_code == 200

    publication.refresh_from_db()
    publication.document = replacement
    publication.save_revision()
    assert client.get(replacement.url).status_code == 404  # only in the draft
    assert client.get(document.url).status_code == 200  # still the published file
    assert findable(client, document) and not findable(client, replacement)

    publication.get_latest_revision().publish()
    assert client.get(replacement.url).status_code == 200
    assert client.get(document.url).status_code == 404  # nothing published uses it now
    assert findable(client, replacement) and not findable(client, document)


def test_deleting_the_publication_takes_its_file_off_the_site(client, make_publication, document):
    publication = make_publication(document=document, external_url="")
    publication.save_revision().publish()
    assert findable(client, document)
    publication.delete()
    assert client.get(document.url).status_code == 404
    assert not findable(client, document)


def test_files_of_the_published_demo_publications_stay_public(client):
    from publications.models import Publication

    publication = Publication.objects.live().exclude(document=None).first()
    assert client.get(publication.document.url).status_code == 200
