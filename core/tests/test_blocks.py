"""Reusable blocks render only what visitors may see."""

import pytest
from django.utils import translation

from core.blocks import TeaserListBlock

pytestmark = pytest.mark.django_db


def render_teasers(*pages):
    block = TeaserListBlock()
    value = block.to_python(
        {"heading": "Mehr dazu", "teasers": [{"page": page.pk, "text": ""} for page in pages]}
    )
    with translation.override("de"):
        return block.render(value)


def test_teasers_skip_pages_that_are_not_live(site_pages):
    live, hidden = site_pages["de"]["imprint"], site_pages["de"]["about"]
    hidden.intro = "Geheimer Entwurfstext"
    hidden.save()
    hidden.unpublish()
    html = render_teasers(live, hidden)
    assert live.title in html
    assert hidden.title not in html
    assert "Geheimer Entwurfstext" not in html


def test_a_teaser_list_of_unpublished_pages_renders_nothing(site_pages):
    hidden = site_pages["de"]["about"]
    hidden.unpublish()
    assert render_teasers(hidden).strip() == ""
