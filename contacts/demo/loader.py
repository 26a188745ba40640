"""Loads the real public contact points of the Smart City Dialogue from
``contacts/data/contacts.csv`` (English texts) plus the German texts below.

Idempotent: organisations and contact points are matched by their key and updated
from the data file, so repeated runs change nothing.
"""

import csv
from pathlib import Path

from django.db import transaction
from django.utils.text import slugify

from contacts.models import ContactPoint, Initiative, InitiativeKey, Organisation

CONTACTS_CSV = Path(__file__).resolve().parent.parent / "data" / "contacts.csv"

# The data file names the BBSR research cluster by its own key; on the site it is the
# initiative “accompanying research”.
INITIATIVE_ALIASES = {"research-cluster": InitiativeKey.ACCOMPANYING_RESEARCH}

ORGANISATIONS_DE = {
    "bbsr": {
        "name": "Bundesinstitut für Bau-, Stadt- und Raumforschung (BBSR) im Bundesamt für "
        "Bauwesen und Raumordnung (BBR)",
        "website": "https://www.bbsr.bund.de/",
    },
    "urbanizers": {"name": "Urbanizers"},
    "kts": {
        "name": "Koordinierungs- und Transferstelle Modellprojekte Smart Cities (KTS)",
    },
    "giz": {
        "name": "Internationales Smart Cities Netzwerk (ISCN) – Deutsche Gesellschaft für "
        "Internationale Zusammenarbeit (GIZ)",
        "website": "https://www.giz.de/",
    },
    "bmwsb": {
        "name": "Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen (BMWSB)",
        "website": "https://www.bmwsb.bund.de/",
    },
}

CONTACTS_DE = {
    "ndp-office-technical": {
        "unit": "Referat RS 5 „Digitale Stadt, Risikovorsorge und Verkehr“",
        "purpose": "Geschäftsstelle der Nationalen Dialogplattform Smart Cities: fachliche Fragen",
    },
    "ndp-office-organisational": {
        "unit": "Geschäftsstelle Nationale Dialogplattform Smart Cities",
        "purpose": "Geschäftsstelle der Nationalen Dialogplattform Smart Cities: "
        "organisatorische Fragen",
    },
    "kts": {
        "unit": "c/o DLR-Projektträger",
        "purpose": "Zentrale Anlaufstelle für die Modellprojekte und alle Kommunen in Deutschland",
    },
    "iscn": {
        "unit": "c/o Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen (BMWSB), "
        "Referat S III 5 Smart Cities",
        "purpose": "Internationales Smart Cities Netzwerk",
    },
    "bbsr-research-cluster": {
        "unit": "Forschungscluster Smart Cities",
        "purpose": "Forschungscluster Smart Cities und Begleitforschung",
        "persons": [
            "Christian Rauch",
            "Eva Schweitzer (Koordination des Smart-City-Teams im Forschungscluster)",
        ],
    },
    "bmwsb-funding-programme": {
        "unit": "Referat S III 5 Smart Cities",
        "purpose": "Förderprogramm Modellprojekte Smart Cities",
    },
}


class ContactDataError(ValueError):
    pass


def read_rows(path=CONTACTS_CSV):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _initiative_keys(value, row_key):
    valid = set(InitiativeKey.values)
    keys = []
    for raw in filter(None, (part.strip() for part in value.split(";"))):
        key = INITIATIVE_ALIASES.get(raw, raw)
        if key not in valid:
            raise ContactDataError(f"{row_key}: unknown initiative “{raw}”")
        keys.append(str(key))
    return keys


def _set(instance, values):
    """Assign values; return True when anything changed."""
    changed = False
    for field, value in values.items():
        if getattr(instance, field) != value:
            setattr(instance, field, value)
            changed = True
    return changed


@transaction.atomic
def load_contacts(stdout=None, path=CONTACTS_CSV):
    def say(message):
        if stdout is not None:
            stdout.write(message)

    rows = read_rows(path)
    initiatives = {initiative.key: initiative for initiative in Initiative.objects.all()}
    missing = set(InitiativeKey.values) - set(initiatives)
    if missing:
        raise ContactDataError(f"initiatives missing (run migrate): {', '.join(sorted(missing))}")

    counts = {"organisations": [0, 0, 0], "contact points": [0, 0, 0]}  # created, updated, same

    def count(kind, created, changed):
        counts[kind][0 if created else 1 if changed else 2] += 1

    organisations = {}
    for row in rows:
        org_key = slugify(row["organisation_short"] or row["organisation"])
        if org_key in organisations:
            continue
        german = ORGANISATIONS_DE.get(org_key, {})
        organisation, created = Organisation.objects.get_or_create(
            key=org_key, defaults={"name_de": german.get("name", row["organisation"])}
        )
        changed = _set(
            organisation,
            {
                "name_de": german.get("name", row["organisation"]),
                "name_en": row["organisation"],
                "short_name_de": row["organisation_short"],
                "short_name_en": row["organisation_short"],
                "website": german.get("website", ""),
            },
        )
        if created or changed:
            organisation.save()
        count("organisations", created, changed)
        organisations[org_key] = organisation

    for position, row in enumerate(rows, start=1):
        key = row["key"]
        german = CONTACTS_DE.get(key)
        if german is None:
            raise ContactDataError(f"{key}: no German texts in contacts/demo/loader.py")
        persons_en = [p.strip() for p in row["persons"].split(";") if p.strip()]
        values = {
            "organisation_id": organisations[
                slugify(row["organisation_short"] or row["organisation"])
            ].pk,
            "unit_de": german["unit"],
            "unit_en": row["unit"],
            "purpose_de": german["purpose"],
            "purpose_en": row["purpose_en"],
            "persons_de": "\n".join(german.get("persons", persons_en)),
            "persons_en": "\n".join(persons_en),
            "street": row["street"],
            "postcode": row["postcode"],
            "city": row["city"],
            "phone": row["phone"],
            "email": row["email"],
            "sort_order": position * 10,
        }
        contact = ContactPoint.objects.filter(key=key).first()
        created = contact is None
        if created:
            contact = ContactPoint(key=key)
        changed = _set(contact, values)
        if created or changed:
            contact.save()
        wanted = {initiatives[k].pk for k in _initiative_keys(row["initiatives"], key)}
        current = set(contact.initiatives.values_list("pk", flat=True))
        if wanted != current:
            contact.initiatives.set(wanted)
            changed = True
        count("contact points", created, changed)

    for kind, (created, updated, same) in counts.items():
        say(f"Contacts: {kind}: {created} created, {updated} updated, {same} unchanged.")
    return counts
