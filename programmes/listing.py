"""Query-string hygiene and pagination for the model project views.

Kept separate from the FilterSet so it can be swapped for the shared
``smartcity.filtering`` mechanism once that exists. Every helper turns bad input into
a notice for the visitor instead of an error: the page is shown with the bad value
ignored.
"""

import re

from django.core.paginator import Paginator
from django.http import QueryDict
from django.utils.translation import gettext as _

# NUL and other control characters (tab and newlines are harmless and kept).
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_VALUE_LENGTH = 200
MAX_VALUES_PER_PARAMETER = 50


def sanitize_query(query: QueryDict, *, max_length=MAX_VALUE_LENGTH):
    """A copy of ``query`` without control characters and with values shortened.

    Returns ``(clean_query, notices)``. PostgreSQL rejects NUL bytes outright, so they
    must never reach a query.
    """
    clean = QueryDict(mutable=True)
    notices = []
    stripped = shortened = truncated_lists = False
    for key, values in query.lists():
        clean_key = CONTROL_CHARACTERS.sub("", key)
        if len(values) > MAX_VALUES_PER_PARAMETER:
            values = values[:MAX_VALUES_PER_PARAMETER]
            truncated_lists = True
        clean_values = []
        for value in values:
            without_controls = CONTROL_CHARACTERS.sub("", value)
            stripped |= without_controls != value or clean_key != key
            if len(without_controls) > max_length:
                without_controls = without_controls[:max_length]
                shortened = True
            clean_values.append(without_controls)
        clean.setlist(clean_key, clean_values)
    if stripped:
        notices.append(_("Control characters were removed from your request."))
    if shortened:
        notices.append(_("Your input was shortened to %(max)s characters.") % {"max": max_length})
    if truncated_lists:
        notices.append(
            _("Only the first %(max)s values of each filter were used.")
            % {"max": MAX_VALUES_PER_PARAMETER}
        )
    clean._mutable = False
    return clean, notices


def paginate(object_list, page_value, *, per_page):
    """Return ``(page, notice)``; a malformed or out-of-range page number never fails.

    Non-numbers and numbers below 1 give the first page, numbers past the end the last.
    """
    paginator = Paginator(object_list, per_page, allow_empty_first_page=True)
    notice = None
    number = 1
    if page_value not in (None, ""):
        try:
            number = int(page_value)
        except (TypeError, ValueError):
            notice = _("“%(value)s” is not a page number; showing the first page.") % {
                "value": page_value[:20]
            }
        else:
            if number < 1:
                notice = _("There is no page %(number)s; showing the first page.") % {
                    "number": number
                }
                number = 1
            elif number > paginator.num_pages:
                notice = _("There is no page %(number)s; showing the last page.") % {
                    "number": number
                }
                number = paginator.num_pages
    return paginator.page(number), notice


def hx_fragment_requested(request):
    """True when htmx asks for the results region only (not on history restore)."""
    return (
        request.headers.get("HX-Request") == "true"
        and request.headers.get("HX-History-Restore-Request") != "true"
    )
