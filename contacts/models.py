"""Organisations and their contact points.

Translated fields are registered with django-modeltranslation in ``translation.py``;
each gets ``_de`` and ``_en`` columns. Contact points belong to one or more of the
six initiatives of the Smart City Dialogue, identified by a stable key that the
initiative pages share (``InitiativePage.initiative_key``).

Contact points are snippets with drafts and revisions, like publications: only ``live``
ones appear on the public site (contact page, vCards, initiative pages, contact cards),
and editors' changes go through the moderation workflow ("Moderators approval", see
``smartcity/editorial/roles.py``). ``initiatives`` is a ``ParentalManyToManyField`` so
that drafts keep their initiatives in the revision.
"""

import re

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField

from core.records import EditorialRecord
from core.revisions import RevisionsRelation


class InitiativeKey(models.TextChoices):
    """The six initiatives of the Smart City Dialogue, in the order the site shows them."""

    MODEL_PROJECTS = "model-projects-smart-cities", _("Model Projects Smart Cities")
    KTS = "kts", _("Coordination and Transfer Office (KTS)")
    ACCOMPANYING_RESEARCH = "accompanying-research", _("Accompanying research")
    NATIONAL_DIALOGUE_PLATFORM = (
        "national-dialogue-platform",
        _("National Dialogue Platform Smart Cities"),
    )
    ISCN = "iscn", _("International Smart Cities Network (ISCN)")
    CONNECTED_IN_EUROPE = "connected-in-europe", _("#connectedinEurope")


INITIATIVE_KEY_HELP = _("Which initiative this page describes; its contact points are shown on it.")


class Initiative(models.Model):
    """One of the six initiatives; contact points are assigned to these."""

    key = models.CharField(
        _("key"),
        max_length=40,
        unique=True,
        choices=InitiativeKey.choices,
        help_text=_("Matches the initiative key of the initiative page."),
    )
    name = models.CharField(_("name"), max_length=200)
    sort_order = models.PositiveSmallIntegerField(
        _("sort order"), default=0, help_text=_("Lower numbers come first.")
    )

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("initiative")
        verbose_name_plural = _("initiatives")

    def __str__(self):
        return self.name


class Organisation(models.Model):
    key = models.SlugField(
        _("key"),
        max_length=80,
        unique=True,
        help_text=_("Stable identifier used in imports. Do not change once in use."),
    )
    name = models.CharField(_("name"), max_length=255)
    short_name = models.CharField(
        _("short name"), max_length=60, blank=True, help_text=_("Abbreviation such as BBSR.")
    )
    street = models.CharField(_("street and number"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    website = models.URLField(_("website"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name


class ContactPoint(RevisionsRelation, EditorialRecord):
    """A unit of an organisation that answers questions about one or more initiatives."""

    key = models.SlugField(
        _("key"),
        max_length=80,
        unique=True,
        help_text=_("Stable identifier used in the vCard address and imports."),
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="contact_points",
    )
    unit = models.CharField(_("unit"), max_length=255, blank=True)
    purpose = models.CharField(
        _("role"),
        max_length=255,
        help_text=_("What to contact this office about, e.g. “Organisational queries”."),
    )
    street = models.CharField(_("street and number"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    phone = models.CharField(
        _("phone"),
        max_length=40,
        blank=True,
        help_text=_("International format, e.g. +49 30 12345 0."),
    )
    email = models.EmailField(_("e-mail"), blank=True)
    persons = models.TextField(
        _("persons"), blank=True, help_text=_("One person per line, optionally with their role.")
    )
    initiatives = ParentalManyToManyField(
        Initiative,
        verbose_name=_("initiatives"),
        related_name="contact_points",
        blank=True,
    )
    sort_order = models.PositiveSmallIntegerField(
        _("sort order"), default=0, help_text=_("Lower numbers come first.")
    )

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("contact point")
        verbose_name_plural = _("contact points")

    def __str__(self):
        organisation = self.organisation if self.organisation_id else None
        label = (organisation.short_name or organisation.name) if organisation else ""
        return f"{label} – {self.purpose}" if label else str(self.purpose)

    # Preview in the admin: the contact card as pages show it, in either language ----

    def get_preview_template(self, request, mode_name):
        return "contacts/contact_preview.html"

    def get_preview_context(self, request, mode_name):
        return {"contact": self, "translation_links": []}

    def get_vcard_url(self):
        return reverse("contacts:contact_vcard", kwargs={"key": self.key})

    @property
    def person_list(self):
        return [line.strip() for line in self.persons.splitlines() if line.strip()]

    @property
    def phone_uri(self):
        """The phone number as a ``tel:`` URI (RFC 3966), e.g. ``tel:+49308892229``."""
        digits = re.sub(r"[^\d+]", "", self.phone)
        return f"tel:{digits}" if digits else ""
