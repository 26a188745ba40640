"""Editorial page types of the portal: home, initiatives and standard pages.

Pages are translated with Wagtail's built-in localisation: each language has its
own page tree, linked by ``translation_key``.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from contacts.blocks import BodyStreamBlock
from contacts.models import INITIATIVE_KEY_HELP, ContactPoint, InitiativeKey
from core.blocks import RICH_TEXT_FEATURES, KeyFiguresBlock, QuoteBlock
from core.models import BasePage

from .blocks import StandardBodyStreamBlock


class HomePage(BasePage):
    body = RichTextField(_("welcome text"), blank=True, features=RICH_TEXT_FEATURES)
    key_figures = StreamField(
        [("key_figures", KeyFiguresBlock())],
        verbose_name=_("key figures"),
        blank=True,
        max_num=1,
    )
    quote = StreamField(
        [("quote", QuoteBlock())],
        verbose_name=_("quote"),
        blank=True,
        max_num=1,
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("body"),
        FieldPanel("key_figures"),
        FieldPanel("quote"),
    ]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 2  # one per language

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from core.home import home_page_items
        from core.memo import per_generation

        def build():
            # With their renditions: the {% image %} tags then ask neither the cache nor
            # the database on each request (the memo keeps them with the pages).
            initiatives = (
                (InitiativePage.objects.live().public().filter(locale=self.locale).order_by("path"))
                .select_related("teaser_image")
                .prefetch_related("teaser_image__renditions")
            )
            # What other apps add (news: latest_news, next_events and their index pages).
            return {"initiatives": list(initiatives), **home_page_items(self.locale, now)}

        # Built once per content generation and five minutes (the next events move on).
        now = timezone.now()
        bucket = int(now.timestamp() // 300)
        context.update(per_generation(("home_page_items", self.locale_id, bucket), build))
        return context


class InitiativeIndexPage(BasePage):
    """Lists the initiatives bundled by the Smart City Dialogue."""

    parent_page_types = ["smartcity.HomePage"]
    subpage_types = ["smartcity.InitiativePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("initiative overview")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["initiatives"] = (
            InitiativePage.objects.child_of(self).live().public().select_related("teaser_image")
        )
        return context


class InitiativePage(BasePage):
    short_name = models.CharField(
        _("short name"),
        max_length=40,
        blank=True,
        help_text=_("Abbreviation such as MPSC, KTS or ISCN."),
    )
    initiative_key = models.CharField(
        _("initiative"),
        max_length=40,
        blank=True,
        choices=InitiativeKey.choices,
        help_text=INITIATIVE_KEY_HELP,
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("content"), blank=True)

    search_fields = BasePage.search_fields + [index.SearchField("body")]
    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("short_name"), FieldPanel("initiative_key")],
            heading=_("Identification"),
        ),
        FieldPanel("body"),
    ]
    parent_page_types = ["smartcity.InitiativeIndexPage"]
    subpage_types = ["smartcity.StandardPage"]

    class Meta:
        verbose_name = _("initiative page")
        verbose_name_plural = _("initiative pages")

    def get_contact_points(self):
        """Published contact points of this page's initiative, organisation included."""
        if not self.initiative_key:
            return ContactPoint.objects.none()
        return (
            ContactPoint.objects.live()
            .filter(initiatives__key=self.initiative_key)
            .select_related("organisation")
        )


class StandardPage(BasePage):
    """About, plan by stages, legal and accessibility pages."""

    body = StreamField(StandardBodyStreamBlock(), verbose_name=_("content"), blank=True)
    show_in_footer = models.BooleanField(
        _("show in footer"),
        default=False,
        help_text=_("Legal and accessibility pages are linked in the footer of every page."),
    )

    search_fields = BasePage.search_fields + [index.SearchField("body")]
    content_panels = BasePage.content_panels + [FieldPanel("body")]
    promote_panels = BasePage.promote_panels + [FieldPanel("show_in_footer")]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
