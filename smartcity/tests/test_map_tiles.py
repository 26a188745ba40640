"""Map tiles: none by default; a configured tile server is the only other origin the
Content-Security-Policy allows images from."""

import pytest
from django.conf import settings
from django.test import override_settings

from smartcity.middleware import tile_origin


def img_src(response):
    policy = response["Content-Security-Policy"]
    directive = next(part for part in policy.split(";") if part.strip().startswith("img-src"))
    return directive.split()[1:]


def test_no_tile_server_by_default():
    assert settings.MAP_TILE_URL == ""


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/de/", "/de/modellprojekte/karte/", "/admin/login/"])
def test_default_policy_allows_images_only_from_the_site(client, path):
    response = client.get(path)
    assert response.status_code == 200
    sources = img_src(response)
    assert not [source for source in sources if "://" in source], sources
    assert "'self'" in sources


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("https://tiles.example.org/{z}/{x}/{y}.png", "https://tiles.example.org"),
        ("https://{s}.tile.example.net/{z}/{x}/{y}.png", "https://*.tile.example.net"),
        ("https://tiles.example.org:8443/styles/{z}/{x}/{y}.png", "https://tiles.example.org:8443"),
    ],
)
@pytest.mark.parametrize("path", ["/en/model-projects/map/", "/admin/login/"])
def test_configured_tile_server_is_allowed_for_images(client, url, allowed, path):
    with override_settings(MAP_TILE_URL=url):
        response = client.get(path)
    assert img_src(response)[-1] == allowed
    # Nothing else is loosened.
    policy = response["Content-Security-Policy"]
    assert allowed not in policy.replace(" ".join(img_src(response)), "")


@pytest.mark.django_db
def test_tiles_from_the_site_itself_need_no_new_source(client):
    with override_settings(MAP_TILE_URL="/tiles/{z}/{x}/{y}.png"):
        response = client.get("/de/modellprojekte/karte/")
    assert not [source for source in img_src(response) if "://" in source]


@pytest.mark.parametrize(
    ("url", "origin"),
    [
        ("", None),
        ("/tiles/{z}/{x}/{y}.png", None),
        ("https://tiles.example.org/{z}/{x}/{y}.png", "https://tiles.example.org"),
        ("https://user@tiles.example.org/{z}/{x}/{y}.png", "https://tiles.example.org"),
        ("http://{s}.example.org/{z}/{x}/{y}.png", "http://*.example.org"),
    ],
)
def test_tile_origin(url, origin):
    assert tile_origin(url) == origin
