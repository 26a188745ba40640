from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import translation
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from wagtail.models import Locale

from smartcity.models import InitiativePage

from .models import ContactPoint, Initiative
from .vcard import build_vcard


def _contact_points():
    """The published contact points, organisation included."""
    return ContactPoint.objects.live().select_related("organisation").order_by("sort_order", "pk")


def contact_list(request):
    """All contact points, grouped by the initiative they answer for."""
    initiatives = Initiative.objects.prefetch_related(
        Prefetch("contact_points", queryset=_contact_points())
    )
    pages = {}
    locale = Locale.objects.filter(language_code=translation.get_language()).first()
    if locale is not None:
        pages = {
            page.initiative_key: page
            for page in InitiativePage.objects.live()
            .public()
            .filter(locale=locale)
            .exclude(initiative_key="")
            .only("id", "title", "url_path", "path", "depth", "locale_id", "initiative_key")
        }
    groups = [
        {"initiative": initiative, "page": pages.get(initiative.key), "contacts": contacts}
        for initiative in initiatives
        if (contacts := list(initiative.contact_points.all()))
    ]
    unassigned = list(_contact_points().filter(initiatives=None))
    title = _("Contact")
    return render(
        request,
        "contacts/contact_list.html",
        {
            "title": title,
            "groups": groups,
            "unassigned": unassigned,
            "extra_breadcrumbs": [{"title": title, "url": None}],
        },
    )


def contact_vcard(request, key):
    contact = get_object_or_404(_contact_points(), key=key)
    source = request.build_absolute_uri(reverse("contacts:contact_vcard", kwargs={"key": key}))
    body = build_vcard(contact, source_url=source)
    response = HttpResponse(body.encode("utf-8"), content_type="text/vcard; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=f"{contact.key}.vcf"
    )
    response["Content-Language"] = translation.get_language()
    return response
