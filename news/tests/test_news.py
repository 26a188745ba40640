import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from news.demo.loader import load_news, read_news
from news.models import EventIndexPage, NewsIndexPage, NewsPage

NEWS = read_news()


def facet_counts(response, name):
    facet = next(f for f in response.context["facets"] if f.name == name)
    return {option.value: option.count for option in facet.options}


def titles(response):
    return [page.title for page in response.context["results"]]


# --- demo content ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "news_slug", "news_title", "events_slug", "events_title"),
    [
        ("de", "aktuelles", "Aktuelles", "veranstaltungen", "Veranstaltungen"),
        ("en", "news", "News", "events", "Events"),
    ],
)
def test_index_pages_below_each_home_page(
    client, homes, lang, news_slug, news_title, events_slug, events_title
):
    home = homes[lang]
    news = NewsIndexPage.objects.child_of(home).get()
    events = EventIndexPage.objects.child_of(home).get()
    assert (news.slug, news.title, news.show_in_menus) == (news_slug, news_title, True)
    assert (events.slug, events.title, events.show_in_menus) == (events_slug, events_title, True)
    html = client.get(home.url).content.decode()
    menu = html[html.index('class="main-nav"') :]
    assert f'href="/{lang}/{news_slug}/"' in menu
    assert f'href="/{lang}/{events_slug}/"' in menu


def test_demo_news_exist_in_both_languages(homes):
    for lang in ("de", "en"):
        locale = Locale.objects.get(language_code=lang)
        items = NewsPage.objects.live().filter(locale=locale)
        assert {item.slug for item in items} == {spec["slug"][lang] for spec in NEWS}
    de = NewsPage.objects.get(slug="stufenplan-beschlossen")
    en = de.get_translation(Locale.objects.get(language_code="en"))
    assert en.slug == "plan-by-stages-adopted"
    assert str(de.date) == "2024-06-11" and en.specific.date == de.date
    assert [t.name for t in de.tags.all()] == ["Stufenplan"]
    assert [t.name for t in en.specific.tags.all()] == ["Plan by stages"]
    assert not de.is_demo_content
    assert NewsPage.objects.get(slug="kongress-leipzig-rueckblick").is_demo_content


def test_news_loader_is_idempotent(homes):
    before = NewsPage.objects.count()
    counts = load_news()
    assert counts["created"] == 0
    assert NewsPage.objects.count() == before


def test_demo_news_item_page(client, homes):
    response = client.get("/de/aktuelles/stufenplan-beschlossen/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Beirat beschließt Stufenplan" in html
    assert '<time datetime="2024-06-11">11. Juni 2024</time>' in html
    assert 'href="/de/aktuelles/?tag=stufenplan"' in html
    assert "Demo-Inhalt" not in html
    demo = client.get("/en/news/leipzig-congress-review/").content.decode()
    assert "Demo content" in demo
    # The language switch leads to the translation.
    assert 'href="/en/news/plan-by-stages-adopted/"' in html


# --- the index: filters, counts, pagination ------------------------------------------


def test_index_lists_newest_first_in_its_language(client, homes):
    response = client.get("/de/aktuelles/")
    assert response.status_code == 200
    assert titles(response)[0] == "Beirat beschließt Stufenplan „Smarte Städte und Regionen“"
    assert response.context["result_count"] == len(NEWS)
    en = client.get("/en/news/")
    assert en.context["result_count"] == len(NEWS)
    assert titles(en)[-1] == "32 new Model Projects Smart Cities selected"


def test_filter_by_year_and_tag_with_disjunctive_counts(client, news_index, make_news):
    make_news(news_index, 12, year=2022, tags=["Förderung"])
    make_news(news_index, 3, year=2023, tags=["Mobilität"], title="Verkehr")
    make_news(news_index, 2, year=2023, tags=["Förderung", "Mobilität"], title="Beides")
    url = news_index.url

    response = client.get(url)
    assert response.context["result_count"] == 17
    assert facet_counts(response, "year") == {"2023": 5, "2022": 12}
    assert facet_counts(response, "tag") == {"förderung": 14, "mobilität": 5}

    response = client.get(url, {"year": "2023"})
    assert response.context["result_count"] == 5
    assert facet_counts(response, "year") == {"2023": 5, "2022": 12}  # its own facet: all
    assert facet_counts(response, "tag") == {"förderung": 2, "mobilität": 5}

    response = client.get(url, {"tag": "mobilität"})
    assert response.context["result_count"] == 5
    assert facet_counts(response, "year") == {"2023": 5, "2022": 0}

    response = client.get(url, {"tag": "förderung", "year": "2022"})
    assert response.context["result_count"] == 12
    assert all(title.startswith("Meldung") for title in titles(response))

    # Several values of one facet are alternatives.
    response = client.get(url + "?year=2022&year=2023")
    assert response.context["result_count"] == 17


def test_filter_state_is_in_the_url(client, news_index, make_news):
    make_news(news_index, 2, year=2022, tags=["Förderung"])
    html = client.get(news_index.url, {"year": "2022", "tag": "förderung"}).content.decode()
    assert 'value="2022" checked' in html
    assert 'value="förderung" checked' in html
    # Removing one filter keeps the other.
    assert f'href="{news_index.url}?tag=f%C3%B6rderung"' in html


def test_pagination(client, news_index, make_news):
    make_news(news_index, 25)
    url = news_index.url
    first = client.get(url)
    assert len(first.context["results"]) == 10
    assert first.context["results"][0].title == "Meldung 24"  # newest first
    third = client.get(url, {"page": "3"})
    assert [p.title for p in third.context["results"]] == [f"Meldung {n}" for n in range(4, -1, -1)]
    assert "?page=2" in third.content.decode()


@pytest.mark.parametrize(
    ("page", "shown", "notice"),
    [
        ("abc", 1, True),
        ("-1", 1, True),
        ("0", 1, True),
        ("1.5", 1, True),
        ("99999999", 3, True),
        ("9" * 5000, 1, True),
        ("2", 2, False),
    ],
)
def test_bad_page_numbers_show_a_notice(client, news_index, make_news, page, shown, notice):
    make_news(news_index, 25)
    response = client.get(news_index.url, {"page": page})
    assert response.status_code == 200
    assert response.context["page_obj"].number == shown
    assert bool(response.context["notices"]) is notice


HOSTILE = [
    "?year=abc",
    "?year=99999",
    "?year=%00",
    "?year=2022%00",
    "?tag=unbekannt",
    "?tag=%00",
    "?tag=" + "x" * 10000,
    "?year=" + "9" * 10000,
    "?tag=<script>alert(1)</script>",
    "?sort=evil",
    "?sort=newest&sort=oldest",
    "?page=1&page=2",
    "?%ff=%fe&tag=%ff",
    "?tag[]=x&year[]=2022",
    "?page=%00",
    "?q=" + "y" * 3000,
    "?" + "&".join(f"p{n}=1" for n in range(200)),
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_query_strings_never_cause_a_server_error(client, news_index, make_news, query):
    make_news(news_index, 3)
    response = client.get(news_index.url + query)
    assert response.status_code in (200, 400)
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    if response.status_code == 200:
        assert response.context["result_count"] == 3 or "year=" not in query


def test_unknown_values_are_named_in_a_notice(client, news_index, make_news):
    make_news(news_index, 3, tags=["Förderung"])
    response = client.get(news_index.url, {"tag": "unbekannt", "year": "1800"})
    assert response.context["result_count"] == 3
    notices = " ".join(str(n) for n in response.context["notices"])
    assert "unbekannt" in notices and "1800" in notices


def test_htmx_request_gets_the_results_fragment(client, news_index, make_news):
    make_news(news_index, 3)
    response = client.get(news_index.url, {"year": "2022"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert "HX-Request" in response["Vary"]
    html = response.content.decode()
    assert html.lstrip().startswith("{") is False
    assert 'id="filter-region"' in html and "<html" not in html


def count_queries(client, url):
    client.get(url)  # warm caches (site root paths, locales)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


# The news list itself takes 7 queries (year and tag options, count, two facet counts,
# page, tag prefetch); the rest is the site chrome (site, menus, language switch,
# breadcrumbs). The bound catches a query per item or per tag.
MAX_NEWS_LIST_QUERIES = 32


@pytest.mark.parametrize("query", ["", "?year=2022", "?tag=f%C3%B6rderung&year=2022&page=2"])
def test_query_count_does_not_grow_with_the_number_of_items(client, news_index, make_news, query):
    make_news(news_index, 3, tags=["Förderung", "Mobilität"])
    few = count_queries(client, news_index.url + query)
    make_news(news_index, 27, start=3, tags=["Förderung", "Mobilität"])
    many = count_queries(client, news_index.url + query)
    assert few == many
    assert many <= MAX_NEWS_LIST_QUERIES


# --- admin ------------------------------------------------------------------------------


@pytest.fixture
def editor(client, homes, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def test_admin_add_and_edit_forms(editor):
    news_index = NewsIndexPage.objects.get(slug="aktuelles")
    event_index = EventIndexPage.objects.get(slug="veranstaltungen")
    for url in (
        f"/admin/pages/add/news/newspage/{news_index.pk}/",
        f"/admin/pages/add/news/eventpage/{event_index.pk}/",
        f"/admin/pages/{NewsPage.objects.first().pk}/edit/",
        f"/admin/pages/{news_index.pk}/",
    ):
        assert editor.get(url).status_code == 200, url


def test_news_page_preview(editor):
    item = NewsPage.objects.get(slug="stufenplan-beschlossen")
    response = editor.get(f"/admin/pages/{item.pk}/view_draft/")
    assert response.status_code == 200
    index = NewsIndexPage.objects.get(slug="aktuelles")
    assert editor.get(f"/admin/pages/{index.pk}/view_draft/").status_code == 200
