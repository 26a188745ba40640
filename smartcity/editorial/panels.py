"""Dashboard panels for editors and moderators (registered in smartcity/wagtail_hooks.py).

* Awaiting moderation: every page and snippet currently in a workflow task.
* Measures not updated for more than six months (by their "last updated" date).
* Your drafts: pages and snippets whose latest, unpublished version is the user's.
"""

import datetime

from django.db.models import Count
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.ui.components import Component
from wagtail.models import DraftStateMixin, Page, WorkflowState

from measures.models import Measure

from .imports import measures_list_url

LIMIT = 10
STALE_MONTHS = 6


def months_before(date, months):
    """The same day ``months`` calendar months earlier (the month's last day if shorter)."""
    month_index = date.year * 12 + date.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    for day in range(date.day, 27, -1):
        try:
            return datetime.date(year, month, day)
        except ValueError:
            continue
    return datetime.date(year, month, min(date.day, 28))


def _type_label(obj):
    if isinstance(obj, Page):
        return obj.specific_class._meta.verbose_name if obj.specific_class else "page"
    return obj._meta.verbose_name


def _title(obj):
    if isinstance(obj, Page):
        return obj.get_admin_display_title()
    latest = getattr(obj, "latest_revision", None)
    return latest.object_str if latest is not None and latest.object_str else str(obj)


def _draft_models():
    """Snippet models with drafts (DraftStateMixin) that are registered in the admin."""
    from wagtail.snippets.models import get_snippet_models

    return [model for model in get_snippet_models() if issubclass(model, DraftStateMixin)]


class ModerationQueuePanel(Component):
    """All items waiting for a moderation task, with who submitted them and when."""

    name = "smartcity_moderation_queue"
    template_name = "smartcity/admin/panels/moderation_queue.html"
    order = 205

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        states = (
            WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS)
            .select_related("requested_by", "current_task_state__task", "workflow")
            .order_by("-current_task_state__started_at")
        )
        total = states.count()
        finder = AdminURLFinder(request.user)
        items = []
        for state in states[:LIMIT]:
            obj = state.content_object
            if obj is None:
                continue
            if isinstance(obj, Page):
                obj = obj.specific_deferred
            items.append(
                {
                    "title": _title(obj),
                    "type": _type_label(obj),
                    "locale_id": getattr(obj, "locale_id", None),
                    "url": finder.get_edit_url(obj),
                    "requested_by": state.requested_by,
                    "task": state.current_task_state.task if state.current_task_state else None,
                    "started_at": state.current_task_state.started_at
                    if state.current_task_state
                    else state.created_at,
                }
            )
        return {"items": items, "total": total, "request": request}


class StaleMeasuresPanel(Component):
    """Measures whose "last updated" date is more than six months ago."""

    name = "smartcity_stale_measures"
    template_name = "smartcity/admin/panels/stale_measures.html"
    order = 260

    def render_html(self, parent_context=None):
        if not parent_context["request"].user.has_perm("measures.change_measure"):
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        cutoff = months_before(datetime.date.today(), STALE_MONTHS)
        stale = Measure.objects.filter(last_updated__lt=cutoff)
        by_project = (
            stale.values("model_project__name")
            .annotate(count=Count("pk"))
            .order_by("-count", "model_project__name")[:5]
        )
        finder = AdminURLFinder(request.user)
        measures = [
            {"measure": measure, "url": finder.get_edit_url(measure)}
            for measure in stale.select_related("model_project").order_by("last_updated", "pk")[
                :LIMIT
            ]
        ]
        return {
            "total": stale.count(),
            "cutoff": cutoff,
            "measures": measures,
            "by_project": by_project,
            "list_url": measures_list_url(),
            "request": request,
        }


class UserDraftsPanel(Component):
    """Pages and snippets with unpublished changes last saved by the current user."""

    name = "smartcity_user_drafts"
    template_name = "smartcity/admin/panels/user_drafts.html"
    order = 240

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        user = request.user
        finder = AdminURLFinder(user)
        drafts = []
        pages = (
            Page.objects.filter(has_unpublished_changes=True, latest_revision__user=user)
            .select_related("latest_revision")
            .order_by("-latest_revision__created_at")[:LIMIT]
            .specific(defer=True)
        )
        for page in pages:
            drafts.append((page.latest_revision.created_at, page))
        for model in _draft_models():
            objects = (
                model._default_manager.filter(
                    has_unpublished_changes=True, latest_revision__user=user
                )
                .select_related("latest_revision")
                .order_by("-latest_revision__created_at")[:LIMIT]
            )
            drafts.extend((obj.latest_revision.created_at, obj) for obj in objects)
        drafts.sort(key=lambda item: item[0], reverse=True)
        drafts = drafts[:LIMIT]
        in_moderation = set(
            WorkflowState.objects.filter(
                status=WorkflowState.STATUS_IN_PROGRESS,
                object_id__in=[str(obj.pk) for _when, obj in drafts],
            ).values_list("base_content_type_id", "object_id")
        )
        items = [
            {
                "title": _title(obj),
                "type": _type_label(obj),
                "locale_id": getattr(obj, "locale_id", None),
                "url": finder.get_edit_url(obj),
                "edited_at": when,
                "live": obj.live,
                "in_moderation": (obj.get_base_content_type().pk, str(obj.pk)) in in_moderation,
            }
            for when, obj in drafts
        ]
        return {"items": items, "request": request}
