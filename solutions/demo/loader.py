"""Loads the demo solution profiles (``profiles.yaml``) in German and English.

Idempotent: a profile whose slug exists is left as it is, so editors' changes survive;
only links that are still empty (fields of action, related measures, contact) are filled
in, for example after the measures were loaded for the first time. New profiles are
published through a revision, as if an editor had published them, and flagged
``is_demo_content``.
"""

import io
import random
from pathlib import Path

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.html import escape
from wagtail.images import get_image_model

from contacts.models import ContactPoint
from core.demo.datafiles import read_records
from core.demo.images import draw_network, render_png
from measures.models import FieldOfAction, Measure
from programmes.models import ModelProject, MunicipalityCategory, Topic
from solutions.models import (
    SolutionImage,
    SolutionProcessStep,
    SolutionProfile,
    SolutionSuccessFactor,
)

DATA_FILE = Path(__file__).with_name("profiles.yaml")
REQUIRED_KEYS = (
    "slug",
    "lead",
    "partners",
    "title",
    "teaser",
    "challenge",
    "solution",
    "steps",
    "data_basis",
    "factors",
    "costs",
    "categories",
    "prerequisites",
    "licence",
    "repository",
    "data_protection",
    "procurement",
    "operating_costs",
    "permanent",
    "topics",
    "fields",
    "colours",
    "image_alt",
)
IMAGE_CREDIT = "Demo-Grafik: Smart City Dialog"
CONTACT_KEY = "kts"
MEASURES_PER_PROFILE = 3


def read_profiles():
    """The demo profiles of ``profiles.yaml``, one mapping per profile."""
    return read_records(DATA_FILE, required=REQUIRED_KEYS)


def _say(stdout, message):
    if stdout is not None:
        stdout.write(message)


def rich_text(paragraphs):
    """Paragraphs (strings) and bullet lists (lists of strings) as Wagtail rich text."""
    parts = []
    for block in paragraphs:
        if isinstance(block, list | tuple):
            items = "".join(f"<li>{escape(item)}</li>" for item in block)
            parts.append(f"<ul>{items}</ul>")
        else:
            parts.append(f"<p>{escape(block)}</p>")
    return "".join(parts)


def draw_image(slug, colours, size=(960, 540)):
    """A deterministic abstract picture in the profile's colours (PNG bytes)."""
    dark, light = colours["dark"], colours["light"]
    rng = random.Random(slug)
    width, height = size

    def paint(canvas):
        for _ in range(6):
            x, y = rng.randint(0, width), rng.randint(0, height)
            w, h = rng.randint(120, 320), rng.randint(60, 200)
            canvas.rectangle([x, y, x + w, y + h], outline=light, width=5)
        draw_network(canvas, rng, size, dark, light, dots=10, radii=(10, 26), bottom_margin=60)

    return render_png(size, colours["background"], paint)


def ensure_image(spec):
    image_model = get_image_model()
    title = f"Demo-Grafik Lösung {spec['slug']}"
    image = image_model.objects.filter(title=title).first()
    if image is None:
        image = image_model(title=title, description=spec["image_alt"]["de"])
        image.file = ImageFile(
            io.BytesIO(draw_image(spec["slug"], spec["colours"])),
            name=f"demo-loesung-{spec['slug']}.png",
        )
        image.save()
    return image


def _related_measures(profile):
    """A few published measures of the lead model project."""
    return list(
        Measure.objects.live()
        .filter(model_project=profile.lead_project)
        .order_by("pk")[:MEASURES_PER_PROFILE]
    )


def _titled_texts(model, items):
    """Process steps or success factors: a title and a text in both languages each."""
    return [
        model(
            title_de=item["title_de"],
            title_en=item["title_en"],
            text_de=item["text_de"],
            text_en=item["text_en"],
        )
        for item in items
    ]


def build_profile(spec, *, projects, categories, topics):
    de, en = "de", "en"
    profile = SolutionProfile(
        slug=spec["slug"],
        lead_project=projects[spec["lead"]],
        title_de=spec["title"][de],
        title_en=spec["title"][en],
        teaser_de=spec["teaser"][de],
        teaser_en=spec["teaser"][en],
        challenge_de=rich_text(spec["challenge"][de]),
        challenge_en=rich_text(spec["challenge"][en]),
        solution_de=rich_text(spec["solution"][de]),
        solution_en=rich_text(spec["solution"][en]),
        data_basis_de=rich_text(spec["data_basis"][de]),
        data_basis_en=rich_text(spec["data_basis"][en]),
        costs_and_resources_de=rich_text(spec["costs"][de]),
        costs_and_resources_en=rich_text(spec["costs"][en]),
        prerequisites_de=spec["prerequisites"][de],
        prerequisites_en=spec["prerequisites"][en],
        licence=spec["licence"],
        repository_url=spec["repository"],
        data_protection_done=spec["data_protection"],
        procurement_done=spec["procurement"],
        operating_costs_de=spec["operating_costs"][de],
        operating_costs_en=spec["operating_costs"][en],
        made_permanent=spec["permanent"],
        is_demo_content=True,
    )
    profile.partner_projects = [projects[slug] for slug in spec["partners"]]
    profile.municipality_categories = [categories[key] for key in spec["categories"]]
    profile.topics = [topics[key] for key in spec["topics"]]
    profile.process_steps = _titled_texts(SolutionProcessStep, spec["steps"])
    profile.success_factors = _titled_texts(SolutionSuccessFactor, spec["factors"])
    image = ensure_image(spec)
    profile.images = [
        SolutionImage(
            image=image,
            alt_text_de=spec["image_alt"][de],
            alt_text_en=spec["image_alt"][en],
            credit=IMAGE_CREDIT,
        )
    ]
    return profile


def fill_missing_links(profile, spec):
    """Set links to other apps' data that are still empty; returns True if any was set.

    Fields of action, measures and contacts are loaded by other apps, possibly later
    than the profiles; running the loader again completes the links.
    """
    changed = False
    if not profile.fields_of_action.exists():
        fields = list(FieldOfAction.objects.filter(key__in=spec["fields"]))
        if fields:
            profile.fields_of_action.set(fields)
            changed = True
    if not profile.related_measures.exists():
        measures = _related_measures(profile)
        if measures:
            profile.related_measures.set(measures)
            changed = True
    if profile.contact_id is None:
        contact = ContactPoint.objects.filter(key=CONTACT_KEY).first()
        if contact is not None:
            profile.contact = contact
            changed = True
    return changed


@transaction.atomic
def load_solutions(stdout=None):
    projects = {p.slug: p for p in ModelProject.objects.all()}
    categories = {c.key: c for c in MunicipalityCategory.objects.all()}
    topics = {t.key: t for t in Topic.objects.all()}
    specs = read_profiles()
    needed = {spec["lead"] for spec in specs}
    needed |= {slug for spec in specs for slug in spec["partners"]}
    missing = sorted(needed - set(projects))
    if missing:
        _say(stdout, f"  solution profiles skipped: model projects missing ({', '.join(missing)})")
        return
    existing = {
        p.slug: p for p in SolutionProfile.objects.filter(slug__in=[s["slug"] for s in specs])
    }
    created = completed = unchanged = 0
    for spec in specs:
        profile = existing.get(spec["slug"])
        if profile is None:
            profile = build_profile(spec, projects=projects, categories=categories, topics=topics)
            profile.live = False
            profile.save()
            fill_missing_links(profile, spec)
            profile.save()
            profile.save_revision().publish()
            created += 1
        elif fill_missing_links(profile, spec):
            if profile.live and not profile.has_unpublished_changes:
                profile.save()
                profile.save_revision().publish()
            else:
                profile.save()
            completed += 1
        else:
            unchanged += 1
    _say(
        stdout,
        f"  solution profiles: {created} created, {completed} completed with links, "
        f"{unchanged} unchanged",
    )
