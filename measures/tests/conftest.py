"""A small, hand-made measures database for the tests.

The session may already hold the demo content (650 invented measures); ``world`` removes
all measures inside the test's transaction and creates its own, so counts are exact.
"""

import datetime
import itertools
from dataclasses import dataclass

import pytest
from django.utils import translation

from measures.models import Measure

from . import builders
from .helpers import remove_all_measures

_counter = itertools.count(1)


@dataclass
class World(builders.World):
    def measure(self, key=None, *, project="alpha", fields=("mobilitaet",), topics=(), **values):
        """Create a published measure; keyword arguments override the defaults."""
        number = next(_counter)
        defaults = {
            "title_de": f"Testmaßnahme {number}",
            "title_en": f"Test measure {number}",
            "summary_de": "Eine Maßnahme zum Testen.",
            "summary_en": "A measure for testing.",
            "description_de": "<p>Beschreibung.</p>",
            "description_en": "<p>Description.</p>",
            "slug": f"test-measure-{number}",
            "status": self.statuses["in-umsetzung"],
            "spatial_effect": self.spatial["gesamtstadt"],
            "last_updated": datetime.date(2025, 5, 15),
        }
        defaults.update(values)
        # Parental many-to-many fields: links given to the constructor are written by save().
        measure = Measure.objects.create(
            model_project=self.projects[project],
            fields_of_action=[self.fields[k] for k in fields],
            topics=[self.topics[k] for k in topics],
            **defaults,
        )
        if key:
            self.measures[key] = measure
        return measure


def build_world():
    remove_all_measures()
    w = World()
    w.add_taxonomies(
        states=("bayern", "berlin"),
        categories=("grossstadt", "mittelstadt"),
        topics=("app", "mobilitaet", "sensorik"),
        fields=("mobilitaet", "energie", "verwaltung", "bildung"),
        spatial=("quartier", "gesamtstadt"),
        statuses=("geplant", "in-umsetzung", "abgeschlossen", "verstetigt"),
    )
    w.add_projects(
        alpha=("bayern", 2019, "grossstadt"),
        beta=("berlin", 2020, "mittelstadt"),
        gamma=("bayern", 2020, "mittelstadt"),
    )
    return w


@pytest.fixture
def world(db):
    """Taxonomies, three projects and no measures yet."""
    return build_world()


@pytest.fixture
def sample(world):
    """Eight measures spread over the facets, with texts for the search tests."""
    w = world
    w.measure(
        "radwege",
        title_de="Sichere Radwege für den Schulweg",
        title_en="Safe cycle paths to school",
        summary_de="Neue Radwege verbinden die Schulen.",
        summary_en="New cycle paths connect the schools.",
        fields=("mobilitaet",),
        topics=("mobilitaet",),
        spatial_effect=w.spatial["quartier"],
        last_updated=datetime.date(2026, 5, 15),
    )
    w.measure(
        "zaehlung",
        project="beta",
        title_de="Verkehrszählung mit Sensoren",
        title_en="Traffic counting with sensors",
        summary_de="Sensoren zählen Autos und Fahrräder.",
        summary_en="Sensors count cars and bicycles.",
        description_de="<p>Die Daten helfen beim Ausbau der Radwege.</p>",
        description_en="<p>The data helps to extend the cycle paths.</p>",
        fields=("mobilitaet", "verwaltung"),
        topics=("sensorik", "mobilitaet"),
        status=w.statuses["abgeschlossen"],
    )
    w.measure(
        "energie",
        project="gamma",
        title_de="Energiemonitoring der Schulen",
        title_en="Energy monitoring of schools",
        fields=("energie",),
        topics=("sensorik",),
        status=w.statuses["geplant"],
        spatial_effect=w.spatial["quartier"],
    )
    w.measure(
        "app",
        project="beta",
        title_de="Bürger-App",
        title_en="Citizen app",
        fields=("verwaltung",),
        topics=("app",),
        last_updated=datetime.date(2024, 11, 15),
    )
    w.measure("m5", project="alpha", fields=("energie", "mobilitaet"), topics=("app",))
    w.measure("m6", project="gamma", fields=("verwaltung",), status=w.statuses["abgeschlossen"])
    w.measure("m7", project="alpha", fields=("mobilitaet",), topics=("sensorik", "app"))
    w.measure(
        "draft",
        project="alpha",
        title_de="Unveröffentlichter Entwurf",
        title_en="Unpublished draft",
        fields=("mobilitaet",),
        live=False,
    )
    return w


@pytest.fixture(autouse=True)
def german():
    """Each test starts in German: requests activate their language and leave it active."""
    with translation.override("de"):
        yield
