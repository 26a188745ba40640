"""Taxonomies and model projects of the small, hand-made worlds that the measures and the
solutions tests build (``world`` in their ``conftest.py``).

The values are those of ``programmes/data/taxonomies.csv`` (which the session has usually
loaded already, so they are fetched, not created), by key; the model projects are the
test's own (slugs ``test-<key>``). The measures app holds this because it sees both apps'
taxonomies: the programmes' (states, rounds, categories, topics) and its own (fields of
action, spatial effects, statuses).
"""

import itertools
from dataclasses import dataclass, field

from measures.models import FieldOfAction, MeasureStatus, SpatialEffect
from programmes.models import FederalState, FundingRound, ModelProject, MunicipalityCategory, Topic

_sort_orders = itertools.count(10, 10)

# (German name, English name) of each value the tests use, by model and key.
NAMES = {
    FederalState: {
        "bayern": ("Bayern", "Bavaria"),
        "berlin": ("Berlin", "Berlin"),
        "hessen": ("Hessen", "Hesse"),
    },
    MunicipalityCategory: {
        "grossstadt": ("Großstadt", "Large city"),
        "mittelstadt": ("Mittelstadt", "Medium-sized town"),
        "kleinstadt_landgemeinde": (
            "Kleinstadt und Landgemeinde",
            "Small town and rural municipality",
        ),
    },
    Topic: {
        "app": ("App", "App"),
        "mobilitaet": ("Mobilität und Erreichbarkeit", "Mobility and accessibility"),
        "sensorik": ("Sensorik und IoT", "Sensors and IoT"),
        "klimaschutz": ("Klimaschutz und -anpassung", "Climate protection and adaptation"),
    },
    FieldOfAction: {
        "mobilitaet": ("Mobilität und Infrastruktur", "Mobility and infrastructure"),
        "energie": ("Energie", "Energy"),
        "verwaltung": ("Verwaltung und Bürgerservice", "Administration and citizen services"),
        "bildung": ("Bildung", "Education"),
        "umwelt-klima": ("Umwelt und Klimaanpassung", "Environment and climate adaptation"),
    },
    SpatialEffect: {
        "quartier": ("Quartier", "Neighbourhood"),
        "gesamtstadt": ("Gesamtstadt", "Whole municipality"),
    },
    MeasureStatus: {
        "geplant": ("Geplant", "Planned"),
        "in-umsetzung": ("In Umsetzung", "In implementation"),
        "abgeschlossen": ("Abgeschlossen", "Completed"),
        "verstetigt": ("Verstetigt", "Made permanent"),
    },
}

# The names of the test's own model projects, by key.
PROJECT_NAMES = {"alpha": "Teststadt Alpha", "beta": "Teststadt Beta", "gamma": "Testdorf Gamma"}


def taxonomies(model, *keys):
    """{key: value} of ``model`` (a taxonomy with key, names and sort order), each got or
    created with the names of ``NAMES``; new values sort in the order of the calls."""
    values = {}
    for key in keys:
        name_de, name_en = NAMES[model][key]
        values[key], _created = model.objects.get_or_create(
            key=key,
            defaults={"name_de": name_de, "name_en": name_en, "sort_order": next(_sort_orders)},
        )
    return values


@dataclass
class World:
    """What a test world holds, by key: taxonomy values, model projects and measures."""

    states: dict = field(default_factory=dict)
    rounds: dict = field(default_factory=dict)
    categories: dict = field(default_factory=dict)
    topics: dict = field(default_factory=dict)
    fields: dict = field(default_factory=dict)
    spatial: dict = field(default_factory=dict)
    statuses: dict = field(default_factory=dict)
    projects: dict = field(default_factory=dict)
    measures: dict = field(default_factory=dict)

    def add_taxonomies(
        self, *, states=(), categories=(), topics=(), fields=(), spatial=(), statuses=()
    ):
        """Fetch (or create) the values of these keys into the world's dictionaries."""
        for values, model, keys in (
            (self.states, FederalState, states),
            (self.categories, MunicipalityCategory, categories),
            (self.topics, Topic, topics),
            (self.fields, FieldOfAction, fields),
            (self.spatial, SpatialEffect, spatial),
            (self.statuses, MeasureStatus, statuses),
        ):
            values.update(taxonomies(model, *keys))

    def add_projects(self, **specs):
        """Create or update the model projects ``key=(state, year, category)`` (state and
        category by key, the funding round by year), slug ``test-<key>``, name from
        ``PROJECT_NAMES``, all at the same place."""
        for key, (state, year, category) in specs.items():
            if year not in self.rounds:
                self.rounds[year], _ = FundingRound.objects.get_or_create(year=year)
            self.projects[key], _ = ModelProject.objects.update_or_create(
                slug=f"test-{key}",
                defaults={
                    "name": PROJECT_NAMES[key],
                    "state": self.states[state],
                    "funding_round": self.rounds[year],
                    "category": self.categories[category],
                    "latitude": "48.1",
                    "longitude": "11.5",
                },
            )
