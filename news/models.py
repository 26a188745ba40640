"""News (“Aktuelles”) and events (“Veranstaltungen”) as Wagtail pages.

Like every page of the portal they are translated with Wagtail's localisation: each
language has its own index page and items, linked by ``translation_key``.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Coalesce
from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from contacts.blocks import BodyStreamBlock
from core.home import register_home_page_items
from core.models import BasePage

from .ics import build_calendar

DEMO_HELP = _("The entry contains invented sample details. Untick once real content is entered.")


class IndexPage(BasePage):
    """The one overview of its items below a language's home page, ``per_page`` items a
    page."""

    per_page = 10

    parent_page_types = ["smartcity.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True


class NewsIndexPage(IndexPage):
    """“Aktuelles”: news items of one language, newest first, filterable by year and tag."""

    subpage_types = ["news.NewsPage"]

    class Meta:
        verbose_name = _("news overview")
        verbose_name_plural = _("news overviews")

    def serve(self, request, *args, **kwargs):
        """The filterable list of the news items below this page (shared list mechanism)."""
        from .views import NewsListView

        return NewsListView.as_view(index_page=self)(request)


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class NewsPage(BasePage):
    intro = models.TextField(
        _("teaser"),
        help_text=_("Two or three sentences; shown in the news list and on the home page."),
    )
    date = models.DateField(_("date"), default=datetime.date.today)
    tags = ClusterTaggableManager(
        through=NewsPageTag,
        blank=True,
        verbose_name=_("tags"),
        help_text=_("Topics in the language of this page, e.g. “Förderung” or “Funding”."),
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("content"), blank=True)
    is_demo_content = models.BooleanField(_("demo content"), default=False, help_text=DEMO_HELP)

    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("tags"),
        FieldPanel("body"),
        FieldPanel("is_demo_content"),
    ]
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")


class EventFormat(models.TextChoices):
    ON_SITE = "on-site", _("On site")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Hybrid (on site and online)")


def _with_finish(queryset):
    return queryset.annotate(finish=Coalesce("end", "start"))


def upcoming_events(queryset, now=None):
    """Events that have not ended yet, soonest first."""
    now = now or timezone.now()
    return _with_finish(queryset).filter(finish__gte=now).order_by("start", "pk")


def past_events(queryset, now=None):
    """Events that are over, most recent first."""
    now = now or timezone.now()
    return _with_finish(queryset).filter(finish__lt=now).order_by("-start", "-pk")


class EventIndexPage(IndexPage):
    """“Veranstaltungen”: upcoming events first, then a paginated archive."""

    subpage_types = ["news.EventPage"]

    class Meta:
        verbose_name = _("event overview")
        verbose_name_plural = _("event overviews")

    def get_context(self, request, *args, **kwargs):
        from .listing import event_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(event_listing(self, request))
        return context


class EventPage(RoutablePageMixin, BasePage):
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"), null=True, blank=True)
    event_format = models.CharField(
        _("format"), max_length=10, choices=EventFormat.choices, default=EventFormat.ON_SITE
    )
    venue_name = models.CharField(_("venue"), max_length=200, blank=True)
    venue_street = models.CharField(_("street and number"), max_length=200, blank=True)
    venue_postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    venue_city = models.CharField(_("city"), max_length=100, blank=True)
    registration_url = models.URLField(
        _("registration link"), blank=True, help_text=_("Where to register; leave empty if open.")
    )
    documentation_url = models.URLField(
        _("documentation link"),
        blank=True,
        help_text=_("Slides, minutes or recordings after the event."),
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("content"), blank=True)
    is_demo_content = models.BooleanField(_("demo content"), default=False, help_text=DEMO_HELP)

    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("venue_name"),
        index.SearchField("venue_city"),
        index.FilterField("start"),
    ]
    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("event_format")],
            heading=_("Date and format"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue_name"),
                FieldPanel("venue_street"),
                FieldRowPanel([FieldPanel("venue_postcode"), FieldPanel("venue_city")]),
            ],
            heading=_("Venue"),
        ),
        MultiFieldPanel(
            [FieldPanel("registration_url"), FieldPanel("documentation_url")],
            heading=_("Links"),
        ),
        FieldPanel("body"),
        FieldPanel("is_demo_content"),
    ]
    parent_page_types = ["news.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The end must not be before the start.")})

    @property
    def is_past(self):
        return (self.end or self.start) < timezone.now()

    @property
    def venue_address(self):
        """Venue name and address in one line, e.g. for calendars."""
        place = " ".join(part for part in (self.venue_postcode, self.venue_city) if part)
        return ", ".join(part for part in (self.venue_name, self.venue_street, place) if part)

    @property
    def ics_url(self):
        """Relative address of the iCalendar download."""
        return self.url + self.reverse_subpage("ics")

    @path("ics/", name="ics")
    def ics(self, request):
        body = build_calendar(self, request)
        response = HttpResponse(body.encode("utf-8"), content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = content_disposition_header(
            as_attachment=True, filename=f"{self.slug}.ics"
        )
        return response


@register_home_page_items
def home_page_items(locale, now=None, count=3):
    """The latest news and next events of a language for the home page (four queries)."""
    news = (
        NewsPage.objects.live()
        .public()
        .filter(locale=locale)
        .order_by("-date", "-pk")
        .only(
            "id",
            "title",
            "url_path",
            "path",
            "depth",
            "locale_id",
            "date",
            "intro",
            "is_demo_content",
        )[:count]
    )
    events = upcoming_events(EventPage.objects.live().public().filter(locale=locale), now)
    return {
        "latest_news": list(news),
        "next_events": list(events[:count]),
        "news_index": NewsIndexPage.objects.live().public().filter(locale=locale).first(),
        "event_index": EventIndexPage.objects.live().public().filter(locale=locale).first(),
    }
