"""Contact points go through the moderation workflow (issue 12).

The tests are shared with measures' siblings: smartcity/tests/snippet_workflow.py. A
contact point has no page of its own: its public "detail" is the vCard, which names the
contact point's role (``purpose``) in the language of the address.
"""

import itertools

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.text import slugify

from contacts.models import ContactPoint, Organisation
from smartcity.tests.snippet_workflow import *  # noqa: F403 - the shared tests and fixtures
from smartcity.tests.snippet_workflow import WorkflowCase

pytestmark = pytest.mark.django_db

_numbers = itertools.count(1)


def vcard_role(response):
    """The role in the vCard's NOTE (its first line), unescaped."""
    text = response.content.decode().replace("\r\n ", "")
    note = next(line for line in text.split("\r\n") if line.startswith("NOTE:"))
    first = note.removeprefix("NOTE:").split("\\n")[0]
    return first.replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


def contact_list(language):
    with translation.override(language):
        return reverse("contacts:contact_list")


@pytest.fixture
def make_contact(db):
    organisation = Organisation.objects.create(
        key="zz-workflow-organisation", name_de="Testbehörde", name_en="Test authority"
    )

    def make(title_de, title_en, live=True):
        contact = ContactPoint(
            key=f"zz-{slugify(title_de)}-{next(_numbers)}",
            organisation=organisation,
            purpose_de=title_de,
            purpose_en=title_en,
            email="kontakt@example.org",
            live=live,
        )
        contact.save()
        return contact

    return make


@pytest.fixture
def workflow_case(make_contact):
    return WorkflowCase(
        model=ContactPoint,
        detail_route="contacts:contact_vcard",
        make=make_contact,
        list_url=contact_list,
        title_field="purpose",
        lookup="key",
        read_title=vcard_role,
    )


# --- where contact points appear besides the contact page -----------------------------


@pytest.fixture
def withdrawn_kts(db):
    """The KTS contact point (shown on several initiative pages), unpublished."""
    from contacts.demo.loader import load_contacts

    load_contacts()
    contact = ContactPoint.objects.get(key="kts")
    contact.unpublish()
    contact.refresh_from_db()
    assert not contact.live
    return contact


def test_initiative_pages_leave_an_unpublished_contact_out(client, withdrawn_kts):
    from smartcity.models import InitiativePage

    page = InitiativePage.objects.live().get(locale__language_code="de", initiative_key="kts")
    assert withdrawn_kts not in page.get_contact_points()
    html = client.get(page.url).content.decode()
    assert "kts.vcf" not in html
    assert "kts.vcf" not in client.get(contact_list("de")).content.decode()
    assert client.get(withdrawn_kts.get_vcard_url()).status_code == 404


def test_a_contact_card_block_shows_only_a_published_contact(client, withdrawn_kts):
    from contacts.blocks import BodyStreamBlock
    from smartcity.models import InitiativePage

    block = BodyStreamBlock().child_blocks["contact_card"]
    value = block.to_python({"heading": "Ansprechpartner", "contact_point": withdrawn_kts.pk})
    assert block.render(value) == ""
    page = InitiativePage.objects.live().get(locale__language_code="de", initiative_key="iscn")
    page.body = [("contact_card", {"heading": "Ansprechpartner", "contact_point": withdrawn_kts})]
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert "Ansprechpartner" not in html and "kts.vcf" not in html

    withdrawn_kts.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert "Ansprechpartner" in html and "kts.vcf" in html


def test_a_solution_names_its_contact_only_while_it_is_published(client, withdrawn_kts):
    from solutions.models import SolutionProfile

    solution = SolutionProfile.objects.live().first()
    solution.contact = withdrawn_kts
    solution.save()
    assert solution.public_contact is None
    html = client.get(solution.get_absolute_url()).content.decode()
    assert "kts.vcf" not in html and 'id="contact-heading"' not in html

    withdrawn_kts.save_revision().publish()
    solution.refresh_from_db()
    assert solution.public_contact == withdrawn_kts
    assert "kts.vcf" in client.get(solution.get_absolute_url()).content.decode()
