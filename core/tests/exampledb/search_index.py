"""The living labs in the search core (the site search and the list's ``q``)."""

from django.utils.translation import gettext_lazy as _

from search.registry import SearchableKind, SearchField, register

from .models import LivingLab

register(
    SearchableKind(
        key="living-labs",  # the database's key
        label=_("Living labs"),
        singular=_("Living lab"),
        model=LivingLab,
        public=lambda: LivingLab.objects.live(),
        fields=[
            SearchField("title", "A"),
            SearchField("summary", "B"),
            SearchField(lambda lab: lab.get_phase_display(), "B"),
        ],
        title=lambda lab: lab.title,
        summary=lambda lab: lab.summary,
        date=lambda lab: lab.updated_at,
        list_url_name="exampledb:livinglab_list",
        order=80,
    )
)
