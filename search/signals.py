"""The index follows the content: saving, publishing, unpublishing and deleting a
record (or a record that others show, like a model project's name on its measures)
updates the entries at once. Bulk loaders pause this and rebuild at the end."""

from __future__ import annotations

import contextlib
import threading

from django.db.models.signals import m2m_changed, post_delete, post_save

from .indexing import index_objects, remove_objects
from .registry import kinds, kinds_for_model

_state = threading.local()
CHUNK = 1000


def is_paused() -> bool:
    return getattr(_state, "paused", 0) > 0


@contextlib.contextmanager
def paused():
    """No index updates inside the block (rebuild afterwards)."""
    _state.paused = getattr(_state, "paused", 0) + 1
    try:
        yield
    finally:
        _state.paused -= 1


def _reindex(instance):
    for kind in kinds_for_model(type(instance)):
        index_objects(kind, [instance])


def _reindex_dependants(instance):
    for kind in kinds():
        for model, related in kind.dependencies.items():
            if isinstance(instance, model):
                ids = list(related(instance).values_list("pk", flat=True))
                for start in range(0, len(ids), CHUNK):
                    chunk = kind.model._base_manager.filter(pk__in=ids[start : start + CHUNK])
                    index_objects(kind, list(chunk.only("pk")))


def _saved(sender, instance, raw=False, **kwargs):
    if raw or is_paused():
        return
    _reindex(instance)
    _reindex_dependants(instance)


def _deleted(sender, instance, **kwargs):
    if is_paused():
        return
    for kind in kinds_for_model(sender):
        remove_objects(kind, [instance.pk])


def _changed(sender, instance, **kwargs):
    if is_paused():
        return
    _reindex(instance)


def _m2m_changed(sender, instance, action, **kwargs):
    if is_paused() or action not in {"post_add", "post_remove", "post_clear"}:
        return
    _reindex(instance)


def connect() -> None:
    from wagtail.signals import page_published, page_unpublished, published, unpublished

    post_save.connect(_saved, dispatch_uid="search_index_saved")
    post_delete.connect(_deleted, dispatch_uid="search_index_deleted")
    m2m_changed.connect(_m2m_changed, dispatch_uid="search_index_m2m")
    # Publishing a snippet or page writes its relations after the save: index again.
    for signal in (published, unpublished, page_published, page_unpublished):
        signal.connect(_changed, dispatch_uid=f"search_index_{id(signal)}")
