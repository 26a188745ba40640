"""When no record holds every word: the records holding the most of them, with a notice.

The lists, the site search and the API show the records that hold every word but one;
only when none does, those holding one word fewer, and so on down to one word. Records
holding fewer words than the best are left out (a broad word in a query of three would
otherwise bring in most of the database).
"""

from itertools import combinations

import pytest

from measures.models import Measure
from search.query import SearchQuery, at_least
from search.tests.test_site_search import results, type_counts

pytestmark = pytest.mark.django_db

NOTICE = "Kein Ergebnis enthält alle Suchwörter"
# Words that no demo record holds, nor anything they are a prefix of.
WOMBAT, FISH, FINCH, AXOLOTL = (
    "Wombatgehege",
    "Quastenflosserbecken",
    "Zebrafinkenvoliere",
    "Axolotlaquarium",
)


def titled(*titles):
    """Live measures renamed to ``titles`` (saving indexes them again)."""
    measures = list(Measure.objects.live().order_by("pk")[: len(titles)])
    for measure, title in zip(measures, titles, strict=True):
        measure.title_de = title
        measure.save()
    return measures


def listed(client, text):
    response = client.get("/de/massnahmen/", {"q": text})
    return response, {measure.pk for measure in response.context["results"]}


def test_only_the_records_holding_all_words_but_one_are_shown(client):
    both, one = titled(f"{WOMBAT} mit {FISH}", f"Neue {FINCH}")
    text = f"{WOMBAT} {FISH} {FINCH}"

    response, found = listed(client, text)
    assert found == {both.pk}
    assert response.context["search_partial"]
    assert NOTICE in response.content.decode()

    api = client.get("/api/v1/measures/", {"q": text, "lang": "de"}).json()
    assert api["count"] == 1

    html = client.get("/de/suche/", {"q": text}).content.decode()
    assert results(html) == [("measures", both.title_de)]
    assert NOTICE in html
    typed = client.get("/de/suche/", {"q": text, "type": "measures"}).content.decode()
    assert type_counts(typed)["Maßnahmen"] == 1
    assert results(typed) == [("measures", both.title_de)]
    assert NOTICE in typed
    assert one.title_de not in html + typed


def test_when_no_record_holds_all_but_one_word_those_holding_one_fewer_are_shown(client):
    two, one, other = titled(f"{WOMBAT} mit {FISH}", f"Neue {FINCH}", f"Ein {AXOLOTL}")
    text = f"{WOMBAT} {FISH} {FINCH} {AXOLOTL}"

    response, found = listed(client, text)
    assert found == {two.pk}
    assert NOTICE in response.content.decode()

    html = client.get("/de/suche/", {"q": text}).content.decode()
    assert results(html) == [("measures", two.title_de)]
    assert NOTICE in html
    assert one.title_de not in html and other.title_de not in html


def test_the_notice_says_how_many_of_the_words_the_results_hold(client):
    """All but one: said so; fewer: "2 of the 4 words", on the lists and the site search."""
    titled(f"{WOMBAT} mit {FISH}", f"Neue {FINCH}")
    but_one = f"{WOMBAT} {FISH} {FINCH}"
    response, _found = listed(client, but_one)
    assert response.context["search_words_held"] == (2, 3)
    for html in (
        response.content.decode(),
        client.get("/de/suche/", {"q": but_one}).content.decode(),
        client.get("/de/suche/", {"q": but_one, "type": "measures"}).content.decode(),
    ):
        assert "Diese Ergebnisse enthalten alle bis auf eines." in html
    two_of_four = f"{WOMBAT} {FISH} {FINCH} {AXOLOTL}"
    response, _found = listed(client, two_of_four)
    assert response.context["search_words_held"] == (2, 4)
    assert "Diese Ergebnisse enthalten 2 der 4 Wörter." in response.content.decode()
    site = client.get("/de/suche/", {"q": two_of_four}).content.decode()
    assert "Diese Ergebnisse enthalten 2 der 4 Wörter." in site
    # A search every word of which some record holds has no notice and no count.
    response, _found = listed(client, f"{WOMBAT} {FISH}")
    assert response.context["search_words_held"] is None


def test_when_each_record_holds_one_word_every_one_of_them_is_shown(client):
    measures = titled(f"Ein {WOMBAT}", f"Neue {FINCH}", f"Ein {AXOLOTL}")
    response, found = listed(client, f"{WOMBAT} {FISH} {FINCH} {AXOLOTL}")
    assert found == {measure.pk for measure in measures}
    assert NOTICE in response.content.decode()


def test_a_word_found_nowhere_leaves_the_records_holding_all_the_others(client):
    both, _one = titled(f"{WOMBAT} mit {FISH}", f"Nur ein {WOMBAT}")
    response, found = listed(client, f"{WOMBAT} {FISH} Xylophonorchesterprobe")
    assert found == {both.pk}
    assert NOTICE in response.content.decode()


def test_a_single_letter_does_not_carry_the_fallback(client):
    """For "E-Ladesäulen", where no record holds the word, nothing is found. The "e" of the
    hyphenated word is in every text that writes "E-Mail" and showed those before."""
    # "E-Mail" itself is still found (as "mail").
    assert results(client.get("/de/suche/", {"q": "E-Mail"}).content.decode())
    response = client.get("/de/suche/", {"q": f"E-{WOMBAT}"})
    html = response.content.decode()
    assert results(html) == []
    assert NOTICE not in html
    assert f"Für „E-{WOMBAT}“ wurde nichts gefunden." in html
    # With a record that holds the word, it is found and leads with the whole phrase.
    (measure,) = titled(f"E-{WOMBAT} am Stadtrand")
    titled_hits = results(client.get("/de/suche/", {"q": f"E-{WOMBAT}"}).content.decode())
    assert titled_hits[0] == ("measures", measure.title_de)


def test_excluded_words_stay_excluded_in_the_fallback(client):
    plain, with_axolotl = titled(f"{WOMBAT} mit {FISH}", f"{WOMBAT}, {FISH} und {AXOLOTL}")
    _response, found = listed(client, f"{WOMBAT} {FISH} {FINCH} -{AXOLOTL}")
    assert found == {plain.pk}
    assert with_axolotl.pk not in found


def test_no_notice_when_a_record_holds_every_word(client):
    both, _one = titled(f"{WOMBAT} mit {FISH}", f"Nur ein {WOMBAT}")
    response, found = listed(client, f"{WOMBAT} {FISH}")
    assert found == {both.pk}
    assert not response.context["search_partial"]
    assert NOTICE not in response.content.decode()


def test_best_level_is_the_most_words_some_entry_holds():
    titled(f"{WOMBAT} mit {FISH}", f"Neue {FINCH}")
    for text, expected in [
        (f"{WOMBAT} {FISH}", 2),  # every word
        (f"{WOMBAT} {FISH} {FINCH}", 2),
        (f"{WOMBAT} {FISH} {FINCH} {AXOLOTL}", 2),
        (f"{WOMBAT} {FINCH} {AXOLOTL}", 1),
        (f"{AXOLOTL} Xylophonorchesterprobe", 0),  # the vocabulary knows neither word
    ]:
        query = SearchQuery(text, "de").resolve()
        assert query.best_level(["measures"]) == expected, text
        assert query.best_level(["publications"]) == 0, text


def test_at_least_holds_exactly_when_enough_items_hold():
    """The condition tree, evaluated for every combination of held items."""

    def holds(node, held):
        if not isinstance(node, tuple):
            return node in held
        operator, children = node
        check = all if operator == "and" else any
        return check(holds(child, held) for child in children)

    for size in range(1, 7):
        items = list(range(size))
        for needed in range(1, size + 1):
            tree = at_least(items, needed)
            for count in range(size + 1):
                for held in combinations(items, count):
                    assert holds(tree, set(held)) == (count >= needed), (size, needed, held)


def test_the_fallback_costs_the_queries_of_a_full_match(client, django_assert_max_num_queries):
    """Finding the level is the one query that tells whether every word matches."""
    titled(f"{WOMBAT} mit {FISH} und {FINCH}", f"{WOMBAT} mit {AXOLOTL}")
    counts = {}
    for text in (f"{WOMBAT} {FISH} {FINCH}", f"{WOMBAT} {FISH} {AXOLOTL}"):
        client.get("/de/massnahmen/", {"q": text})  # warm up the site chrome caches
        with django_assert_max_num_queries(100) as captured:
            response = client.get("/de/massnahmen/", {"q": text})
        assert response.context["result_count"] == (1 if AXOLOTL not in text else 2)
        counts[text] = len(captured.captured_queries)
    assert len(set(counts.values())) == 1, counts
