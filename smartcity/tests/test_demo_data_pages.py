"""The editorial page tree is read from smartcity/demo/pages.yaml (and statements.yaml,
which it includes): the records keep the tree's order, and a malformed file is refused
with the file and the record named, before the loader writes anything: no row saved and no
image file stored."""

import json

import pytest
from django.db.models.signals import post_save
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from core.demo.images import PALETTES
from smartcity.demo import loader, pages

IMAGES = {"mpsc": 1}

PAGE = """\
- key: about
  type: StandardPage
  parent: home
  slug: {{de: ueber-uns, en: about}}
  title: {{de: Über uns, en: About}}
  body:
    de:
    - heading: Über uns
    - {block}
    en:
    - heading: About
"""


def write(tmp_path, block, name="pages.yaml"):
    path = tmp_path / name
    path.write_text(PAGE.format(block=block), encoding="utf-8")
    return path


def test_the_tree_keeps_its_order_with_the_statements_at_their_place():
    keys = [spec["key"] for spec in pages.page_tree(dict.fromkeys(PALETTES, 0))]
    assert keys == [
        "home",
        "initiatives",
        "mpsc",
        "kts",
        "research",
        "dialogue-platform",
        "iscn",
        "connected-in-europe",
        "about",
        "stufenplan",
        "imprint",
        "privacy",
        "accessibility",
        "easy-language",
        "sign-language",
    ]


def test_blocks_are_built_and_placeholders_filled(tmp_path):
    path = write(
        tmp_path,
        "paragraph: ['Schreiben an {mailto}.', 'Siehe <a href=\"{urls[imprint]}\">Impressum</a>.']",
    )

    (spec,) = pages.read_pages(path, IMAGES)

    heading, paragraph = spec["body"]["de"]
    assert heading["type"] == "heading"
    assert heading["value"] == {"text": "Über uns", "level": "h2"}
    assert paragraph["type"] == "paragraph"
    assert paragraph["value"] == (
        '<p>Schreiben an <a href="mailto:SmartCities@dlr.de">SmartCities@dlr.de</a>.</p>'
        '<p>Siehe <a href="/de/impressum/">Impressum</a>.</p>'
    )
    assert spec["body"]["en"][0]["value"]["text"] == "About"


def test_an_included_file_takes_the_place_of_its_record(tmp_path):
    write(tmp_path, "paragraph: [Text]", name="more.yaml")
    path = tmp_path / "tree.yaml"
    path.write_text(
        "- key: home\n  type: HomePage\n  slug: {de: home, en: home-en}\n"
        "  title: {de: Start, en: Home}\n- include: more.yaml\n",
        encoding="utf-8",
    )

    assert [spec["key"] for spec in pages.read_pages(path, IMAGES)] == ["home", "about"]


@pytest.mark.parametrize(
    ("block", "message"),
    [
        ("headline: Über uns", r"unknown block type 'headline'"),
        ("heading: {txt: Über uns}", r"heading\(\) got an unexpected keyword argument 'txt'"),
        ("bullets: {intro: Zum Beispiel}", r"bullets: a mapping needs items"),
        ("image: {image: nowhere, alt_text: Bild}", r"image: no demo image 'nowhere'"),
        ("paragraph: ['Schreiben Sie an {email}.']", r"unknown placeholder 'email'"),
        ("Ein Text", r"a block is a mapping of its type to its value, found 'Ein Text'"),
    ],
)
def test_a_malformed_block_names_file_record_and_block(tmp_path, block, message):
    path = write(tmp_path, block)

    with pytest.raises(ValueError, match=message) as error:
        pages.read_pages(path, IMAGES)

    assert str(error.value).startswith(f"{path}: record 1 (about), body (de), block 2: ")


def test_a_record_without_both_languages_is_refused(tmp_path):
    path = tmp_path / "pages.yaml"
    path.write_text(
        "- key: about\n  type: StandardPage\n  slug: {de: ueber-uns}\n  title: {de: Ü, en: A}\n",
        encoding="utf-8",
    )

    with pytest.raises(ValueError, match=r"record 1 \(about\): slug needs one value for each"):
        pages.read_pages(path, IMAGES)


@pytest.mark.django_db
def test_the_loader_writes_nothing_from_a_malformed_file(tmp_path, monkeypatch):
    path = write(tmp_path, "headline: Über uns")
    monkeypatch.setattr(pages, "PAGES_FILE", path)
    saved = []

    def remember(sender, instance, **kwargs):
        saved.append(instance)

    post_save.connect(remember, weak=False)
    try:
        with pytest.raises(ValueError, match=rf"{path}: record 1 \(about\).*'headline'"):
            loader.load_pages()
    finally:
        post_save.disconnect(remember)

    assert saved == []


@pytest.mark.django_db
def test_a_malformed_file_leaves_no_image_file_and_no_row(tmp_path, monkeypatch, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    # As on an empty database: the demo images are not there yet, so they would be made.
    images = get_image_model().objects.filter(title__in=[f"Demo-Grafik {key}" for key in PALETTES])
    assert images.count() == len(PALETTES)
    images.update(title="Anderes Bild")
    counts = {model: model.objects.count() for model in (get_image_model(), Locale, Page)}
    monkeypatch.setattr(pages, "PAGES_FILE", write(tmp_path, "headline: Über uns"))

    with pytest.raises(ValueError, match=r"unknown block type 'headline'"):
        loader.load_pages()

    assert not settings.MEDIA_ROOT.exists() or not any(settings.MEDIA_ROOT.rglob("*.*"))
    assert {model: model.objects.count() for model in counts} == counts


TREE = """\
- key: home
  type: HomePage
  slug: {{de: home, en: home-en}}
  title: {{de: Start, en: Home}}
- key: about
  type: {type}
  parent: {parent}
  image: {image}
  slug: {{de: ueber-uns, en: about}}
  title: {{de: Über uns, en: About}}
"""


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"type": "Seite"}, r"page 2 \(about\): unknown page type 'Seite'"),
        ({"parent": "nowhere"}, r"page 2 \(about\): the parent 'nowhere' is not a page before"),
        ({"image": "nowhere"}, r"page 2 \(about\): no demo image 'nowhere'"),
    ],
)
def test_the_tree_is_checked_before_anything_is_written(tmp_path, monkeypatch, fields, message):
    path = tmp_path / "pages.yaml"
    path.write_text(
        TREE.format(**{"type": "StandardPage", "parent": "home", "image": "mpsc", **fields}),
        encoding="utf-8",
    )
    monkeypatch.setattr(pages, "PAGES_FILE", path)

    with pytest.raises(ValueError, match=message):
        loader.read_tree()


def test_image_ids_filled_in_afterwards_give_the_page_tree():
    ids = {key: number for number, key in enumerate(PALETTES, start=101)}

    filled = loader.with_image_ids(loader.read_tree(), ids)

    assert json.dumps(filled, sort_keys=True) == json.dumps(pages.page_tree(ids), sort_keys=True)
    image_blocks = [
        block
        for spec in filled
        for value in spec.get("body", {}).values()
        if isinstance(value, list)
        for block in value
        if block["type"] == "image"
    ]
    assert image_blocks and all(block["value"]["image"] in ids.values() for block in image_blocks)
