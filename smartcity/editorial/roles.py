"""The editorial roles (groups) and the moderation workflow, defined in one place.

``setup_roles()`` is called by the data migrations ``smartcity.0003_editorial_roles``,
``smartcity.0004_workflow_for_solutions_and_publications`` and
``contacts.0004_workflow_for_model_projects_and_contact_points`` and by
``manage.py setup_roles``. It is idempotent and generic: every model of the content apps
gets its permissions, so re-running it after new models have landed (e.g. a new snippet
type) brings the groups up to date. Every content snippet with ``WorkflowMixin``
(measures, solution profiles, publications, model projects, contact points) gets the
moderation workflow.

Roles:

* **Redaktion** (editors): create and edit pages and snippets, translate pages, upload
  images and documents, submit for moderation. No publish, unpublish or delete.
* **Moderation** (moderators): everything editors may do, plus review (approve/reject in
  the workflow), publish, unpublish, schedule, delete content, manage redirects.
* **Administration**: every permission there is, including users, groups, sites, locales
  and workflows.

What the function sets is *exactly* what the role definitions say: permissions granted to
these three groups by hand in the admin are replaced on the next run (on the root page and
the root collection; permissions on other pages or collections are left alone).

The function works with a migration's historical app registry (``apps``) for everything
it writes; which models are content models and which Wagtail mixins they use is read from
the real model classes.
"""

from django.apps import apps as global_apps
from django.db import DEFAULT_DB_ALIAS

REDAKTION = "Redaktion"
MODERATION = "Moderation"
ADMINISTRATION = "Administration"
ROLES = (REDAKTION, MODERATION, ADMINISTRATION)

# Apps whose models editors maintain (pages, snippets, value lists).
CONTENT_APP_LABELS = (
    "smartcity",
    "news",
    "programmes",
    "measures",
    "solutions",
    "publications",
    "contacts",
)

# Wagtail's default groups, replaced by the roles above (removed while they have no users).
WAGTAIL_DEFAULT_GROUPS = ("Editors", "Moderators")

WORKFLOW_NAME = "Moderators approval"
TASK_NAME = "Moderators approval"

# Page permissions, granted on the root page (and so on both language trees).
PAGE_PERMISSIONS = {
    REDAKTION: ("add", "change", "lock"),
    MODERATION: ("add", "change", "lock", "publish", "unlock"),
    ADMINISTRATION: ("add", "change", "lock", "publish", "unlock", "bulk_delete"),
}

# Image and document permissions, granted on the root collection.
COLLECTION_PERMISSIONS = {
    REDAKTION: ("add", "change", "choose"),
    MODERATION: ("add", "change", "choose", "delete"),
    ADMINISTRATION: ("add", "change", "choose", "delete"),
}
COLLECTION_MODELS = (("wagtailimages", "image"), ("wagtaildocs", "document"))

# Actions on content models (snippets and value lists) per role. ``publish`` applies to
# models with drafts (DraftStateMixin), ``lock``/``unlock`` to lockable ones.
SNIPPET_ACTIONS = {
    REDAKTION: ("add", "change", "view", "lock"),
    MODERATION: ("add", "change", "view", "delete", "publish", "lock", "unlock"),
}

# Further model permissions per role: (app_label, codename).
EXTRA_PERMISSIONS = {
    REDAKTION: (
        ("wagtailadmin", "access_admin"),
        ("simple_translation", "submit_translation"),
    ),
    MODERATION: (
        ("wagtailadmin", "access_admin"),
        ("simple_translation", "submit_translation"),
        ("wagtailredirects", "add_redirect"),
        ("wagtailredirects", "change_redirect"),
        ("wagtailredirects", "delete_redirect"),
        ("wagtailredirects", "view_redirect"),
    ),
}


def _is_page_model(model):
    from wagtail.models import Page

    return issubclass(model, Page)


def _is_inline_model(model):
    """Inline children (orderables with a ParentalKey) are edited through their parent."""
    from modelcluster.fields import ParentalKey

    return any(isinstance(field, ParentalKey) for field in model._meta.fields)


def content_models():
    """The real model classes editors maintain as snippets or value lists."""
    models = []
    for label in CONTENT_APP_LABELS:
        app_config = global_apps.get_app_config(label)
        for model in app_config.get_models():
            if model._meta.proxy or model._meta.auto_created or model._meta.abstract:
                continue
            if _is_page_model(model) or _is_inline_model(model):
                continue
            models.append(model)
    return models


def model_actions(model):
    """Permission actions a model has: Django's defaults plus Wagtail's extras."""
    from wagtail.models import DraftStateMixin, LockableMixin

    actions = list(model._meta.default_permissions)
    if issubclass(model, DraftStateMixin):
        actions.append("publish")
    if issubclass(model, LockableMixin):
        actions += ["lock", "unlock"]
    return actions


def workflow_models():
    """Content models that take part in workflows (WorkflowMixin)."""
    from wagtail.models import WorkflowMixin

    return [model for model in content_models() if issubclass(model, WorkflowMixin)]


class _Setup:
    def __init__(self, apps, using, stdout):
        self.apps = apps
        self.using = using
        self.stdout = stdout
        self.Group = apps.get_model("auth", "Group")
        self.Permission = apps.get_model("auth", "Permission")
        self.ContentType = apps.get_model("contenttypes", "ContentType")

    def say(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    def manager(self, model):
        return model._base_manager.db_manager(self.using)

    # -- permissions ---------------------------------------------------------------

    def create_default_permissions(self):
        """Django creates permissions after ``migrate``; a migration needs them now."""
        from django.contrib.auth.management import create_permissions

        missing = object()
        for app_config in self.apps.get_app_configs():
            # A migration's app configs have no models module, and create_permissions
            # skips apps without one.
            models_module = getattr(app_config, "models_module", missing)
            if not models_module or models_module is missing:
                app_config.models_module = True
            try:
                create_permissions(app_config, verbosity=0, using=self.using, apps=self.apps)
            finally:
                if models_module is missing:
                    del app_config.models_module
                else:
                    app_config.models_module = models_module

    def content_type(self, model):
        content_type, _ = self.manager(self.ContentType).get_or_create(
            app_label=model._meta.app_label, model=model._meta.model_name
        )
        return content_type

    def model_permission(self, model, action):
        """The permission ``<action>_<model>``, created if missing (e.g. ``publish``)."""
        permission, _ = self.manager(self.Permission).get_or_create(
            content_type=self.content_type(model),
            codename=f"{action}_{model._meta.model_name}",
            defaults={"name": f"Can {action} {model._meta.verbose_name_raw}"[:255]},
        )
        return permission

    def permission(self, app_label, codename):
        return (
            self.manager(self.Permission)
            .filter(content_type__app_label=app_label, codename=codename)
            .first()
        )

    def role_permissions(self, role):
        if role == ADMINISTRATION:
            return list(self.manager(self.Permission).all())
        permissions = []
        for model in content_models():
            available = model_actions(model)
            for action in SNIPPET_ACTIONS[role]:
                if action in available:
                    permissions.append(self.model_permission(model, action))
        for app_label, codename in EXTRA_PERMISSIONS[role]:
            permission = self.permission(app_label, codename)
            if permission is not None:
                permissions.append(permission)
        return permissions

    # -- groups --------------------------------------------------------------------

    def groups(self):
        groups = {}
        for role in ROLES:
            groups[role], created = self.manager(self.Group).get_or_create(name=role)
            if created:
                self.say(f"Group “{role}” created.")
        # Make sure Wagtail's own extra permissions (publish/lock/unlock) exist for every
        # content model before "Administration" takes all permissions.
        for model in content_models():
            for action in model_actions(model):
                self.model_permission(model, action)
        for role in ROLES:
            permissions = self.role_permissions(role)
            groups[role].permissions.set(permissions)
            self.say(f"{role}: {len(permissions)} model permissions.")
        return groups

    def page_permissions(self, groups):
        Page = self.apps.get_model("wagtailcore", "Page")
        GroupPagePermission = self.apps.get_model("wagtailcore", "GroupPagePermission")
        root = self.manager(Page).filter(depth=1).order_by("path").first()
        if root is None:
            return None
        for role, actions in PAGE_PERMISSIONS.items():
            wanted = {self.permission("wagtailcore", f"{action}_page") for action in actions}
            wanted.discard(None)
            existing = self.manager(GroupPagePermission).filter(group=groups[role], page=root)
            existing.exclude(permission__in=wanted).delete()
            have = set(existing.values_list("permission_id", flat=True))
            for permission in wanted:
                if permission.pk not in have:
                    self.manager(GroupPagePermission).create(
                        group=groups[role], page=root, permission=permission
                    )
        return root

    def collection_permissions(self, groups):
        Collection = self.apps.get_model("wagtailcore", "Collection")
        GroupCollectionPermission = self.apps.get_model("wagtailcore", "GroupCollectionPermission")
        root = self.manager(Collection).filter(depth=1).order_by("path").first()
        if root is None:
            return
        for role, actions in COLLECTION_PERMISSIONS.items():
            wanted = set()
            for app_label, model_name in COLLECTION_MODELS:
                for action in actions:
                    permission = self.permission(app_label, f"{action}_{model_name}")
                    if permission is not None:
                        wanted.add(permission)
            existing = self.manager(GroupCollectionPermission).filter(
                group=groups[role], collection=root
            )
            existing.exclude(permission__in=wanted).delete()
            have = set(existing.values_list("permission_id", flat=True))
            for permission in wanted:
                if permission.pk not in have:
                    self.manager(GroupCollectionPermission).create(
                        group=groups[role], collection=root, permission=permission
                    )

    # -- workflow ------------------------------------------------------------------

    def workflow(self, groups, root):
        Workflow = self.apps.get_model("wagtailcore", "Workflow")
        WorkflowTask = self.apps.get_model("wagtailcore", "WorkflowTask")
        WorkflowPage = self.apps.get_model("wagtailcore", "WorkflowPage")
        WorkflowContentType = self.apps.get_model("wagtailcore", "WorkflowContentType")
        GroupApprovalTask = self.apps.get_model("wagtailcore", "GroupApprovalTask")

        workflow = None
        if root is not None:
            assignment = self.manager(WorkflowPage).filter(page=root).first()
            workflow = assignment.workflow if assignment else None
        if workflow is None:
            workflow = self.manager(Workflow).filter(name=WORKFLOW_NAME).first()
        if workflow is None:
            workflow = self.manager(Workflow).create(name=WORKFLOW_NAME, active=True)
            self.say(f"Workflow “{WORKFLOW_NAME}” created.")
        if not workflow.active:
            workflow.active = True
            workflow.save(update_fields=["active"])

        task_ids = self.manager(WorkflowTask).filter(workflow=workflow).values("task_id")
        task = (
            self.manager(GroupApprovalTask).filter(pk__in=task_ids).order_by("pk").first()
            or self.manager(GroupApprovalTask).filter(name=TASK_NAME).order_by("pk").first()
        )
        if task is None:
            task_type, _ = self.manager(self.ContentType).get_or_create(
                app_label="wagtailcore", model="groupapprovaltask"
            )
            task = self.manager(GroupApprovalTask).create(
                name=TASK_NAME, content_type=task_type, active=True
            )
        if not task.active:
            task.active = True
            task.save(update_fields=["active"])
        task.groups.set([groups[MODERATION], groups[ADMINISTRATION]])
        if not self.manager(WorkflowTask).filter(workflow=workflow, task=task).exists():
            self.manager(WorkflowTask).create(
                workflow=workflow,
                task=task,
                sort_order=self.manager(WorkflowTask).filter(workflow=workflow).count(),
            )

        if root is not None:
            self.manager(WorkflowPage).get_or_create(page=root, defaults={"workflow": workflow})
        for model in workflow_models():
            _, created = self.manager(WorkflowContentType).get_or_create(
                content_type=self.content_type(model), defaults={"workflow": workflow}
            )
            if created:
                self.say(f"Workflow “{workflow.name}” assigned to {model._meta.label}.")
        return workflow

    def remove_wagtail_default_groups(self):
        for group in self.manager(self.Group).filter(name__in=WAGTAIL_DEFAULT_GROUPS):
            if group.user_set.exists():
                self.say(f"Group “{group.name}” kept: it still has members.")
                continue
            group.delete()
            self.say(f"Wagtail's default group “{group.name}” removed (replaced by the roles).")

    def run(self):
        self.create_default_permissions()
        groups = self.groups()
        root = self.page_permissions(groups)
        self.collection_permissions(groups)
        self.workflow(groups, root)
        self.remove_wagtail_default_groups()
        return groups


def setup_roles(apps=global_apps, using=DEFAULT_DB_ALIAS, stdout=None):
    """Create or update the three roles, their permissions and the moderation workflow."""
    return _Setup(apps, using, stdout).run()
