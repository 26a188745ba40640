"""A living lab: a small public record with a ``live`` flag (drafts are not public)."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class Phase(models.TextChoices):
    PLANNING = "planning", _("Planning")
    TRIAL = "trial", _("Trial")
    FINISHED = "finished", _("Finished")


class LivingLabQuerySet(models.QuerySet):
    def live(self):
        """What anyone may see: every public place reads the records through this."""
        return self.filter(live=True)


class LivingLab(models.Model):
    title = models.CharField(_("title"), max_length=255)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    summary = models.TextField(_("summary"), blank=True)
    phase = models.CharField(_("phase"), max_length=20, choices=Phase.choices)
    live = models.BooleanField(_("published"), default=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = LivingLabQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        verbose_name = _("living lab")
        verbose_name_plural = _("living labs")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("exampledb:livinglab_detail", kwargs={"slug": self.slug})
