"""The model project maps: what map.js gets, the legend, and no tile server by default."""

import json
import re

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from programmes.models import ModelProject

TILES = "https://tiles.example.org/{z}/{x}/{y}.png"


def map_config(html):
    return json.loads(re.search(r'id="map-config"[^>]*>(.*?)</script>', html, re.S).group(1))


def get(client, name, language="de", **kwargs):
    with translation.override(language):
        return client.get(reverse(f"programmes:{name}", **kwargs))


@pytest.mark.django_db
def test_each_funding_round_has_its_own_symbol_and_legend_entry(client):
    response = get(client, "modelproject_map")
    config = map_config(response.content.decode())
    rounds = sorted(set(ModelProject.objects.values_list("funding_round__year", flat=True)))
    assert len(rounds) >= 2
    symbols = {point["round"]: point["symbol"] for point in config["points"]}
    assert sorted(symbols) == rounds
    assert len(set(symbols.values())) == len(rounds), "one shape per round"
    # Each point keeps its project's round.
    with translation.override("de"):
        by_url = {
            p.get_absolute_url(): p.funding_round.year
            for p in ModelProject.objects.select_related("funding_round")
        }
    assert all(by_url[point["url"]] == point["round"] for point in config["points"])
    assert [entry["label"] for entry in config["legend"]] == [f"Staffel {y}" for y in rounds]
    html = response.content.decode()
    # The legend on the page: one entry per round with its shape, and the clusters.
    legend = re.search(r'<ul class="map-legend".*?</ul>', html, re.S).group(0)
    for year in rounds:
        assert f"Staffel {year}" in legend
    for symbol in symbols.values():
        assert f"map-symbol--{symbol}" in legend
    assert "nah beieinander" in legend
    assert "keine Hintergrundkarte eingerichtet" in html


@pytest.mark.django_db
def test_detail_map_has_no_legend(client):
    project = ModelProject.objects.select_related("funding_round").first()
    response = get(client, "modelproject_detail", kwargs={"slug": project.slug})
    assert response.status_code == 200
    html = response.content.decode()
    config = map_config(html)
    assert [point["round"] for point in config["points"]] == [project.funding_round.year]
    assert 'class="map-legend"' not in html


@pytest.mark.django_db
@override_settings(MAP_TILE_URL=TILES, MAP_TILE_ATTRIBUTION="© Example tiles")
def test_configured_tile_server_is_used_and_allowed(client):
    response = get(client, "modelproject_map", "en")
    config = map_config(response.content.decode())
    assert config["tileUrl"] == TILES
    assert config["attribution"] == "© Example tiles"
    assert "no base map" not in response.content.decode().lower()
    assert "https://tiles.example.org" in response["Content-Security-Policy"]


@pytest.mark.django_db
def test_cluster_label_names_the_number(client):
    config = map_config(get(client, "modelproject_map", "en").content.decode())
    assert config["clusterLabel"] == "%(count)s model projects close together; select to zoom in"


@pytest.mark.django_db
def test_filtered_map_keeps_its_legend(client):
    with translation.override("en"):
        response = client.get(reverse("programmes:modelproject_map"), {"round": "2019"})
    config = map_config(response.content.decode())
    assert {point["round"] for point in config["points"]} == {2019}
    assert [entry["label"] for entry in config["legend"]] == ["Round 2019"]
    legend = re.search(r'<ul class="map-legend".*?</ul>', response.content.decode(), re.S).group(0)
    assert "Round 2019" in legend and "close together" in legend
