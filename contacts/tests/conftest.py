import pytest


@pytest.fixture(scope="session")
def contacts_content(django_db_setup, django_db_blocker):
    """The real contact points and the page tree, loaded once (both loaders are idempotent)."""
    from contacts.demo.loader import load_contacts
    from smartcity.demo.loader import load_pages

    with django_db_blocker.unblock():
        load_contacts()
        load_pages()


@pytest.fixture
def contacts(db, contacts_content):
    from contacts.models import ContactPoint

    return {contact.key: contact for contact in ContactPoint.objects.all()}
