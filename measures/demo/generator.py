"""Deterministic generator of invented measures (demo content and benchmarks).

Measure number ``i`` depends only on the seed and ``i`` (and on the model projects and
taxonomies in the database), so 650 measures are the first 650 of 100,000, and running
the generator again creates only what is missing.

Each measure fits its model project: only kinds of measures and place phrases that suit
the project's municipality category are used (no "Innenstadt" for a district, no
"im Kreisgebiet" for a city), and a title never names the same thing twice.

The texts it combines are kept in ``texts.yaml`` beside this module (``read_texts``).
"""

from __future__ import annotations

import datetime
import functools
import random
import re
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction
from django.utils.text import slugify

from core.demo.datafiles import read_records
from programmes.models import ModelProject, Topic

from ..models import FieldOfAction, Measure, MeasureStatus, SpatialEffect

TEXTS_FILE = Path(__file__).resolve().parent / "texts.yaml"
REGION = "interkommunal_landkreis"  # districts and inter-municipal cooperations
# Municipality categories (keys of taxonomies.csv); a text without categories fits all.
CATEGORIES = frozenset({"grossstadt", "mittelstadt", "kleinstadt_landgemeinde", REGION})
DEFAULT_COUNT = 650
DEFAULT_SEED = 2023  # the year the measures database went online
MAX_COUNT = 100_000
BATCH_SIZE = 2000
STATUS_WEIGHTS = {"geplant": 15, "in-umsetzung": 45, "abgeschlossen": 25, "verstetigt": 15}
SPATIAL_WEIGHTS = {"quartier": 30, "gesamtstadt": 45, "region": 15, "interkommunal": 10}
# Districts and inter-municipal cooperations are neither a neighbourhood nor one town.
REGIONAL_SPATIAL_WEIGHTS = {"region": 55, "interkommunal": 45}
# How often a title gets a place phrase, a stage or nothing (when the kind allows each).
QUALIFIER_WEIGHTS = {"place": 30, "stage": 25, "none": 45}
# Projects refresh their entries every six months.
UPDATE_DATES = [
    datetime.date(2023, 5, 15),
    datetime.date(2023, 11, 15),
    datetime.date(2024, 5, 15),
    datetime.date(2024, 11, 15),
    datetime.date(2025, 5, 15),
    datetime.date(2025, 11, 14),
    datetime.date(2026, 5, 15),
]


@dataclass(frozen=True)
class Archetype:
    """A kind of measure that model projects typically run (see ``texts.yaml``)."""

    title_de: str
    title_en: str
    what_de: str
    what_en: str
    goal_de: str
    goal_en: str
    field_of_action: str
    topics: tuple[str, ...]
    technologies: str
    categories: frozenset = CATEGORIES
    places: tuple[str, ...] = ()
    spatial_effect: str | None = None  # the kind's own spatial effect (key), if it has one


@dataclass(frozen=True)
class Place:
    """A phrase appended to a title that says where the measure takes effect.

    ``categories``: the municipality categories it fits; ``districts_only``: only for
    projects that are a district (Kreis), ``partnerships_only``: only for the other
    projects of the inter-municipal category. ``spatial_effect``: the spatial effect
    (key) a measure with this phrase gets, or None to leave it to chance.
    """

    key: str
    de: str
    en: str
    categories: frozenset
    spatial_effect: str | None = None
    districts_only: bool = False
    partnerships_only: bool = False


@dataclass(frozen=True)
class Texts:
    """The records of ``texts.yaml`` by kind; phrases appended to titles start with a space."""

    archetypes: list[Archetype]
    places: list[Place]
    stages: list[tuple[str, str]]
    permanent_stage: tuple[str, str]  # only for measures made permanent
    status_sentences: dict[str, tuple[str, str]]
    spatial_sentences: dict[str, tuple[str, str]]
    transfer_sentences: list[tuple[str, str]]
    goal_extras: list[tuple[str, str]]
    licences: list[str]


# kind -> (required keys, optional keys) of a record in texts.yaml
TEXT_KINDS = {
    "archetype": (
        ("title", "what", "goal", "field_of_action", "topics", "technologies"),
        ("categories", "places", "spatial_effect"),
    ),
    "place": (
        ("key", "de", "en"),
        ("categories", "spatial_effect", "districts_only", "partnerships_only"),
    ),
    "stage": (("de", "en"), ("permanent",)),
    "status": (("key", "de", "en"), ()),
    "spatial_effect": (("key", "de", "en"), ()),
    "transfer": (("de", "en"), ()),
    "goal": (("de", "en"), ()),
    "licence": (("licence",), ()),
}


@functools.cache
def read_texts(path=TEXTS_FILE) -> Texts:
    """The texts of ``texts.yaml``; a record of unknown kind, with a missing or unknown
    key, an unknown municipality category or place key fails with the record named."""
    by_kind = {kind: [] for kind in TEXT_KINDS}
    for number, record in enumerate(read_records(path, required=("kind",)), start=1):
        kind = record["kind"]
        if kind not in TEXT_KINDS:
            raise ValueError(f"{path}: record {number} has the unknown kind {kind!r}")
        required, optional = TEXT_KINDS[kind]
        missing = [key for key in required if key not in record]
        unknown = sorted(set(record) - {"kind", *required, *optional})
        categories = set(record.get("categories", ())) - CATEGORIES
        if missing or unknown or categories:
            problems = [f"lacks {', '.join(missing)}"] if missing else []
            problems += [f"has the unknown key(s) {', '.join(unknown)}"] if unknown else []
            problems += [f"names unknown categories {sorted(categories)}"] if categories else []
            raise ValueError(f"{path}: record {number} ({kind}) {'; '.join(problems)}")
        by_kind[kind].append(record)

    def pair(record, prefix=""):
        return prefix + record["de"], prefix + record["en"]

    def categories(record):
        return frozenset(record["categories"]) if "categories" in record else CATEGORIES

    archetypes = [
        Archetype(
            *pair(record["title"]),
            *pair(record["what"]),
            *pair(record["goal"]),
            field_of_action=record["field_of_action"],
            topics=tuple(record["topics"]),
            technologies=record["technologies"],
            categories=categories(record),
            places=tuple(record.get("places", ())),
            spatial_effect=record.get("spatial_effect"),
        )
        for record in by_kind["archetype"]
    ]
    places = [
        Place(
            record["key"],
            *pair(record, " "),
            categories=categories(record),
            spatial_effect=record.get("spatial_effect"),
            districts_only=record.get("districts_only", False),
            partnerships_only=record.get("partnerships_only", False),
        )
        for record in by_kind["place"]
    ]
    place_keys = {place.key for place in places}
    for archetype in archetypes:
        if not set(archetype.places) <= place_keys:
            unknown = sorted(set(archetype.places) - place_keys)
            raise ValueError(f"{path}: archetype {archetype.title_de!r} names places {unknown}")
    stages = [pair(record, " ") for record in by_kind["stage"] if not record.get("permanent")]
    permanent = [pair(record, " ") for record in by_kind["stage"] if record.get("permanent")]
    if len(permanent) != 1:
        raise ValueError(f"{path}: expected one permanent stage, found {len(permanent)}")
    return Texts(
        archetypes=archetypes,
        places=places,
        stages=stages,
        permanent_stage=permanent[0],
        status_sentences={r["key"]: pair(r) for r in by_kind["status"]},
        spatial_sentences={r["key"]: pair(r) for r in by_kind["spatial_effect"]},
        transfer_sentences=[pair(record) for record in by_kind["transfer"]],
        goal_extras=[pair(record) for record in by_kind["goal"]],
        licences=[record["licence"] for record in by_kind["licence"]],
    )


class MissingDataError(RuntimeError):
    """Model projects or taxonomies are not loaded yet."""


class Catalogue:
    """The model projects and taxonomy values the generated measures refer to."""

    def __init__(self):
        self.projects = list(
            ModelProject.objects.select_related("funding_round", "category").order_by("slug")
        )
        self.fields = {f.key: f for f in FieldOfAction.objects.all()}
        self.spatial = {s.key: s for s in SpatialEffect.objects.all()}
        self.statuses = {s.key: s for s in MeasureStatus.objects.all()}
        self.topics = {t.key: t for t in Topic.objects.all()}
        missing = [
            name
            for name, values in [
                ("model projects", self.projects),
                ("fields of action", self.fields),
                ("spatial effects", self.spatial),
                ("measure statuses", self.statuses),
                ("topics", self.topics),
            ]
            if not values
        ]
        if missing:
            raise MissingDataError(
                "Load the model projects and taxonomies first (missing: "
                + ", ".join(missing)
                + ")."
            )
        # Fixed permutation so that consecutive measures belong to different projects.
        order = list(range(len(self.projects)))
        random.Random("projects").shuffle(order)
        self.project_order = order


def _weighted(rng, weights, available):
    keys = [key for key in weights if key in available] or sorted(available)
    return available[rng.choices(keys, weights=[weights.get(k, 1) for k in keys])[0]]


def is_district(project) -> bool:
    """A Landkreis or Kreis (its official name says so), not a group of municipalities."""
    first_word = project.name.split()[0].lower() if project.name.split() else ""
    return first_word.endswith("kreis")


def category_key(project) -> str:
    return project.category.key if project.category_id else ""


def archetypes_for(project):
    """The kinds of measures that suit the project's municipality category."""
    category = category_key(project)
    archetypes = read_texts().archetypes
    fitting = [a for a in archetypes if category in a.categories]
    return fitting or archetypes


def places_for(project, archetype):
    """The place phrases the archetype's title may take for this project."""
    category = category_key(project)
    district = is_district(project)
    return [
        place
        for place in read_texts().places
        if place.key in archetype.places
        and category in place.categories
        and not (place.districts_only and not district)
        and not (place.partnerships_only and district)
    ]


def _qualifier(rng, project, archetype, status):
    """A place phrase, a stage or nothing: ``(de, en, spatial effect key or None)``."""
    texts = read_texts()
    places = places_for(project, archetype)
    stages = list(texts.stages)
    if status.key == "verstetigt":
        stages.append(texts.permanent_stage)
    kinds = {"place": places, "stage": stages, "none": [None]}
    names = [name for name in QUALIFIER_WEIGHTS if kinds[name]]
    kind = rng.choices(names, weights=[QUALIFIER_WEIGHTS[n] for n in names])[0]
    choice = kinds[kind][rng.randrange(len(kinds[kind]))]
    if kind == "place":
        return choice.de, choice.en, choice.spatial_effect
    if kind == "stage":
        return choice[0], choice[1], None
    return "", "", None


_SMART = re.compile(r"\bsmart", re.IGNORECASE)


def contact_unit(project) -> str:
    """The project office: "Projektbüro Smart City Ulm", but "Projektbüro Smarte KielRegion"."""
    if _SMART.search(project.name):
        return f"Projektbüro {project.name}"
    return f"Projektbüro Smart City {project.name}"


def build_measure(index: int, seed: int, catalogue: Catalogue):
    """Measure number ``index`` (unsaved) and its fields of action and topics."""
    texts = read_texts()
    rng = random.Random(f"measure-{seed}-{index}")
    project = catalogue.projects[catalogue.project_order[index % len(catalogue.projects)]]
    fitting = archetypes_for(project)
    archetype = fitting[rng.randrange(len(fitting))]
    status = _weighted(rng, STATUS_WEIGHTS, catalogue.statuses)
    qualifier_de, qualifier_en, place_spatial = _qualifier(rng, project, archetype, status)
    place_spatial = archetype.spatial_effect or place_spatial
    if place_spatial in catalogue.spatial:
        spatial = catalogue.spatial[place_spatial]
    elif category_key(project) == REGION:
        spatial = _weighted(rng, REGIONAL_SPATIAL_WEIGHTS, catalogue.spatial)
    else:
        spatial = _weighted(rng, SPATIAL_WEIGHTS, catalogue.spatial)

    fields = [catalogue.fields.get(archetype.field_of_action)]
    for _ in range(rng.choice([0, 0, 1, 1, 2])):
        fields.append(catalogue.fields[rng.choice(sorted(catalogue.fields))])
    fields = list(dict.fromkeys(f for f in fields if f is not None))
    topics = [catalogue.topics[key] for key in archetype.topics if key in catalogue.topics]
    if rng.random() < 0.3:
        topics.append(catalogue.topics[rng.choice(sorted(catalogue.topics))])
    topics = list(dict.fromkeys(topics))

    round_year = project.funding_round.year
    start = datetime.date(round_year + rng.randint(0, 3), rng.randint(1, 12), 1)
    end = None
    if status.key in {"abgeschlossen", "verstetigt"}:
        end = datetime.date(min(start.year + rng.randint(1, 3), 2026), rng.randint(1, 12), 1)
        end = max(end, start)
    elif rng.random() < 0.5:
        end = datetime.date(start.year + rng.randint(2, 5), 12, 31)
    updated = rng.choice([d for d in UPDATE_DATES if d >= start] or [UPDATE_DATES[-1]])

    title_de = archetype.title_de + qualifier_de
    title_en = archetype.title_en + qualifier_en
    status_de, status_en = texts.status_sentences.get(status.key, ("", ""))
    spatial_de, spatial_en = texts.spatial_sentences.get(spatial.key, ("", ""))
    transfers = texts.transfer_sentences
    transfer_de, transfer_en = transfers[rng.randrange(len(transfers))]
    has_code = rng.random() < 0.35
    extras = rng.sample(texts.goal_extras, k=2)

    summary_de = f"{project.name} {archetype.what_de}. Ziel ist es, {archetype.goal_de}."
    summary_en = f"{project.name} {archetype.what_en}. The aim is to {archetype.goal_en}."
    code_de = (
        "<p>Der Quellcode wird als Open Source veröffentlicht, damit andere Kommunen ihn "
        "nachnutzen können.</p>"
        if has_code
        else ""
    )
    code_en = (
        "<p>The source code is published as open source so that other municipalities can "
        "reuse it.</p>"
        if has_code
        else ""
    )
    description_de = (
        f"<p>Das Modellprojekt {project.name} {archetype.what_de}. {spatial_de}</p>"
        f"<p>{status_de} Eingesetzt werden unter anderem: {archetype.technologies}.</p>"
        f"<p>{transfer_de}</p>{code_de}"
    )
    description_en = (
        f"<p>The model project {project.name} {archetype.what_en}. {spatial_en}</p>"
        f"<p>{status_en} Technologies used include: {archetype.technologies}.</p>"
        f"<p>{transfer_en}</p>{code_en}"
    )
    goal_first_de = archetype.goal_de[0].upper() + archetype.goal_de[1:]
    goal_first_en = archetype.goal_en[0].upper() + archetype.goal_en[1:]
    goals_de = "\n".join([goal_first_de, *(extra[0] for extra in extras)])
    goals_en = "\n".join([goal_first_en, *(extra[1] for extra in extras)])

    slug = f"{slugify(title_de)[:70].strip('-')}-{project.slug}-{index + 1}"[:255]
    measure = Measure(
        slug=slug,
        model_project=project,
        title_de=title_de,
        title_en=title_en,
        summary_de=summary_de,
        summary_en=summary_en,
        description_de=description_de,
        description_en=description_en,
        goals_de=goals_de,
        goals_en=goals_en,
        spatial_effect=spatial,
        status=status,
        technologies=archetype.technologies,
        start_date=start,
        end_date=end,
        repository_url=(
            f"https://gitlab.opencode.de/smart-city-{project.slug}/{slugify(archetype.title_de)}"
            if has_code
            else ""
        ),
        licence=rng.choice(texts.licences) if has_code else "",
        contact_name=contact_unit(project),
        contact_email=f"smartcity@{project.slug}.example",
        last_updated=updated,
        is_demo_content=True,
        live=True,
    )
    return measure, fields, topics


def _progress(stdout, done, total):
    if stdout is None or total == 0:
        return
    width = 30
    filled = int(width * done / total)
    bar = "#" * filled + "-" * (width - filled)
    line = f"  [{bar}] {done * 100 // total:3d}% {done}/{total}"
    interactive = getattr(getattr(stdout, "_out", stdout), "isatty", lambda: False)()
    if interactive:
        stdout.write("\r" + line, ending="" if done < total else "\n")
        stdout.flush()
    else:
        stdout.write(line)


def _stale_slugs(catalogue, existing):
    """Demo measures made by an earlier version of the generator, by index.

    A generated slug ends with ``-<project slug>-<number>`` (number = index + 1); when the
    texts change, the same measure gets another title and so another slug. Such a measure
    is replaced rather than kept beside its successor.
    """
    stale = {}
    count = len(catalogue.projects)
    for slug in existing:
        match = re.search(r"-([0-9]+)$", slug)
        if not match:
            continue
        index = int(match.group(1)) - 1
        if index < 0:
            continue
        project = catalogue.projects[catalogue.project_order[index % count]]
        if slug.endswith(f"-{project.slug}-{index + 1}"):
            stale[index] = slug
    return stale


def generate_measures(count=DEFAULT_COUNT, seed=DEFAULT_SEED, stdout=None):
    """Create measures 1…``count`` that do not exist yet; return how many were created.

    A demo measure that an earlier version of the generator made for the same number (same
    project, other title) is deleted and made anew with the current texts.
    """
    if not 0 <= count <= MAX_COUNT:
        raise ValueError(f"count must be between 0 and {MAX_COUNT}")
    catalogue = Catalogue()
    existing = set(Measure.objects.filter(is_demo_content=True).values_list("slug", flat=True))
    earlier = _stale_slugs(catalogue, existing)
    created = 0
    done = 0
    foa_through = Measure.fields_of_action.through
    topic_through = Measure.topics.through
    for batch_start in range(0, count, BATCH_SIZE):
        batch = []
        replaced = []
        for index in range(batch_start, min(batch_start + BATCH_SIZE, count)):
            measure, fields, topics = build_measure(index, seed, catalogue)
            if measure.slug not in existing:
                batch.append((measure, fields, topics))
                if index in earlier:
                    replaced.append(earlier[index])
        with transaction.atomic():
            if replaced:
                Measure.objects.filter(is_demo_content=True, slug__in=replaced).delete()
            Measure.objects.bulk_create([m for m, _f, _t in batch], batch_size=500)
            foa_through.objects.bulk_create(
                [
                    foa_through(measure_id=m.pk, fieldofaction_id=f.pk)
                    for m, fields, _t in batch
                    for f in fields
                ],
                batch_size=2000,
            )
            topic_through.objects.bulk_create(
                [
                    topic_through(measure_id=m.pk, topic_id=t.pk)
                    for m, _f, topics in batch
                    for t in topics
                ],
                batch_size=2000,
            )
        created += len(batch)
        done = min(batch_start + BATCH_SIZE, count)
        _progress(stdout, done, count)
    return created
