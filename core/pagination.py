"""The links of a paginated list, for ``templates/components/pagination.html``: the
filterable lists, the site search and the event archive build them here."""

from django.core.paginator import Paginator


def page_links(page_obj, url_for) -> dict:
    """{"number", "total", "previous_url", "next_url", "page_links"} of ``page_obj``;
    ``url_for(n)`` is the address of page ``n``. ``page_links`` is empty when there is
    one page only; an elided range ("…") has ``{"ellipsis": True}``."""
    paginator = page_obj.paginator
    number = page_obj.number
    links = []
    if paginator.num_pages > 1:
        for n in paginator.get_elided_page_range(number, on_each_side=2, on_ends=1):
            if n == Paginator.ELLIPSIS:
                links.append({"ellipsis": True})
            else:
                links.append({"number": n, "url": url_for(n), "current": n == number})
    return {
        "number": number,
        "total": paginator.num_pages,
        "previous_url": url_for(page_obj.previous_page_number()) if page_obj.has_previous() else "",
        "next_url": url_for(page_obj.next_page_number()) if page_obj.has_next() else "",
        "page_links": links,
    }


def query_page_url(query, param="page"):
    """``url_for`` of a list whose state is the QueryDict ``query``: the same query with
    the page number set (``?q=…&page=3``), as Django's ``{% querystring %}`` writes it."""

    def url_for(n):
        params = query.copy()
        params[param] = n
        return f"?{params.urlencode()}"

    return url_for
