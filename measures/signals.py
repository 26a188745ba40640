"""Stored similar measures follow the measures (``measures.similar``).

Bulk loaders pause this together with the search index (``search.signals.paused``) and
empty the stored neighbours afterwards.

The ranking runs once the transaction commits, once per measure: publishing a measure
saves it, writes its relations and sends ``published``, and each of these asked for the
same ranking before (three rankings of the measure and its neighbours per publish).
"""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete

from search.signals import is_paused

from .models import Measure
from .similar import refresh_neighbours

# Saves that only touch bookkeeping columns change nothing the ranking reads.
BOOKKEEPING = {
    "latest_revision",
    "has_unpublished_changes",
    "draft_title",
    "locked",
    "locked_at",
    "locked_by",
    "first_published_at",
    "last_published_at",
    "latest_revision_created_at",
}


class _RankAfterCommit:
    """The measures to rank again when the transaction commits, each once."""

    def __init__(self):
        self.measure_ids: list[int] = []
        self.done = False

    def __call__(self):
        self.done = True
        for measure_id in dict.fromkeys(self.measure_ids):
            refresh_neighbours(measure_id)


def rank_after_commit(measure_id) -> None:
    """Rank ``measure_id`` and its neighbours again when the transaction commits (at once
    outside a transaction). One batch per transaction: a rolled-back transaction or
    savepoint drops its batch with its other commit hooks."""
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        refresh_neighbours(measure_id)
        return
    for _savepoints, hook, _robust in connection.run_on_commit:
        # (A batch that ran is still listed where the hooks are run without a commit,
        # as tests do: it takes no more.)
        if isinstance(hook, _RankAfterCommit) and not hook.done:
            hook.measure_ids.append(measure_id)
            return
    batch = _RankAfterCommit()
    batch.measure_ids.append(measure_id)
    transaction.on_commit(batch)


def _saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or is_paused():
        return
    if update_fields is not None and set(update_fields) <= BOOKKEEPING:
        return
    rank_after_commit(instance.pk)


def _published(sender, instance, **kwargs):
    # Publishing writes the relations after the save: rank again with them.
    if isinstance(instance, Measure) and not is_paused():
        rank_after_commit(instance.pk)


def _relations_changed(sender, instance, action, **kwargs):
    changed = action in {"post_add", "post_remove", "post_clear"}
    if changed and isinstance(instance, Measure) and not is_paused():
        rank_after_commit(instance.pk)


def _deleting(sender, instance, **kwargs):
    # Remember who listed it before the rows go with it.
    instance._listed_by = list(instance.similar_to_links.values_list("measure_id", flat=True))


def _deleted(sender, instance, **kwargs):
    if is_paused():
        return
    for measure_id in getattr(instance, "_listed_by", ()):
        rank_after_commit(measure_id)


def connect() -> None:
    from wagtail.signals import published, unpublished

    post_save.connect(_saved, sender=Measure, dispatch_uid="similar_measures_saved")
    pre_delete.connect(_deleting, sender=Measure, dispatch_uid="similar_measures_deleting")
    post_delete.connect(_deleted, sender=Measure, dispatch_uid="similar_measures_deleted")
    for relation in (Measure.fields_of_action, Measure.topics):
        m2m_changed.connect(
            _relations_changed,
            sender=relation.through,
            dispatch_uid=f"similar_measures_{relation.through.__name__}",
        )
    for signal in (published, unpublished):
        signal.connect(_published, dispatch_uid=f"similar_measures_{id(signal)}")
