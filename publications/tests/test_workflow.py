"""Publications go through the moderation workflow (issue 6).

Editors ("Redaktion") save drafts and submit them to "Moderators approval" but cannot
publish; moderators ("Moderation") approve, which publishes; visitors only ever see the
live version.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation
from wagtail.models import Workflow, WorkflowContentType, WorkflowState
from wagtail.test.utils.form_data import querydict_from_html
from wagtail.users.models import UserProfile

from publications.models import Publication
from smartcity.editorial.roles import MODERATION, REDAKTION, WORKFLOW_NAME

from .helpers import list_url

pytestmark = pytest.mark.django_db

LIVE_TITLE = "Publikation in der Moderation"
LIVE_TITLE_EN = "Publication in moderation"


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
def editor():
    return make_user("publikations-redakteurin", REDAKTION)


@pytest.fixture
def moderator():
    return make_user("publikations-moderator", MODERATION)


@pytest.fixture
def publication(make_publication):
    """A published publication with a live revision."""
    publication = make_publication(title_de=LIVE_TITLE, title_en=LIVE_TITLE_EN)
    publication.save_revision().publish()
    publication.refresh_from_db()
    assert publication.live and publication.live_revision_id
    return publication


def admin_url(name, *args):
    return reverse(Publication.snippet_viewset.get_url_name(name), args=args)


def detail_url(publication, language="de"):
    with translation.override(language):
        return reverse("publications:publication_detail", kwargs={"slug": publication.slug})


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


def public_titles(client, publication):
    """The ``<h1>`` of the German and English public pages, or the status if not 200."""
    titles = []
    for language in ("de", "en"):
        response = client.get(detail_url(publication, language))
        if response.status_code != 200:
            titles.append(response.status_code)
            continue
        match = re.search(r"<h1[^>]*>(.*?)</h1>", response.content.decode(), re.S)
        titles.append(match.group(1).strip())
    return titles


def test_publications_use_the_moderation_workflow(publication, editor, moderator):
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    assert WorkflowContentType.objects.filter(
        workflow=workflow, content_type__app_label="publications", content_type__model="publication"
    ).exists()
    assert publication.get_workflow() == workflow
    assert not editor.has_perm("publications.publish_publication")
    assert moderator.has_perm("publications.publish_publication")
    assert editor.has_perm("publications.lock_publication")
    assert not editor.has_perm("publications.unlock_publication")
    assert moderator.has_perm("publications.unlock_publication")


@pytest.mark.parametrize(
    "language, label",
    [("en", "Submit to Moderators approval"), ("de", "In Moderators approval einreichen")],
)
def test_edit_view_offers_editors_submit_but_not_publish(client, publication, language, label):
    editor = make_user(f"publikations-redaktion-{language}", REDAKTION, language)
    client.force_login(editor)
    buttons = action_buttons(client.get(admin_url("edit", publication.pk)).content.decode())
    assert buttons.get("action-submit") == label
    assert "action-publish" not in buttons


def test_edit_view_offers_moderators_publish(client, publication, moderator):
    client.force_login(moderator)
    buttons = action_buttons(client.get(admin_url("edit", publication.pk)).content.decode())
    assert "action-publish" in buttons
    assert "action-submit" in buttons


def test_editor_cannot_publish_but_a_moderator_can(client, publication, editor, moderator):
    url = admin_url("edit", publication.pk)
    client.force_login(editor)
    data = edit_form_data(client, url, title_de="Von der Redaktion veröffentlicht?")
    data["action-publish"] = "action-publish"
    client.post(url, data)

    publication.refresh_from_db()
    assert publication.title_de == LIVE_TITLE
    assert public_titles(client, publication)[0] == LIVE_TITLE

    client.logout()
    client.force_login(moderator)
    data = edit_form_data(client, url, title_de="Von der Moderation veröffentlicht")
    data["action-publish"] = "action-publish"
    response = client.post(url, data)

    assert response.status_code == 302
    publication.refresh_from_db()
    assert publication.title_de == "Von der Moderation veröffentlicht"


def test_editor_saves_a_draft_submits_it_and_a_moderator_approves(
    client, publication, editor, moderator
):
    url = admin_url("edit", publication.pk)
    client.force_login(editor)
    response = client.post(url, edit_form_data(client, url, title_de="Überarbeitete Publikation"))
    assert response.status_code == 302

    publication.refresh_from_db()
    assert publication.title_de == LIVE_TITLE
    assert publication.has_unpublished_changes
    assert publication.latest_revision.user == editor
    assert publication.latest_revision.as_object().title_de == "Überarbeitete Publikation"
    assert not publication.workflow_in_progress

    data = edit_form_data(client, url, title_de="Eingereichte Publikation")
    data["action-submit"] = "action-submit"
    response = client.post(url, data)
    assert response.status_code == 302

    publication.refresh_from_db()
    state = publication.current_workflow_state
    assert state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by == editor
    assert publication.title_de == LIVE_TITLE  # not public yet
    task_state = publication.current_workflow_task_state
    assert task_state.task.specific.get_actions(publication, editor) == []

    # While it is in moderation the editor is locked out of the submitted version.
    buttons = action_buttons(client.get(url).content.decode())
    assert "action-submit" not in buttons and "action-publish" not in buttons
    client.post(url, edit_form_data(client, url, title_de="Nachträglich geändert"))
    publication.refresh_from_db()
    assert publication.latest_revision.as_object().title_de == "Eingereichte Publikation"

    # The editor cannot approve their own submission.
    action_url = admin_url("workflow_action", publication.pk, "approve", task_state.pk)
    client.post(action_url, {"comment": ""})
    publication.refresh_from_db()
    assert publication.title_de == LIVE_TITLE
    assert publication.workflow_in_progress

    client.logout()
    assert public_titles(client, publication) == [LIVE_TITLE, LIVE_TITLE_EN]

    client.force_login(moderator)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "smartcity-moderation-queue" in dashboard
    assert "Eingereichte Publikation" in dashboard
    response = client.post(action_url, {"comment": ""})
    assert response.status_code in (200, 302)

    publication.refresh_from_db()
    assert publication.title_de == "Eingereichte Publikation"
    assert publication.live and not publication.has_unpublished_changes
    assert not publication.workflow_in_progress
    client.logout()
    assert public_titles(client, publication)[0] == "Eingereichte Publikation"


def test_anonymous_visitors_never_see_drafts(
    client, make_publication, publication, editor, moderator
):
    publication.title_de = "Unveröffentlichter Titel"
    publication.title_en = "Unpublished title"
    publication.save_revision(user=editor)
    new = make_publication(
        title_de="Neue Publikation im Entwurf", title_en="New draft publication", live=False
    )
    new.save_revision(user=editor)
    Workflow.objects.get(name=WORKFLOW_NAME).start(new, editor)

    assert public_titles(client, publication) == [LIVE_TITLE, LIVE_TITLE_EN]
    assert public_titles(client, new) == [404, 404]
    # Filtered by the tests' own type, the list holds only this test's publications.
    for language, live_title in (("de", LIVE_TITLE), ("en", LIVE_TITLE_EN)):
        listing = client.get(list_url(language, type="zz-handbook")).content.decode()
        assert live_title in listing
        assert "Unveröffentlichter Titel" not in listing
        assert "Unpublished title" not in listing
        assert "Neue Publikation im Entwurf" not in listing
        assert "New draft publication" not in listing
    for preview in (
        admin_url("preview_on_edit", publication.pk),
        admin_url("revisions_view", publication.pk, publication.latest_revision_id),
    ):
        response = client.get(preview)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))

    # Approving the new publication publishes it for the first time.
    new.refresh_from_db()
    task_state = new.current_workflow_task_state
    task_state.task.specific.on_action(task_state, moderator, "approve")
    new.refresh_from_db()
    assert new.live
    assert public_titles(client, new) == ["Neue Publikation im Entwurf", "New draft publication"]
