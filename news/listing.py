"""The event list: upcoming events, then the archive with robust pagination.

(The news list is a filterable list and uses the shared mechanism, see ``views.py``.)
A malformed page number is ignored with a notice, as on every list
(``core.filtering.views.page_number``), so hostile input never causes a server
error. The number of queries does not depend on the number of events.
"""

from urllib.parse import urlencode

from django.core.paginator import Paginator

from core.filtering.views import page_number
from core.pagination import page_links


def paginate(request, items, per_page, *, param="page"):
    """One page of ``items``: {"page_obj", "pages" (``core.pagination.page_links``),
    "notices"}.

    A missing page number means page 1; a malformed one (``abc``, ``-1``, ``0``) is
    ignored with a notice, and one beyond the end shows the last page with a notice
    (``page_number``).
    """
    notices = []
    paginator = Paginator(items, per_page)
    number = page_number(request.GET.get(param, ""), notices, last=paginator.num_pages)
    page_obj = paginator.page(number)

    def link(n):
        return f"{request.path}?{urlencode({param: n})}" if n > 1 else request.path

    return {"page_obj": page_obj, "pages": page_links(page_obj, link), "notices": notices}


def event_listing(index_page, request):
    from .models import EventPage, past_events, upcoming_events

    base = EventPage.objects.child_of(index_page).live().public()
    upcoming = list(upcoming_events(base))
    pagination = paginate(request, past_events(base), index_page.per_page)
    return {"upcoming_events": upcoming, "archive_notices": pagination.pop("notices"), **pagination}
