"""An unpublished model project is nowhere on the public site (issue 12).

Neither its page, the list, map, exports, open data, API, sitemap and searches, nor the
measures' filter, nor records that belong to it: its measures and the solutions it leads
are public only together with it. Publications keep their other links.
"""

import json

import pytest
from django.urls import reverse
from django.utils import translation

from measures.models import Measure
from programmes.models import ModelProject
from publications.models import Publication
from search.models import SearchEntry
from solutions.models import SolutionProfile

pytestmark = pytest.mark.django_db


def url(name, language="de", **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


@pytest.fixture
def withdrawn():
    """A model project with published measures, a solution it leads and a publication,
    unpublished by a moderator."""
    project = next(
        project
        for project in ModelProject.objects.live().order_by("slug")
        if Measure.objects.live().filter(model_project=project).exists()
        and SolutionProfile.objects.live().filter(lead_project=project).exists()
    )
    measure = Measure.objects.live().filter(model_project=project).first()
    solution = SolutionProfile.objects.live().filter(lead_project=project).first()
    publication = Publication.objects.live().first()
    publication.model_projects.add(project)  # a parental relation: written by save()
    publication.save()
    project.unpublish()
    project.refresh_from_db()
    assert not project.live
    return project, measure, solution, publication


def test_its_page_list_map_and_exports_leave_it_out(client, withdrawn):
    project = withdrawn[0]
    visible = ModelProject.objects.live().count()
    for language in ("de", "en"):
        detail = url("programmes:modelproject_detail", language, slug=project.slug)
        assert client.get(detail).status_code == 404
    listing = client.get(url("programmes:modelproject_list"), {"q": project.name})
    assert project.get_absolute_url() not in body(listing)
    assert project.get_absolute_url() not in body(client.get(url("programmes:modelproject_map")))
    geojson = json.loads(body(client.get(url("programmes:modelproject_geojson"))))
    assert project.slug not in {feature["id"] for feature in geojson["features"]}
    assert len(geojson["features"]) == visible
    for fmt in ("csv", "json"):
        export = body(client.get(url("programmes:modelproject_export", fmt=fmt)))
        assert f"/{project.slug}/" not in export
    download = body(client.get(url("opendata:download", dataset="model-projects", fmt="csv")))
    assert f"/{project.slug}/" not in download


def test_the_api_sitemap_and_search_leave_it_out(client, withdrawn):
    project = withdrawn[0]
    api_list = client.get("/api/v1/model-projects/", {"page_size": 100}).json()
    assert project.slug not in {record["slug"] for record in api_list["results"]}
    assert client.get(f"/api/v1/model-projects/{project.slug}/").status_code == 404
    assert project.get_absolute_url() not in client.get("/sitemap.xml").content.decode()
    assert not SearchEntry.objects.filter(kind="model-projects", object_id=project.pk).exists()
    hits = body(client.get(url("search"), {"q": project.name, "type": "model-projects"}))
    assert project.get_absolute_url() not in hits


def test_its_measures_and_solutions_go_with_it(client, withdrawn):
    project, measure, solution, _publication = withdrawn
    assert client.get(measure.get_absolute_url()).status_code == 404
    assert not SearchEntry.objects.filter(kind="measures", object_id=measure.pk).exists()
    measures = client.get(url("measures:measure_list"))
    facet = measures.context["filterset"].filters["project"]
    options = {option.value for option in facet.load_options()}
    assert options and project.slug not in options
    assert client.get(solution.get_absolute_url()).status_code == 404
    assert not SearchEntry.objects.filter(kind="solutions", object_id=solution.pk).exists()
    api = client.get(f"/api/v1/measures/{measure.slug}/")
    assert api.status_code == 404


def test_publications_no_longer_link_it(client, withdrawn):
    project, _measure, _solution, publication = withdrawn
    html = body(client.get(publication.get_absolute_url()))
    assert project.get_absolute_url() not in html
    record = client.get(f"/api/v1/publications/{publication.slug}/").json()["result"]
    assert project.slug not in {ref["slug"] for ref in record["model_projects"]}


def test_publishing_it_again_brings_everything_back(client, withdrawn):
    project, measure, solution, _publication = withdrawn
    project.save_revision().publish()
    assert client.get(project.get_absolute_url()).status_code == 200
    assert client.get(measure.get_absolute_url()).status_code == 200
    assert client.get(solution.get_absolute_url()).status_code == 200
    assert SearchEntry.objects.filter(kind="model-projects", object_id=project.pk).exists()
    assert SearchEntry.objects.filter(kind="measures", object_id=measure.pk).exists()
    assert SearchEntry.objects.filter(kind="solutions", object_id=solution.pk).exists()
