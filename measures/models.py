"""Measures of the model projects and the value lists that describe them.

Translated fields (``title``, ``summary``, ``description``, ``goals`` and the taxonomies'
``name``) are registered in ``translation.py``; each gets ``_de`` and ``_en`` columns.
Measures are public records (``core.records.PublicRecord``): Wagtail snippets with
drafts and revisions, moderation and locking; their many-to-many relations are
``ParentalManyToManyField`` so that a draft keeps them in its revision instead of
changing the published measure at once.
"""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.fields import RichTextField

from core.records import PublicRecord, RecordQuerySet
from programmes.models import ModelProject, Taxonomy, Topic


class FieldOfAction(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("field of action")
        verbose_name_plural = _("fields of action")


class SpatialEffect(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("spatial effect")
        verbose_name_plural = _("spatial effects")


class MeasureStatus(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("measure status")
        verbose_name_plural = _("measure statuses")


class MeasureQuerySet(RecordQuerySet):
    def live(self):
        """Published measures of published model projects: the only ones the public sees.

        The project test is a subquery on the measure's own column (no join), so counts
        still read the narrow facet index."""
        return self.filter(
            live=True, model_project__in=ModelProject.objects.filter(live=True).values("pk")
        )


class Measure(PublicRecord):
    """A measure of a model project, as entered (and refreshed) by the project.

    ``fields_of_action`` and ``topics`` are parental many-to-many fields: assigning
    objects (``measure.topics.set([...])`` or ``Measure(topics=[...])``) changes only the
    instance; ``save()`` writes the links, ``save_revision()`` keeps them in the revision.
    (``set()`` with bare ids writes at once.) The link tables are Django's auto-created
    ones (``measures_measure_fields_of_action``, ``measures_measure_topics``).
    """

    detail_url_name = "measures:measure_detail"
    detail_template = "measures/measure_detail.html"

    title = models.CharField(_("title"), max_length=255)
    slug = models.SlugField(
        _("slug"),
        max_length=255,
        unique=True,
        help_text=_("Part of the address of the measure's page; the same in both languages."),
    )
    model_project = models.ForeignKey(
        ModelProject,
        verbose_name=_("model project"),
        on_delete=models.PROTECT,
        related_name="measures",
    )
    summary = models.TextField(_("summary"), help_text=_("Two or three sentences."))
    description = RichTextField(
        _("description"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul", "h3", "h4"],
    )
    goals = models.TextField(_("goals"), blank=True)
    fields_of_action = ParentalManyToManyField(
        FieldOfAction, verbose_name=_("fields of action"), related_name="measures"
    )
    spatial_effect = models.ForeignKey(
        SpatialEffect,
        verbose_name=_("spatial effect"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="measures",
    )
    status = models.ForeignKey(
        MeasureStatus,
        verbose_name=_("status"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="measures",
    )
    topics = ParentalManyToManyField(
        Topic, verbose_name=_("topics"), blank=True, related_name="measures"
    )
    technologies = models.CharField(
        _("technologies"),
        max_length=500,
        blank=True,
        help_text=_("Comma-separated, e.g. “LoRaWAN, FIWARE, open data portal”."),
    )
    start_date = models.DateField(_("start"), null=True, blank=True)
    end_date = models.DateField(_("end"), null=True, blank=True)
    repository_url = models.URLField(
        _("open-source repository"),
        blank=True,
        help_text=_("Where the source code is published, e.g. on Open CoDE."),
    )
    licence = models.CharField(
        _("licence"), max_length=100, blank=True, help_text=_("SPDX identifier, e.g. EUPL-1.2.")
    )
    contact_name = models.CharField(_("contact person or unit"), max_length=255, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    last_updated = models.DateField(
        _("last updated"),
        default=datetime.date.today,
        help_text=_("When the model project last checked this entry."),
    )
    is_demo_content = models.BooleanField(
        _("demo content"),
        default=False,
        help_text=_("Invented sample entry. Shown with a notice on the public page."),
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)

    objects = MeasureQuerySet.as_manager()

    class Meta:
        ordering = ["-last_updated", "pk"]
        verbose_name = _("measure")
        verbose_name_plural = _("measures")
        indexes = [
            models.Index(fields=["-last_updated", "id"], name="measure_updated_idx"),
            # Narrow copy of the facet columns: counts and the result count read it
            # instead of the wide rows (index-only scans on PostgreSQL).
            models.Index(
                fields=["live", "model_project", "status", "spatial_effect", "id"],
                name="measure_facets_idx",
            ),
            models.Index(fields=["title_de"], name="measure_title_de_idx"),
            models.Index(fields=["title_en"], name="measure_title_en_idx"),
        ]

    def detail_context(self, *, request=None, preview=False):
        from .views import detail_context

        return detail_context(self, request=request, preview=preview)

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end cannot lie before the start.")})

    @property
    def technology_list(self):
        return [part.strip() for part in self.technologies.split(",") if part.strip()]


class SimilarMeasure(models.Model):
    """A stored neighbour of a published measure, best first (see ``measures.similar``).

    Derived data: written when measures are saved, published, unpublished or deleted, and
    on the first view of a measure that has none yet; never edited by hand.
    """

    measure = models.ForeignKey(Measure, on_delete=models.CASCADE, related_name="similar_links")
    similar = models.ForeignKey(Measure, on_delete=models.CASCADE, related_name="similar_to_links")
    position = models.PositiveSmallIntegerField()
    score = models.FloatField()

    class Meta:
        ordering = ["measure", "position"]
        constraints = [
            models.UniqueConstraint(fields=["measure", "similar"], name="similar_measure_unique")
        ]
        verbose_name = _("similar measure")
        verbose_name_plural = _("similar measures")

    def __str__(self):
        return f"{self.measure_id} → {self.similar_id} ({self.position})"
