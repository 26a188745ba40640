"""Full-page cache for anonymous visitors: hits, what is never stored, invalidation."""

import socket

import pytest
from django.core.cache import caches
from django.test import override_settings

from core import pagecache
from core.pagecache import current_generation, forget_generation, invalidate_page_cache
from programmes.models import ModelProject

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


def page_entries() -> int:
    """The number of pages in the (local memory) cache, the generation not counted."""
    cache = caches["default"]
    return sum(":pagecache:" in key and pagecache.GENERATION_KEY not in key for key in cache._cache)


LIST_URL = "/de/modellprojekte/"
FRAGMENT = {"HX-Request": "true", "HX-Target": "filter-region", "HX-Trigger": "filters"}
RESTORE = {**FRAGMENT, "HX-History-Restore-Request": "true"}


def is_full_page(response) -> bool:
    return b"<html" in response.content


@override_settings(**CACHE_ON)
def test_every_known_query_string_has_its_own_entry(client):
    full = client.get(LIST_URL)
    filtered = client.get(LIST_URL + "?q=Ulm")
    assert filtered["X-Page-Cache"] == "miss"
    assert filtered.content != full.content
    assert client.get(LIST_URL + "?q=Ulm")["X-Page-Cache"] == "hit"
    assert client.get(LIST_URL + "?q=Ulm&page=2")["X-Page-Cache"] == "miss"
    assert page_entries() == 3


@override_settings(**CACHE_ON)
def test_htmx_fragments_are_never_stored_nor_kept_by_shared_caches(client):
    first = client.get(LIST_URL, headers=FRAGMENT)
    second = client.get(LIST_URL, headers=FRAGMENT)
    assert not is_full_page(first)
    assert "X-Page-Cache" not in second
    assert second.content == first.content
    assert "private" in second["Cache-Control"]
    assert "public" not in second["Cache-Control"]
    assert page_entries() == 0


@override_settings(**CACHE_ON)
@pytest.mark.parametrize("header", ["HX-Boosted", "HX-Current-URL", "HX-Target", "HX-Trigger"])
def test_any_htmx_header_bypasses_the_cache(client, header):
    """Not only HX-Request: any header of htmx may select another answer."""
    client.get(LIST_URL)
    response = client.get(LIST_URL, headers={header: "true"})
    assert "X-Page-Cache" not in response
    assert "private" in response["Cache-Control"]
    assert page_entries() == 1


@override_settings(**CACHE_ON)
@pytest.mark.parametrize("restore_first", [True, False], ids=["restore-first", "fragment-first"])
def test_a_history_restore_and_a_fragment_never_answer_for_each_other(client, restore_first):
    """The poisoning: one anonymous restore request with HX-Target stored the whole page
    where the fragment belongs, and every later fragment request got the whole page."""
    requests = [(RESTORE, True), (FRAGMENT, False)]
    if not restore_first:
        requests.reverse()
    for _round in range(2):
        for headers, full_page in requests:
            assert is_full_page(client.get(LIST_URL, headers=headers)) is full_page


@override_settings(**CACHE_ON)
def test_a_history_restore_shares_the_entry_of_the_whole_page(client):
    page = client.get(LIST_URL)
    restored = client.get(LIST_URL, headers=RESTORE)
    assert restored["X-Page-Cache"] == "hit"
    assert restored.content == page.content
    vary = {value.strip().lower() for value in page["Vary"].split(",")}
    assert {"hx-request", "hx-history-restore-request"} <= vary
    assert page_entries() == 1


@override_settings(**CACHE_ON)
@pytest.mark.parametrize("url", ["/de/", "/api/v1/model-projects/"])
def test_each_allowed_host_has_its_own_entries(client, url):
    """Canonical, hreflang and API links are absolute: one host's must not reach the other."""
    first = client.get(url)
    other = client.get(url, headers={"Host": "localhost"})
    assert other["X-Page-Cache"] == "miss"
    assert b"//localhost" in other.content
    assert b"//testserver" not in other.content
    assert client.get(url, headers={"Host": "localhost"})["X-Page-Cache"] == "hit"
    assert client.get(url).content == first.content
    assert page_entries() == 2


@override_settings(**CACHE_ON)
@pytest.mark.parametrize(
    ("url", "variants"),
    [
        (
            "/de/",
            [
                {"Origin": "https://a.example"},
                {"Origin": "https://b.example", "Accept": "text/html"},
                {"Accept": "*/*", "Accept-Language": "en"},
                {"Accept-Language": "x-random-1"},
            ],
        ),
        (
            "/api/v1/model-projects/",
            [
                {"Accept-Language": "de"},
                {"Accept-Language": "de-AT, de;q=0.9", "Origin": "https://a.example"},
                {"Accept-Language": "fr-FR, fr;q=0.9"},
                {"Accept-Language": "x-random-1", "Accept": "application/json"},
            ],
        ),
    ],
    ids=["page", "api"],
)
def test_header_variants_make_no_new_entries(client, url, variants):
    first = client.get(url)
    for headers in variants:
        response = client.get(url, headers=headers)
        assert response["X-Page-Cache"] == "hit", headers
        assert response.content == first.content
    assert page_entries() == 1


@override_settings(**CACHE_ON)
def test_api_languages_are_normalised_to_the_site_languages(client):
    url = "/api/v1/model-projects/"
    english = client.get(url, headers={"Accept-Language": "en"})
    assert english["Content-Language"] == "en"
    for variant in ("en-GB", "en-US,en;q=0.9,de;q=0.8", "fr;q=0.9, en;q=0.5"):
        response = client.get(url, headers={"Accept-Language": variant})
        assert response["X-Page-Cache"] == "hit", variant
        assert response.content == english.content
    assert page_entries() == 1


@override_settings(**CACHE_ON)
def test_query_strings_are_canonical_and_campaign_parameters_left_out(client):
    first = client.get(LIST_URL + "?q=Ulm&page=1")
    for query in ("?page=1&q=Ulm", "?utm_source=newsletter&q=Ulm&page=1&utm_medium=mail"):
        response = client.get(LIST_URL + query)
        assert response["X-Page-Cache"] == "hit", query
        assert response.content == first.content
    assert client.get(LIST_URL + "?fbclid=abc")["X-Page-Cache"] == "miss"
    assert page_entries() == 2


@override_settings(**CACHE_ON)
def test_repeated_values_keep_their_order(client):
    """The last ``sort`` counts, so ``sort=a&sort=b`` and ``sort=b&sort=a`` differ."""
    client.get(LIST_URL + "?sort=name&sort=newest")
    assert client.get(LIST_URL + "?sort=newest&sort=name")["X-Page-Cache"] == "miss"
    assert page_entries() == 2


@override_settings(**CACHE_ON)
@pytest.mark.parametrize(
    "url",
    [
        LIST_URL + "?x7f3=1",
        LIST_URL + "?q=Ulm&nocache=42",
        "/de/?random=1",
        "/api/v1/model-projects/?utm_source=newsletter",
    ],
)
def test_unknown_parameters_are_neither_stored_nor_served(client, url):
    """Random names must not evict useful entries; the API keeps refusing them."""
    plain = url.split("?")[0]
    client.get(plain)
    first = client.get(url)
    second = client.get(url)
    assert "X-Page-Cache" not in first
    assert "X-Page-Cache" not in second
    assert page_entries() == 1
    if plain.startswith("/api/"):
        assert second.status_code == 400


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
