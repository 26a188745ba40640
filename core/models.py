"""The base of every content page (abstract; each app's page types build on it)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index


class BasePage(Page):
    """Fields every content page shares: a short introduction and a teaser image."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences; shown below the title and in teasers."),
    )
    teaser_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("teaser image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    search_fields = Page.search_fields + [index.SearchField("intro")]
    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("teaser_image")]

    class Meta:
        abstract = True
