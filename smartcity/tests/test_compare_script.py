"""scripts/compare_site.py: its normalisation and its comparison of two snapshots.

Only the pure functions are tested here, on small strings; a snapshot itself migrates and
loads the demo content into a fresh database and is run by hand (docs/operations.md).
"""

import datetime
import importlib.util
import sys
from pathlib import Path

import pytest


def _load_script():
    for folder in Path(__file__).resolve().parents:
        path = folder / "scripts" / "compare_site.py"
        if path.exists():
            spec = importlib.util.spec_from_file_location("compare_site", path)
            module = importlib.util.module_from_spec(spec)
            sys.modules.setdefault("compare_site", module)
            spec.loader.exec_module(module)
            return module
    raise FileNotFoundError("scripts/compare_site.py")


cs = _load_script()
UTC = datetime.UTC


@pytest.fixture
def window():
    # A run from 23:59:30 to 00:01:10 UTC: two UTC days, and 00:59:30 to 01:01:10 in Berlin.
    return cs.Window(
        datetime.datetime(2031, 3, 3, 23, 59, 30, tzinfo=UTC),
        datetime.datetime(2031, 3, 4, 0, 1, 10, tzinfo=UTC),
    )


def test_timestamps_inside_the_run_become_now(window):
    text = (
        '"generated": "2031-03-04T00:00:05+00:00", '
        "<updated>2031-03-04T01:00:40+01:00</updated> "
        "published 2031-03-04T00:01:00.123456Z "
        "DTSTAMP:20310304T000100Z "
        "/CreationDate (D:20310304000012Z) "
        "Last-Modified: Tue, 04 Mar 2031 00:00:59 GMT "
        "naive local 2031-03-04 01:00:00"
    )
    assert cs.normalise(text, window) == (
        '"generated": "<now>", <updated><now></updated> published <now> DTSTAMP:<now> '
        "/CreationDate (<now>) Last-Modified: <now> naive local <now>"
    )


def test_timestamps_of_the_content_are_kept(window):
    text = (
        "<updated>2020-09-08T10:00:00+02:00</updated> "
        "2031-03-04T02:30:00+00:00 DTSTART:20310304T090000Z "
        "Tue, 04 Mar 2031 12:00:00 GMT"
    )
    assert cs.normalise(text, window) == text


def test_the_days_of_the_run_become_today_in_every_written_form(window):
    text = (
        "<lastmod>2031-03-04</lastmod> 03.03.2031, 4.3.2031, 4. März 2031, "
        "4 March 2031, March 4, 2031, Mar. 4, 2031"
    )
    assert cs.normalise(text, window) == (
        "<lastmod><today></lastmod> <today>, <today>, <today>, <today>, <today>, <today>"
    )


def test_other_days_and_longer_numbers_are_kept(window):
    text = "2031-03-05 05.03.2031 14.03.2031 2031-03-040 version 4.3.20311 id-2031-03-04"
    assert cs.normalise(text, window) == text


def test_load_made_uuids_and_upload_suffixes_are_replaced():
    text = (
        "UID:event-b80e0444-19a8-4294-b963-484ea1de93f2@localhost\n"
        '<img src="/media/images/demo-loesung-digitale_eOr2bhe.2e16d0ba.fill-240x135.webp">'
        '<a href="/documents/3/bericht_Ab3dE9z.pdf">'
        '<img src="/media/images/demo-loesung-digitale.2e16d0ba.fill-240x135.webp">'
        "/de/loesungen/smart_parking/"
    )
    assert cs.normalise(text, None) == (
        "UID:event-<uuid>@localhost\n"
        '<img src="/media/images/demo-loesung-digitale_<random>.2e16d0ba.fill-240x135.webp">'
        '<a href="/documents/3/bericht_<random>.pdf">'
        '<img src="/media/images/demo-loesung-digitale.2e16d0ba.fill-240x135.webp">'
        "/de/loesungen/smart_parking/"
    )


def test_the_etag_of_a_normalised_body_is_replaced(window):
    headers = {"ETag": '"abc"', "Last-Modified": "Tue, 04 Mar 2031 00:00:59 GMT"}
    assert cs.normalise_headers(headers, True, window) == {
        "ETag": "<etag>",
        "Last-Modified": "<now>",
    }
    assert cs.normalise_headers({"ETag": '"abc"'}, False, window) == {"ETag": '"abc"'}


def test_list_controls_and_links_are_read_from_the_page():
    page = (
        '<input type="checkbox" name="state" value="bremen" disabled>'
        '<input class="x" type="checkbox" id="f" name="state" value="berlin">'
        '<select id="s" name="sort"><option value="" selected>Neueste</option>'
        '<option value="title">Titel</option></select>'
        '<select name="other"><option value="no">No</option></select>'
        '<a href="?page=2">2</a> <a href="export.csv?q=M%C3%BC&amp;sort=title">CSV</a>'
        '<a href="https://example.org/x">out</a> <a href="#main">skip</a>'
        '<a href="http://testserver/en/">en</a> <a href="mailto:a@b.example">mail</a>'
    )
    assert cs.form_controls(page) == ([("state", "berlin")], ["title"])
    assert cs.links(page, "/de/massnahmen/") == [
        "/de/massnahmen/?page=2",
        "/de/massnahmen/export.csv?q=M%C3%BC&sort=title",
        "/en/",
    ]
    assert cs.with_query("/de/suche/?q=x", page=2) == "/de/suche/?q=x&page=2"
    assert cs.with_query("/de/suche/", q="Mobilität") == "/de/suche/?q=Mobilit%C3%A4t"
    assert cs.request_key("/de/", {"HX-Request": "true"}) == "/de/ [HX-Request: true]"


def response(body, status=200, content_type="text/html; charset=utf-8", **extra):
    return {
        "status": status,
        "content_type": content_type,
        "location": extra.get("location"),
        "headers": extra.get("headers", {}),
        "body": body,
    }


def snapshot(**responses):
    return {"urls": list(responses), "responses": responses}


def test_equal_snapshots_are_the_same():
    a = snapshot(**{"/de/": response("<p>Hallo</p>"), "/api/v1/": response('{"a": 1}')})
    lines, same = cs.diff_snapshots(a, a)
    assert same
    assert lines == [
        "Summary: 2 URLs in A, 2 in B; 0 only in A, 0 only in B; 0 differ; 2 identical. SAME"
    ]


def test_differences_are_listed_by_url_with_a_body_diff():
    a = snapshot(
        **{
            "/de/": response("<h1>Start</h1>\n<p>Hallo</p>"),
            "/de/alt/": response("x"),
            "/de/weg/": response("", status=302, location="/de/"),
        }
    )
    b = snapshot(
        **{
            "/de/": response("<h1>Start</h1>\n<p>Hello</p>"),
            "/de/neu/": response("x"),
            "/de/weg/": response("", status=301, location="/en/"),
        }
    )
    lines, same = cs.diff_snapshots(a, b)
    assert not same
    assert lines[:4] == ["Only in A (1):", "  /de/alt/", "Only in B (1):", "  /de/neu/"]
    text = "\n".join(lines)
    assert "== /de/\n  body:\n" in text
    assert "    -<p>Hallo</p>\n    +<p>Hello</p>" in text
    assert "  status: 302 -> 301\n  redirect: '/de/' -> '/en/'" in text
    assert lines[-1] == (
        "Summary: 3 URLs in A, 3 in B; 1 only in A, 1 only in B; 2 differ "
        "(status 1, redirect 1, body 1); 0 identical. DIFFERENT"
    )


def test_the_same_change_on_many_urls_is_printed_once():
    a = snapshot(**{f"/de/{n}/": response(f"<h1>{n}</h1>\n<footer>alt</footer>") for n in "abc"})
    b = snapshot(**{f"/de/{n}/": response(f"<h1>{n}</h1>\n<footer>neu</footer>") for n in "abc"})
    lines, same = cs.diff_snapshots(a, b)
    assert not same
    assert lines.count("    -<footer>alt</footer>") == 1
    assert "   (the same on 2 more: /de/b/, /de/c/)" in lines


def test_json_bodies_are_compared_line_by_line_and_long_diffs_are_cut():
    a = snapshot(**{"/api/v1/": response('{"a": 1, "b": [1, 2]}', content_type="application/json")})
    b = snapshot(**{"/api/v1/": response('{"a": 1, "b": [1, 3]}', content_type="application/json")})
    lines, _same = cs.diff_snapshots(a, b)
    assert "    -  2" in lines and "    +  3" in lines
    many_a = snapshot(**{"/x": response("\n".join(str(n) for n in range(100)))})
    many_b = snapshot(**{"/x": response("\n".join(str(n + 1000) for n in range(100)))})
    lines, _same = cs.diff_snapshots(many_a, many_b, max_lines=5)
    assert lines[-2] == "    … 196 more diff lines"


def test_white_space_between_tags_is_ignored_only_when_asked():
    a = snapshot(
        **{
            "/de/": response(
                "<section>\n        <h2>Ziele</h2>\n        "
                '<div class="prose">\n<p>A</p>\n</div>\n    </section>'
            ),
            "/de/b/": response("<p>eins zwei</p>"),
        }
    )
    b = snapshot(
        **{
            "/de/": response(
                '<section>\n<h2>Ziele</h2>\n<div class="prose"><p>A</p></div>\n</section>\n'
            ),
            "/de/b/": response("<p>einszwei</p>"),
        }
    )
    _lines, same = cs.diff_snapshots(a, b)
    assert not same
    lines, same = cs.diff_snapshots(a, b, ignore_whitespace=True)
    assert not same  # "eins zwei" and "einszwei" are different texts
    assert "== /de/b/" in lines and "== /de/" not in lines
    assert lines[-1].endswith(
        "1 differ (body 1); 0 identical, 1 differ in white space only (ignored). DIFFERENT"
    )
