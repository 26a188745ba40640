"""Model projects of the "Model Projects Smart Cities" programme and their taxonomies.

Translated fields (``name``, ``motto``, ``summary``, ``vision``) are registered with
django-modeltranslation in ``translation.py``; each gets ``_de`` and ``_en`` columns.

Model projects are Wagtail snippets with drafts and revisions, like measures and
publications: only ``live`` ones are shown on the public site, and editors' changes go
through the moderation workflow ("Moderators approval", see
``smartcity/editorial/roles.py``) before they are published. ``topics`` is a
``ParentalManyToManyField`` so that drafts keep their topics in the revision.
"""

import re

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField

from core.records import EditorialRecord
from core.revisions import RevisionsRelation


class Taxonomy(models.Model):
    """A small editable value list with German and English labels.

    ``key`` is the stable identifier used in URLs and data files; editors may rename
    (``name``) and reorder (``sort_order``) values without breaking links.
    """

    key = models.SlugField(
        _("key"),
        max_length=80,
        unique=True,
        help_text=_("Stable identifier used in URLs and imports. Do not change once in use."),
    )
    name = models.CharField(_("name"), max_length=200)
    sort_order = models.PositiveIntegerField(
        _("sort order"), default=0, help_text=_("Lower numbers come first.")
    )

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class FederalState(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("federal state")
        verbose_name_plural = _("federal states")


class MunicipalityCategory(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("municipality category")
        verbose_name_plural = _("municipality categories")


class Phase(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("phase")
        verbose_name_plural = _("phases")


class Topic(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")


class FundingRound(models.Model):
    """A selection round ("Staffel") of the programme."""

    year = models.PositiveSmallIntegerField(_("year"), unique=True)
    motto = models.CharField(_("motto"), max_length=255, blank=True)
    budget_eur = models.PositiveBigIntegerField(_("budget (euros)"), null=True, blank=True)
    applications = models.PositiveIntegerField(_("number of applications"), null=True, blank=True)
    announced_on = models.DateField(_("announced on"), null=True, blank=True)

    class Meta:
        ordering = ["year"]
        verbose_name = _("funding round")
        verbose_name_plural = _("funding rounds")

    def __str__(self):
        return gettext("Round %(year)s") % {"year": self.year}


_PARTNER_SEPARATOR = re.compile(r"[;\n\r]+")


class ModelProject(RevisionsRelation, EditorialRecord):
    """One of the 73 funded model projects.

    Name, round, category, state, coordinates and partners come from the official list;
    the remaining fields are maintained by editors. ``is_demo_content`` marks projects
    whose editable fields still hold invented sample values.
    """

    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    name = models.CharField(_("name"), max_length=200)
    official_name = models.CharField(_("official name"), max_length=300, blank=True)
    funding_round = models.ForeignKey(
        FundingRound,
        verbose_name=_("funding round"),
        on_delete=models.PROTECT,
        related_name="model_projects",
    )
    category = models.ForeignKey(
        MunicipalityCategory,
        verbose_name=_("municipality category"),
        on_delete=models.PROTECT,
        related_name="model_projects",
    )
    state = models.ForeignKey(
        FederalState,
        verbose_name=_("federal state"),
        on_delete=models.PROTECT,
        related_name="model_projects",
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        help_text=_("Of the lead municipality, WGS 84 decimal degrees."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        help_text=_("Of the lead municipality, WGS 84 decimal degrees."),
    )
    partners = models.TextField(
        _("partner municipalities"),
        blank=True,
        help_text=_("One per line (or separated by semicolons)."),
    )
    phase = models.ForeignKey(
        Phase,
        verbose_name=_("phase"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="model_projects",
    )
    summary = models.TextField(_("summary"), blank=True)
    vision = models.TextField(_("vision"), blank=True)
    topics = ParentalManyToManyField(
        Topic, verbose_name=_("topics"), blank=True, related_name="model_projects"
    )
    website = models.URLField(_("website"), blank=True)
    area_km2 = models.DecimalField(
        _("area (km²)"), max_digits=9, decimal_places=2, null=True, blank=True
    )
    funding_eur = models.PositiveBigIntegerField(_("funding (euros)"), null=True, blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_credit = models.CharField(_("image credit"), max_length=255, blank=True)
    # Free text until the contacts app provides contact points to link to.
    contact = models.CharField(_("contact"), max_length=255, blank=True)
    is_demo_content = models.BooleanField(
        _("demo content"),
        default=False,
        help_text=_(
            "Summary, vision, phase and topics are invented sample values. "
            "Untick once real content has been entered."
        ),
    )
    updated_at = models.DateTimeField(_("last updated"), auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("model project")
        verbose_name_plural = _("model projects")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("programmes:modelproject_detail", kwargs={"slug": self.slug})

    # Preview in the admin: the public page in either language --------------------------

    def get_preview_template(self, request, mode_name):
        return "programmes/modelproject_detail.html"

    def get_preview_context(self, request, mode_name):
        from .views import detail_context

        return {"request": request, **detail_context(self, preview=True)}

    @property
    def partner_list(self):
        """Partner municipalities as a list, whichever separator editors used."""
        return [part.strip() for part in _PARTNER_SEPARATOR.split(self.partners) if part.strip()]
