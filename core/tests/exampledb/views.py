"""The living labs' list (the shared filterable list) and detail page."""

from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.filtering.views import FilterableListView

from .filters import LivingLabFilterSet
from .models import LivingLab


class LivingLabListView(FilterableListView):
    filterset_class = LivingLabFilterSet
    template_name = "exampledb/livinglab_list.html"
    result_template = "exampledb/livinglab_result.html"
    list_title = gettext_lazy("Living labs")
    list_intro = gettext_lazy("Places where new ideas are tried out in everyday life.")
    count_singular = gettext_lazy("%(count)s living lab")
    count_plural = gettext_lazy("%(count)s living labs")
    empty_title = gettext_lazy("No living labs match these filters.")

    def get_queryset(self):
        return LivingLab.objects.live()


def livinglab_detail(request, slug):
    lab = get_object_or_404(LivingLab.objects.live(), slug=slug)
    context = {
        "lab": lab,
        "extra_breadcrumbs": [
            {"title": _("Living labs"), "url": reverse("exampledb:livinglab_list")},
            {"title": lab.title, "url": None},
        ],
    }
    return render(request, "exampledb/livinglab_detail.html", context)
