"""The content loader can run any number of times without changing anything."""

from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision

from smartcity.models import HomePage, InitiativePage, StandardPage

pytestmark = pytest.mark.django_db


def counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "home": HomePage.objects.count(),
        "initiatives": InitiativePage.objects.count(),
        "standard": StandardPage.objects.count(),
        "live": Page.objects.live().count(),
        "latest_revisions": list(
            Page.objects.order_by("pk").values_list("latest_revision_id", flat=True)
        ),
    }


def test_load_demo_content_is_idempotent():
    call_command("load_demo_content", stdout=StringIO())  # the database may be fresh
    before = counts()
    output = StringIO()
    call_command("load_demo_content", stdout=output)
    assert counts() == before
    assert "Pages: 0 created" in output.getvalue()
    assert before["home"] == 2
    assert before["initiatives"] == 12
    # about, plan by stages, imprint, privacy, accessibility, easy language, sign language
    assert before["standard"] == 14


def test_every_page_has_a_translation(site_pages):
    for key, page in site_pages["de"].items():
        translation = site_pages["en"][key]
        assert translation.translation_key == page.translation_key, key
        assert translation.locale.language_code == "en"
        assert translation.live and page.live, key


def test_demo_images_have_alt_text(site_pages):
    for lang in ("de", "en"):
        for key in ("mpsc", "kts", "research", "dialogue-platform", "iscn", "connected-in-europe"):
            image = site_pages[lang][key].teaser_image
            assert image is not None, key
            assert image.description, key
