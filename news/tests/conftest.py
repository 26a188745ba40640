import datetime

import pytest


@pytest.fixture(scope="session")
def news_content(django_db_setup, django_db_blocker):
    """Page tree plus news and events, loaded once (every loader is idempotent)."""
    from news.demo.loader import load_news
    from smartcity.demo.loader import load_pages

    with django_db_blocker.unblock():
        load_pages()
        load_news()


@pytest.fixture
def homes(db, news_content):
    from smartcity.models import HomePage

    return {home.locale.language_code: home for home in HomePage.objects.select_related("locale")}


@pytest.fixture
def news_index(homes):
    """An empty news index of its own under the German home page."""
    from news.models import NewsIndexPage

    index = NewsIndexPage(title="Testmeldungen", slug="testmeldungen", locale=homes["de"].locale)
    homes["de"].add_child(instance=index)
    return index


@pytest.fixture
def event_index(homes):
    from news.models import EventIndexPage

    index = EventIndexPage(title="Testtermine", slug="testtermine", locale=homes["de"].locale)
    homes["de"].add_child(instance=index)
    return index


@pytest.fixture
def make_news():
    from news.models import NewsPage

    def make(index, count, *, year=2022, tags=(), start=0, title="Meldung"):
        pages = []
        for n in range(start, start + count):
            page = NewsPage(
                title=f"{title} {n}",
                slug=f"{title.lower()}-{year}-{n}",
                intro=f"Anreißer {n}",
                date=datetime.date(year, 1, 1) + datetime.timedelta(days=n),
                locale=index.locale,
            )
            page.tags.set(list(tags))
            index.add_child(instance=page)
            pages.append(page)
        return pages

    return make


@pytest.fixture
def make_event():
    from news.models import EventPage

    def make(index, title, start, end=None, **fields):
        page = EventPage(
            title=title,
            slug=fields.pop("slug", None) or title.lower().replace(" ", "-"),
            start=start,
            end=end,
            locale=index.locale,
            **fields,
        )
        index.add_child(instance=page)
        return page

    return make
