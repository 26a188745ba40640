from contextlib import contextmanager
from urllib.parse import urlencode

from django.db.models.signals import post_delete, pre_delete
from django.urls import reverse
from django.utils import translation

from measures.models import Measure


def list_url(language="de", **params):
    with translation.override(language):
        url = reverse("measures:measure_list")
    pairs = [
        (key, item)
        for key, value in params.items()
        for item in (value if isinstance(value, list | tuple) else [value])
    ]
    return url + ("?" + urlencode(pairs) if pairs else "")


def export_url(fmt, language="de", query=""):
    with translation.override(language):
        return reverse("measures:measure_export", kwargs={"fmt": fmt}) + query


def slugs(response):
    return {m.slug for m in response.context["results"]}


def facet(response, name):
    return next(f for f in response.context["facets"] if f.name == name)


def option(response, facet_name, value):
    return next(o for o in facet(response, facet_name).options if o.value == value)


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
