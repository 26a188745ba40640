"""Format checks for ISBN and DOI, with normalisers used before saving."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_ISBN_SEPARATORS = re.compile(r"[\s\-‐‑–]")
_DOI = re.compile(r"^10\.\d{4,9}/\S+$")
_DOI_PREFIXES = ("https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "doi:")


def normalize_isbn(value: str) -> str:
    """The ISBN without spaces and hyphens, ``x`` as ``X``."""
    return _ISBN_SEPARATORS.sub("", value or "").upper()


def isbn_is_valid(value: str) -> bool:
    digits = normalize_isbn(value)
    if len(digits) == 10 and digits[:9].isdigit() and (digits[9].isdigit() or digits[9] == "X"):
        total = sum((10 - i) * int(d) for i, d in enumerate(digits[:9]))
        total += 10 if digits[9] == "X" else int(digits[9])
        return total % 11 == 0
    if len(digits) == 13 and digits.isdigit() and digits[:3] in {"978", "979"}:
        total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits))
        return total % 10 == 0
    return False


def validate_isbn(value: str) -> None:
    if value and not isbn_is_valid(value):
        raise ValidationError(
            _("Enter a valid ISBN-10 or ISBN-13 (hyphens allowed), e.g. 978-3-87994-123-0."),
            code="invalid_isbn",
        )


def normalize_doi(value: str) -> str:
    """The bare DOI (``10.xxxx/…``) from a DOI, a ``doi:`` name or a doi.org link."""
    value = (value or "").strip()
    lowered = value.lower()
    for prefix in _DOI_PREFIXES:
        if lowered.startswith(prefix):
            return value[len(prefix) :].strip()
    return value


def validate_doi(value: str) -> None:
    if value and not _DOI.match(normalize_doi(value)):
        raise ValidationError(
            _("Enter a DOI such as 10.58007/abc-123 (a doi.org link is fine as well)."),
            code="invalid_doi",
        )
