"""Apps add to the home page through core.home, without the core importing them."""

import pytest

from core import home


@pytest.fixture
def providers():
    saved = list(home._PROVIDERS)
    yield home._PROVIDERS
    home._PROVIDERS[:] = saved


def test_news_registers_its_home_page_items():
    from news.models import home_page_items

    assert home_page_items in home._PROVIDERS


def test_every_provider_adds_its_items_once_in_order(providers):
    providers.clear()
    calls = []

    def first(locale, now):
        calls.append((locale, now))
        return {"a": 1, "shared": "first"}

    def second(locale, now):
        return {"b": 2, "shared": "second"}

    home.register_home_page_items(first)
    home.register_home_page_items(second)
    home.register_home_page_items(first)  # a second registration adds nothing
    assert home.home_page_items("de", "now") == {"a": 1, "b": 2, "shared": "second"}
    assert calls == [("de", "now")]


@pytest.mark.django_db
def test_the_home_page_shows_what_the_providers_give(client, site_pages):
    response = client.get("/de/")
    assert response.status_code == 200
    given = {"latest_news", "next_events", "news_index", "event_index"}
    assert given <= set(response.context.keys())
    assert response.context["latest_news"]  # the demo news
