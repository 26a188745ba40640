"""SERVE_MEDIA serves images, never the document files behind Wagtail's own view."""

import importlib

import pytest
from django.test import override_settings
from django.urls import clear_url_caches
from wagtail.documents.models import Document
from wagtail.images.models import Image

pytestmark = pytest.mark.django_db


@pytest.fixture
def media_served():
    import smartcity.urls

    with override_settings(SERVE_MEDIA=True, DEBUG=False):
        importlib.reload(smartcity.urls)
        clear_url_caches()
        yield
    importlib.reload(smartcity.urls)
    clear_url_caches()


def test_images_are_served_and_documents_are_not(client, media_served):
    image = Image.objects.first()
    response = client.get(image.file.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == image.file.open("rb").read()
    document = Document.objects.first()
    assert client.get(document.file.url).status_code == 404
    # The document stays available through Wagtail's view.
    assert client.get(document.url).status_code == 200


def test_nothing_is_served_without_the_setting(client):
    image = Image.objects.first()
    assert client.get(image.file.url).status_code == 404
