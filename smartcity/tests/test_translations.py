"""Every text that the code marks for translation reads in German on a German page.

The catalogues are extracted again from the sources, in a copy of the project
(``makemessages`` with the options of ``make makemessages``), so a text added or changed
without a German translation fails here instead of showing in English on a German page.
A text counts as translated when the compiled catalogues give it in German, from
whichever catalogue holds it. The example database under ``core/tests`` keeps its own
hand-written catalogue and is left out, as ``make makemessages`` leaves it out.
"""

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext, ngettext, npgettext, pgettext

LEFT_OUT = {".venv", "node_modules", ".git", "media", "staticfiles", "static", "htmlcov"}


def po_entries(text: str):
    """The live entries of a PO file: (context, id, plural id, translations, flags)."""
    for block in text.split("\n\n"):
        fields, flags, current = {}, set(), None
        for line in block.splitlines():
            if line.startswith("#~"):  # obsolete
                fields = {}
                break
            if line.startswith("#,"):
                flags.update(flag.strip() for flag in line[2:].split(","))
            elif line.startswith("#") or not line.strip():
                continue
            elif line.startswith('"'):
                fields[current] += ast.literal_eval(line)
            else:
                current, _space, value = line.partition(" ")
                fields[current] = ast.literal_eval(value)
        if fields.get("msgid"):
            translations = [value for key, value in fields.items() if key.startswith("msgstr")]
            yield (
                fields.get("msgctxt"),
                fields["msgid"],
                fields.get("msgid_plural"),
                translations,
                flags,
            )


def in_german(context, msgid, plural):
    with translation.override("de"):
        if plural:
            if context:
                return npgettext(context, msgid, plural, 1)
            return ngettext(msgid, plural, 1)
        return pgettext(context, msgid) if context else gettext(msgid)


def test_the_parser_reads_plurals_contexts_continuations_and_leaves_out_obsolete_entries():
    text = (
        'msgid ""\nmsgstr ""\n"Language: de\\n"\n\n'
        '#: a.py:1\n#, fuzzy, python-format\nmsgid "One %(n)s"\nmsgid_plural "Many"\n'
        'msgstr[0] "Ein"\nmsgstr[1] "Viele"\n\n'
        'msgctxt "menu"\nmsgid "Long "\n"text"\nmsgstr ""\n\n'
        '#~ msgid "Gone"\n#~ msgstr "Weg"'
    )
    assert list(po_entries(text)) == [
        (None, "One %(n)s", "Many", ["Ein", "Viele"], {"fuzzy", "python-format"}),
        ("menu", "Long text", None, [""], set()),
    ]


def test_every_text_marked_for_translation_has_a_german_translation(tmp_path):
    base = Path(settings.BASE_DIR)
    copy = tmp_path / "project"
    shutil.copytree(base, copy, ignore=lambda folder, names: LEFT_OUT & set(names))
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "-l",
            "de",
            "--ignore=.venv",
            "--ignore=node_modules",
            "--ignore=static",
            "--ignore=core/tests",
            "-v",
            "0",
        ],
        cwd=copy,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "smartcity.settings.test"},
        check=True,
    )
    catalogues = sorted(copy.glob("**/locale/de/LC_MESSAGES/django.po"))
    assert len(catalogues) >= 8  # the project's and each content app's

    checked, missing = 0, []
    for catalogue in catalogues:
        for context, msgid, plural, translations, flags in po_entries(catalogue.read_text()):
            checked += 1
            if all(translations) and "fuzzy" not in flags:
                continue
            if in_german(context, msgid, plural) == msgid:
                missing.append(f"{catalogue.relative_to(copy)}: {msgid}")
    assert checked > 500
    assert not missing, "Texts without a German translation:\n" + "\n".join(missing)
