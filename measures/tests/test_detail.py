import datetime
from urllib.parse import unquote

from django.conf import settings

from measures.similar import similar_measures


def test_detail_shows_every_field(client, world):
    measure = world.measure(
        title_de="Digitaler Zwilling der Altstadt",
        title_en="Digital twin of the old town",
        summary_de="Ein 3D-Modell der Altstadt.",
        description_de="<p>Planungen werden <b>sichtbar</b>.</p>",
        goals_de="Planung verbessern\nBürger beteiligen",
        fields=("mobilitaet", "verwaltung"),
        topics=("app", "sensorik"),
        technologies="CityGML, Cesium",
        start_date=datetime.date(2021, 3, 1),
        end_date=datetime.date(2024, 6, 30),
        repository_url="https://gitlab.opencode.de/example/zwilling",
        licence="EUPL-1.2",
        contact_name="Amt für Digitales",
        contact_email="digital@example.org",
        last_updated=datetime.date(2025, 11, 14),
        is_demo_content=True,
    )
    response = client.get(measure.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    for text in [
        '<h1 class="kern-heading-x-large">Digitaler Zwilling der Altstadt</h1>',
        "Ein 3D-Modell der Altstadt.",
        "<b>sichtbar</b>",
        "Bürger beteiligen",
        "Mobilität und Infrastruktur",
        "Verwaltung und Bürgerservice",
        "Sensorik und IoT",
        "CityGML",
        "Cesium",
        "März 2021",
        "Juni 2024",
        'href="https://gitlab.opencode.de/example/zwilling"',
        "Lizenz: EUPL-1.2",
        "Amt für Digitales",
        'href="mailto:digital@example.org"',
        'datetime="2025-11-14"',
        "In Umsetzung",
        "Gesamtstadt",
        "Bayern",
        "Großstadt",
        "2019",
        "Demo-Inhalt",
        "Diese Maßnahme ist ein erfundenes Beispiel",
    ]:
        assert text in html, text
    # Breadcrumb: home › measures › this measure.
    assert '<a href="/de/massnahmen/">Maßnahmen</a>' in html
    assert '<span aria-current="page">Digitaler Zwilling der Altstadt</span>' in html
    # Its model project, the permalink and the error report.
    project = world.projects["alpha"]
    assert f'href="{project.get_absolute_url()}"' in html
    assert f'value="http://testserver/de/massnahmen/{measure.slug}/"' in html
    assert f"mailto:{settings.KTS_CONTACT_EMAIL}?subject=" in html
    report = response.context["report_error_url"]
    assert "Fehler in der Maßnahme „Digitaler Zwilling der Altstadt“" in unquote(report)
    assert f"/de/massnahmen/{measure.slug}/" in unquote(report)
    assert f'href="/de/massnahmen/?project={project.slug}"' in html


def test_detail_in_english_with_fallback(client, world):
    measure = world.measure(title_en="Traffic lights", summary_en="", goals_de="Ziel")
    response = client.get(f"/en/measures/{measure.slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Traffic lights" in html
    assert "Eine Maßnahme zum Testen." in html  # German summary where English is missing
    assert '<html lang="en"' in html
    assert "Report an error in this entry" in html
    # The language switch leads to the same measure.
    assert f'href="/de/massnahmen/{measure.slug}/"' in html


def test_drafts_are_not_public(client, sample):
    draft = sample.measures["draft"]
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(f"/en/measures/{draft.slug}/").status_code == 404


def test_similar_measures_share_facets_and_words(client, world):
    base = world.measure(
        "base",
        title_de="Sensoren für Radwege",
        fields=("mobilitaet", "verwaltung"),
        topics=("sensorik",),
    )
    best = world.measure(
        "best",
        project="beta",
        title_de="Radwege mit Sensoren zählen",
        fields=("mobilitaet", "verwaltung"),
        topics=("sensorik",),
    )
    fields_only = world.measure(
        "fields_only", project="gamma", fields=("mobilitaet", "verwaltung"), topics=("app",)
    )
    one_field = world.measure("one_field", project="beta", fields=("mobilitaet",))
    world.measure("unrelated", fields=("bildung",), topics=("app",))
    world.measure("draft", fields=("mobilitaet", "verwaltung"), topics=("sensorik",), live=False)
    similar = similar_measures(base)
    assert [m.slug for m in similar] == [best.slug, fields_only.slug, one_field.slug]
    response = client.get(base.get_absolute_url())
    html = response.content.decode()
    assert "Ähnliche Maßnahmen" in html
    assert f'href="{best.get_absolute_url()}"' in html


def test_similar_measures_are_limited_and_never_the_measure_itself(world):
    base = world.measure(fields=("energie",))
    for _ in range(6):
        world.measure(fields=("energie",))
    similar = similar_measures(base)
    assert len(similar) == 4
    assert base not in similar
    lonely = world.measure(fields=("bildung",))
    assert similar_measures(lonely) == []


def test_admin_preview_renders_a_draft(rf, sample):
    draft = sample.measures["draft"]
    request = rf.get("/")
    request.user = None
    response = draft.serve_preview(request, draft.default_preview_mode)
    response.render()
    html = response.content.decode()
    assert "Unveröffentlichter Entwurf" in html
    assert "Entwurf – nicht öffentlich" in html


def test_language_switch_keeps_the_filters(client, sample):
    html = client.get("/de/massnahmen/?state=bayern&q=Radwege").content.decode()
    assert 'href="/en/measures/?state=bayern&amp;q=Radwege"' in html


def test_project_measure_summary_counts_the_live_measures_per_status(sample):
    """The model project page's summary: published measures only, the total the sum of
    every status, one without a status included."""
    from measures.models import Measure
    from measures.templatetags.measures_tags import project_measure_summary

    alpha = sample.projects["alpha"]
    sample.measure("ohne-status", project="alpha", status=None)
    summary = project_measure_summary(alpha)
    live = Measure.objects.live().filter(model_project=alpha)
    assert summary["total"] == live.count() == 4  # the draft left out
    by_status = {row["status"].key: row["count"] for row in summary["by_status"]}
    assert by_status == {"in-umsetzung": 3}
    assert summary["list_url"] == "/de/massnahmen/"
    assert project_measure_summary(sample.projects["beta"])["total"] == 2
