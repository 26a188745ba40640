from django import template
from django.utils import timezone
from django.utils.formats import date_format, time_format
from django.utils.translation import gettext

register = template.Library()


@register.simple_tag
def event_dates(event):
    """Start and end of an event in the site's time zone, e.g. “20 June 2023, 10:00–16:00”."""
    start = timezone.localtime(event.start)
    values = {"date": date_format(start, "DATE_FORMAT"), "start": time_format(start)}
    if not event.end:
        return gettext("%(date)s, %(start)s") % values
    end = timezone.localtime(event.end)
    values["end"] = time_format(end)
    if end.date() == start.date():
        return gettext("%(date)s, %(start)s–%(end)s") % values
    values["end_date"] = date_format(end, "DATE_FORMAT")
    return gettext("%(date)s, %(start)s – %(end_date)s, %(end)s") % values
