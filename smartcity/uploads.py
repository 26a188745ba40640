"""Checks on uploaded documents (Wagtail admin).

Wagtail checks a document's extension (``WAGTAILDOCS_EXTENSIONS``) and size
(``WAGTAILDOCS_MAX_UPLOAD_SIZE``) but not what the file contains, so an HTML page or a
program renamed to ``.pdf`` would be accepted. ``DocumentForm`` (the base of every
document form through ``WAGTAILDOCS_DOCUMENT_FORM_BASE``) reads the start of the file and
refuses content that does not match the extension:

* ``pdf``: starts with ``%PDF-``;
* ``docx``, ``xlsx``: a ZIP archive holding ``[Content_Types].xml`` and the part of the
  format (``word/``, ``xl/``);
* ``odt``, ``ods``: a ZIP archive whose ``mimetype`` entry names the OpenDocument type;
* ``zip``: a ZIP archive;
* ``csv``, ``txt``: text (no NUL bytes, no HTML document).

Images need nothing of the kind: Wagtail opens them and compares the real format with
the extension itself.
"""

from __future__ import annotations

import os
import zipfile

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

HEAD_BYTES = 8192
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
OOXML_PARTS = {"docx": "word/", "xlsx": "xl/"}
OPENDOCUMENT_TYPES = {
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
}
HTML_STARTS = (b"<!doctype html", b"<html", b"<script", b"<svg", b"<?xml")


def _head(upload: UploadedFile, size: int = HEAD_BYTES) -> bytes:
    upload.seek(0)
    data = upload.read(size)
    upload.seek(0)
    return data


def _zip_names(upload: UploadedFile) -> list[str] | None:
    """Member names of a ZIP archive, or None when the file is not one."""
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            return archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    finally:
        upload.seek(0)


def _zip_member_start(upload: UploadedFile, name: str, size: int = 100) -> bytes:
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive, archive.open(name) as member:
            return member.read(size)
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
        return b""
    finally:
        upload.seek(0)


def content_matches_extension(upload: UploadedFile, extension: str) -> bool:
    """True when the content of ``upload`` is what its ``extension`` promises. Extensions
    without a rule here pass (``WAGTAILDOCS_EXTENSIONS`` decides which are allowed)."""
    extension = extension.lower()
    head = _head(upload)
    if extension == "pdf":
        return head.startswith(b"%PDF-")
    if extension in {"csv", "txt"}:
        start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
        return b"\x00" not in head and not start.startswith(HTML_STARTS)
    if extension in OOXML_PARTS or extension in OPENDOCUMENT_TYPES or extension == "zip":
        if not head.startswith(ZIP_MAGIC):
            return False
        names = _zip_names(upload)
        if names is None:
            return False
        if extension in OOXML_PARTS:
            part = OOXML_PARTS[extension]
            return "[Content_Types].xml" in names and any(n.startswith(part) for n in names)
        if extension in OPENDOCUMENT_TYPES:
            mimetype = _zip_member_start(upload, "mimetype").strip()
            return mimetype == OPENDOCUMENT_TYPES[extension].encode("ascii")
        return True
    return True


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form plus a check that the file is what its name says."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not isinstance(upload, UploadedFile):
            return upload  # unchanged file of an existing document
        # A missing or unlisted extension is refused by the model (WAGTAILDOCS_EXTENSIONS).
        extension = os.path.splitext(upload.name)[1][1:].lower()
        if extension and not content_matches_extension(upload, extension):
            raise ValidationError(
                _(
                    "The content of this file does not match its extension .%(extension)s. "
                    "Please upload the original file."
                ),
                code="content_mismatch",
                params={"extension": extension},
            )
        return upload
