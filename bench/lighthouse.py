#!/usr/bin/env python
"""Lighthouse scores and page weight of key pages (figures, not a test).

Serves the portal as bench/load.py does (gunicorn, production settings, PostgreSQL,
a private Redis) and runs Lighthouse (npm package, fetched by npx on first use) in
Debian's Chromium, headless, with its default mobile profile and simulated throttling:

    DATABASE_URL=postgres://…/smartcity_bench .venv/bin/python bench/lighthouse.py

Prints the four category scores (performance, accessibility, best practices, SEO) and
the transferred bytes of a first load (``total-byte-weight``, fonts included) per page;
``--json`` keeps Lighthouse's reports in bench/results/. Targets: every score ≥ 95, home
page under 300 KB.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from load import BASE_DIR, Gunicorn, Redis, prepare, server_env  # noqa: E402

LIGHTHOUSE = "lighthouse@12.8.2"
CHROMIUM = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run "
    "--disable-background-networking --disable-component-update --disable-sync"
)
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def lighthouse(url, output_dir, name):
    report = Path(output_dir) / f"{name}.json"
    env = dict(os.environ, CHROME_PATH=CHROMIUM)
    subprocess.run(
        ["npx", "--yes", LIGHTHOUSE, url, "--quiet", "--output=json", f"--output-path={report}"]
        + [f"--chrome-flags={CHROME_FLAGS}", "--only-categories=" + ",".join(CATEGORIES)],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    data = json.loads(report.read_text())
    scores = {key: round(data["categories"][key]["score"] * 100) for key in CATEGORIES}
    weight = data["audits"]["total-byte-weight"]["numericValue"]
    failing = sorted(
        audit_id
        for category in CATEGORIES
        for ref in data["categories"][category]["auditRefs"]
        if ref["weight"] > 0
        for audit_id in [ref["id"]]
        if (data["audits"][audit_id].get("score") is not None)
        and data["audits"][audit_id]["score"] < 0.9
    )
    return {"url": url, **scores, "kb": round(weight / 1024, 1), "below_90": failing}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8766)
    parser.add_argument("--redis-port", type=int, default=6392)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--json", action="store_true", help="keep the reports in bench/results/")
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL scratch database.")
    for tool in ("npx", CHROMIUM, "redis-server"):
        if not shutil.which(tool):
            raise SystemExit(f"{tool} is missing.")

    output_dir = (
        BASE_DIR / "bench" / "results" / "lighthouse" if args.json else Path(tempfile.mkdtemp())
    )
    output_dir.mkdir(parents=True, exist_ok=True)
    redis = Redis(args.redis_port)
    redis.start()
    try:
        env = server_env(args, page_cache=True)
        facts = prepare(args, env)
        server = Gunicorn(args, env)
        server.start()
        try:
            pages = {
                "home": "/de/",
                "measures-list": "/de/massnahmen/",
                "measure-detail": facts["detail"],
            }
            rows = {
                name: lighthouse(server.base + path, output_dir, name)
                for name, path in pages.items()
            }
        finally:
            server.stop()
    finally:
        redis.stop()

    print(f"\n{'page':<16} {'perf':>5} {'a11y':>5} {'best':>5} {'seo':>5} {'KB':>7}  audits < 90")
    for name, row in rows.items():
        print(
            f"{name:<16} {row['performance']:>5} {row['accessibility']:>5} "
            f"{row['best-practices']:>5} {row['seo']:>5} {row['kb']:>7}  "
            + (", ".join(row["below_90"]) or "–")
        )
    if args.json:
        (output_dir / "summary.json").write_text(json.dumps(rows, indent=2))
        print(f"\nReports in {output_dir.relative_to(BASE_DIR)}")


if __name__ == "__main__":
    main()
