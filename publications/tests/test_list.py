import csv
import io
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from contacts.models import Initiative
from core.filtering import filtersets
from core.testing.lists import with_option
from programmes.models import ModelProject
from publications.models import Publication

from .conftest import make_pdf_document
from .helpers import export_url, facet, list_url, option, slugs

pytestmark = pytest.mark.django_db

FACETS = ["type", "topic", "year", "publisher", "language", "initiative"]


def test_list_in_german(client, sample):
    response = client.get(list_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="de"' in html
    assert '<h1 class="kern-heading-x-large">Publikationen</h1>' in html
    assert [f.name for f in response.context["facets"]] == FACETS
    assert response.context["result_count"] == Publication.objects.live().count()
    mine = client.get(list_url(type=sample.types))
    assert slugs(mine) == sample.slugs("a", "b", "c", "d", "e")
    mine_html = mine.content.decode()
    assert "Alpha: Zebrastreifen digital planen" in mine_html
    assert "Unveröffentlichter Entwurf" not in mine_html
    assert "5 Publikationen" in mine_html


def test_list_in_english(client, sample):
    response = client.get(list_url("en", type=sample.types))
    assert response.status_code == 200
    assert response.request["PATH_INFO"] == "/en/publications/"
    html = response.content.decode()
    assert "Alpha: planning zebra crossings digitally" in html
    assert "5 publications" in html
    assert option(response, "type", "zz-poster").label == "Test type zz-poster"
    assert option(response, "language", "multilingual").label == "Multilingual"


def test_result_shows_type_date_publisher_and_file(client, sample):
    html = client.get(list_url("en", type="zz-handbook", year="2019")).content.decode()
    assert '<span class="publication-item__type">Test type zz-handbook</span>' in html
    assert '<time datetime="2019-05-01">' in html
    assert "· TV" in html  # the publisher's short name
    assert '<span class="publication-item__file">PDF, 3.0\xa0KB</span>' in html


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"type": "zz-poster"}, {"c", "d"}),
        ({"type": ["zz-poster", "zz-audio"]}, {"c", "d", "e"}),
        ({"topic": "zz-topic-a"}, {"a", "b", "e"}),
        ({"topic": ["zz-topic-a", "zz-topic-b"]}, {"a", "b", "c", "e"}),
        ({"year": "2020"}, {"b", "c"}),
        ({"year": ["2019", "2021"]}, {"a", "d", "e"}),
        ({"publisher": "zz-publisher"}, {"a", "c", "e"}),
        ({"language": "en"}, {"b"}),
        ({"language": ["de", "multilingual"]}, {"a", "c", "d", "e"}),
        ({"initiative": "iscn"}, {"a", "c"}),
        ({"initiative": "kts", "year": "2020"}, {"c"}),
        ({"topic": "zz-topic-a", "year": "2021"}, {"e"}),
        ({"q": "Zebrastreifen"}, {"a", "c"}),
        ({"q": "zebrastreifen", "type": "zz-handbook"}, {"a"}),
    ],
)
def test_filters(client, sample, params, expected):
    mine = sample.types if "type" not in params else params.pop("type")
    response = client.get(list_url(type=mine, **params))
    assert response.status_code == 200
    assert slugs(response) == sample.slugs(*expected)


def test_full_text_in_english(client, sample):
    response = client.get(list_url("en", type=sample.types, q="zebra crossings"))
    assert slugs(response) == sample.slugs("a", "c")


@pytest.mark.parametrize(
    "state",
    [
        {},
        {"type": "zz-poster"},
        {"topic": "zz-topic-a", "year": "2021"},
        {"publisher": "zz-publisher", "language": ["de", "en"]},
        {"q": "Zebrastreifen"},
        {"initiative": "iscn", "type": ["zz-handbook", "zz-poster"]},
    ],
)
@pytest.mark.parametrize("group_limit", [20_000, 1])
def test_each_count_equals_the_results_of_ticking_that_option(
    client, sample, state, group_limit, monkeypatch
):
    """The count next to an option is the number of results with that option selected in
    its facet and every other filter unchanged (disjunctive counts). With a group limit
    of 1 every single-valued facet is counted on its own; with a search text they then
    share one statement with the topics and initiatives, values of four types (type and
    publisher ids, years, language codes) in one ``UNION ALL``."""
    monkeypatch.setattr(filtersets, "COMBINED_GROUP_LIMIT", group_limit)
    response = client.get(list_url(**state))
    checked = 0
    for shown_facet in response.context["facets"]:
        for shown in shown_facet.options:
            result = client.get(list_url(**with_option(state, shown_facet.name, shown.value)))
            assert result.context["result_count"] == shown.count, (shown_facet.name, shown.value)
            assert shown.disabled == (shown.count == 0 and not shown.selected)
            checked += 1
    assert checked > 20


def test_counts_of_our_own_options(client, sample):
    response = client.get(list_url(type="zz-poster"))
    # The type facet ignores its own selection; the others count within posters.
    assert option(response, "type", "zz-handbook").count == 2
    assert option(response, "type", "zz-poster").count == 2
    assert option(response, "type", "zz-audio").count == 1
    assert option(response, "topic", "zz-topic-b").count == 1
    assert option(response, "topic", "zz-topic-a").count == 0
    assert option(response, "topic", "zz-topic-a").disabled


def test_options_only_offer_years_and_publishers_with_live_publications(client, sample):
    sample.publications["draft"].publication_date = sample.publications[
        "draft"
    ].publication_date.replace(year=1999)
    sample.publications["draft"].save()
    response = client.get(list_url())
    years = [o.value for o in facet(response, "year").options]
    assert "1999" not in years
    assert years == sorted(years, reverse=True)
    assert "zz-publisher" in [o.value for o in facet(response, "publisher").options]


def test_sort_orders(client, sample):
    def order(**params):
        response = client.get(list_url(type=sample.types, **params))
        return [p.slug for p in response.context["results"]]

    newest = order()
    assert newest == [sample.publications[k].slug for k in ("e", "d", "c", "b", "a")]
    assert order(sort="oldest") == list(reversed(newest))
    # Alpha, Beta, Delta, Epsilon, Gamma
    assert order(sort="title") == [sample.publications[k].slug for k in "abdec"]


def test_pagination_keeps_the_filters(client, make_publication, test_types):
    for _ in range(23):
        make_publication(publication_type=test_types["zz-audio"])
    first = client.get(list_url(type="zz-audio"))
    assert first.context["result_count"] == 23
    assert len(first.context["results"]) == 20
    assert 'href="?type=zz-audio&amp;page=2"' in first.content.decode()
    second = client.get(list_url(type="zz-audio", page=2))
    assert len(second.context["results"]) == 3
    assert second.context["page_obj"].number == 2


def test_htmx_request_gets_the_fragment(client, sample):
    response = client.get(list_url(type="zz-poster", year="abc"), HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="filter-region"')
    assert "<html" not in html
    assert "Delta: Plakat" in html
    assert "HX-Request" in response["Vary"]
    assert response["HX-Push-Url"] == "/de/publikationen/?type=zz-poster"
    full = client.get(list_url(type="zz-poster"))
    assert "HX-Request" in full["Vary"]
    assert "<html" in full.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "page=abc",
        "page=-1",
        "page=0",
        "page=1.5",
        "page=99999999",
        "page=999999999999999999999999",
        "type=does-not-exist",
        "type=zz-poster&type=zz-poster&type=nope",
        "year=abc",
        "year=99999",
        "year=-2020",
        "year=2020.0",
        "publisher=%00",
        "language=xx",
        "topic=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "initiative=kts%00",
        "sort=nope",
        "sort=relevance",
        "q=" + "x" * 10_000,
        "q=Zebra%00streifen",
        "q=%00%01%02",
        "q=a&q=b",
        "page=1&page=2",
        "sort=title&sort=oldest",
        "q=%22unclosed",
        "q=-&q=or",
        "q=%E2%80%AE%F0%9F%92%A5",
        "q=%ff%fe",
        "utm_source=newsletter",
        "type[]=zz-poster",
    ],
)
@pytest.mark.parametrize("language", ["de", "en"])
def test_bad_input_never_fails(client, sample, query, language):
    base = list_url(language)
    for headers in ({}, {"HTTP_HX_REQUEST": "true"}):
        response = client.get(f"{base}?{query}", **headers)
        assert response.status_code == 200, (query, headers)
    export = client.get(export_url("csv", language) + "?" + query)
    assert export.status_code == 200


def test_bad_input_gives_notices(client, sample):
    response = client.get(list_url(type=["zz-poster", "nope"], year="abc", page="abc"))
    notices = " ".join(response.context["notices"])
    assert "nope" in notices and "abc" in notices
    assert slugs(response) == sample.slugs("c", "d")
    long = client.get(list_url(q="x" * 10_000))
    assert len(long.context["search_text"]) == 200
    nul = client.get(list_url(q="Zebra\x00streifen", type=sample.types))
    assert nul.context["search_text"] == "Zebrastreifen"
    assert slugs(nul) == sample.slugs("a", "c")


def test_last_page_for_too_high_page_numbers(client, sample):
    response = client.get(list_url(type=sample.types, page="99999999"))
    assert response.context["page_obj"].number == 1
    assert response.context["result_count"] == 5


def test_unknown_export_format_is_404(client, sample):
    assert client.get(export_url("xml")).status_code == 404
    assert client.get("/de/publikationen/export.csv%00").status_code == 404
    assert client.get("/en/publications/export.").status_code == 404


def test_csv_export_of_the_filtered_list(client, sample):
    response = client.get(export_url("csv", "en", type="zz-poster"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [row["slug"] for row in rows] == [sample.publications[k].slug for k in ("d", "c")]
    gamma = rows[1]
    assert gamma["title"] == "Gamma: poster"
    assert gamma["type"] == "Test type zz-poster"
    assert gamma["publisher"] == "Test publisher"
    assert gamma["language"] == "Multilingual"
    assert gamma["publication_date"] == "2020-09-01"
    assert gamma["topics"] == "Test topic zz-topic-b"
    assert gamma["url"].endswith("/en/publications/" + sample.publications["c"].slug + "/")


def test_json_export_with_file_details(client, sample):
    response = client.get(export_url("json", "de", type="zz-handbook"))
    data = json.loads(b"".join(response.streaming_content))
    assert data["count"] == 2
    alpha = next(r for r in data["results"] if r["slug"] == sample.publications["a"].slug)
    assert alpha["file_format"] == "PDF"
    assert alpha["file_size"] == 3 * 1024
    assert alpha["file_url"].startswith("http://testserver/documents/")
    assert alpha["initiatives"] == ["Internationales Smart Cities Netzwerk (ISCN)"]
    assert alpha["is_demo_content"] is False


def _queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_rows(client, make_publication, test_types, test_topics):
    """The same number of queries with 3 or 60 matching publications (full page, filters,
    and export), whatever their topics, initiatives, projects and files."""
    projects = list(ModelProject.objects.order_by("pk")[:3])
    initiatives = list(Initiative.objects.all())

    def add(count):
        for number in range(count):
            make_publication(
                publication_type=test_types["zz-poster"],
                topics=list(test_topics.values()),
                model_projects=projects,
                initiatives=initiatives,
                document=make_pdf_document() if number % 2 else None,
            )

    urls = [
        list_url(type="zz-poster"),
        list_url("en", type="zz-poster", topic="zz-topic-a", sort="title"),
        list_url(type="zz-poster", q="Testpublikation", page="2"),
        export_url("csv", type="zz-poster"),
        export_url("json", "en", type="zz-poster"),
    ]
    add(3)
    for url in urls:
        _queries(client, url)  # warm caches
    few = [_queries(client, url) for url in urls]
    add(57)
    for url in urls:
        _queries(client, url)  # new content: option lists and menu are built again once
    many = [_queries(client, url) for url in urls]
    assert few == many
    assert max(few[:3]) <= 25, few
