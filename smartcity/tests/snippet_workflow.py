"""Shared tests: a snippet type goes through the moderation workflow (issue 6).

Editors ("Redaktion") save drafts and submit them to "Moderators approval" but cannot
publish; moderators ("Moderation") approve, which publishes; visitors only ever see the
live version.

An app's ``tests/test_workflow.py`` imports these tests and defines the fixture
``workflow_case`` (a :class:`WorkflowCase`) for its model; pytest then runs them there.
Used for measures' siblings: solution profiles, publications, model projects and contact
points.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation
from wagtail.models import Workflow, WorkflowContentType, WorkflowState
from wagtail.test.utils.form_data import querydict_from_html
from wagtail.users.models import UserProfile

from smartcity.editorial.roles import MODERATION, REDAKTION, WORKFLOW_NAME

LIVE_TITLE = "Eintrag in der Moderation"
LIVE_TITLE_EN = "Entry in moderation"


def page_heading(response):
    """The text of the page's ``<h1>``."""
    match = re.search(r"<h1[^>]*>(.*?)</h1>", response.content.decode(), re.S)
    return match.group(1).strip()


@dataclass
class WorkflowCase:
    model: type
    detail_route: str  # URL name of the public detail page (or file), with a ``slug``
    make: Callable  # make(title_de=…, title_en=…, live=True) -> a saved object
    list_url: Callable  # list_url(language) -> a public list holding only this test's objects
    # The field the tests change: translated (``<field>_de``, ``<field>_en``) or one
    # column for both languages (``translated=False``, e.g. a model project's name).
    title_field: str = "title"
    translated: bool = True
    # The detail route's argument: its name and the object's attribute.
    lookup: str = "slug"
    # What the public detail response shows as the object's title.
    read_title: Callable = page_heading
    # The collection of the public API (``/api/v1/<name>/``) and its title field, if any.
    api_resource: str | None = None
    api_title: str = "title"

    @property
    def label(self):
        return self.model._meta.model_name

    def field(self, language):
        return f"{self.title_field}_{language}" if self.translated else self.title_field

    def expected(self, german, english):
        """What the German and English pages show of an object titled so."""
        return [german, english] if self.translated else [german, german]

    def title(self, obj, language="de"):
        return getattr(obj, self.field(language))

    def admin_url(self, name, *args):
        return reverse(self.model.snippet_viewset.get_url_name(name), args=args)

    def detail_url(self, obj, language="de"):
        with translation.override(language):
            return reverse(self.detail_route, kwargs={self.lookup: getattr(obj, self.lookup)})

    def public_titles(self, client, obj):
        """The titles the German and English public pages show, or the status if not 200."""
        titles = []
        for language in ("de", "en"):
            response = client.get(self.detail_url(obj, language))
            if response.status_code != 200:
                titles.append(response.status_code)
                continue
            titles.append(self.read_title(response))
        return titles

    def api_titles(self, client, obj):
        """The titles of the German and English API records, or the status if not 200."""
        url = reverse(
            "opendata_api:detail",
            kwargs={"resource": self.api_resource, "identifier": getattr(obj, self.lookup)},
        )
        titles = []
        for language in ("de", "en"):
            response = client.get(url, {"lang": language})
            if response.status_code != 200:
                titles.append(response.status_code)
                continue
            titles.append(response.json()["result"][self.api_title])
        return titles


def make_user(username, role, language=None):
    user = get_user_model().objects.create_user(
        username, email=f"{username}@example.org", password="geheim-123"
    )
    user.groups.add(Group.objects.get(name=role))
    if language:
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
    return user


@pytest.fixture
def editor(workflow_case):
    return make_user(f"{workflow_case.label}-redakteurin", REDAKTION)


@pytest.fixture
def moderator(workflow_case):
    return make_user(f"{workflow_case.label}-moderator", MODERATION)


@pytest.fixture
def published(workflow_case):
    """A published object with a live revision."""
    obj = workflow_case.make(title_de=LIVE_TITLE, title_en=LIVE_TITLE_EN)
    obj.save_revision().publish()
    obj.refresh_from_db()
    assert obj.live and obj.live_revision_id
    return obj


def action_buttons(html):
    """``{name: label}`` of the edit form's submit buttons that carry an action."""
    return {
        name: re.sub(r"<[^>]+>", "", label).strip()
        for name, label in re.findall(
            r'<button[^>]*name="(action-[\w-]+)"[^>]*>([\s\S]*?)</button>', html
        )
    }


def edit_form_data(client, url, **changes):
    """What the edit form would post, read from its HTML, with ``changes`` applied."""
    response = client.get(url)
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="w-editor-form")
    for key, value in changes.items():
        data[key] = value
    return data


def test_the_model_uses_the_moderation_workflow(workflow_case, published, editor, moderator):
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    meta = workflow_case.model._meta
    assert WorkflowContentType.objects.filter(
        workflow=workflow,
        content_type__app_label=meta.app_label,
        content_type__model=meta.model_name,
    ).exists()
    assert published.get_workflow() == workflow
    permission = f"{meta.app_label}.%s_{meta.model_name}"
    assert not editor.has_perm(permission % "publish")
    assert moderator.has_perm(permission % "publish")
    assert editor.has_perm(permission % "lock")
    assert not editor.has_perm(permission % "unlock")
    assert moderator.has_perm(permission % "unlock")


@pytest.mark.parametrize(
    "language, label",
    [("en", "Submit to Moderators approval"), ("de", "In Moderators approval einreichen")],
)
def test_edit_view_offers_editors_submit_but_not_publish(
    client, workflow_case, published, language, label
):
    editor = make_user(f"{workflow_case.label}-redaktion-{language}", REDAKTION, language)
    client.force_login(editor)
    html = client.get(workflow_case.admin_url("edit", published.pk)).content.decode()
    buttons = action_buttons(html)
    assert buttons.get("action-submit") == label
    assert "action-publish" not in buttons


def test_edit_view_offers_moderators_publish(client, workflow_case, published, moderator):
    client.force_login(moderator)
    html = client.get(workflow_case.admin_url("edit", published.pk)).content.decode()
    buttons = action_buttons(html)
    assert "action-publish" in buttons
    assert "action-submit" in buttons


def test_editor_cannot_publish_but_a_moderator_can(
    client, workflow_case, published, editor, moderator
):
    case = workflow_case
    url = case.admin_url("edit", published.pk)
    client.force_login(editor)
    data = edit_form_data(client, url, **{case.field("de"): "Von der Redaktion veröffentlicht?"})
    data["action-publish"] = "action-publish"
    client.post(url, data)

    published.refresh_from_db()
    assert case.title(published) == LIVE_TITLE
    assert case.public_titles(client, published)[0] == LIVE_TITLE

    client.logout()
    client.force_login(moderator)
    data = edit_form_data(client, url, **{case.field("de"): "Von der Moderation veröffentlicht"})
    data["action-publish"] = "action-publish"
    response = client.post(url, data)

    assert response.status_code == 302
    published.refresh_from_db()
    assert case.title(published) == "Von der Moderation veröffentlicht"
    client.logout()
    assert case.public_titles(client, published)[0] == "Von der Moderation veröffentlicht"


def test_editor_saves_a_draft_submits_it_and_a_moderator_approves(
    client, workflow_case, published, editor, moderator
):
    case = workflow_case
    obj = published
    url = case.admin_url("edit", obj.pk)
    client.force_login(editor)
    draft = edit_form_data(client, url, **{case.field("de"): "Überarbeiteter Eintrag"})
    response = client.post(url, draft)
    assert response.status_code == 302

    obj.refresh_from_db()
    assert case.title(obj) == LIVE_TITLE
    assert obj.has_unpublished_changes
    assert obj.latest_revision.user == editor
    assert case.title(obj.latest_revision.as_object()) == "Überarbeiteter Eintrag"
    assert not obj.workflow_in_progress

    data = edit_form_data(client, url, **{case.field("de"): "Eingereichter Eintrag"})
    data["action-submit"] = "action-submit"
    response = client.post(url, data)
    assert response.status_code == 302

    obj.refresh_from_db()
    state = obj.current_workflow_state
    assert state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by == editor
    assert case.title(obj) == LIVE_TITLE  # not public yet
    task_state = obj.current_workflow_task_state
    assert task_state.task.specific.get_actions(obj, editor) == []

    # While it is in moderation the editor is locked out of the submitted version.
    buttons = action_buttons(client.get(url).content.decode())
    assert "action-submit" not in buttons and "action-publish" not in buttons
    client.post(url, edit_form_data(client, url, **{case.field("de"): "Nachträglich geändert"}))
    obj.refresh_from_db()
    assert case.title(obj.latest_revision.as_object()) == "Eingereichter Eintrag"

    # The editor cannot approve their own submission.
    action_url = case.admin_url("workflow_action", obj.pk, "approve", task_state.pk)
    client.post(action_url, {"comment": ""})
    obj.refresh_from_db()
    assert case.title(obj) == LIVE_TITLE
    assert obj.workflow_in_progress

    client.logout()
    assert case.public_titles(client, obj) == case.expected(LIVE_TITLE, LIVE_TITLE_EN)

    client.force_login(moderator)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "smartcity-moderation-queue" in dashboard
    assert "Eingereichter Eintrag" in dashboard
    response = client.post(action_url, {"comment": ""})
    assert response.status_code in (200, 302)

    obj.refresh_from_db()
    assert case.title(obj) == "Eingereichter Eintrag"
    assert obj.live and not obj.has_unpublished_changes
    assert not obj.workflow_in_progress
    client.logout()
    assert case.public_titles(client, obj)[0] == "Eingereichter Eintrag"


def test_anonymous_visitors_never_see_drafts(client, workflow_case, published, editor, moderator):
    case = workflow_case
    live_titles = case.expected(LIVE_TITLE, LIVE_TITLE_EN)
    setattr(published, case.field("de"), "Unveröffentlichter Titel")
    if case.translated:
        setattr(published, case.field("en"), "Unpublished title")
    published.save_revision(user=editor)
    new = case.make(title_de="Neuer Eintrag im Entwurf", title_en="New draft entry", live=False)
    new.save_revision(user=editor)
    Workflow.objects.get(name=WORKFLOW_NAME).start(new, editor)

    assert case.public_titles(client, published) == live_titles
    assert case.public_titles(client, new) == [404, 404]
    if case.api_resource:
        assert case.api_titles(client, published) == live_titles
        assert case.api_titles(client, new) == [404, 404]
    for language, live_title in zip(("de", "en"), live_titles, strict=True):
        listing = client.get(case.list_url(language)).content.decode()
        assert live_title in listing
        assert "Unveröffentlichter Titel" not in listing
        assert "Unpublished title" not in listing
        assert "Neuer Eintrag im Entwurf" not in listing and "New draft entry" not in listing
    for preview in (
        case.admin_url("preview_on_edit", published.pk),
        case.admin_url("revisions_view", published.pk, published.latest_revision_id),
    ):
        response = client.get(preview)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))

    # Approving the new entry publishes it for the first time.
    new.refresh_from_db()
    task_state = new.current_workflow_task_state
    task_state.task.specific.on_action(task_state, moderator, "approve")
    new.refresh_from_db()
    assert new.live
    new_titles = case.expected("Neuer Eintrag im Entwurf", "New draft entry")
    assert case.public_titles(client, new) == new_titles
    if case.api_resource:
        assert case.api_titles(client, new) == new_titles
