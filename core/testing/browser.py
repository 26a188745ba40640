"""Browser tests: Debian's Chromium through Playwright's sync API, and axe-core checks."""

import os
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent.parent
CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
AXE_JS = BASE_DIR / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# Generous: on a busy machine (two test workers, other jobs) an admin page may take seconds.
# A passing test waits only as long as the page needs.
BROWSER_TIMEOUT_MS = 30_000
EXPECT_TIMEOUT_MS = 15_000


@contextmanager
def launch_chromium():
    """Start headless Chromium (Debian's package; nothing downloaded) and close it at the
    end; fails the test with a hint when it is not installed."""
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"Chromium not found at {CHROMIUM}; install Debian's chromium package "
            "(make browser) or set CHROMIUM_PATH."
        )
    # Playwright's sync API runs an event loop in this thread; Django would otherwise
    # refuse database access from the test body.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=EXPECT_TIMEOUT_MS)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        yield chromium
        chromium.close()


@contextmanager
def desktop_tab(browser, base_url):
    """A fresh tab (own cookies and storage) at desktop size, in German, with relative
    addresses resolved against ``base_url``; closed at the end."""
    context = browser.new_context(
        viewport={"width": 1280, "height": 900},
        locale="de-DE",
        base_url=base_url,
        service_workers="block",
    )
    context.set_default_timeout(BROWSER_TIMEOUT_MS)
    yield context.new_page()
    context.close()


def format_axe_violations(url, violations):
    """axe-core's violations on ``url`` as a readable failure message: each rule with its
    impact, help text and link, then up to ten offending elements."""
    lines = [f"axe-core found {len(violations)} violation(s) on {url}:"]
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        lines.append(f"  {violation['helpUrl']}")
        for node in violation["nodes"][:10]:
            target = " ".join(str(part) for part in node["target"])
            lines.append(f"    {target}: {node.get('failureSummary', '').splitlines()[-1:]}")
        if len(violation["nodes"]) > 10:
            lines.append(f"    … and {len(violation['nodes']) - 10} more")
    return "\n".join(lines)


def axe_checker():
    """``check(tab)``: runs axe-core's WCAG 2.1 A/AA rules on the page loaded in ``tab``,
    fails the test with ``format_axe_violations`` if any is broken and returns axe's
    result. Fails at once when axe-core is not installed."""
    if not AXE_JS.exists():
        pytest.fail(f"{AXE_JS} is missing; run `npm ci` (make assets).")

    source = AXE_JS.read_text(encoding="utf-8")

    def check(tab):
        # The site's CSP (script-src 'self') blocks an injected <script> element
        # (add_script_tag); evaluating through the DevTools protocol is not affected.
        if not tab.evaluate("typeof window.axe !== 'undefined'"):
            tab.evaluate(source)
        result = tab.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
        )
        violations = result["violations"]
        if violations:
            pytest.fail(format_axe_violations(tab.url, violations), pytrace=False)
        return result

    return check
