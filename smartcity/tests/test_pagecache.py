"""Full-page cache for anonymous visitors: hits, what is never stored, invalidation."""

import socket

import pytest
from django.core.cache import caches
from django.test import override_settings

from programmes.models import ModelProject
from smartcity import pagecache
from smartcity.pagecache import current_generation, forget_generation, invalidate_page_cache

pytestmark = pytest.mark.django_db

CACHE_ON = {"PAGE_CACHE_SECONDS": 300, "PAGE_CACHE_MAX_AGE": 30, "PAGE_CACHE_S_MAXAGE": 120}


@pytest.fixture(autouse=True)
def empty_cache():
    """An empty cache, and no memo of a generation that is no longer in it.

    Without forgetting the memo a test would start with the previous test's generation
    and switch to a new one as soon as the memo expires, e.g. after a slow first render.
    """
    caches["default"].clear()
    forget_generation()
    yield
    caches["default"].clear()
    forget_generation()


@pytest.fixture
def slow_clock(monkeypatch):
    """Every reading of the page cache's clock is later than the memo lasts."""
    now = [1000.0]

    def monotonic():
        now[0] += pagecache.GENERATION_MEMO_SECONDS + 0.5
        return now[0]

    monkeypatch.setattr(pagecache, "_clock", monotonic)


@override_settings(**CACHE_ON)
def test_second_anonymous_request_is_served_from_cache_without_queries(
    client, django_assert_num_queries
):
    first = client.get("/de/")
    assert first.status_code == 200
    assert first["X-Page-Cache"] == "miss"
    cache_control = first["Cache-Control"]
    assert "public" in cache_control
    assert "max-age=30" in cache_control
    assert "s-maxage=120" in cache_control

    with django_assert_num_queries(0):
        second = client.get("/de/")
    assert second.status_code == 200
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]


@override_settings(PAGE_CACHE_SECONDS=0)
def test_switched_off_by_default_setting(client):
    client.get("/de/")
    response = client.get("/de/")
    assert "X-Page-Cache" not in response


@override_settings(**CACHE_ON)
def test_every_query_string_and_htmx_request_has_its_own_entry(client):
    list_url = "/de/modellprojekte/"
    full = client.get(list_url)
    filtered = client.get(list_url + "?q=Ulm")
    assert filtered["X-Page-Cache"] == "miss"
    fragment = client.get(list_url, headers={"HX-Request": "true"})
    assert fragment["X-Page-Cache"] == "miss"
    assert fragment.content != full.content
    assert client.get(list_url + "?q=Ulm")["X-Page-Cache"] == "hit"
    assert client.get(list_url, headers={"HX-Request": "true"}).content == fragment.content


@override_settings(**CACHE_ON)
def test_saving_content_empties_the_cache(client):
    url = "/de/modellprojekte/ulm/"
    assert client.get(url)["X-Page-Cache"] == "miss"
    assert client.get(url)["X-Page-Cache"] == "hit"
    project = ModelProject.objects.get(slug="ulm")
    project.name = "Ulm (geänderter Name)"
    project.save()
    response = client.get(url)
    assert response["X-Page-Cache"] == "miss"
    assert "Ulm (geänderter Name)" in response.content.decode()


@override_settings(**CACHE_ON)
def test_publishing_a_page_empties_the_cache(client, site_pages):
    about = site_pages["de"]["about"]
    url = about.url
    assert client.get(url)["X-Page-Cache"] == "miss"
    assert client.get(url)["X-Page-Cache"] == "hit"
    about.title = "Über den Dialog – neu"
    about.save_revision().publish()
    response = client.get(url)
    assert response["X-Page-Cache"] == "miss"
    assert "Über den Dialog – neu" in response.content.decode()


@override_settings(**CACHE_ON)
def test_draft_save_does_not_leak_but_publish_shows(client, site_pages):
    about = site_pages["de"]["about"]
    client.get(about.url)
    about.title = "Entwurfstitel"
    about.save_revision()
    assert "Entwurfstitel" not in client.get(about.url).content.decode()


@override_settings(**CACHE_ON)
def test_signed_in_users_bypass_the_cache_and_get_private_responses(client, admin_user):
    client.get("/de/")
    assert client.get("/de/")["X-Page-Cache"] == "hit"
    client.force_login(admin_user)
    response = client.get("/de/")
    assert "X-Page-Cache" not in response
    assert "private" in response["Cache-Control"]


@override_settings(**CACHE_ON)
@pytest.mark.parametrize("path", ["/de/gibt-es-nicht/", "/healthz", "/admin/login/"])
def test_errors_health_and_admin_are_never_stored(client, path):
    client.get(path)
    assert client.get(path).get("X-Page-Cache") != "hit"


@override_settings(**CACHE_ON)
def test_post_is_never_answered_from_cache(client):
    client.get("/de/suche/?q=Mobilit%C3%A4t")
    response = client.post("/de/suche/?q=Mobilit%C3%A4t")
    assert response.get("X-Page-Cache") != "hit"


@override_settings(**CACHE_ON)
def test_conditional_get_on_a_cached_api_response(client):
    url = "/api/v1/model-projects/"
    first = client.get(url)
    assert first.status_code == 200
    etag = first["ETag"]
    assert client.get(url)["X-Page-Cache"] == "hit"
    revalidated = client.get(url, headers={"If-None-Match": etag})
    assert revalidated.status_code == 304


@override_settings(**CACHE_ON)
def test_api_answers_in_other_languages_are_kept_apart(client):
    url = "/api/v1/model-projects/"
    german = client.get(url, headers={"Accept-Language": "de"})
    english = client.get(url, headers={"Accept-Language": "en"})
    assert english["X-Page-Cache"] == "miss"
    assert german.content != english.content


@override_settings(**CACHE_ON)
def test_invalidation_function_can_be_called_directly(client):
    client.get("/en/")
    invalidate_page_cache()
    assert client.get("/en/")["X-Page-Cache"] == "miss"


@override_settings(**CACHE_ON)
@pytest.mark.parametrize("memo_seconds", [0.0, 3600.0])
def test_hits_and_invalidation_do_not_depend_on_the_memo(client, monkeypatch, memo_seconds):
    """A machine so slow that the memo always expires, and one so fast that it never does."""
    monkeypatch.setattr(pagecache, "GENERATION_MEMO_SECONDS", memo_seconds)
    url = "/de/modellprojekte/ulm/"
    assert client.get(url)["X-Page-Cache"] == "miss"
    assert client.get(url)["X-Page-Cache"] == "hit"
    ModelProject.objects.get(slug="ulm").save()
    assert client.get(url)["X-Page-Cache"] == "miss"
    assert client.get(url)["X-Page-Cache"] == "hit"


@override_settings(**CACHE_ON)
def test_a_render_slower_than_the_memo_keeps_its_entry(client, slow_clock):
    url = "/de/modellprojekte/ulm/"
    assert client.get(url)["X-Page-Cache"] == "miss"
    assert client.get(url)["X-Page-Cache"] == "hit"


def test_an_invalidation_during_a_read_of_the_generation_wins(monkeypatch):
    """Another thread of this process invalidates while a request reads the generation:
    the older value read from the cache must not replace the new one in the memo."""
    cache = caches["default"]
    old = current_generation()
    forget_generation()
    real_get = type(cache).get
    new = []

    def get_then_invalidate(self, key, *args, **kwargs):
        value = real_get(self, key, *args, **kwargs)
        if key == pagecache.GENERATION_KEY and not new:
            invalidate_page_cache()
            new.append(real_get(self, key))
        return value

    monkeypatch.setattr(type(cache), "get", get_then_invalidate)
    assert current_generation() == new[0] != old
    monkeypatch.undo()
    assert current_generation() == new[0]


def _unused_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_pages_are_served_when_the_cache_server_is_down(client):
    dead = {
        "BACKEND": "smartcity.cache.FailOpenRedisCache",
        "LOCATION": f"redis://127.0.0.1:{_unused_port()}/0",
        "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
    }
    with override_settings(
        CACHES={
            "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
            "dead": dead,
        },
        PAGE_CACHE_ALIAS="dead",
        **CACHE_ON,
    ):
        for _ in range(2):
            response = client.get("/de/")
            assert response.status_code == 200
            assert response["X-Page-Cache"] == "miss"
