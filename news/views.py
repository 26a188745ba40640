"""The news index page served by the shared ``FilterableListView``."""

from django.utils.translation import gettext_lazy as _

from core.filtering.views import FilterableListView

from .filters import NewsFilterSet


class NewsListView(FilterableListView):
    """News items below one ``NewsIndexPage``; set ``index_page`` with ``as_view()``."""

    index_page = None
    filterset_class = NewsFilterSet
    template_name = "news/news_index_page.html"
    result_template = "news/includes/news_result.html"
    paginate_by = 10
    count_singular = _("%(count)s news item")
    count_plural = _("%(count)s news items")
    empty_title = _("No news item matches the selected filters.")

    def get_queryset(self):
        from .models import NewsPage

        return NewsPage.objects.child_of(self.index_page).live().public()

    def get_result_queryset(self, queryset):
        return queryset.prefetch_related("tags")

    def get_context_data(self, **kwargs):
        page = self.index_page
        context = super().get_context_data(**kwargs)
        context.update(page.get_context(self.request))
        context.update(
            list_title=page.title,
            list_intro=page.intro,
            # The page supplies the breadcrumbs (and the language switch) itself.
            extra_breadcrumbs=[],
        )
        return context
