"""Editorial roles, the moderation workflow and who may see what (issue 6).

The permission matrix: editors ("Redaktion") edit and submit but cannot publish pages or
measures; moderators ("Moderation") review and publish; anonymous visitors never see
drafts or previews.
"""

import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Locale, Workflow, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

from measures.models import FieldOfAction, Measure
from programmes.models import ModelProject
from smartcity.editorial.roles import (
    ADMINISTRATION,
    MODERATION,
    REDAKTION,
    WORKFLOW_NAME,
    content_models,
    model_actions,
)
from smartcity.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


def make_user(username, role):
    user = get_user_model().objects.create_user(
        username, email=f"{username}@example.org", password="geheim-123"
    )
    if role:
        user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def editor():
    return make_user("redakteurin", REDAKTION)


@pytest.fixture
def moderator():
    return make_user("moderator", MODERATION)


@pytest.fixture
def administrator():
    return make_user("administratorin", ADMINISTRATION)


@pytest.fixture
def home():
    return HomePage.objects.get(locale=Locale.objects.get(language_code="de"))


@pytest.fixture
def page(home):
    """A fresh, published German standard page."""
    page = home.add_child(
        instance=StandardPage(title="Testseite", slug="testseite-redaktion", intro="Live.")
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def measure():
    project = ModelProject.objects.order_by("pk").first()
    field, _ = FieldOfAction.objects.get_or_create(
        key="mobilitaet", defaults={"name_de": "Mobilität", "name_en": "Mobility"}
    )
    measure = Measure.objects.create(
        slug="redaktion-testmassnahme",
        title_de="Testmaßnahme live",
        summary_de="Live.",
        model_project=project,
        last_updated=datetime.date(2026, 1, 1),
    )
    measure.fields_of_action.set([field])
    measure.save_revision().publish()
    return measure


def client_for(client, user):
    client.force_login(user)
    return client


def measure_url(name, *args):
    return reverse(Measure.snippet_viewset.get_url_name(name), args=args)


def edit_form_data(client, url, form_id="w-editor-form", **changes):
    """What the edit form would post, read from its HTML, with ``changes`` applied."""
    response = client.get(url)
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id=form_id)
    for key, value in changes.items():
        data[key] = value
    return data


# -- roles -----------------------------------------------------------------------------


def test_roles_exist_and_replace_wagtails_default_groups():
    names = set(Group.objects.values_list("name", flat=True))
    assert {REDAKTION, MODERATION, ADMINISTRATION} <= names
    assert not names & {"Editors", "Moderators"}


def test_model_permission_matrix(editor, moderator, administrator):
    for model in content_models():
        label, name = model._meta.app_label, model._meta.model_name
        for action in ("add", "change", "view"):
            assert editor.has_perm(f"{label}.{action}_{name}"), (label, name, action)
            assert moderator.has_perm(f"{label}.{action}_{name}"), (label, name, action)
        assert not editor.has_perm(f"{label}.delete_{name}")
        assert moderator.has_perm(f"{label}.delete_{name}")
        if "publish" in model_actions(model):
            assert not editor.has_perm(f"{label}.publish_{name}"), (label, name)
            assert moderator.has_perm(f"{label}.publish_{name}"), (label, name)
        for action in model_actions(model):
            assert administrator.has_perm(f"{label}.{action}_{name}")
    for user in (editor, moderator, administrator):
        assert user.has_perm("wagtailadmin.access_admin")
        assert user.has_perm("simple_translation.submit_translation")
    assert not editor.has_perm("auth.change_user")
    assert not moderator.has_perm("auth.change_user")
    assert administrator.has_perm("auth.change_user")
    assert administrator.has_perm("wagtailcore.add_workflow")


def test_measures_have_a_publish_permission_only_moderators_hold(editor, moderator):
    assert Permission.objects.filter(codename="publish_measure").exists()
    assert not editor.has_perm("measures.publish_measure")
    assert moderator.has_perm("measures.publish_measure")


def test_page_permissions_on_both_language_trees(editor, moderator, administrator):
    for home in HomePage.objects.all():
        for page in [home, *home.get_descendants()[:3]]:
            editor_perms = page.permissions_for_user(editor)
            assert editor_perms.can_edit()
            assert not editor_perms.can_publish()
            assert not editor_perms.can_unpublish()
            moderator_perms = page.permissions_for_user(moderator)
            assert moderator_perms.can_publish()
            assert moderator_perms.can_unpublish() or not page.live
            assert page.permissions_for_user(administrator).can_publish()
        assert home.permissions_for_user(editor).can_add_subpage()


def test_image_and_document_permissions(editor, moderator):
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.permissions import policy_registry

    from core.demo.images import ensure_images

    ensure_images()
    images = policy_registry.get_by_type(get_image_model())
    documents = policy_registry.get_by_type(get_document_model())
    image = get_image_model().objects.filter(uploaded_by_user__isnull=True).first()

    assert images.user_has_permission(editor, "add")
    assert images.user_has_permission(editor, "choose")
    assert documents.user_has_permission(editor, "add")
    assert images.user_has_permission_for_instance(editor, "change", image)
    assert images.user_has_permission_for_instance(moderator, "delete", image)
    assert documents.user_has_permission(moderator, "delete")


def test_setup_roles_is_idempotent_and_repairs_groups():
    def state():
        return {
            group.name: (
                set(group.permissions.values_list("pk", flat=True)),
                set(group.page_permissions.values_list("page_id", "permission_id")),
                set(group.collection_permissions.values_list("collection_id", "permission_id")),
            )
            for group in Group.objects.filter(name__in=[REDAKTION, MODERATION, ADMINISTRATION])
        }

    call_command("setup_roles", stdout=io.StringIO())
    before = state()
    editors = Group.objects.get(name=REDAKTION)
    editors.permissions.remove(Permission.objects.get(codename="change_measure"))
    editors.permissions.add(Permission.objects.get(codename="publish_measure"))
    editors.page_permissions.all().delete()

    out = io.StringIO()
    call_command("setup_roles", stdout=out)

    assert state() == before
    assert "up to date" in out.getvalue()
    assert Workflow.objects.filter(name=WORKFLOW_NAME).count() == 1


# -- workflow --------------------------------------------------------------------------


def test_pages_and_measures_use_the_moderation_workflow(page, measure):
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    assert workflow.active
    for home in HomePage.objects.all():
        assert home.get_workflow() == workflow
    assert page.get_workflow() == workflow
    assert measure.get_workflow() == workflow
    task = workflow.tasks.get().specific
    assert set(task.groups.values_list("name", flat=True)) == {MODERATION, ADMINISTRATION}


def test_editor_cannot_publish_a_page_but_a_moderator_can(client, editor, moderator, page):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    client_for(client, editor)
    data = edit_form_data(
        client, url, form_id="page-edit-form", title="Vom Redakteur veröffentlicht?"
    )
    data.update(nested_form_data({"body": streamfield([])}))
    data["action-publish"] = "action-publish"

    client.post(url, data)

    page.refresh_from_db()
    assert page.live and page.title == "Testseite"  # the live version is unchanged

    client.logout()
    client_for(client, moderator)
    data = edit_form_data(
        client, url, form_id="page-edit-form", title="Von der Moderation veröffentlicht"
    )
    data.update(nested_form_data({"body": streamfield([])}))
    data["action-publish"] = "action-publish"
    response = client.post(url, data)

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live and page.title == "Von der Moderation veröffentlicht"


def test_editor_cannot_publish_a_measure_but_a_moderator_can(client, editor, moderator, measure):
    url = measure_url("edit", measure.pk)
    client_for(client, editor)
    data = edit_form_data(client, url, title_de="Vom Redakteur veröffentlicht?")
    data["action-publish"] = "action-publish"

    client.post(url, data)

    measure.refresh_from_db()
    assert measure.title_de == "Testmaßnahme live"

    client.logout()
    client_for(client, moderator)
    data = edit_form_data(client, url, title_de="Von der Moderation veröffentlicht")
    data["action-publish"] = "action-publish"
    response = client.post(url, data)

    assert response.status_code == 302
    measure.refresh_from_db()
    assert measure.title_de == "Von der Moderation veröffentlicht"


def test_editor_submits_a_measure_and_a_moderator_approves_it(client, editor, moderator, measure):
    url = measure_url("edit", measure.pk)
    client_for(client, editor)
    data = edit_form_data(client, url, title_de="Überarbeitete Maßnahme")
    data["action-submit"] = "action-submit"
    client.post(url, data)

    measure.refresh_from_db()
    state = measure.current_workflow_state
    assert state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS
    assert measure.title_de == "Testmaßnahme live"  # not yet public
    task_state = measure.current_workflow_task_state
    assert task_state.task.specific.get_actions(measure, editor) == []

    client.logout()
    client_for(client, moderator)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Awaiting moderation" in dashboard or "Zur Moderation" in dashboard
    assert "Überarbeitete Maßnahme" in dashboard
    action_url = measure_url("workflow_action", measure.pk, "approve", task_state.pk)
    response = client.post(action_url, {"comment": ""})
    assert response.status_code in (200, 302)

    measure.refresh_from_db()
    assert measure.title_de == "Überarbeitete Maßnahme"
    assert not measure.workflow_in_progress


def test_editor_submits_a_page_and_a_moderator_approves_it(editor, moderator, page):
    page.title = "Eingereicht"
    revision = page.save_revision(user=editor)
    workflow = page.get_workflow()
    workflow.start(page, editor)
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    task = task_state.task.specific

    assert [name for name, *_ in task.get_actions(page, editor)] == []
    assert "approve" in [name for name, *_ in task.get_actions(page, moderator)]
    task.on_action(task_state, moderator, "approve")

    page.refresh_from_db()
    assert page.title == "Eingereicht" and page.live_revision == revision


# -- what anonymous visitors see --------------------------------------------------------


def test_anonymous_visitors_never_see_drafts(client, home, page, measure):
    draft_page = home.add_child(
        instance=StandardPage(title="Geheimer Entwurf", slug="geheimer-entwurf", live=False)
    )
    draft_page.save_revision()
    page.title = "Unveröffentlichte Änderung"
    page.save_revision()
    measure.title_de = "Unveröffentlichter Titel"
    measure.save_revision()
    hidden = Measure.objects.create(
        slug="versteckte-massnahme",
        title_de="Versteckt",
        summary_de="Entwurf.",
        model_project=measure.model_project,
        live=False,
    )

    assert client.get(f"/de/{draft_page.slug}/").status_code == 404
    response = client.get(f"/de/{page.slug}/")
    assert response.status_code == 200
    assert "Unveröffentlichte Änderung" not in response.content.decode()
    detail = reverse("measures:measure_detail", kwargs={"slug": measure.slug})
    response = client.get(detail)
    assert response.status_code == 200
    assert "Unveröffentlichter Titel" not in response.content.decode()
    hidden_url = reverse("measures:measure_detail", kwargs={"slug": hidden.slug})
    assert client.get(hidden_url).status_code == 404


def test_anonymous_visitors_never_see_previews(client, page, measure):
    for url in (
        reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]),
        reverse("wagtailadmin_pages:view_draft", args=[page.pk]),
        reverse("wagtailadmin_pages:revisions_view", args=[page.pk, page.latest_revision_id]),
        measure_url("preview_on_edit", measure.pk),
        measure_url("revisions_view", measure.pk, measure.latest_revision_id),
    ):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("wagtailadmin_login")), url


# -- dashboard -------------------------------------------------------------------------


def test_dashboard_panels(client, editor, moderator, measure):
    Measure.objects.filter(pk=measure.pk).update(last_updated=datetime.date(2020, 1, 1))
    measure.refresh_from_db()
    measure.title_de = "Entwurf der Redakteurin"
    measure.save_revision(user=editor)

    client_for(client, editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'id="smartcity-user-drafts' in html or "smartcity-user-drafts" in html
    assert "Entwurf der Redakteurin" in html
    assert "smartcity-stale-measures" in html
    assert "smartcity-moderation-queue" not in html  # nothing in moderation yet

    Workflow.objects.get(name=WORKFLOW_NAME).start(measure, editor)
    client.logout()
    client_for(client, moderator)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "smartcity-moderation-queue" in html
    assert "Entwurf der Redakteurin" in html
    assert "smartcity-user-drafts" not in html  # the moderator has no drafts of their own


def test_stale_panel_needs_measure_permissions(client):
    user = make_user("nur-lesen", None)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client_for(client, user)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "smartcity-stale-measures" not in html


def test_months_before():
    from smartcity.editorial.panels import months_before

    assert months_before(datetime.date(2026, 8, 31), 6) == datetime.date(2026, 2, 28)
    assert months_before(datetime.date(2026, 3, 15), 6) == datetime.date(2025, 9, 15)
