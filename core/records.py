"""The public records: snippets with drafts and a detail page of their own.

Measures (``measures.Measure``), solution profiles (``solutions.SolutionProfile``) and
publications (``publications.Publication``) are built on ``PublicRecord``, which holds what
they share (model projects and contact points, which have their own views, share the
editorial part, ``EditorialRecord``):

* Wagtail's editorial mixins in Wagtail's order (moderation workflow, drafts with scheduled
  publishing, locking, revisions) and the admin preview in both site languages
  (``core.preview.BilingualPreviewMixin``);
* ``objects.live()``, the records anyone may see (``RecordQuerySet``). Here that means
  published; a model whose records also depend on another record narrows it (a measure
  needs its model project published, a solution profile its lead project). The name is
  the one Wagtail's ``PageQuerySet.live()`` uses for "published"; ``public()`` would mean
  Wagtail's pages without view restrictions;
* the detail page: ``detail_url_name`` (reversed with the record's slug,
  ``get_absolute_url()``), ``detail_template`` (rendered by the detail view and by the
  admin preview) and ``detail_context(*, request=None, preview=False)``, which the model
  implements by calling its app's ``views.detail_context(record, *, request=None,
  preview=False)``; it builds the template's context for both.

Each model keeps its own fields, including ``is_demo_content`` (what is invented differs
from one kind of record to the next, and so does its help text), its ``Meta`` (ordering,
indexes) and its own rule for ``live()`` where it has one.
"""

from django.db import models
from django.urls import reverse
from modelcluster.models import ClusterableModel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)

from .preview import BilingualPreviewMixin


class RecordQuerySet(models.QuerySet):
    def live(self):
        """The records anyone may see: the published ones."""
        return self.filter(live=True)


class EditorialRecord(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    BilingualPreviewMixin,
    PreviewableMixin,
    ClusterableModel,
):
    """A snippet that editors work on with Wagtail's moderation workflow, drafts,
    locking, revisions and the bilingual preview, and that visitors see only when
    published (``objects.live()``). Model projects and contact points are built on it;
    records with a detail page of their own on :class:`PublicRecord`."""

    objects = RecordQuerySet.as_manager()

    class Meta:
        abstract = True


class PublicRecord(EditorialRecord):
    """A snippet with drafts, revisions, moderation, locking and a public detail page.

    A concrete model sets ``detail_url_name`` and ``detail_template``, implements
    ``detail_context`` and has ``title`` and ``slug`` fields.
    """

    detail_url_name = ""  # e.g. "measures:measure_detail"
    detail_template = ""  # e.g. "measures/measure_detail.html"

    objects = RecordQuerySet.as_manager()

    class Meta:
        abstract = True

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse(self.detail_url_name, kwargs={"slug": self.slug})

    def detail_context(self, *, request=None, preview=False):
        """The context of the detail template (the app's ``views.detail_context``)."""
        raise NotImplementedError

    # The admin preview renders the public detail template with the draft.
    def get_preview_template(self, request, mode_name):
        return self.detail_template

    def get_preview_context(self, request, mode_name):
        return {"request": request, **self.detail_context(request=request, preview=True)}
