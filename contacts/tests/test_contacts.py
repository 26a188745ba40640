import csv
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale

from contacts.blocks import BodyStreamBlock
from contacts.demo.loader import CONTACTS_CSV, INITIATIVE_ALIASES, load_contacts
from contacts.models import ContactPoint, Initiative, InitiativeKey, Organisation
from contacts.vcard import build_vcard, fold
from smartcity.models import InitiativePage

KEYS = [
    "ndp-office-technical",
    "ndp-office-organisational",
    "kts",
    "iscn",
    "bbsr-research-cluster",
    "bmwsb-funding-programme",
]
# Which contact points each initiative lists (from contacts.csv's initiatives column).
BY_INITIATIVE = {
    "model-projects-smart-cities": {"kts", "bbsr-research-cluster", "bmwsb-funding-programme"},
    "kts": {"kts"},
    "accompanying-research": {"bbsr-research-cluster"},
    "national-dialogue-platform": {"ndp-office-technical", "ndp-office-organisational"},
    "iscn": {"iscn"},
    "connected-in-europe": {"iscn"},
}


class Sections(HTMLParser):
    """Collects the vCard links inside each <section id="initiative-…">."""

    def __init__(self):
        super().__init__()
        self.stack = []
        self.sections = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        section = attrs.get("id") if tag == "section" else None
        self.stack.append((tag, section))
        current = next((s for _t, s in reversed(self.stack) if s), None)
        if tag == "a" and current and (attrs.get("href") or "").endswith(".vcf"):
            key = attrs["href"].rsplit("/", 1)[-1].removesuffix(".vcf")
            self.sections.setdefault(current, set()).add(key)

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break


def vcard_keys(html):
    return set(re.findall(r'href="/(?:de/kontakt|en/contact)/([a-z0-9-]+)\.vcf"', html))


def unfold(text):
    return text.replace("\r\n ", "")


# --- data and loader -------------------------------------------------------------------


def test_data_file_is_the_shipped_copy():
    assert CONTACTS_CSV.is_relative_to(Path(__file__).resolve().parents[1])
    with open(CONTACTS_CSV, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["key"] for row in rows] == KEYS


def test_loader_creates_the_six_contact_points_with_both_languages(contacts):
    assert sorted(contacts) == sorted(KEYS)
    for contact in contacts.values():
        assert contact.purpose_de and contact.purpose_en
        assert contact.purpose_de != contact.purpose_en
        assert contact.organisation.name_de and contact.organisation.name_en
        assert contact.email
    kts = contacts["kts"]
    assert kts.phone == "+49 30 67055 9999"
    assert kts.phone_uri == "tel:+4930670559999"
    assert (kts.street, kts.postcode, kts.city) == ("Heinrich-Konen-Straße 1", "53227", "Bonn")
    assert contacts["bbsr-research-cluster"].person_list[0] == "Christian Rauch"
    assert Organisation.objects.count() == 5


def test_initiative_assignment_follows_the_data_file(contacts):
    for key, expected in BY_INITIATIVE.items():
        initiative = Initiative.objects.get(key=key)
        assert {c.key for c in initiative.contact_points.all()} == expected, key
    assert INITIATIVE_ALIASES["research-cluster"] == InitiativeKey.ACCOMPANYING_RESEARCH


def test_loader_is_idempotent(contacts):
    counts = load_contacts()
    assert counts["contact points"] == [0, 0, 6]
    assert counts["organisations"] == [0, 0, 5]
    assert ContactPoint.objects.count() == 6


def test_loader_restores_edited_values(contacts):
    ContactPoint.objects.filter(key="kts").update(email="changed@example.org")
    counts = load_contacts()
    assert counts["contact points"] == [0, 1, 5]
    assert ContactPoint.objects.get(key="kts").email == "SmartCities@dlr.de"


# --- contact page ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "heading", "initiative_name"),
    [
        ("/de/kontakt/", "Kontakt", "Nationale Dialogplattform Smart Cities"),
        ("/en/contact/", "Contact", "National Dialogue Platform Smart Cities"),
    ],
)
def test_contact_page_lists_all_contacts_grouped_by_initiative(
    client, contacts, url, heading, initiative_name
):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f">{heading}</h1>" in html
    assert initiative_name in html
    assert vcard_keys(html) == set(KEYS)
    parser = Sections()
    parser.feed(html)
    groups = {
        section.removeprefix("initiative-"): keys
        for section, keys in parser.sections.items()
        if section.startswith("initiative-")
    }
    assert groups == BY_INITIATIVE
    for contact in contacts.values():
        assert f'href="mailto:{contact.email}"' in html
        assert "<address" in html
    assert 'href="tel:+4930670559999"' in html


def test_contact_page_texts_follow_the_language(client, contacts):
    de = client.get("/de/kontakt/").content.decode()
    en = client.get("/en/contact/").content.decode()
    kts = contacts["kts"]
    assert kts.purpose_de in de and kts.purpose_en not in de
    assert kts.purpose_en in en and kts.purpose_de not in en
    assert 'lang="de"' in de and 'lang="en"' in en
    # The language switch leads to the same page in the other language.
    assert 'href="/en/contact/"' in de
    assert 'href="/de/kontakt/"' in en


def test_contact_page_links_to_initiative_pages(client, contacts):
    html = client.get("/de/kontakt/").content.decode()
    assert 'href="/de/initiativen/begleitforschung/"' in html
    html = client.get("/en/contact/").content.decode()
    assert 'href="/en/initiatives/accompanying-research/"' in html


def test_contact_page_query_count_is_fixed(client, contacts):
    client.get("/de/kontakt/")
    with CaptureQueriesContext(connection) as before:
        client.get("/de/kontakt/")
    organisation = Organisation.objects.create(key="extra", name_de="Extra", name_en="Extra")
    initiative = Initiative.objects.get(key="kts")
    for n in range(10):
        extra = ContactPoint.objects.create(
            key=f"extra-{n}", organisation=organisation, purpose_de="Zweck", purpose_en="Purpose"
        )
        if n % 2:
            extra.initiatives.add(initiative)
    client.get("/de/kontakt/")  # new content: the menu and footer are built again once
    with CaptureQueriesContext(connection) as after:
        response = client.get("/de/kontakt/")
    assert response.status_code == 200
    assert len(after) == len(before)
    assert "extra-9.vcf" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    ["?page=abc", "?x=%00", "?initiative=" + "a" * 5000, "?%ff=%fe", "?q=<script>"],
)
def test_contact_page_ignores_odd_query_strings(client, contacts, query):
    response = client.get("/de/kontakt/" + query)
    assert response.status_code == 200


# --- vCard ------------------------------------------------------------------------------


def test_vcard_download_headers_and_content(client, contacts):
    response = client.get("/de/kontakt/kts.vcf")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/vcard; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="kts.vcf"'
    raw = response.content
    text = raw.decode("utf-8")
    assert text.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\n")
    assert text.endswith("END:VCARD\r\n")
    for line in raw.split(b"\r\n"):
        assert len(line) <= 75
    lines = unfold(text).split("\r\n")
    assert "FN:Koordinierungs- und Transferstelle Modellprojekte Smart Cities (KTS)" in lines
    assert "TEL;VALUE=uri;TYPE=work,voice:tel:+4930670559999" in lines
    assert "EMAIL;TYPE=work:SmartCities@dlr.de" in lines
    assert "ADR;TYPE=work:;;Heinrich-Konen-Straße 1;Bonn;;53227;Deutschland" in lines
    assert "UID:urn:smart-city-dialog:contact:kts" in lines


def test_vcard_escapes_commas_semicolons_and_line_breaks(client, contacts):
    text = unfold(client.get("/en/contact/bbsr-research-cluster.vcf").content.decode())
    lines = text.split("\r\n")
    fn = next(line for line in lines if line.startswith("FN:"))
    assert fn == (
        "FN:Federal Institute for Research on Building\\, Urban Affairs and Spatial "
        "Development (BBSR) at the Federal Office for Building and Regional Planning (BBR)"
    )
    note = next(line for line in lines if line.startswith("NOTE:"))
    assert "\\n" in note and "Christian Rauch\\; Eva Schweitzer" in note
    assert "ADR;TYPE=work:;;Deichmanns Aue 31-37;Bonn;;53179;Germany" in lines


def test_vcard_escaping_of_hostile_values(contacts):
    contact = contacts["kts"]
    with translation.override("de"):
        contact.purpose = "Back\\slash; semi, comma\nnew line"
        contact.unit = "A;B"
        text = unfold(build_vcard(contact))
    assert "NOTE:Back\\\\slash\\; semi\\, comma\\nnew line" in text
    assert "ORG:Koordinierungs- und Transferstelle Modellprojekte Smart Cities (KTS);A\\;B" in text


def test_fold_never_splits_a_character():
    line = "NOTE:" + "ä" * 100
    folded = fold(line).encode("utf-8")
    parts = folded.split(b"\r\n")
    assert all(len(part) <= 75 for part in parts)
    assert all(part.decode("utf-8") for part in parts)
    assert unfold(folded.decode("utf-8")) == line


@pytest.mark.parametrize(
    "path", ["/de/kontakt/unknown.vcf", "/de/kontakt/%00.vcf", "/de/kontakt/kts.vcard"]
)
def test_vcard_for_unknown_keys_is_404(client, contacts, path):
    assert client.get(path).status_code == 404


# --- initiative pages and the contact card block -----------------------------------------


@pytest.mark.parametrize("language", ["de", "en"])
def test_initiative_pages_show_their_contacts(client, contacts, language):
    locale = Locale.objects.get(language_code=language)
    pages = InitiativePage.objects.live().filter(locale=locale)
    assert {page.initiative_key for page in pages} == set(BY_INITIATIVE)
    for page in pages:
        html = client.get(page.url).content.decode()
        assert vcard_keys(html) == BY_INITIATIVE[page.initiative_key], page.url
        expected = {
            contacts[key].purpose_de if language == "de" else contacts[key].purpose_en
            for key in BY_INITIATIVE[page.initiative_key]
        }
        for purpose in expected:
            assert purpose in html


def test_initiative_page_without_key_shows_no_contact_section(client, contacts):
    page = InitiativePage.objects.live().filter(locale__language_code="de").first()
    page.initiative_key = ""
    page.save()
    html = client.get(page.url).content.decode()
    assert 'id="initiative-contacts-heading"' not in html
    assert list(page.get_contact_points()) == []


def test_contact_card_block_renders_the_chosen_contact(contacts):
    block = BodyStreamBlock().child_blocks["contact_card"]
    value = block.to_python({"heading": "", "contact_point": contacts["iscn"].pk})
    html = block.render(value)
    assert "mailto:iscn@giz.de" in html
    assert "/kontakt/iscn.vcf" in html or "/contact/iscn.vcf" in html
    assert "<address" in html
    # A deleted contact point leaves nothing behind.
    missing = block.to_python({"heading": "Kontakt", "contact_point": 999999})
    assert block.render(missing).strip() == ""


def test_contact_card_block_on_a_page(client, contacts):
    page = InitiativePage.objects.live().get(locale__language_code="de", initiative_key="iscn")
    page.body = [("contact_card", {"heading": "Ansprechpartner", "contact_point": contacts["kts"]})]
    page.save()
    html = client.get(page.url).content.decode()
    assert "Ansprechpartner" in html
    assert "kts.vcf" in html


# --- admin ----------------------------------------------------------------------------


@pytest.fixture
def editor(client, contacts, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


@pytest.mark.parametrize("model", ["contactpoint", "organisation", "initiative"])
def test_admin_lists_search_and_edit_forms(editor, model):
    base = f"/admin/snippets/contacts/{model}/"
    assert editor.get(base).status_code == 200
    assert editor.get(base, {"q": "Bonn"}).status_code == 200
    assert editor.get(base + "add/").status_code == 200


def test_admin_edit_form_shows_both_languages(editor, contacts):
    response = editor.get(f"/admin/snippets/contacts/contactpoint/edit/{contacts['kts'].pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    for field in ("purpose_de", "purpose_en", "unit_de", "unit_en", "persons_de", "persons_en"):
        assert f'name="{field}"' in html
    assert 'name="initiatives"' in html and 'type="checkbox"' in html
