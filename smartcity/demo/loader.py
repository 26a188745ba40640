"""Builds the editorial page tree in German and English. Idempotent: pages that
already exist (matched by slug and language) are kept. A page that no editor has saved
(every revision comes from this loader) and whose content differs from the current
specification is brought up to date, so that a new release's demo texts (the privacy
notice, the accessibility statement, …) reach existing installations; pages with an
editor's revision are never overwritten.

The whole tree is read and checked before anything is written (``read_tree``): a
malformed data file fails with no row saved and no image file stored. The demo images'
ids are filled in afterwards, once the images exist (``with_image_ids``)."""

import json

from django.db import transaction
from wagtail.models import Locale, Page, Site

from core.demo import blocks
from core.demo.images import PALETTES, ensure_images
from smartcity import models as page_models

from .pages import STREAM_FIELDS as SPEC_STREAM_FIELDS
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


def read_tree():
    """The page specs of the data files, read and checked without writing anything.

    Image blocks name their demo image by its key until ``with_image_ids`` fills in the
    image's id. Besides what ``pages.read_pages`` checks, every record must name a page
    type, a parent that comes before it (the home page has none), a key of its own and,
    for a teaser image, a demo image.
    """
    # Reading with the demo images' keys for their ids checks that every image block
    # names a demo image, and keeps the key for with_image_ids.
    specs = page_tree({key: key for key in PALETTES})
    keys = set()
    for number, spec in enumerate(specs, start=1):
        where = f"page {number} ({spec['key']})"
        model = getattr(page_models, spec["type"], None)
        if not (isinstance(model, type) and issubclass(model, Page) and model is not Page):
            raise ValueError(f"{where}: unknown page type {spec['type']!r}")
        if spec["key"] in keys:
            raise ValueError(f"{where}: the key is used by an earlier page")
        if spec["key"] == "home":
            if spec.get("parent"):
                raise ValueError(f"{where}: the home page has no parent")
        elif spec.get("parent") not in keys:
            raise ValueError(
                f"{where}: the parent {spec.get('parent')!r} is not a page before this one"
            )
        if spec.get("image") and spec["image"] not in PALETTES:
            raise ValueError(f"{where}: no demo image {spec['image']!r}")
        keys.add(spec["key"])
    if "home" not in keys:
        raise ValueError("the page tree has no home page (key home)")
    return specs


def with_image_ids(specs, images):
    """``specs`` from ``read_tree`` with the ids of ``images`` (demo image key → image id)
    in their image blocks: the same specs as ``page_tree(images)``."""
    filled = []
    for spec in specs:
        spec = dict(spec)
        for field in SPEC_STREAM_FIELDS:
            if field in spec:
                spec[field] = {
                    lang: _with_image_ids(value, images) for lang, value in spec[field].items()
                }
        filled.append(spec)
    return filled


def _with_image_ids(stream, images):
    if not isinstance(stream, list):
        return stream  # rich text
    return [
        # Built again by the helper, so that the block's id follows its value as before.
        blocks.image(**{**block["value"], "image": images[block["value"]["image"]]})
        if block["type"] == "image"
        else block
        for block in stream
    ]


@transaction.atomic
def load_pages(stdout=None):
    def say(message):
        if stdout is not None:
            stdout.write(message)

    tree = read_tree()  # before anything is written
    de, _ = Locale.objects.get_or_create(language_code="de")
    en, _ = Locale.objects.get_or_create(language_code="en")
    images = ensure_images()
    tree = with_image_ids(tree, images)
    root = Page.get_first_root_node()

    # Wagtail's installation creates a placeholder "Welcome" page; replace it.
    for placeholder in root.get_children().filter(content_type__model="page"):
        Site.objects.filter(root_page=placeholder).delete()
        placeholder.delete()

    created = updated = 0
    pages = {}
    for spec in tree:
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
