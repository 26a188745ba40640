"""A record's revisions as a generic relation."""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models


class RevisionsRelation(models.Model):
    """Placed before the record's base class, it makes ``revisions`` a generic relation
    to Wagtail's revisions, as Wagtail advises for snippets with revisions: deleting a
    record deletes its revisions, and revisions can be filtered by the record under the
    model's name (``Revision.objects.filter(publication=…)``)."""

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="%(class)s")

    class Meta:
        abstract = True

    @property
    def revisions(self):
        return self._revisions
