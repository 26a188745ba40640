"""Helpers of the measures tests: the list's addresses and what it shows, and a fast way
to empty the measures database."""

from contextlib import contextmanager
from functools import partial

from django.db.models.signals import post_delete, pre_delete

from core.testing import lists
from core.testing.lists import facet, option, slugs
from measures.models import Measure

__all__ = ["export_url", "facet", "list_url", "option", "remove_all_measures", "slugs"]

list_url = partial(lists.list_url, "measures:measure_list")
export_url = partial(lists.export_url, "measures:measure_export")


@contextmanager
def _without_delete_signals():
    """No pre/post_delete receivers inside the block, so that Django deletes in bulk."""
    saved = [(signal, signal.receivers) for signal in (pre_delete, post_delete)]
    try:
        for signal, _receivers in saved:
            signal.receivers = []
            signal.sender_receivers_cache.clear()
        yield
    finally:
        for signal, receivers in saved:
            signal.receivers = receivers
            signal.sender_receivers_cache.clear()


def remove_all_measures():
    """Delete every measure and what refers to it, in a few bulk statements.

    ``Measure.objects.all().delete()`` sends two signals per measure, and their receivers
    (search index, similar measures, reference index, document visibility) look up and
    write rows one measure at a time: seconds for the demo content, before every test
    that builds its own small database. The same rows go here in bulk.
    """
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import ReferenceIndex, Revision, WorkflowState

    from search.indexing import remove_objects
    from search.registry import kinds_for_model

    content_type = ContentType.objects.get_for_model(Measure)
    ids = [str(pk) for pk in Measure.objects.values_list("pk", flat=True)]
    with _without_delete_signals():
        Measure.objects.all().delete()
        for kind in kinds_for_model(Measure):
            remove_objects(kind, [int(pk) for pk in ids])
        ReferenceIndex.objects.filter(base_content_type=content_type).delete()
        WorkflowState.objects.filter(base_content_type=content_type).delete()
        Revision.objects.filter(base_content_type=content_type).delete()
