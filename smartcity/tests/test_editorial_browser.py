"""The editorial journey in Chromium: an editor writes a German page, translates it to
English and submits both for moderation; a moderator approves and publishes them; the
page is then live at /de/… and /en/….

The admin speaks German here (the browser asks for de-DE); the locators accept the English
labels as well.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale

from smartcity.editorial.roles import MODERATION, REDAKTION
from smartcity.models import HomePage, StandardPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "ein-sicheres-passwort"
SAVE_DRAFT = re.compile(r"^\s*(Entwurf speichern|Save draft)\s*$")
MORE_ACTIONS = re.compile(r"^(Mehr Aktionen|More actions)$")
APPROVE_AND_PUBLISH = re.compile(r"^\s*(Freigeben und Veröffentlichen|Approve and publish)\s*$")
EDIT_URL = re.compile(r"/admin/pages/(\d+)/edit/$")


def make_user(username, role):
    user = get_user_model().objects.create_user(
        username, email=f"{username}@example.org", password=PASSWORD
    )
    user.groups.add(Group.objects.get(name=role))
    return user


def log_in(tab, username):
    tab.goto("/admin/login/")
    tab.fill("#id_username", username)
    tab.fill("#id_password", PASSWORD)
    tab.locator("form button[type=submit]").click()
    tab.wait_for_url(re.compile(r"/admin/$"))


def submit_for_moderation(tab):
    footer = tab.locator("footer")
    footer.get_by_role("button", name=MORE_ACTIONS).click()
    footer.locator("button[name=action-submit]").click()
    tab.wait_for_load_state()


def approve_and_publish(tab, page_id):
    tab.goto(f"/admin/pages/{page_id}/edit/")
    footer = tab.locator("footer")
    footer.get_by_role("button", name=MORE_ACTIONS).click()
    footer.get_by_role("button", name=APPROVE_AND_PUBLISH).click()
    tab.wait_for_load_state()


def test_editor_translates_and_submits_a_page_and_a_moderator_publishes_it(
    page, browser, live_server
):
    make_user("redakteurin", REDAKTION)
    make_user("moderator", MODERATION)
    german, english = (Locale.objects.get(language_code=code) for code in ("de", "en"))
    home = HomePage.objects.get(locale=german)

    # The editor creates a German standard page and saves a draft.
    log_in(page, "redakteurin")
    page.goto(f"/admin/pages/add/smartcity/standardpage/{home.pk}/")
    page.fill("#id_title", "Bürgerdialog digital")
    # Wagtail fills the slug from the title when the title field loses focus.
    page.locator("#id_title").press("Tab")
    page.wait_for_function("document.querySelector('#id_slug').value !== ''")
    page.fill("#id_intro", "Wie Kommunen ihre Bürgerinnen und Bürger online beteiligen.")
    page.locator("footer").get_by_role("button", name=SAVE_DRAFT).click()
    page.wait_for_url(EDIT_URL)
    german_id = int(EDIT_URL.search(page.url).group(1))
    german_page = StandardPage.objects.get(pk=german_id)
    assert german_page.locale == german and not german_page.live

    # Translate it with the "Translate" action (wagtail.contrib.simple_translation).
    page.get_by_role("button", name=re.compile(r"^(Aktionen|Actions)$")).click()
    page.locator(f"a[href$='/translation/submit/page/{german_id}/']").click()
    page.wait_for_url(re.compile(r"/translation/submit/page/"))
    english_box = page.locator("#id_locales_0")
    english_box.check()
    english_box.locator("xpath=ancestor::form").locator("[type=submit]").click()
    page.wait_for_url(EDIT_URL)
    english_id = int(EDIT_URL.search(page.url).group(1))
    english_page = StandardPage.objects.get(pk=english_id)
    assert english_page.locale == english
    assert english_page.translation_key == german_page.translation_key

    # English texts, then both languages go to moderation.
    page.fill("#id_title", "Digital citizen dialogue")
    page.fill("#id_intro", "How municipalities involve their residents online.")
    submit_for_moderation(page)
    page.goto(f"/admin/pages/{german_id}/edit/")
    submit_for_moderation(page)
    for page_id in (german_id, english_id):
        submitted = StandardPage.objects.get(pk=page_id)
        assert submitted.workflow_in_progress and not submitted.live
    # Editors cannot publish: there is no publish button for them.
    page.goto(f"/admin/pages/{german_id}/edit/")
    assert page.locator("footer button[name=action-publish]").count() == 0

    # The moderator sees both on the dashboard and approves them.
    moderator_context = browser.new_context(
        viewport={"width": 1280, "height": 900}, locale="de-DE", base_url=live_server.url
    )
    moderator_context.set_default_timeout(30_000)
    try:
        moderator = moderator_context.new_page()
        log_in(moderator, "moderator")
        queue = moderator.locator("#smartcity-moderation-queue-content").inner_text()
        assert "Bürgerdialog digital" in queue and "Digital citizen dialogue" in queue
        for page_id in (german_id, english_id):
            approve_and_publish(moderator, page_id)
    finally:
        moderator_context.close()

    german_page.refresh_from_db()
    english_page.refresh_from_db()
    assert german_page.live and english_page.live
    assert not german_page.workflow_in_progress and not english_page.workflow_in_progress

    # Anyone can read it now, in both languages.
    visitor = browser.new_context(locale="de-DE", base_url=live_server.url)
    try:
        tab = visitor.new_page()
        assert german_page.url.startswith("/de/") and english_page.url.startswith("/en/")
        assert tab.goto(german_page.url).status == 200
        assert tab.locator("h1").inner_text().strip() == "Bürgerdialog digital"
        assert tab.goto(english_page.url).status == 200
        assert tab.locator("h1").inner_text().strip() == "Digital citizen dialogue"
    finally:
        visitor.close()
