"""The number of pages of a PDF, read from the file itself (with pypdf).

A publication's page count is never typed in when a PDF is attached: it is read from the
document whenever the publication is validated or saved (``Publication.refresh_pages``)
and when the document's file is replaced (``publications.signals``). A file that is not
a PDF, or a PDF whose page tree cannot be read, gives ``None``: the page shows no count
rather than a wrong one.
"""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__)

PDF_SIGNATURE = b"%PDF-"
# The signature may follow some bytes of junk; readers look at the first kilobyte.
SIGNATURE_WINDOW = 1024


def is_pdf_document(document) -> bool:
    """A Wagtail document whose file name says PDF."""
    return bool(document) and document.file_extension.lower() == "pdf"


def pdf_page_count(handle) -> int | None:
    """Pages of the PDF in the binary file object ``handle``; None when it is not a PDF
    or its pages cannot be counted (damaged, encrypted with a password)."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    handle.seek(0)
    if PDF_SIGNATURE not in handle.read(SIGNATURE_WINDOW):
        return None
    handle.seek(0)
    try:
        reader = PdfReader(handle, strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return None
        count = len(reader.pages)
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        logger.info("Cannot count the pages of a PDF: %s", error)
        return None
    return count or None


def document_page_count(document) -> int | None:
    """Pages of a Wagtail document's PDF file; None for other files and unreadable PDFs.

    Raises ``OSError`` when the file cannot be opened (e.g. missing from the storage), so
    that callers can keep what they knew instead of forgetting it.
    """
    if not is_pdf_document(document):
        return None
    with document.file.open("rb") as handle:
        return pdf_page_count(handle)
