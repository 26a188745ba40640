"""Hand-made solution profiles for the tests.

The session database may already hold the demo content (including the demo profiles);
``world`` removes every profile inside the test's transaction and creates its own, so
counts are exact.
"""

import itertools
from dataclasses import dataclass, field

import pytest

from contacts.models import ContactPoint, Organisation
from measures.models import Measure
from measures.tests import builders
from solutions.models import SolutionProcessStep, SolutionProfile, SolutionSuccessFactor

_counter = itertools.count(1)


@dataclass
class World(builders.World):
    profiles: dict = field(default_factory=dict)
    contact: object = None

    def profile(
        self,
        key=None,
        *,
        lead="alpha",
        partners=(),
        topics=(),
        fields=(),
        categories=(),
        measures=(),
        steps=(),
        factors=(),
        **values,
    ):
        """Create a published profile; keyword arguments override the defaults."""
        number = next(_counter)
        defaults = {
            "title_de": f"Testlösung {number}",
            "title_en": f"Test solution {number}",
            "slug": f"test-solution-{number}",
            "teaser_de": "Eine Lösung zum Testen.",
            "teaser_en": "A solution for testing.",
            "challenge_de": "<p>Die Herausforderung.</p>",
            "challenge_en": "<p>The challenge.</p>",
            "solution_de": "<p>Die Lösung.</p>",
            "solution_en": "<p>The solution.</p>",
            "live": True,
        }
        defaults.update(values)
        profile = SolutionProfile(lead_project=self.projects[lead], **defaults)
        profile.partner_projects = [self.projects[k] for k in partners]
        profile.topics = [self.topics[k] for k in topics]
        profile.fields_of_action = [self.fields[k] for k in fields]
        profile.municipality_categories = [self.categories[k] for k in categories]
        profile.related_measures = [self.measures[k] for k in measures]
        profile.process_steps = [
            SolutionProcessStep(
                title_de=de, title_en=en, text_de=f"{de} – Text", text_en=f"{en} text"
            )
            for de, en in steps
        ]
        profile.success_factors = [
            SolutionSuccessFactor(title_de=de, title_en=en, text_de="Text", text_en="Text")
            for de, en in factors
        ]
        profile.save()
        if key:
            self.profiles[key] = profile
        return profile


def build_world():
    SolutionProfile.objects.all().delete()
    w = World()
    w.add_taxonomies(
        states=("bayern", "berlin", "hessen"),
        categories=("grossstadt", "mittelstadt", "kleinstadt_landgemeinde"),
        topics=("app", "sensorik", "klimaschutz"),
        fields=("mobilitaet", "energie", "umwelt-klima"),
        spatial=("gesamtstadt",),
        statuses=("in-umsetzung",),
    )
    w.add_projects(
        alpha=("bayern", 2020, "grossstadt"),
        beta=("berlin", 2020, "mittelstadt"),
        gamma=("hessen", 2020, "kleinstadt_landgemeinde"),
    )
    for key, title, live in (
        ("sensors", "Sensoren im Park", True),
        ("hidden", "Versteckte Entwurfsmaßnahme", False),
    ):
        w.measures[key] = Measure.objects.create(
            title_de=title,
            title_en=title,
            slug=f"solution-test-measure-{key}",
            model_project=w.projects["alpha"],
            summary_de="Zusammenfassung.",
            summary_en="Summary.",
            status=w.statuses["in-umsetzung"],
            spatial_effect=w.spatial["gesamtstadt"],
            live=live,
        )
    organisation, _ = Organisation.objects.get_or_create(
        key="test-org", defaults={"name": "Testorganisation"}
    )
    w.contact, _ = ContactPoint.objects.get_or_create(
        key="test-contact",
        defaults={
            "organisation": organisation,
            "purpose": "Fragen zur Testlösung",
            "email": "test@example.org",
        },
    )
    return w


@pytest.fixture
def world(db):
    """Taxonomies, three model projects, two measures, a contact point and no profiles."""
    return build_world()


@pytest.fixture
def sample(world):
    """Six published profiles spread over the facets, and one draft."""
    w = world
    w.profile(
        "heat",
        title_de="Hitze- und Wassermanagement",
        title_en="Heat and water management",
        teaser_de="Sensoren messen Bodenfeuchte und Hitze.",
        teaser_en="Sensors measure soil moisture and heat.",
        lead="alpha",
        partners=("beta",),
        topics=("sensorik", "klimaschutz"),
        fields=("umwelt-klima",),
        categories=("grossstadt", "mittelstadt"),
        measures=("sensors", "hidden"),
        steps=(("Bedarf klären", "Agree on needs"), ("Sensoren bauen", "Build sensors")),
        factors=(("Gutes Team", "Good team"),),
        licence="EUPL-1.2",
        repository_url="https://gitlab.opencode.de/example/heat",
        data_protection_done=True,
        made_permanent=True,
        contact=w.contact,
        is_demo_content=True,
    )
    w.profile(
        "app",
        title_de="Die Dorf-App",
        title_en="The village app",
        lead="gamma",
        topics=("app",),
        fields=("mobilitaet",),
        categories=("kleinstadt_landgemeinde",),
        licence="GPL-3.0",
        repository_url="https://github.com/example/app",
    )
    w.profile(
        "parking",
        title_de="Smartes Parken",
        title_en="Smart parking",
        lead="beta",
        topics=("sensorik", "app"),
        fields=("mobilitaet",),
        categories=("grossstadt", "mittelstadt"),
    )
    w.profile(
        "energy",
        title_de="Energiemonitoring",
        title_en="Energy monitoring",
        lead="gamma",
        topics=("klimaschutz",),
        fields=("energie",),
        categories=("kleinstadt_landgemeinde", "mittelstadt"),
    )
    w.profile(
        "trees",
        title_de="Baumsensoren",
        title_en="Tree sensors",
        lead="alpha",
        topics=("sensorik",),
        fields=("umwelt-klima",),
        categories=("grossstadt",),
        repository_url="https://gitlab.opencode.de/example/trees",
    )
    w.profile("plain", lead="beta")
    w.profile(
        "draft",
        title_de="Unveröffentlichter Entwurf",
        title_en="Unpublished draft",
        lead="alpha",
        topics=("sensorik",),
        live=False,
    )
    return w
