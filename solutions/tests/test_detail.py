import re

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from solutions.models import SolutionProfile
from solutions.pdf import latin1, rich_text_blocks


def detail_url(profile, language="de", name="solution_detail"):
    with translation.override(language):
        return reverse(f"solutions:{name}", kwargs={"slug": profile.slug})


def test_detail_in_german(client, sample):
    heat = sample.profiles["heat"]
    response = client.get(detail_url(heat))
    assert response.status_code == 200
    assert response.request["PATH_INFO"] == f"/de/loesungen/{heat.slug}/"
    html = response.content.decode()
    assert '<html lang="de"' in html
    assert '<h1 class="kern-heading-x-large">Hitze- und Wassermanagement</h1>' in html
    assert "Sensoren messen Bodenfeuchte und Hitze." in html
    # Demo notice, process steps in order, success factors.
    assert "Demo-Inhalt" in html
    assert html.index("Bedarf klären") < html.index("Sensoren bauen")
    assert "Gutes Team" in html
    # Links to the model projects and the published related measure only.
    assert sample.projects["alpha"].get_absolute_url() in html
    assert sample.projects["beta"].get_absolute_url() in html
    assert sample.measures["sensors"].get_absolute_url() in html
    assert "Versteckte Entwurfsmaßnahme" not in html
    # Breadcrumbs: home › solutions › this profile.
    assert '<a href="/de/loesungen/">Smart-City-Lösungen</a>' in html
    assert '<span aria-current="page">Hitze- und Wassermanagement</span>' in html
    # The contact card.
    assert "Fragen zur Testlösung" in html
    assert "mailto:test@example.org" in html
    # The language switch leads to the same profile in English.
    assert f'href="/en/solutions/{heat.slug}/"' in html


def test_checklist_is_an_accessible_list_with_text_states(client, sample):
    html = client.get(detail_url(sample.profiles["heat"])).content.decode()
    checklist = html[
        html.index('<ul class="checklist">') : html.index(
            "</ul>", html.index('<ul class="checklist">')
        )
    ]
    items = re.findall(r"<li class=\"checklist__item checklist__item--(done|open)\">", checklist)
    assert items == ["done", "done", "open", "done"]
    # The state is written out, not only shown by an icon or colour.
    assert checklist.count('<strong class="checklist__status">ja</strong>') == 3
    assert checklist.count('<strong class="checklist__status">nein</strong>') == 1
    assert 'aria-hidden="true"' in checklist
    assert "EUPL-1.2" in checklist


def test_detail_in_english(client, sample):
    heat = sample.profiles["heat"]
    response = client.get(detail_url(heat, "en"))
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en"' in html
    assert "Heat and water management" in html
    assert "Agree on needs" in html
    assert "Transferability checklist" in html
    assert "Demo content" in html
    assert f'href="/de/loesungen/{heat.slug}/"' in html


def test_english_falls_back_to_german(client, world):
    profile = world.profile(title_en="", teaser_en="", title_de="Nur deutsch")
    html = client.get(detail_url(profile, "en")).content.decode()
    assert "Nur deutsch" in html


def test_pdf_link_shows_format_and_size(client, sample):
    heat = sample.profiles["heat"]
    html = client.get(detail_url(heat)).content.decode()
    pdf_url = detail_url(heat, name="solution_pdf")
    assert f'href="{pdf_url}" type="application/pdf" download' in html
    match = re.search(r"\(PDF, ([\d,.]+)\xa0(KB|Bytes)\)", html)
    assert match, "size hint missing"
    size = len(client.get(pdf_url).content)
    if match.group(2) == "KB":
        assert abs(float(match.group(1).replace(",", ".")) * 1024 - size) < 103
    else:
        assert int(match.group(1)) == size


@pytest.mark.parametrize("language", ["de", "en"])
def test_pdf_is_a_valid_pdf_with_the_title(client, sample, language):
    heat = sample.profiles["heat"]
    response = client.get(detail_url(heat, language, name="solution_pdf"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (f'attachment; filename="{heat.slug}-{language}.pdf"')
    data = response.content
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    assert int(response["Content-Length"]) == len(data)
    title = "Hitze- und Wassermanagement" if language == "de" else "Heat and water management"
    # fpdf2 stores the title in the document information (UTF-16 with BOM when non-ASCII).
    assert title.encode("latin-1") in data or title.encode("utf-16-be") in data


def test_pdf_keeps_umlauts_and_replaces_other_characters(client, world):
    profile = world.profile(
        title_de="Größere Übersicht „für“ Städte – schön",
        solution_de="<p>Daten… ✓ fließen €</p><ul><li>eins</li><li>zwei</li></ul>",
    )
    response = client.get(detail_url(profile, name="solution_pdf"))
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF-")
    assert latin1("„für“ – ✓ €") == '"für" - ? EUR'
    assert rich_text_blocks(profile.solution_de) == [
        ("p", "Daten… ✓ fließen €"),
        ("-", "eins"),
        ("-", "zwei"),
    ]


def test_drafts_are_not_public(client, sample):
    draft = sample.profiles["draft"]
    assert client.get(detail_url(draft)).status_code == 404
    assert client.get(detail_url(draft, "en")).status_code == 404
    assert client.get(detail_url(draft, name="solution_pdf")).status_code == 404


def test_unknown_and_malformed_slugs_give_404(client, sample):
    assert client.get("/de/loesungen/gibt-es-nicht/").status_code == 404
    assert client.get("/de/loesungen/gibt-es-nicht/pdf/").status_code == 404
    assert client.get("/de/loesungen/%00/").status_code == 404
    assert client.get("/de/loesungen/" + "a" * 5000 + "/").status_code == 404


def test_detail_query_count_does_not_grow_with_relations(client, world):
    few = world.profile(topics=("app",), partners=("beta",), steps=(("A", "A"),))
    many = world.profile(
        topics=("app", "sensorik", "klimaschutz"),
        partners=("beta", "gamma"),
        fields=("mobilitaet", "energie", "umwelt-klima"),
        categories=("grossstadt", "mittelstadt", "kleinstadt_landgemeinde"),
        measures=("sensors", "hidden"),
        steps=tuple((f"Schritt {n}", f"Step {n}") for n in range(8)),
        factors=tuple((f"Faktor {n}", f"Factor {n}") for n in range(5)),
        contact=world.contact,
    )

    def count(profile):
        client.get(detail_url(profile))
        with CaptureQueriesContext(connection) as queries:
            assert client.get(detail_url(profile)).status_code == 200
        return len(queries)

    assert count(few) == count(many)


def test_model_project_include_lists_its_solutions(sample):
    template = Template(
        '{% include "solutions/includes/project_solutions.html" with project=project %}'
    )
    with translation.override("de"):
        html = template.render(Context({"project": sample.projects["beta"]}))
    # Beta leads "parking" and "plain" and is a partner of "heat"; drafts stay hidden.
    assert "Smartes Parken" in html
    assert "Hitze- und Wassermanagement" in html
    assert "beteiligt; federführend: Teststadt Alpha" in html
    with translation.override("de"):
        html = template.render(Context({"project": sample.projects["alpha"]}))
    assert "Unveröffentlichter Entwurf" not in html
    assert "Baumsensoren" in html


def test_project_include_knows_projects_without_solutions_once(world):
    """Which projects lead or take part in a published profile is known once per content
    generation: a project with none costs no query, a partner only is still found."""
    template = Template(
        '{% include "solutions/includes/project_solutions.html" with project=project %}'
    )
    partner = Context({"project": world.projects["beta"]})
    without = Context({"project": world.projects["gamma"]})
    world.profile("shared", title_de="Gemeinsame Lösung", lead="alpha", partners=("beta",))
    with translation.override("de"):
        assert "Gemeinsame Lösung" in template.render(partner)
        with CaptureQueriesContext(connection) as captured:
            html = template.render(without)
        assert "noch kein Lösungsprofil veröffentlicht" in html
        assert captured.captured_queries == []
        world.profile("own", title_de="Eigene Lösung", lead="gamma")
        assert "Eigene Lösung" in template.render(without)


def test_measure_reverse_relation(sample):
    measure = sample.measures["sensors"]
    assert list(measure.solutions.live()) == [sample.profiles["heat"]]


def test_open_source_flag_follows_licence_and_repository(world):
    profile = world.profile()
    assert profile.is_open_source is False
    profile.repository_url = "https://gitlab.opencode.de/example/x"
    profile.save(update_fields=["repository_url"])
    profile.refresh_from_db()
    assert profile.is_open_source is True


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("solutions-admin", "a@example.org", "pw")
    client.force_login(user)
    return client


def test_admin_views(admin_client, sample):
    heat = sample.profiles["heat"]
    for name, args in (
        ("wagtailsnippets_solutions_solutionprofile:list", ()),
        ("wagtailsnippets_solutions_solutionprofile:add", ()),
        ("wagtailsnippets_solutions_solutionprofile:edit", (heat.pk,)),
        ("wagtailsnippets_solutions_solutionprofile:inspect", (heat.pk,)),
        ("wagtailsnippets_solutions_solutionprofile:history", (heat.pk,)),
    ):
        response = admin_client.get(reverse(name, args=args))
        assert response.status_code == 200, name
    listing = admin_client.get(
        reverse("wagtailsnippets_solutions_solutionprofile:list"),
        {"q": "Wasser", "is_open_source": "true"},
    )
    assert listing.status_code == 200
    assert "Hitze- und Wassermanagement" in listing.content.decode()
    export = admin_client.get(
        reverse("wagtailsnippets_solutions_solutionprofile:list"), {"export": "csv"}
    )
    assert export.status_code == 200
    edit = admin_client.get(
        reverse("wagtailsnippets_solutions_solutionprofile:edit", args=(heat.pk,))
    ).content.decode()
    # Both languages side by side, and the related measures of the lead project.
    for field in ("title_de", "title_en", "teaser_en", "prerequisites_de", "operating_costs_en"):
        assert f'name="{field}"' in edit
    assert "Sensoren im Park" in edit


def edit_form_data(admin_client, profile):
    """The admin edit form of ``profile`` as POST data, unchanged."""
    url = reverse("wagtailsnippets_solutions_solutionprofile:edit", args=(profile.pk,))
    form = admin_client.get(url).context["form"]
    data = {}
    for name, field in form.fields.items():
        value = form[name].value()
        if value is None:
            continue
        if hasattr(field.widget, "converter"):  # rich text: the editor's JSON format
            data[name] = field.widget.format_value(value)
        elif isinstance(value, list | tuple):
            data[name] = [str(v) for v in value]
        elif isinstance(value, bool):
            if value:
                data[name] = "on"
        else:
            data[name] = value
    for formset in form.formsets.values():
        management = formset.management_form
        for name in management.fields:
            data[f"{management.prefix}-{name}"] = management[name].value()
        for child in formset.forms:
            for name in child.fields:
                value = child[name].value()
                if value not in (None, False):
                    data[f"{child.prefix}-{name}"] = value
    return url, data


def test_saving_a_draft_in_the_admin_keeps_the_live_version(admin_client, sample):
    heat = sample.profiles["heat"]
    heat.save_revision().publish()
    url, data = edit_form_data(admin_client, heat)
    data["title_de"] = "Neuer Titel im Entwurf"
    response = admin_client.post(url, data)
    assert response.status_code in (200, 302)
    if response.status_code == 200:
        pytest.fail(f"form errors: {response.context['form'].errors}")
    heat.refresh_from_db()
    assert heat.title_de == "Hitze- und Wassermanagement"
    assert heat.has_unpublished_changes
    assert SolutionProfile.objects.live().filter(pk=heat.pk).exists()
    assert heat.latest_revision.as_object().title_de == "Neuer Titel im Entwurf"


def test_measure_include_lists_the_solutions_built_on_it(sample):
    template = Template(
        '{% include "solutions/includes/measure_solutions.html" with measure=measure %}'
    )
    with translation.override("de"):
        html = template.render(Context({"measure": sample.measures["sensors"]}))
        assert "Hitze- und Wassermanagement" in html
        assert sample.profiles["heat"].get_absolute_url() in html
        assert template.render(Context({"measure": None})).strip() == ""


def test_a_measure_no_profile_names_costs_no_solutions_query(world):
    """Which measures have solutions is known once per content generation; a profile
    published afterwards shows on its measure at once."""
    template = Template(
        '{% include "solutions/includes/measure_solutions.html" with measure=measure %}'
    )
    context = Context({"measure": world.measures["sensors"]})
    with translation.override("de"):
        assert template.render(context).strip() == ""
        with CaptureQueriesContext(connection) as captured:
            assert template.render(context).strip() == ""
        assert captured.captured_queries == []
        world.profile("later", title_de="Spätere Lösung", measures=("sensors",))
        with CaptureQueriesContext(connection) as captured:
            html = template.render(context)
        assert "Spätere Lösung" in html
        assert len(captured.captured_queries) == 2  # who has solutions, then which


def test_a_failing_pdf_costs_only_the_download(client, sample, monkeypatch):
    from solutions import pdf

    def broken(*args, **kwargs):
        raise RuntimeError("no PDF library")

    monkeypatch.setattr(pdf, "build_pdf", broken)
    profile = sample.profiles["parking"]
    response = client.get(detail_url(profile))
    assert response.status_code == 200
    assert detail_url(profile, name="solution_pdf") not in response.content.decode()
    assert client.get(detail_url(profile, name="solution_pdf")).status_code == 404


def test_admin_preview_renders_the_detail_template(admin_client, sample):
    heat = sample.profiles["heat"]
    _url, data = edit_form_data(admin_client, heat)
    data["title_de"] = "Vorschau-Titel"
    preview = reverse("wagtailsnippets_solutions_solutionprofile:preview_on_edit", args=(heat.pk,))
    response = admin_client.post(preview, data)
    assert response.status_code == 200
    assert response.json()["is_valid"]
    response = admin_client.get(preview)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Vorschau-Titel" in html
    assert "Bedarf klären" in html
