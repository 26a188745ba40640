"""Loads the taxonomies and the 73 model projects from ``programmes/data/``.

Idempotent: running it again changes nothing. Taxonomy values and funding rounds are
only created when missing, so editors' renames and reordering survive. Of each model
project, the fields from the official list (name, official name, round, category,
state, coordinates, partners) follow the CSV; the editable fields get invented,
deterministic sample values when the project is created and are flagged
``is_demo_content`` until an editor replaces them.
"""

import csv
import datetime
import random
import re
import zlib
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.db import models, transaction

from programmes.models import (
    FederalState,
    FundingRound,
    ModelProject,
    MunicipalityCategory,
    Phase,
    Topic,
)

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
MODEL_PROJECTS_CSV = DATA_DIR / "model_projects.csv"
TAXONOMIES_CSV = DATA_DIR / "taxonomies.csv"

MODEL_PROJECT_COLUMNS = [
    "slug",
    "name",
    "official_name",
    "staffel",
    "category",
    "state",
    "lat",
    "lon",
    "partners",
]

# key, German name, English name; in the usual alphabetical order of the German names.
FEDERAL_STATES = [
    ("baden-wuerttemberg", "Baden-Württemberg", "Baden-Württemberg"),
    ("bayern", "Bayern", "Bavaria"),
    ("berlin", "Berlin", "Berlin"),
    ("brandenburg", "Brandenburg", "Brandenburg"),
    ("bremen", "Bremen", "Bremen"),
    ("hamburg", "Hamburg", "Hamburg"),
    ("hessen", "Hessen", "Hesse"),
    ("mecklenburg-vorpommern", "Mecklenburg-Vorpommern", "Mecklenburg-Western Pomerania"),
    ("niedersachsen", "Niedersachsen", "Lower Saxony"),
    ("nordrhein-westfalen", "Nordrhein-Westfalen", "North Rhine-Westphalia"),
    ("rheinland-pfalz", "Rheinland-Pfalz", "Rhineland-Palatinate"),
    ("saarland", "Saarland", "Saarland"),
    ("sachsen", "Sachsen", "Saxony"),
    ("sachsen-anhalt", "Sachsen-Anhalt", "Saxony-Anhalt"),
    ("schleswig-holstein", "Schleswig-Holstein", "Schleswig-Holstein"),
    ("thueringen", "Thüringen", "Thuringia"),
]

# Facts from the programme's press releases; unknown values stay empty.
FUNDING_ROUNDS = [
    {"year": 2019},
    {
        "year": 2020,
        "motto_de": "Gemeinwohl und Netzwerkstadt/Stadtnetzwerk",
        "motto_en": "Common good and network city/city network",
        "applications": 86,
        "announced_on": datetime.date(2020, 9, 8),
    },
    {
        "year": 2021,
        "motto_de": "Gemeinsam aus der Krise: Raum für Zukunft",
        "motto_en": "Together out of the crisis: room for the future",
        "applications": 94,
        "budget_eur": 300_000_000,
        "announced_on": datetime.date(2021, 7, 15),
    },
]

# taxonomy column in taxonomies.csv -> model; the other taxonomies belong to measures.
PROGRAMME_TAXONOMIES = {
    "category": MunicipalityCategory,
    "phase": Phase,
    "topic": Topic,
}

# Rough bounding box of Germany, to catch swapped or mistyped coordinates.
LATITUDE_RANGE = (Decimal("47.2"), Decimal("55.1"))
LONGITUDE_RANGE = (Decimal("5.8"), Decimal("15.1"))
SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class ModelProjectDataError(ValueError):
    """The CSV file does not hold what the loader expects; lists every problem."""

    def __init__(self, problems):
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True)
class ModelProjectRow:
    slug: str
    name: str
    official_name: str
    year: int
    category_key: str
    state_name: str
    latitude: Decimal
    longitude: Decimal
    partners: str


def _say(stdout, message):
    if stdout is not None:
        stdout.write(message)


def read_taxonomy_rows(path=TAXONOMIES_CSV):
    """Rows of taxonomies.csv as dicts (taxonomy, key, label_de, label_en)."""
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        expected = {"taxonomy", "key", "label_de", "label_en"}
        if not expected.issubset(reader.fieldnames or ()):
            raise ModelProjectDataError([f"{path.name}: header must contain {sorted(expected)}"])
        return [{k: (v or "").strip() for k, v in row.items()} for row in reader]


def _create_missing_taxonomy_values(model, values):
    """Create values whose key does not exist yet; never touch existing ones."""
    existing = set(model.objects.values_list("key", flat=True))
    missing = [
        model(key=key, name_de=name_de, name_en=name_en, sort_order=(index + 1) * 10)
        for index, (key, name_de, name_en) in enumerate(values)
        if key not in existing
    ]
    model.objects.bulk_create(missing)
    return len(missing), len(values) - len(missing)


def load_taxonomies(stdout=None):
    """Federal states, funding rounds, municipality categories, phases and topics."""
    created, unchanged = _create_missing_taxonomy_values(FederalState, FEDERAL_STATES)
    _say(stdout, f"  federal states: {created} created, {unchanged} unchanged")

    rows = read_taxonomy_rows()
    for taxonomy, model in PROGRAMME_TAXONOMIES.items():
        values = [
            (row["key"], row["label_de"], row["label_en"])
            for row in rows
            if row["taxonomy"] == taxonomy
        ]
        created, unchanged = _create_missing_taxonomy_values(model, values)
        _say(stdout, f"  {taxonomy} values: {created} created, {unchanged} unchanged")

    created = 0
    for facts in FUNDING_ROUNDS:
        defaults = {key: value for key, value in facts.items() if key != "year"}
        _, was_created = FundingRound.objects.get_or_create(year=facts["year"], defaults=defaults)
        created += was_created
    _say(stdout, f"  funding rounds: {created} created, {len(FUNDING_ROUNDS) - created} unchanged")


def read_model_project_rows(path=MODEL_PROJECTS_CSV, *, years, category_keys, state_names):
    """Parse and validate model_projects.csv; raise ModelProjectDataError on any problem."""
    problems = []
    rows = []
    seen_slugs = set()
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames != MODEL_PROJECT_COLUMNS:
            raise ModelProjectDataError(
                [f"{path.name}: header must be {','.join(MODEL_PROJECT_COLUMNS)}"]
            )
        for line, raw in enumerate(reader, start=2):
            row = {key: (value or "").strip() for key, value in raw.items() if key}

            def problem(message, line=line):
                problems.append(f"{path.name}, line {line}: {message}")

            slug = row["slug"]
            if not SLUG_PATTERN.match(slug):
                problem(f"invalid slug {slug!r}")
            elif slug in seen_slugs:
                problem(f"duplicate slug {slug!r}")
            seen_slugs.add(slug)
            if not row["name"]:
                problem("name is empty")
            try:
                year = int(row["staffel"])
            except ValueError:
                year = None
            if year not in years:
                problem(f"unknown funding round {row['staffel']!r}")
            if row["category"] not in category_keys:
                problem(f"unknown category {row['category']!r}")
            if row["state"] not in state_names:
                problem(f"unknown federal state {row['state']!r}")
            try:
                latitude = Decimal(row["lat"])
                longitude = Decimal(row["lon"])
            except InvalidOperation:
                problem(f"coordinates are not numbers: {row['lat']!r}, {row['lon']!r}")
                continue
            if not (
                LATITUDE_RANGE[0] <= latitude <= LATITUDE_RANGE[1]
                and LONGITUDE_RANGE[0] <= longitude <= LONGITUDE_RANGE[1]
            ):
                problem(f"coordinates {latitude}, {longitude} lie outside Germany")
            partners = "\n".join(p.strip() for p in row["partners"].split(";") if p.strip())
            rows.append(
                ModelProjectRow(
                    slug=slug,
                    name=row["name"],
                    official_name=row["official_name"],
                    year=year,
                    category_key=row["category"],
                    state_name=row["state"],
                    latitude=latitude.quantize(Decimal("0.000001")),
                    longitude=longitude.quantize(Decimal("0.000001")),
                    partners=partners,
                )
            )
    if problems:
        raise ModelProjectDataError(problems)
    return rows


# --- Invented sample content -------------------------------------------------------

# Projects created before the invented population figures were dropped drew one random
# number of these sizes (by category) at this point. The draw stays, without a value, so
# that the other sample values of every project remain what they were.
_FORMER_DRAW_SIZES = {
    "grossstadt": 550_001,
    "mittelstadt": 75_001,
    "kleinstadt_landgemeinde": 16_001,
    "interkommunal_landkreis": 340_001,
}

CATEGORY_PHRASES = {
    "grossstadt": ("Als Großstadt", "As a large city"),
    "mittelstadt": ("Als Mittelstadt", "As a medium-sized town"),
    "kleinstadt_landgemeinde": (
        "Als kleine Kommune im ländlichen Raum",
        "As a small municipality in a rural area",
    ),
    "landkreis": ("Als Landkreis", "As a rural district"),
    "interkommunal": ("Als Verbund mehrerer Kommunen", "As an alliance of several municipalities"),
}

SUMMARIES = [
    (
        "{name} ist seit {year} Modellprojekt Smart Cities. {category_de} erprobt das "
        "Projekt digitale Lösungen in den Themen {topics_de} und teilt seine Erfahrungen "
        "mit anderen Kommunen.",
        "{name} has been a Smart Cities model project since {year}. {category_en}, it "
        "tries out digital solutions in the topics {topics_en} and shares what it learns "
        "with other municipalities.",
    ),
    (
        "{category_de} verbindet {name} Stadtentwicklung und Digitalisierung. Seit der "
        "Auswahl {year} liegen die Schwerpunkte auf {topics_de}.",
        "{category_en}, {name} links urban development with digitalisation. Since its "
        "selection in {year}, the work has focused on {topics_en}.",
    ),
    (
        "Im Modellprojekt {name} ({state_de}) entstehen seit {year} offene digitale "
        "Werkzeuge für den Alltag in der Kommune, vor allem zu {topics_de}.",
        "Since {year}, the model project {name} ({state_en}) has been building open "
        "digital tools for everyday municipal life, above all on {topics_en}.",
    ),
]

VISIONS = [
    (
        "Digitale Werkzeuge sollen dem Gemeinwohl dienen: Bürgerinnen und Bürger gestalten "
        "mit, Daten bleiben in kommunaler Hand, und was sich bewährt, wird als Open Source "
        "weitergegeben.",
        "Digital tools should serve the common good: residents have a say, data stays in "
        "municipal hands, and whatever works is passed on as open source.",
    ),
    (
        "Eine lebenswerte, klimafeste Kommune, in der Verwaltung, Wirtschaft und "
        "Zivilgesellschaft gemeinsam entscheiden, welche Technik wirklich gebraucht wird.",
        "A liveable, climate-resilient municipality in which administration, business and "
        "civil society decide together which technology is really needed.",
    ),
    (
        "Stadt und Umland rücken digital zusammen: kurze Wege zu Diensten, verlässliche "
        "Daten für Entscheidungen und Lösungen, die andere Kommunen übernehmen können.",
        "Town and surroundings move closer together digitally: short paths to services, "
        "reliable data for decisions and solutions that other municipalities can adopt.",
    ),
]


def _join(items, conjunction):
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def _category_phrase(row):
    key = row.category_key
    if key == "interkommunal_landkreis":
        is_district = re.search(r"(^|\s)(Land)?kreis|Eifelkreis", row.name)
        key = "landkreis" if is_district else "interkommunal"
    return CATEGORY_PHRASES[key]


def demo_values(row, *, topics, phases, state):
    """Invented editable fields for one project; the same row always gives the same values."""
    rng = random.Random(zlib.crc32(row.slug.encode("utf-8")))
    chosen_topics = sorted(
        rng.sample(topics, k=min(len(topics), rng.randint(2, 4))), key=lambda t: t.key
    )
    rng.randrange(_FORMER_DRAW_SIZES[row.category_key])
    # Projects of the first two rounds have long since moved on to implementation.
    strategy_share = 0.4 if row.year >= 2021 else 0.0
    phase = phases.get("strategie" if rng.random() < strategy_share else "umsetzung")
    category_de, category_en = _category_phrase(row)
    context = {
        "name": row.name,
        "year": row.year,
        "state_de": state.name_de,
        "state_en": state.name_en or state.name_de,
        "category_de": category_de,
        "category_en": category_en,
        "topics_de": _join((f"„{t.name_de}“" for t in chosen_topics[:2]), "und"),
        "topics_en": _join((f"“{t.name_en or t.name_de}”" for t in chosen_topics[:2]), "and"),
    }
    summary_de, summary_en = rng.choice(SUMMARIES)
    vision_de, vision_en = rng.choice(VISIONS)
    return {
        "summary_de": summary_de.format(**context),
        "summary_en": summary_en.format(**context),
        "vision_de": vision_de,
        "vision_en": vision_en,
        "phase": phase,
    }, chosen_topics


@transaction.atomic
def load_model_projects(stdout=None, path=MODEL_PROJECTS_CSV):
    """Create or update the model projects from the CSV; report what changed."""
    load_taxonomies(stdout)
    rounds = {r.year: r for r in FundingRound.objects.all()}
    categories = {c.key: c for c in MunicipalityCategory.objects.all()}
    states = {s.name_de: s for s in FederalState.objects.all()}
    phases = {p.key: p for p in Phase.objects.all()}
    topics = list(Topic.objects.order_by("key"))
    rows = read_model_project_rows(
        path, years=set(rounds), category_keys=set(categories), state_names=set(states)
    )

    existing = {p.slug: p for p in ModelProject.objects.all()}
    created = updated = unchanged = 0
    for row in rows:
        official = {
            "name": row.name,
            "official_name": row.official_name,
            "funding_round": rounds[row.year],
            "category": categories[row.category_key],
            "state": states[row.state_name],
            "latitude": row.latitude,
            "longitude": row.longitude,
            "partners": row.partners,
        }
        project = existing.get(row.slug)
        if project is None:
            values, chosen_topics = demo_values(
                row, topics=topics, phases=phases, state=official["state"]
            )
            # Published at once (live): loaded projects need no moderation.
            project = ModelProject(slug=row.slug, is_demo_content=True, **official, **values)
            project.topics.set(chosen_topics)  # written by save() (a parental relation)
            project.save()
            created += 1
            continue
        # Compare foreign keys by id so that checking costs no extra queries.
        comparable = {
            (f"{key}_id" if isinstance(value, models.Model) else key): (
                value.pk if isinstance(value, models.Model) else value
            )
            for key, value in official.items()
        }
        changed = [key for key, value in comparable.items() if getattr(project, key) != value]
        if changed:
            for key in changed:
                setattr(project, key, comparable[key])
            project.save()
            updated += 1
        else:
            unchanged += 1
    _say(
        stdout,
        f"  model projects: {created} created, {updated} updated, {unchanged} unchanged",
    )
    return {"created": created, "updated": updated, "unchanged": unchanged}
