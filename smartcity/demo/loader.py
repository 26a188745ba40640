"""Builds the editorial page tree in German and English. Idempotent: pages that
already exist (matched by slug and language) are kept. A page that no editor has saved
(every revision comes from this loader) and whose content differs from the current
specification is brought up to date, so that a new release's demo texts (the privacy
notice, the accessibility statement, …) reach existing installations; pages with an
editor's revision are never overwritten."""

import json

from django.db import transaction
from wagtail.models import Locale, Page, Site

from smartcity import models as page_models

from .images import ensure_images
from .pages import page_tree

TRANSLATED_FIELDS = ("title", "intro", "body", "key_figures", "quote")
# Everything _apply may set, compared to decide whether an untouched page is out of date.
APPLIED_FIELDS = (
    "title",
    "slug",
    "intro",
    "show_in_menus",
    "teaser_image_id",
    "show_in_footer",
    "short_name",
    "initiative_key",
)
STREAM_FIELDS = ("body", "key_figures", "quote")


def _stream(value):
    return json.dumps(value) if isinstance(value, list) else value


def _apply(page, spec, lang, images):
    page.title = spec["title"][lang]
    page.slug = spec["slug"][lang]
    page.intro = spec.get("intro", {}).get(lang, "")
    page.show_in_menus = spec.get("show_in_menus", False)
    if spec.get("image"):
        page.teaser_image_id = images[spec["image"]]
    if hasattr(page, "show_in_footer"):
        page.show_in_footer = spec.get("show_in_footer", False)
    if hasattr(page, "short_name"):
        # One name for both languages (an abbreviation) or {"de": …, "en": …}.
        short_name = spec.get("short_name", "")
        page.short_name = short_name[lang] if isinstance(short_name, dict) else short_name
    if hasattr(page, "initiative_key"):
        page.initiative_key = spec.get("initiative_key", "")
    for field in ("body", "key_figures", "quote"):
        if field in spec and hasattr(page, field):
            setattr(page, field, _stream(spec[field][lang]))


def _publish(page):
    page.save_revision().publish()


def _written_content(page):
    """The values of the fields ``_apply`` writes, in comparable form."""
    values = {name: getattr(page, name) for name in APPLIED_FIELDS if hasattr(page, name)}
    for name in STREAM_FIELDS:
        if hasattr(page, name):
            field = page._meta.get_field(name)
            values[name] = json.dumps(field.get_prep_value(getattr(page, name)), sort_keys=True)
    return values


def _refresh(page, spec, lang, images):
    """Bring a page that only this loader has written up to the current specification.
    Returns True when it was changed (and published)."""
    if not page.live or page.has_unpublished_changes or page.locked:
        return False
    if page.revisions.exclude(user=None).exists():
        return False  # an editor has saved it: their text stays
    before = _written_content(page)
    _apply(page, spec, lang, images)
    if _written_content(page) == before:
        return False
    _publish(page)
    return True


def _set_initiative_key(page, spec):
    """Pages created before initiative keys existed get theirs; editors' choices stay."""
    if spec.get("initiative_key") and hasattr(page, "initiative_key") and not page.initiative_key:
        page.initiative_key = spec["initiative_key"]
        _publish(page)
        return True
    return False


@transaction.atomic
def load_pages(stdout=None):
    def say(message):
        if stdout is not None:
            stdout.write(message)

    de, _ = Locale.objects.get_or_create(language_code="de")
    en, _ = Locale.objects.get_or_create(language_code="en")
    images = ensure_images()
    root = Page.get_first_root_node()

    # Wagtail's installation creates a placeholder "Welcome" page; replace it.
    for placeholder in root.get_children().filter(content_type__model="page"):
        Site.objects.filter(root_page=placeholder).delete()
        placeholder.delete()

    created = updated = 0
    pages = {}
    for spec in page_tree(images):
        model = getattr(page_models, spec["type"])
        parent = root if spec["key"] == "home" else pages[spec["parent"]]
        page = model.objects.child_of(parent).filter(locale=de, slug=spec["slug"]["de"]).first()
        if page is None:
            page = model(locale=de)
            _apply(page, spec, "de", images)
            parent.add_child(instance=page)
            _publish(page)
            created += 1
            say(f"  created {spec['type']} “{page.title}” (de)")
        elif _refresh(page, spec, "de", images):
            updated += 1
            say(f"  updated {spec['type']} “{page.title}” (de)")
        elif _set_initiative_key(page, spec):
            say(f"  set the initiative of “{page.title}” (de)")
        pages[spec["key"]] = page

        existing = page.get_translation_or_none(en)
        if existing is not None:
            existing = existing.specific
            if _refresh(existing, spec, "en", images):
                updated += 1
                say(f"  updated {spec['type']} “{existing.title}” (en)")
            elif _set_initiative_key(existing, spec):
                say(f"  set the initiative of “{existing.title}” (en)")
        if existing is None:
            # A translation is a page of the same translation_key in the other locale,
            # under the translated parent (or the root for the home page).
            translation = model(locale=en, translation_key=page.translation_key)
            _apply(translation, spec, "en", images)
            en_parent = root if parent.is_root() else parent.get_translation(en)
            en_parent.add_child(instance=translation)
            _publish(translation)
            created += 1
            say(f"  created {spec['type']} “{translation.title}” (en)")

    home = pages["home"]
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="Smart City Dialog",
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = "Smart City Dialog"
        site.save()
    unchanged = len(pages) * 2 - created - updated
    say(f"Pages: {created} created, {updated} updated, {unchanged} already present.")
    return created
