"""The values that the privacy notice, the accessibility statement and the easy-language
guide refer to: addresses, the KTS's e-mail and phone, the statement's dates.

The texts are in ``statements.yaml`` beside this module; ``{placeholders}`` in them stand
for the values of ``text_values`` (for example ``{mailto}``, ``{urls[imprint]}``).

How the texts are to be written (the EU model statement, the rules of Leichte Sprache) is
described at the head of ``statements.yaml``.
"""

# When the accessibility statement was made and last reviewed (ISO dates).
STATEMENT_CREATED = "2026-12-04"
STATEMENT_REVIEWED = "2026-12-04"

# From contacts/data/contacts.csv (the KTS, which runs the editorial office) and the imprint.
KTS_EMAIL = "SmartCities@dlr.de"
KTS_PHONE = "+49 30 67055 9999"
KTS_PHONE_NATIONAL = "030 67055 9999"
SCHLICHTUNGSSTELLE_URL = "https://www.schlichtungsstelle-bgg.de"

URLS = {
    "de": {
        "imprint": "/de/impressum/",
        "accessibility": "/de/barrierefreiheit/",
        "easy-language": "/de/leichte-sprache/",
        "sign-language": "/de/gebaerdensprache/",
        "contact": "/de/kontakt/",
        "model-projects": "/de/modellprojekte/",
        "map": "/de/modellprojekte/karte/",
        "measures": "/de/massnahmen/",
        "solutions": "/de/loesungen/",
        "publications": "/de/publikationen/",
        "news": "/de/aktuelles/",
        "events": "/de/veranstaltungen/",
    },
    "en": {
        "imprint": "/en/imprint/",
        "accessibility": "/en/accessibility/",
        "easy-language": "/en/easy-language/",
        "sign-language": "/en/sign-language/",
        "contact": "/en/contact/",
        "model-projects": "/en/model-projects/",
        "map": "/en/model-projects/map/",
        "measures": "/en/measures/",
        "solutions": "/en/solutions/",
        "publications": "/en/publications/",
        "news": "/en/news/",
        "events": "/en/events/",
    },
}


MAILTO = f'<a href="mailto:{KTS_EMAIL}">{KTS_EMAIL}</a>'


def text_values(lang):
    """What the placeholders in the statements' texts stand for, in one language."""
    return {
        "urls": URLS[lang],
        "mailto": MAILTO,
        "kts_phone": KTS_PHONE,
        "kts_phone_national": KTS_PHONE_NATIONAL,
        "schlichtungsstelle_url": SCHLICHTUNGSSTELLE_URL,
        "created": STATEMENT_CREATED,
        "reviewed": STATEMENT_REVIEWED,
    }
