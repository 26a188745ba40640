"""Drafts keep the fields of action and topics: the public site shows the published links
until the revision is published (``ParentalManyToManyField``, migration 0005)."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html

from measures.importing import COLUMN_KEYS, export_measures, import_measures
from measures.models import Measure

from .helpers import list_url, option, slugs


@pytest.fixture
def editor_client(client, db):
    user = get_user_model().objects.create_superuser("redaktion", "redaktion@example.org", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def published(world):
    """A published measure (mobility, topic app) and a second one in the same field."""
    world.measure("radweg", slug="radweg", fields=("mobilitaet",), topics=("app",))
    world.measure("andere", slug="andere", fields=("mobilitaet",), topics=("app",))
    return world


def edit_url(measure):
    return reverse("wagtailsnippets_measures_measure:edit", args=[measure.pk])


def post_edit(client, measure, *, fields, topics, publish=False):
    """Post the admin's edit form as it is shown, with other fields of action and topics."""
    response = client.get(edit_url(measure))
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="w-editor-form")
    data.setlist("fields_of_action", [str(field.pk) for field in fields])
    data.setlist("topics", [str(topic.pk) for topic in topics])
    if publish:
        data["action-publish"] = "action-publish"
    # As lists: the test client would post only the last value of each QueryDict key.
    response = client.post(edit_url(measure), dict(data.lists()))
    assert response.status_code == 302, response.context["form"].errors
    return response


def public_state(client, measure):
    """(fields of action on the detail page, topics there, field-of-action facet counts)."""
    detail = client.get(measure.get_absolute_url())
    assert detail.status_code == 200
    shown = detail.context["measure"]
    listing = client.get(list_url())
    counts = {
        key: option(listing, "field_of_action", key).count for key in ("mobilitaet", "energie")
    }
    return (
        sorted(field.key for field in shown.fields_of_action.all()),
        sorted(topic.key for topic in shown.topics.all()),
        counts,
    )


def live_links(measure):
    return (
        sorted(
            Measure.fields_of_action.through.objects.filter(measure=measure).values_list(
                "fieldofaction__key", flat=True
            )
        ),
        sorted(
            Measure.topics.through.objects.filter(measure=measure).values_list(
                "topic__key", flat=True
            )
        ),
    )


def test_draft_keeps_links_until_published(client, editor_client, published):
    w = published
    measure = w.measures["radweg"]
    before = (["mobilitaet"], ["app"], {"mobilitaet": 2, "energie": 0})
    assert public_state(client, measure) == before

    post_edit(
        editor_client,
        measure,
        fields=[w.fields["energie"], w.fields["verwaltung"]],
        topics=[w.topics["sensorik"]],
    )

    measure.refresh_from_db()
    assert measure.live and measure.has_unpublished_changes
    # The public page, the facet counts, the filter and the link tables: still published.
    assert public_state(client, measure) == before
    assert "Energie" not in client.get(measure.get_absolute_url()).content.decode()
    assert "radweg" not in slugs(client.get(list_url(field_of_action="energie")))
    assert "radweg" in slugs(client.get(list_url(field_of_action="mobilitaet")))
    assert live_links(measure) == (["mobilitaet"], ["app"])
    # The draft holds the new links, and the editor sees them in the form.
    draft = measure.get_latest_revision_as_object()
    assert sorted(f.key for f in draft.fields_of_action.all()) == ["energie", "verwaltung"]
    assert [t.key for t in draft.topics.all()] == ["sensorik"]
    form = editor_client.get(edit_url(measure)).context["form"]
    assert sorted(int(pk) for pk in form["fields_of_action"].value()) == sorted(
        [w.fields["energie"].pk, w.fields["verwaltung"].pk]
    )

    # The admin's comparison of the live version with the draft names the change.
    compare = editor_client.get(
        reverse(
            "wagtailsnippets_measures_measure:revisions_compare",
            kwargs={"pk": measure.pk, "revision_id_a": "live", "revision_id_b": "latest"},
        )
    )
    assert compare.status_code == 200
    assert "Energie" in compare.content.decode()

    # Publishing the draft (the latest revision) brings the new links online.
    measure.latest_revision.publish()

    measure.refresh_from_db()
    assert not measure.has_unpublished_changes
    assert public_state(client, measure) == (
        ["energie", "verwaltung"],
        ["sensorik"],
        {"mobilitaet": 1, "energie": 1},
    )
    assert "radweg" in slugs(client.get(list_url(field_of_action="energie")))
    assert live_links(measure) == (["energie", "verwaltung"], ["sensorik"])


def test_publishing_from_the_edit_form_writes_the_links(client, editor_client, published):
    w = published
    measure = w.measures["radweg"]

    post_edit(editor_client, measure, fields=[w.fields["energie"]], topics=[], publish=True)

    assert public_state(client, measure) == (
        ["energie"],
        [],
        {"mobilitaet": 1, "energie": 1},
    )
    assert live_links(measure) == (["energie"], [])


def test_unpublished_measure_saves_links_directly(editor_client, published):
    """A measure that was never published has no public version to protect."""
    w = published
    measure = w.measure("entwurf", fields=("mobilitaet",), live=False)

    post_edit(editor_client, measure, fields=[w.fields["bildung"]], topics=[w.topics["app"]])

    assert live_links(measure) == (["bildung"], ["app"])
    assert "entwurf" not in {m.slug for m in Measure.objects.live()}


def test_preview_shows_the_draft_links(editor_client, published):
    w = published
    measure = w.measures["radweg"]
    response = editor_client.get(edit_url(measure))
    data = querydict_from_html(response.content.decode(), form_id="w-editor-form")
    data.setlist("fields_of_action", [str(w.fields["bildung"].pk)])
    preview_url = reverse("wagtailsnippets_measures_measure:preview_on_edit", args=[measure.pk])
    assert editor_client.post(preview_url, dict(data.lists())).json()["is_valid"]

    html = editor_client.get(preview_url).content.decode()

    assert "Bildung" in html
    assert live_links(measure)[0] == ["mobilitaet"]


# -- import and export ----------------------------------------------------------------


def export_csv():
    out = io.StringIO()
    export_measures(out, "csv")
    return out.getvalue().encode("utf-8")


def with_cells(data, slug, **cells):
    """The exported CSV with some cells of one row replaced."""
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    for row in rows:
        if row["slug"] == slug:
            row.update(cells)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMN_KEYS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def test_import_puts_changed_links_into_the_draft(client, published):
    measure = published.measures["radweg"]
    data = with_cells(export_csv(), "radweg", fields_of_action="energie", topics="sensorik")

    result = import_measures(data, "measures.csv")

    assert result.ok, [str(e) for e in result.errors]
    assert (result.updated, result.unchanged) == (1, 1)
    (row,) = result.changed_rows()
    assert row.slug == "radweg" and row.changed == ["fields_of_action", "topics"]
    measure.refresh_from_db()
    assert measure.has_unpublished_changes
    assert live_links(measure) == (["mobilitaet"], ["app"])
    assert public_state(client, measure)[:2] == (["mobilitaet"], ["app"])

    # The export shows the latest version, so the same file again changes nothing ...
    again = import_measures(export_csv(), "measures.csv")
    assert again.ok and again.changed == 0
    # ... and publishing makes the links live.
    measure.latest_revision.publish()
    assert live_links(measure) == (["energie"], ["sensorik"])


def test_import_with_publish_writes_the_links(published):
    measure = published.measures["radweg"]
    data = with_cells(export_csv(), "radweg", fields_of_action="bildung; energie", topics="")

    result = import_measures(data, "measures.csv", publish=True)

    assert result.ok, [str(e) for e in result.errors]
    measure.refresh_from_db()
    assert not measure.has_unpublished_changes
    assert live_links(measure) == (["bildung", "energie"], [])
    assert import_measures(export_csv(), "measures.csv").changed == 0
