from io import StringIO

from solutions.demo.loader import load_solutions, read_profiles, rich_text
from solutions.models import SolutionProfile

PROFILES = read_profiles()
DEMO_SLUGS = [spec["slug"] for spec in PROFILES]


def test_demo_profiles_cover_both_languages_and_known_projects():
    assert len(PROFILES) >= 12
    assert len(set(DEMO_SLUGS)) == len(DEMO_SLUGS)
    for spec in PROFILES:
        for key in ("title", "teaser", "challenge", "solution", "data_basis", "costs"):
            german, english = spec[key]["de"], spec[key]["en"]
            assert german and english and german != english or key == "title", (spec["slug"], key)
        assert spec["steps"] and spec["factors"]
    slugs = {spec["slug"] for spec in PROFILES}
    assert {"hitze-wasser-management", "bad-belzig-app"} <= slugs


def test_rich_text_escapes_and_builds_lists():
    assert rich_text(["a < b", ["x", "y"]]) == "<p>a &lt; b</p><ul><li>x</li><li>y</li></ul>"


def test_loader_is_idempotent(db):
    SolutionProfile.objects.filter(slug__in=DEMO_SLUGS).delete()
    first = StringIO()
    load_solutions(stdout=first)
    assert f"{len(PROFILES)} created" in first.getvalue()
    profiles = SolutionProfile.objects.filter(slug__in=DEMO_SLUGS)
    assert profiles.count() == len(PROFILES)
    assert all(p.live and p.is_demo_content and p.live_revision_id for p in profiles)
    snapshot = {
        p.slug: (p.title_de, p.title_en, p.updated_at, p.latest_revision_id) for p in profiles
    }

    second = StringIO()
    load_solutions(stdout=second)
    assert "0 created" in second.getvalue()
    assert f"{len(PROFILES)} unchanged" in second.getvalue()
    again = SolutionProfile.objects.filter(slug__in=DEMO_SLUGS)
    assert {
        p.slug: (p.title_de, p.title_en, p.updated_at, p.latest_revision_id) for p in again
    } == snapshot


def test_loader_keeps_editors_changes(db):
    load_solutions(stdout=StringIO())
    profile = SolutionProfile.objects.get(slug="bad-belzig-app")
    profile.title_de = "Von der Redaktion geändert"
    profile.save()
    load_solutions(stdout=StringIO())
    profile.refresh_from_db()
    assert profile.title_de == "Von der Redaktion geändert"


def test_demo_profiles_are_public_in_both_languages(client, db):
    load_solutions(stdout=StringIO())
    hannover = SolutionProfile.objects.get(slug="hitze-wasser-management")
    assert hannover.lead_project.slug == "hannover"
    assert hannover.is_open_source
    belzig = SolutionProfile.objects.get(slug="bad-belzig-app")
    assert "Smart Village App" in belzig.teaser_de and "Smart Village App" in belzig.teaser_en
    for url in ("/de/loesungen/hitze-wasser-management/", "/en/solutions/bad-belzig-app/"):
        response = client.get(url)
        assert response.status_code == 200
        assert "Demo" in response.content.decode()
    response = client.get("/de/loesungen/")
    assert response.context["result_count"] >= len(PROFILES)
