import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

from measures.models import Measure


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def admin_url(name, *args):
    return reverse(f"wagtailsnippets_measures_measure:{name}", args=args)


def test_editors_see_drafts_in_the_listing(admin_client, sample):
    response = admin_client.get(admin_url("list"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Unveröffentlichter Entwurf" in html
    assert "Sichere Radwege für den Schulweg" in html


def test_admin_search_and_filters(admin_client, sample):
    response = admin_client.get(admin_url("list") + "?q=Radwege")
    assert response.status_code == 200
    assert "Sichere Radwege" in response.content.decode()
    assert "Bürger-App" not in response.content.decode()
    status = sample.statuses["geplant"].pk
    response = admin_client.get(admin_url("list") + f"?status={status}")
    assert response.status_code == 200
    assert "Energiemonitoring der Schulen" in response.content.decode()
    assert "Bürger-App" not in response.content.decode()


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_admin_export(admin_client, sample, fmt):
    response = admin_client.get(admin_url("list") + f"?export={fmt}")
    assert response.status_code == 200
    body = b"".join(response.streaming_content) if response.streaming else response.content
    if fmt == "csv":
        assert "Unveröffentlichter Entwurf".encode() in body
    else:
        assert body[:2] == b"PK"  # a zip container


def test_inspect_and_edit_views(admin_client, sample):
    measure = sample.measures["zaehlung"]
    assert admin_client.get(admin_url("inspect", measure.pk)).status_code == 200
    edit = admin_client.get(admin_url("edit", measure.pk))
    assert edit.status_code == 200
    html = edit.content.decode()
    assert 'name="title_de"' in html and 'name="title_en"' in html
    assert admin_client.get(admin_url("add")).status_code == 200


@pytest.mark.parametrize("viewset", ["fieldofaction", "spatialeffect", "measurestatus"])
def test_taxonomy_admin(admin_client, sample, viewset):
    response = admin_client.get(reverse(f"wagtailsnippets_measures_{viewset}:list"))
    assert response.status_code == 200


def test_publishing_a_revision_keeps_both_languages(sample):
    measure = sample.measures["draft"]
    with translation.override("en"):
        measure.title_en = "Published now"
        revision = measure.save_revision()
        revision.publish()
    measure = Measure.objects.get(pk=measure.pk)
    assert measure.live
    assert (measure.title_de, measure.title_en) == ("Unveröffentlichter Entwurf", "Published now")
