"""The invented demo measures read like real ones: no title names the same thing twice,
and no text puts a measure in a place the model project does not have (a city centre in
a district, a district in a city).

The checks look at the demo measures the test session loaded (``load_demo_content``) and
at a larger set built by the generator without saving, and know nothing of the
generator's own tables: the phrases below are what a reader would object to.
"""

import re
from collections import Counter

import pytest

from core.plaintext import html_to_text
from measures.demo.generator import DEFAULT_SEED, Catalogue, build_measure, read_texts
from measures.models import Measure
from programmes.models import ModelProject

pytestmark = pytest.mark.django_db

WORD = re.compile(r"[^\W\d_]+")

# Phrases that contradict a municipality category (lower case, German and English).
CITY_PLACES = [
    "innenstadt",
    "im ortskern",
    "quartier",
    "rathaus",
    "stadtrundgang",
    "der stadt",
    "city centre",
    "town centre",
    "local centre",
    "neighbourhood",
    "town hall",
    "city tour",
    "of the city",
]
DISTRICT_PLACES = ["landkreis", "kreisgebiet", "district"]
PARTNERSHIP_PLACES = ["partnerkommunen", "partner municipalities"]
RURAL_PLACES = ["ländlichen raum", "ortsteilen", "rural", "villages"]
WRONG_PLACES = {
    "grossstadt": DISTRICT_PLACES + PARTNERSHIP_PLACES + RURAL_PLACES + ["local centre"],
    "mittelstadt": DISTRICT_PLACES + PARTNERSHIP_PLACES + ["local centre"],
    # Small towns and rural municipalities: no city centre, no city tour.
    "kleinstadt_landgemeinde": DISTRICT_PLACES
    + PARTNERSHIP_PLACES
    + ["innenstadt", "city centre", "stadtrundgang", "city tour", "der stadt", "of the city"],
    "interkommunal_landkreis": CITY_PLACES,
}


def is_district(project):
    return project.name.split()[0].lower().endswith("kreis")


def words(text):
    return [word.lower() for word in WORD.findall(text)]


def repetitions(title):
    """Words of four or more letters that occur twice, a word (five letters or more)
    inside another one ("Quartier" in "Quartiersentwicklung"), and repeated word pairs."""
    found = []
    tokens = words(title)
    counts = Counter(token for token in tokens if len(token) >= 4)
    found += [token for token, count in counts.items() if count > 1]
    distinct = set(tokens)
    found += [
        f"{short} in {long}"
        for short in distinct
        for long in distinct
        if short != long and len(short) >= 5 and short in long
    ]
    pairs = Counter(zip(tokens, tokens[1:], strict=False))
    found += [" ".join(pair) for pair, count in pairs.items() if count > 1]
    return found


def wrong_places(measure):
    project = measure.model_project
    category = project.category.key
    phrases = list(WRONG_PLACES.get(category, []))
    if category == "interkommunal_landkreis":
        phrases += PARTNERSHIP_PLACES if is_district(project) else DISTRICT_PLACES
    problems = []
    for field in ("title_de", "title_en", "summary_de", "summary_en"):
        problems += _phrases_in(getattr(measure, field), project.name, phrases, field)
    for field in ("description_de", "description_en"):
        text = html_to_text(getattr(measure, field))
        problems += _phrases_in(text, project.name, phrases, field)
    return problems


def _phrases_in(text, project_name, phrases, field):
    # The project's official name is a fact ("Landkreis Hof"), not a phrase to judge.
    text = (text or "").replace(project_name, "").lower()
    return [f"{field}: {phrase!r}" for phrase in phrases if phrase in text]


def check(measures):
    problems = []
    for measure in measures:
        for field in ("title_de", "title_en"):
            title = getattr(measure, field)
            repeated = repetitions(title)
            if repeated:
                problems.append(f"{title!r}: repeats {repeated}")
        wrong = wrong_places(measure)
        if wrong:
            project = f"{measure.model_project.name} ({measure.model_project.category.key})"
            problems.append(f"{measure.title_de!r} of {project}: {wrong}")
    return problems


def test_the_checks_catch_the_old_mistakes():
    assert repetitions("Frequenzmessung in der Innenstadt für die Innenstadt") == ["innenstadt"]
    assert repetitions("Bürgerbeteiligung zur Quartiersentwicklung im Quartier") == [
        "quartier in quartiersentwicklung"
    ]
    assert repetitions("Digital citizen services at the town hall for the town centre") == [
        "town",
        "the town",
    ]
    assert repetitions("Veranstaltungskalender der Region in der Region") == [
        "region",
        "der region",
    ]
    assert not repetitions("Digitalkompetenz für Seniorinnen und Senioren")
    dresden = ModelProject.objects.select_related("category").get(slug="dresden")
    old = Measure(
        model_project=dresden,
        title_de="Urbane Datenplattform im Landkreis",
        title_en="Urban data platform across the district",
    )
    assert wrong_places(old) == ["title_de: 'landkreis'", "title_en: 'district'"]


def test_loaded_demo_measures_read_naturally():
    measures = list(
        Measure.objects.filter(is_demo_content=True).select_related("model_project__category")
    )
    assert len(measures) >= 650
    assert not check(measures)


def test_generated_titles_fit_their_project_in_a_larger_set():
    """3,000 measures: every project gets every kind of measure it can get."""
    catalogue = Catalogue()
    measures = [build_measure(index, DEFAULT_SEED, catalogue)[0] for index in range(3000)]
    problems = check(measures)
    assert not problems, "\n".join(problems[:20])
    # The category decides: districts get no city centre, cities no district.
    by_category = {}
    for measure in measures:
        by_category.setdefault(measure.model_project.category.key, set()).add(measure.title_de)
    assert any("Innenstadt" in t for t in by_category["grossstadt"])
    assert any("Kreisgebiet" in t for t in by_category["interkommunal_landkreis"])
    assert any("Ortsteilen" in t for t in by_category["kleinstadt_landgemeinde"])
    assert not any("Innenstadt" in t for t in by_category["interkommunal_landkreis"])


def test_every_place_an_archetype_names_exists():
    """A misspelt place key would silently never be used."""
    texts = read_texts()
    place_keys = {place.key for place in texts.places}

    for archetype in texts.archetypes:
        assert set(archetype.places) <= place_keys, archetype.title_de
        assert archetype.categories, archetype.title_de
