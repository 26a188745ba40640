"""Solution profiles ("Smart City Lösungen"): tried-and-tested digital products of the
model projects, described so that other municipalities can adopt them.

Translated fields are registered with django-modeltranslation in ``translation.py``; each
gets ``_de`` and ``_en`` columns (German is the default and the fallback). Profiles are
public records (``core.records.PublicRecord``): snippets with drafts and revisions,
of which only the live version is public, and editors' drafts live in revisions until they
are published. Like measures, they go through the moderation workflow ("Moderators
approval", see ``smartcity/editorial/roles.py``) and can be locked. Many-to-many relations are
``ParentalManyToManyField`` so that drafts keep them in the revision instead of writing
them to the live profile.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from core.records import PublicRecord, RecordQuerySet

from .forms import SolutionProfileForm

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class SolutionProfileQuerySet(RecordQuerySet):
    def live(self):
        """Profiles a visitor may see: the published (live) ones whose lead model project
        is published too."""
        return self.filter(live=True, lead_project__live=True)


class SolutionProfile(PublicRecord):
    detail_url_name = "solutions:solution_detail"
    detail_template = "solutions/solution_detail.html"

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        help_text=_("Part of the address, e.g. “hitze-wasser-management”."),
    )
    lead_project = models.ForeignKey(
        "programmes.ModelProject",
        verbose_name=_("lead model project"),
        on_delete=models.PROTECT,
        related_name="led_solutions",
    )
    partner_projects = ParentalManyToManyField(
        "programmes.ModelProject",
        verbose_name=_("partner model projects"),
        blank=True,
        related_name="partner_solutions",
        help_text=_("Other model projects that use or developed the solution too."),
    )
    teaser = models.TextField(
        _("teaser"), max_length=400, help_text=_("One or two sentences for the list.")
    )
    challenge = RichTextField(
        _("challenge"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Which problem of the municipality the solution answers."),
    )
    solution = RichTextField(_("solution"), features=RICH_TEXT_FEATURES, blank=True)
    data_basis = RichTextField(
        _("data basis"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Which data the solution needs or produces, and where it comes from."),
    )
    costs_and_resources = RichTextField(
        _("costs and resources"), features=RICH_TEXT_FEATURES, blank=True
    )

    # Transferability checklist
    municipality_categories = ParentalManyToManyField(
        "programmes.MunicipalityCategory",
        verbose_name=_("suitable for"),
        blank=True,
        related_name="solutions",
        help_text=_("Kinds of municipality the solution suits."),
    )
    prerequisites = models.TextField(
        _("prerequisites"),
        blank=True,
        help_text=_("What a municipality needs before adopting it. One item per line."),
    )
    licence = models.CharField(
        _("open-source licence"),
        max_length=100,
        blank=True,
        help_text=_("SPDX identifier, e.g. EUPL-1.2. Leave empty if the software is not open."),
    )
    repository_url = models.URLField(
        _("repository URL"),
        blank=True,
        help_text=_("Where the source code is published, e.g. on Open CoDE."),
    )
    data_protection_done = models.BooleanField(
        _("data protection groundwork done"),
        default=False,
        help_text=_("Data protection impact assessment, records of processing and the like."),
    )
    procurement_done = models.BooleanField(
        _("procurement groundwork done"),
        default=False,
        help_text=_("Tender documents or framework contracts that others can reuse."),
    )
    operating_costs = models.TextField(_("operating costs"), blank=True)
    made_permanent = models.BooleanField(
        _("made permanent"),
        default=False,
        help_text=_("Runs beyond the funding period, in regular operation."),
    )
    is_open_source = models.BooleanField(
        _("open source"),
        default=False,
        editable=False,
        help_text=_("Set automatically when a licence or repository is given."),
    )

    contact = models.ForeignKey(
        "contacts.ContactPoint",
        verbose_name=_("contact"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="solutions",
    )
    topics = ParentalManyToManyField(
        "programmes.Topic", verbose_name=_("topics"), blank=True, related_name="solutions"
    )
    fields_of_action = ParentalManyToManyField(
        "measures.FieldOfAction",
        verbose_name=_("fields of action"),
        blank=True,
        related_name="solutions",
    )
    related_measures = ParentalManyToManyField(
        "measures.Measure",
        verbose_name=_("related measures"),
        blank=True,
        related_name="solutions",
        help_text=_("Measures of the model projects in which the solution was built or used."),
    )
    is_demo_content = models.BooleanField(
        _("demo content"),
        default=False,
        help_text=_("Invented sample content. Untick once real content has been entered."),
    )
    updated_at = models.DateTimeField(_("last updated"), auto_now=True)

    objects = SolutionProfileQuerySet.as_manager()
    base_form_class = SolutionProfileForm

    class Meta:
        ordering = ["title"]
        verbose_name = _("solution profile")
        verbose_name_plural = _("solution profiles")

    def detail_context(self, *, request=None, preview=False):
        from .views import detail_context

        return detail_context(self, request=request, preview=preview)

    @property
    def public_contact(self):
        """The contact point while it is published, else None (a draft stays hidden)."""
        contact = self.contact
        return contact if contact is not None and contact.live else None

    def get_pdf_url(self):
        return reverse("solutions:solution_pdf", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if self.licence and not self.repository_url:
            raise ValidationError(
                {"repository_url": _("Give the repository where the open source code lies.")}
            )

    def save(self, *args, **kwargs):
        self.is_open_source = bool(self.licence.strip() or self.repository_url.strip())
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and ({"licence", "repository_url"} & set(update_fields)):
            kwargs["update_fields"] = {*update_fields, "is_open_source"}
        super().save(*args, **kwargs)

    @property
    def prerequisite_list(self):
        return [line.strip(" -•\t") for line in self.prerequisites.splitlines() if line.strip()]

    def checklist(self):
        """The transferability checklist as (label, done, detail) rows, in display order."""
        from django.utils.translation import gettext

        return [
            {
                "key": "open_source",
                "label": gettext("Published as open source"),
                "done": self.is_open_source,
                "detail": self.licence,
            },
            {
                "key": "data_protection",
                "label": gettext("Data protection groundwork done"),
                "done": self.data_protection_done,
                "detail": "",
            },
            {
                "key": "procurement",
                "label": gettext("Procurement groundwork done"),
                "done": self.procurement_done,
                "detail": "",
            },
            {
                "key": "permanent",
                "label": gettext("Made permanent beyond the funding period"),
                "done": self.made_permanent,
                "detail": "",
            },
        ]


class TitledText(Orderable):
    """An item of a profile's ordered list with a title and a text (process steps,
    success factors)."""

    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("text"), blank=True)

    class Meta(Orderable.Meta):
        abstract = True

    def __str__(self):
        return self.title


class SolutionProcessStep(TitledText):
    profile = ParentalKey(SolutionProfile, on_delete=models.CASCADE, related_name="process_steps")

    class Meta(TitledText.Meta):
        verbose_name = _("process step")
        verbose_name_plural = _("process steps")


class SolutionSuccessFactor(TitledText):
    profile = ParentalKey(SolutionProfile, on_delete=models.CASCADE, related_name="success_factors")

    class Meta(TitledText.Meta):
        verbose_name = _("success factor")
        verbose_name_plural = _("success factors")


class SolutionImage(Orderable):
    profile = ParentalKey(SolutionProfile, on_delete=models.CASCADE, related_name="images")
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), on_delete=models.CASCADE, related_name="+"
    )
    alt_text = models.CharField(
        _("alternative text"),
        max_length=255,
        blank=True,
        help_text=_(
            "Describes the picture for people who cannot see it. Defaults to the "
            "image's description."
        ),
    )
    caption = models.CharField(_("caption"), max_length=255, blank=True)
    credit = models.CharField(
        _("credit"),
        max_length=255,
        help_text=_("Photographer or rights holder, e.g. “© Stadt Ulm”."),
    )

    class Meta(Orderable.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def __str__(self):
        return self.caption or str(self.image)

    @property
    def alt(self):
        return self.alt_text or getattr(self.image, "description", "") or self.caption
