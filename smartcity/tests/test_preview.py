"""Admin previews of measures, solutions and publications in German and in English."""

import pytest
from django.urls import reverse

from measures.models import Measure
from publications.models import Publication
from solutions.models import SolutionProfile

pytestmark = pytest.mark.django_db

MODELS = [Measure, SolutionProfile, Publication]


@pytest.mark.parametrize("model", MODELS)
def test_preview_modes_are_the_site_languages(model):
    obj = model.objects.filter(live=True).first()
    assert obj.preview_modes == [("de", "Deutsch"), ("en", "English")]
    assert obj.default_preview_mode == "de"


@pytest.mark.parametrize("model", MODELS)
def test_each_mode_renders_its_language(rf, admin_user, model):
    obj = model.objects.filter(live=True).exclude(title_en="").first()
    assert obj.title_de != obj.title_en
    for mode, title, other in (
        ("de", obj.title_de, obj.title_en),
        ("en", obj.title_en, obj.title_de),
    ):
        request = rf.get("/")
        request.user = admin_user
        html = obj.serve_preview(request, mode).content.decode()
        assert f'<html lang="{mode}"' in html
        assert title in html
        assert other not in html


def test_admin_preview_panel_offers_both_languages(admin_client):
    measure = Measure.objects.live().first()
    edit = reverse("wagtailsnippets_measures_measure:edit", args=(measure.pk,))
    html = admin_client.get(edit).content.decode()
    assert '<option value="de"' in html
    assert '<option value="en"' in html
