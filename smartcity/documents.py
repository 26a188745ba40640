"""Which uploaded documents visitors may download and find.

An upload is not public by itself: editors upload a PDF for a publication or a page long
before moderators publish it. A document is public when

* **live content refers to it**: a published page (live and not behind a view
  restriction) or a published snippet (a model with drafts, e.g. a publication, whose
  ``live`` flag is set) links it in a field, a StreamField block or rich text. Wagtail's
  reference index (``wagtail.models.ReferenceIndex``) records these links when content
  is saved; it holds what the saved row says, so a draft's new file counts only once
  the draft is published; or
* it lies in a **public collection**: a collection named in the setting
  ``PUBLIC_DOCUMENT_COLLECTIONS`` (default ``["Öffentlich"]``) or any collection below
  one;

and it never is while its collection, or one above it, has a view restriction (a private
collection).

Anyone else asking for a document that is not public gets 404, as if it did not exist
(``serve_only_public_documents``, a ``before_serve_document`` hook in
``smartcity/wagtail_hooks.py``). Signed-in users with any document permission (the
editorial roles) may download every document, so that they can check files before they
are published.

The site search's document kind (``smartcity/search_index.py``) indexes the public
documents only. Publishing, unpublishing or deleting content and changing collections or
view restrictions can make documents public or private without saving them, so after
each of these the index is brought in line (``sync_search_index``: the public set is
compared with the indexed set; only the difference is written).
"""

from __future__ import annotations

import operator
from functools import reduce

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, OuterRef, Q
from django.db.models.functions import Cast
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.documents import get_document_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    DraftStateMixin,
    Page,
    PageViewRestriction,
    ReferenceIndex,
)

DEFAULT_PUBLIC_COLLECTIONS = ("Öffentlich",)
SEARCH_KIND = "documents"
DOCUMENT_PERMISSIONS = ("add", "change", "choose", "delete")


def public_collection_names():
    return list(getattr(settings, "PUBLIC_DOCUMENT_COLLECTIONS", DEFAULT_PUBLIC_COLLECTIONS))


def _in_public_collection():
    """Documents in a public collection or below one."""
    condition = Q(pk__in=[])
    names = public_collection_names()
    if names:
        for path in Collection.objects.filter(name__in=names).values_list("path", flat=True):
            condition |= Q(collection__path__startswith=path)
    return condition


def _as_text(field="pk"):
    return Cast(field, output_field=CharField())


def _ids_as_text(queryset):
    """The ids of ``queryset`` as text, the type of the reference index's ``object_id``.
    (``annotate`` before ``values``: modeltranslation's ``values(name=expression)``
    selects every column.)"""
    return queryset.order_by().annotate(id_text=_as_text()).values("id_text")


def _live_sources(document_type):
    """A condition on reference index rows: their source is live content; None when no
    content refers to documents at all.

    Only the kinds of content that refer to documents are looked at (one query), so a
    database of many measures, which link no files, costs nothing here."""
    source_types = set(
        ReferenceIndex.objects.filter(to_content_type=document_type)
        .values_list("base_content_type", flat=True)
        .distinct()
    )
    conditions = []
    page_type = ContentType.objects.get_for_model(Page)
    if page_type.pk in source_types:
        conditions.append(
            Q(
                base_content_type=page_type,
                object_id__in=_ids_as_text(Page.objects.live().public()),
            )
        )
    for model in ReferenceIndex.indexed_models:
        if issubclass(model, Page) or not issubclass(model, DraftStateMixin):
            continue
        content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
        if content_type.pk in source_types:
            conditions.append(
                Q(
                    base_content_type=content_type,
                    object_id__in=_ids_as_text(model._base_manager.filter(live=True)),
                )
            )
    return reduce(operator.or_, conditions) if conditions else None


def _referenced_by_live_content():
    """A condition on documents: some live content refers to the document."""
    document_type = ContentType.objects.get_for_model(get_document_model())
    sources = _live_sources(document_type)
    if sources is None:
        return Q(pk__in=[])
    return Exists(
        ReferenceIndex.objects.filter(
            sources, to_content_type=document_type, to_object_id=_as_text(OuterRef("pk"))
        )
    )


def _in_private_collection():
    """Documents in a collection with a view restriction or below one."""
    condition = Q(pk__in=[])
    restricted = Collection.objects.filter(view_restrictions__isnull=False).distinct()
    for path in restricted.values_list("path", flat=True):
        condition |= Q(collection__path__startswith=path)
    return condition


def public_documents(queryset=None):
    """The documents anyone may download and find (see the module's docstring)."""
    if queryset is None:
        queryset = get_document_model().objects.all()
    return queryset.exclude(_in_private_collection()).filter(
        _in_public_collection() | _referenced_by_live_content()
    )


def is_public(document) -> bool:
    return public_documents().filter(pk=document.pk).exists()


def may_see_every_document(user) -> bool:
    """Editors (any document permission) check files before they are published."""
    from wagtail.permissions import policy_registry

    policy = policy_registry.get_by_type(get_document_model())
    return bool(
        user.is_authenticated
        and user.is_active
        and policy.user_has_any_permission(user, DOCUMENT_PERMISSIONS)
    )


# --- the site search --------------------------------------------------------------------


def sync_search_index() -> None:
    """Index the documents that have become public and remove those that no longer are."""
    from search import signals
    from search.indexing import index_objects, remove_objects
    from search.models import SearchEntry

    if signals.is_paused():
        return
    public = set(public_documents().values_list("pk", flat=True))
    indexed = set(SearchEntry.objects.filter(kind=SEARCH_KIND).values_list("object_id", flat=True))
    if indexed - public:
        remove_objects(SEARCH_KIND, indexed - public)
    if public - indexed:
        added = get_document_model().objects.filter(pk__in=public - indexed)
        index_objects(SEARCH_KIND, list(added))


def _changed(sender, **kwargs):
    if kwargs.get("raw"):
        return
    sync_search_index()


def _document_type():
    return ContentType.objects.get_for_model(get_document_model())


def _before_delete(sender, instance, **kwargs):
    """Note whether a page or snippet about to be deleted links a document."""
    if isinstance(instance, Page | DraftStateMixin) and instance.pk is not None:
        instance._links_documents = ReferenceIndex.objects.filter(
            base_content_type=ReferenceIndex._get_base_content_type(instance),
            object_id=str(instance.pk),
            to_content_type=_document_type(),
        ).exists()


def _deleted(sender, instance, **kwargs):
    if getattr(instance, "_links_documents", False):
        sync_search_index()


def connect_signals() -> None:
    from wagtail.signals import (
        page_published,
        page_unpublished,
        post_page_move,
        published,
        unpublished,
    )

    # A move can put a page behind a view restriction (or take it out).
    for signal in (published, unpublished, page_published, page_unpublished, post_page_move):
        signal.connect(_changed, dispatch_uid=f"public_documents_{id(signal)}")
    pre_delete.connect(_before_delete, dispatch_uid="public_documents_before_delete")
    post_delete.connect(_deleted, dispatch_uid="public_documents_deleted")
    for model in (Collection, CollectionViewRestriction, PageViewRestriction):
        label = model._meta.label_lower
        post_save.connect(_changed, sender=model, dispatch_uid=f"public_documents_{label}")
        post_delete.connect(_changed, sender=model, dispatch_uid=f"public_documents_-{label}")
