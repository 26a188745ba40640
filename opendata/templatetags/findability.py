"""What search engines and link previews read from every page: canonical URL, Open
Graph and schema.org JSON-LD; plus the link to a measures feed. (``hreflang``
alternates are in ``base.html``; ``x-default`` is in the sitemap.)

``{% findability_head %}`` in ``base.html`` renders ``opendata/includes/head.html``. It
works from the template context alone and adds no database query on views that are not
Wagtail pages (the breadcrumbs of a page cost one query). Views add structured data by
putting a dict or a list of dicts into the context as ``jsonld``.

JSON-LD is written as ``<script type="application/ld+json">``: a data block, which
browsers neither execute nor check against the CSP's ``script-src``. ``<``, ``>`` and
``&`` are escaped as ``\\u003C`` etc., so no text can close the element.
"""

from __future__ import annotations

import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext

register = template.Library()

JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}
OG_LOCALES = {"de": "de_DE", "en": "en_GB"}
EVENT_MODES = {
    "on-site": "https://schema.org/OfflineEventAttendanceMode",
    "online": "https://schema.org/OnlineEventAttendanceMode",
    "hybrid": "https://schema.org/MixedEventAttendanceMode",
}


def jsonld_script(data) -> str:
    body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{body}</script>')  # noqa: S308


@register.simple_tag
def jsonld(data):
    """``{% jsonld data %}``: one JSON-LD block, safely escaped."""
    return jsonld_script(data)


def _absolute(request, url):
    if not url:
        return ""
    if url.startswith(("http://", "https://")):
        return url
    return request.build_absolute_uri(url)


def _label(page):
    return getattr(page, "_meta", None) and page._meta.label_lower


def organisation(request, home_url):
    return {
        "@type": "Organization",
        "@id": _absolute(request, "/") + "#organisation",
        "name": gettext("Smart City Dialogue"),
        "url": _absolute(request, home_url),
        "logo": _absolute(request, static("img/favicon.svg")),
        "parentOrganization": {
            "@type": "GovernmentOrganization",
            "name": gettext("Federal Ministry for Housing, Urban Development and Building"),
            "url": "https://www.bmwsb.bund.de/",
        },
    }


def _page_crumbs(page):
    from smartcity import navigation

    crumbs = [(a["title"], a["url"]) for a in navigation.breadcrumbs(page)]
    if crumbs:
        crumbs[0] = (gettext("Home"), crumbs[0][1])
    return crumbs


def breadcrumb_list(request, context, page, home_url):
    if page is not None and hasattr(page, "get_ancestors"):
        crumbs = [] if page.depth <= 2 else _page_crumbs(page)
        crumbs.append((page.title, page.url))
    else:
        crumbs = [(gettext("Home"), home_url)] if home_url else []
        for crumb in context.get("extra_breadcrumbs") or []:
            crumbs.append((str(crumb.get("title", "")), crumb.get("url") or request.path))
    if len(crumbs) < 2:
        return None
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": number,
                "name": name,
                "item": _absolute(request, url),
            }
            for number, (name, url) in enumerate(crumbs, 1)
        ],
    }


def article(request, page, canonical, publisher):
    published = page.date.isoformat() if getattr(page, "date", None) else None
    data = {
        "@type": "NewsArticle",
        "headline": page.title[:110],
        "description": page.intro,
        "url": canonical,
        "mainEntityOfPage": canonical,
        "inLanguage": get_language(),
        "publisher": {"@id": publisher["@id"], "@type": "Organization", "name": publisher["name"]},
        "author": {"@id": publisher["@id"], "@type": "Organization", "name": publisher["name"]},
    }
    if published:
        data["datePublished"] = published
    if page.last_published_at:
        data["dateModified"] = timezone.localtime(page.last_published_at).isoformat()
    return data


def event(request, page, canonical, publisher):
    data = {
        "@type": "Event",
        "name": page.title,
        "description": page.intro,
        "url": canonical,
        "startDate": timezone.localtime(page.start).isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": EVENT_MODES.get(page.event_format, EVENT_MODES["on-site"]),
        "inLanguage": get_language(),
        "organizer": {"@id": publisher["@id"], "@type": "Organization", "name": publisher["name"]},
    }
    if page.end:
        data["endDate"] = timezone.localtime(page.end).isoformat()
    locations = []
    if page.event_format in ("on-site", "hybrid") and (page.venue_name or page.venue_city):
        locations.append(
            {
                "@type": "Place",
                "name": page.venue_name or page.venue_city,
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": page.venue_street,
                    "postalCode": page.venue_postcode,
                    "addressLocality": page.venue_city,
                    "addressCountry": "DE",
                },
            }
        )
    if page.event_format in ("online", "hybrid"):
        locations.append({"@type": "VirtualLocation", "url": page.registration_url or canonical})
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    return data


def canonical_url(request, context, page):
    if context.get("canonical_url"):
        return _absolute(request, context["canonical_url"])
    if page is not None and hasattr(page, "get_url"):
        return _absolute(request, page.get_url(request=request))
    return request.build_absolute_uri(request.path) + (context.get("canonical_querystring") or "")


def _title(context, page):
    if page is not None and getattr(page, "title", None):
        return getattr(page, "seo_title", "") or page.title
    for key in ("og_title", "list_title"):
        if context.get(key):
            return str(context[key])
    crumbs = context.get("extra_breadcrumbs") or []
    if crumbs and crumbs[-1].get("title"):
        return str(crumbs[-1]["title"])
    return gettext("Smart City Dialogue")


def _description(context, page):
    if page is not None:
        text = getattr(page, "search_description", "") or getattr(page, "intro", "")
        if text:
            return text
    for key in ("og_description", "list_intro"):
        if context.get(key):
            return str(context[key])
    return gettext(
        "Smart cities and regions in Germany in dialogue: initiatives, model projects, "
        "measures and solutions."
    )


@register.inclusion_tag("opendata/includes/head.html", takes_context=True)
def findability_head(context):
    request = context.get("request")
    if request is None:
        return {}
    page = context.get("page")
    if page is not None and not hasattr(page, "get_url"):
        page = None
    language = get_language() or settings.LANGUAGE_CODE
    is_error = "request_path" in context  # error pages (404) have no canonical address
    home = context.get("home_page")
    home_url = getattr(home, "url", None) or f"/{language}/"
    canonical = "" if is_error else canonical_url(request, context, page)
    publisher = organisation(request, home_url)
    blocks = [{"@context": "https://schema.org", **publisher}]
    if not is_error:
        crumbs = breadcrumb_list(request, context, page, home_url)
        if crumbs:
            blocks.append({"@context": "https://schema.org", **crumbs})
    label = _label(page) if page is not None else None
    if label == "news.newspage":
        blocks.append(
            {"@context": "https://schema.org", **article(request, page, canonical, publisher)}
        )
    elif label == "news.eventpage":
        blocks.append(
            {"@context": "https://schema.org", **event(request, page, canonical, publisher)}
        )
    extra = context.get("jsonld")
    if extra:
        for item in extra if isinstance(extra, list | tuple) else [extra]:
            blocks.append({"@context": "https://schema.org", **item})
    links = context.get("lang_links") or []
    return {
        "canonical": canonical,
        "og_title": _title(context, page),
        "og_description": _description(context, page),
        "og_type": "article" if label == "news.newspage" else "website",
        "og_locale": OG_LOCALES.get(language, language),
        "og_locale_alternates": [
            OG_LOCALES.get(link["code"], link["code"])
            for link in links
            if link.get("exists") and link.get("code") != language
        ],
        "og_image": _absolute(request, context.get("og_image") or ""),
        "site_name": gettext("Smart City Dialogue"),
        "jsonld_blocks": [jsonld_script(block) for block in blocks],
    }


@register.simple_tag(takes_context=True)
def measures_feed_url(context):
    """Address of the Atom feed for the measures list's current filters
    (``state_query`` of the filterable list), e.g. for ``<link rel="alternate">``."""
    from measures.feeds import measures_feed_url as build

    return build(context.get("state_query"))
