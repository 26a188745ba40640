"""The contract the public records share (``core.records``): measures, solution
profiles and publications."""

import datetime
import inspect

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.module_loading import import_string
from wagtail.locks import ScheduledForPublishLock

from core.records import PublicRecord, RecordQuerySet
from measures.models import Measure
from programmes.models import ModelProject
from publications.models import Publication
from solutions.models import SolutionProfile

pytestmark = pytest.mark.django_db

MODELS = [Measure, SolutionProfile, Publication]


def a_live(model):
    record = model.objects.live().order_by("pk").first()
    assert record is not None, f"the demo content has no live {model.__name__}"
    return record


@pytest.mark.parametrize("model", MODELS)
def test_the_records_share_one_base(model):
    assert issubclass(model, PublicRecord)
    assert isinstance(model.objects.all(), RecordQuerySet)
    assert not hasattr(model.objects.all(), "public")
    record = a_live(model)
    assert str(record) == record.title
    assert record.get_absolute_url() == reverse(model.detail_url_name, args=[record.slug])
    assert record.get_preview_template(None, "de") == model.detail_template


@pytest.mark.parametrize("model", MODELS)
def test_live_leaves_out_unpublished_records(client, model):
    record = a_live(model)
    url = record.get_absolute_url()
    response = client.get(url)
    assert response.status_code == 200
    assert model.detail_template in [t.name for t in response.templates]

    record.unpublish(log_action=False)
    assert model.objects.filter(pk=record.pk).exists()
    assert not model.objects.live().filter(pk=record.pk).exists()
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("model", MODELS)
def test_live_leaves_out_drafts_never_published(model):
    record = a_live(model)
    model.objects.filter(pk=record.pk).update(live=False, first_published_at=None)
    assert not model.objects.live().filter(pk=record.pk).exists()


@pytest.mark.parametrize(
    ("model", "project_field"),
    [(Measure, "model_project"), (SolutionProfile, "lead_project")],
)
def test_live_leaves_out_records_of_an_unpublished_project(model, project_field):
    record = a_live(model)
    project_id = getattr(record, f"{project_field}_id")
    ModelProject.objects.filter(pk=project_id).update(live=False)
    assert not model.objects.live().filter(pk=record.pk).exists()
    assert model.objects.filter(pk=record.pk, live=True).exists()


def test_a_publication_does_not_depend_on_its_model_projects():
    publication = a_live(Publication)
    project = ModelProject.objects.live().first()
    publication.model_projects = [project]
    publication.save()
    ModelProject.objects.filter(pk=project.pk).update(live=False)
    assert Publication.objects.live().filter(pk=publication.pk).exists()


@pytest.mark.parametrize("model", MODELS)
def test_detail_context_has_one_signature(model):
    detail_context = import_string(f"{model._meta.app_label}.views.detail_context")
    record_param, *options = inspect.signature(detail_context).parameters.values()
    assert record_param.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert [(p.name, p.kind, p.default) for p in options] == [
        ("request", inspect.Parameter.KEYWORD_ONLY, None),
        ("preview", inspect.Parameter.KEYWORD_ONLY, False),
    ]


@pytest.mark.parametrize("model", MODELS)
def test_detail_context_with_and_without_request_and_preview(rf, model):
    record = a_live(model)
    detail_context = import_string(f"{model._meta.app_label}.views.detail_context")
    request = rf.get(record.get_absolute_url())
    with translation.override("de"):
        for kwargs, preview in (
            ({}, False),
            ({"request": request}, False),
            ({"request": request, "preview": True}, True),
            ({"preview": True}, True),
        ):
            context = detail_context(record, **kwargs)
            assert context["is_preview"] is preview, kwargs
            assert record in context.values(), kwargs
            assert context["extra_breadcrumbs"][-1]["title"] == record.title


@pytest.mark.parametrize("model", MODELS)
def test_the_admin_preview_uses_detail_context(rf, admin_user, model):
    record = a_live(model)
    request = rf.get("/")
    request.user = admin_user
    with translation.override("de"):
        context = record.get_preview_context(request, "de")
    assert context["request"] is request
    assert context["is_preview"] is True
    assert record in context.values()


@pytest.mark.parametrize("model", MODELS)
def test_a_record_scheduled_for_publishing_is_locked(model):
    """Wagtail's mixin order: the schedule lock comes before the editor's lock."""
    record = a_live(model)
    assert record.get_lock() is None
    record.save_revision(approved_go_live_at=timezone.now() + datetime.timedelta(days=1))
    record = model.objects.get(pk=record.pk)
    assert isinstance(record.get_lock(), ScheduledForPublishLock)
