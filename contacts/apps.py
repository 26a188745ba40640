from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContactsConfig(AppConfig):
    name = "contacts"
    verbose_name = _("Contacts")

    def ready(self):
        from core import pagecache

        # Not a database, but its records have a cache generation of their own: the
        # contact list shows contact points and the model projects' names.
        pagecache.register_page_kinds("contacts", "contacts", {"contacts", "programmes"})
