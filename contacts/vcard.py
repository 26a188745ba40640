"""vCard 4.0 (RFC 6350) for a contact point.

Text values escape backslash, comma, semicolon and line breaks (section 3.4); lines
end in CRLF and are folded after at most 75 octets without splitting a UTF-8
character (section 3.2). Both rules are shared with iCalendar (``core.textformats``).
"""

from django.utils.translation import gettext

from core.textformats import content_lines, escape_text
from core.textformats import fold as fold  # re-exported for callers of this module


def _compound(*components):
    return ";".join(escape_text(component or "") for component in components)


def build_vcard(contact, *, source_url=""):
    """The vCard of a contact point as text; field values follow the active language."""
    organisation = contact.organisation
    lines = [
        "BEGIN:VCARD",
        "VERSION:4.0",
        "KIND:org",
        f"FN:{escape_text(organisation.name)}",
        f"ORG:{_compound(organisation.name, contact.unit)}",
    ]
    if organisation.short_name:
        lines.append(f"NICKNAME:{escape_text(organisation.short_name)}")
    if contact.street or contact.postcode or contact.city:
        # ADR: post office box; extended address; street; locality; region; code; country
        lines.append(
            "ADR;TYPE=work:"
            + _compound(
                "", "", contact.street, contact.city, "", contact.postcode, gettext("Germany")
            )
        )
    if contact.phone_uri:
        lines.append(f"TEL;VALUE=uri;TYPE=work,voice:{contact.phone_uri}")
    if contact.email:
        lines.append(f"EMAIL;TYPE=work:{escape_text(contact.email)}")
    if organisation.website:
        lines.append(f"URL:{organisation.website}")
    note = [contact.purpose]
    persons = contact.person_list
    if persons:
        note.append(gettext("Contact persons: %(persons)s") % {"persons": "; ".join(persons)})
    lines.append(f"NOTE:{escape_text(chr(10).join(note))}")
    if source_url:
        lines.append(f"SOURCE:{source_url}")
    lines.append(f"UID:urn:smart-city-dialog:contact:{contact.key}")
    lines.append("END:VCARD")
    return content_lines(lines)
