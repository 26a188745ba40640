"""The includes other apps' templates use to show publications (cross links)."""

import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from contacts.models import Initiative
from programmes.models import ModelProject

pytestmark = pytest.mark.django_db


def render(template, **context):
    with translation.override("de"), CaptureQueriesContext(connection) as queries:
        html = render_to_string(f"publications/includes/{template}.html", context)
    return html, len(queries)


def test_project_publications(make_publication):
    project = ModelProject.objects.order_by("pk").last()
    other = ModelProject.objects.order_by("pk").first()
    shown = make_publication(model_projects=[project], title_de="Zum Projekt")
    make_publication(model_projects=[project], title_de="Entwurf zum Projekt", live=False)
    make_publication(model_projects=[other], title_de="Zu einem anderen Projekt")
    render("project_publications", project=project)  # which projects have any: memoised
    html, queries = render("project_publications", project=project)
    assert "Zum Projekt" in html
    # The German page links the German address, whatever language an earlier test left
    # active in this process.
    with translation.override("de"):
        assert shown.get_absolute_url() in html
    assert "Entwurf zum Projekt" not in html
    assert "Zu einem anderen Projekt" not in html
    assert 'href="/de/publikationen/"' in html
    assert queries == 1


def test_project_without_publications_renders_nothing(make_publication):
    project = ModelProject.objects.create(
        slug="zz-project",
        name="Testprojekt",
        funding_round=ModelProject.objects.first().funding_round,
        category=ModelProject.objects.first().category,
        state=ModelProject.objects.first().state,
        latitude=50,
        longitude=10,
    )
    render("project_publications", project=project)
    html, queries = render("project_publications", project=project)
    assert html.strip() == ""
    assert queries == 0  # known once per content generation to have none


def test_initiative_publications(make_publication, site_pages):
    page = site_pages["de"]["iscn"]
    assert page.initiative_key == "iscn"
    iscn = Initiative.objects.get(key="iscn")
    make_publication(initiatives=[iscn], title_de="Aus dem Netzwerk")
    make_publication(initiatives=[iscn], title_de="Noch nicht live", live=False)
    html, queries = render("initiative_publications", page=page)
    assert "Aus dem Netzwerk" in html
    assert "Noch nicht live" not in html
    assert "International Smart Cities Network: Bericht 2023" in html  # demo content
    assert 'href="/de/publikationen/?initiative=iscn"' in html
    assert queries == 1


def test_initiative_page_without_key_renders_nothing(site_pages):
    html, queries = render("initiative_publications", page=site_pages["de"]["about"])
    assert html.strip() == ""
    assert queries == 0
