#!/usr/bin/env python
"""Benchmark of the search core (figures, not a test).

Loads the site's content into the configured scratch database, brings the measures to
--count (generated demo measures, indexed), then

1. runs the judged query set (search/relevance/queries.toml) and prints success@1,
   precision@10, recall and the time of the search query itself per class;
2. times the server side of four kinds of request for every German judged query,
   through Django's test client (whole middleware stack, templates rendered, page cache
   off): the measures list with ``q``, the list with ``q`` and three facets, the site
   search, and the site search's page of measures (``type=measures``). It prints p50/p95
   per request kind and the number of queries.

    DATABASE_URL=postgres://…/smartcity_bench .venv/bin/python bench/search.py --count 100000

The load average is printed before and after: on a shared machine wall-clock figures
include waiting for a CPU.
"""

import argparse
import os
import platform
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))


def _bench_helpers():
    """percentile() and setup_django() of bench/measures.py (not the measures app)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "bench_measures", BASE_DIR / "bench" / "measures.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_helpers = _bench_helpers()
percentile, setup_django = _helpers.percentile, _helpers.setup_django

FACETS = {"status": "in-umsetzung", "spatial_effect": "gesamtstadt", "round": "2021"}


def prepare(count, stdout):
    from io import StringIO

    from django.core.management import call_command
    from django.db import connection

    from measures.demo.generator import generate_measures
    from measures.models import Measure
    from measures.similar import forget_all
    from search.indexing import rebuild
    from search.models import SearchEntry
    from search.signals import paused
    from smartcity.models import HomePage

    call_command("migrate", verbosity=0)
    if not HomePage.objects.exists():
        stdout.write("Loading the site's content …\n")
        call_command("load_demo_content", stdout=StringIO())
    current = Measure.objects.filter(is_demo_content=True).count()
    if current != count:
        stdout.write(f"Generating measures: {current} → {count} …\n")
        started = time.perf_counter()
        with paused():
            if current > count:
                Measure.objects.filter(is_demo_content=True).delete()
            generate_measures(count=count)
        stdout.write(f"  generated in {time.perf_counter() - started:.0f} s\n")
    entries = SearchEntry.objects.filter(kind="measures").count()
    if entries != 2 * Measure.objects.live().count():
        stdout.write("Indexing the measures …\n")
        started = time.perf_counter()
        rebuild(["measures"])
        forget_all()
        stdout.write(f"  indexed in {time.perf_counter() - started:.0f} s\n")
    if connection.vendor == "postgresql":
        # Planner statistics as on a database that has been running for a while.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    return Measure.objects.count()


def relevance(stdout):
    from search.relevance.evaluate import evaluate, summary

    outcomes = evaluate()
    table = summary(outcomes)
    stdout.write(
        f"\n{'class':16} {'queries':>7} {'success@1':>9} {'prec@10':>8} {'recall':>7} "
        f"{'p50 ms':>7} {'p95 ms':>7}\n"
    )
    for name, row in table.items():
        stdout.write(
            f"{name:16} {row['queries']:>7} {row['success_at_1']:>9.2f} "
            f"{row['precision_at_10']:>8.2f} {row['recall']:>7.2f} "
            f"{row['p50_ms']:>7.1f} {row['p95_ms']:>7.1f}\n"
        )
    return outcomes


def requests(judged, repeat, stdout):
    from django.db import connection, reset_queries
    from django.test import Client

    client = Client()
    texts = [j.text for j in judged if j.language == "de"]
    kinds = {
        "list with q": lambda t: ("/de/massnahmen/", {"q": t}),
        "list with q + 3 facets": lambda t: ("/de/massnahmen/", {"q": t, **FACETS}),
        "site search": lambda t: ("/de/suche/", {"q": t}),
        "site search, measures": lambda t: ("/de/suche/", {"q": t, "type": "measures"}),
    }
    stdout.write(
        f"\n{'request':24} {'requests':>8} {'p50 ms':>7} {'p95 ms':>7} {'max ms':>7} "
        f"{'queries':>8}\n"
    )
    connection.force_debug_cursor = True
    for name, build in kinds.items():
        durations, queries = [], []
        for text in texts:
            path, params = build(text)
            client.get(path, params)  # warm-up
            for _ in range(repeat):
                reset_queries()
                started = time.perf_counter()
                response = client.get(path, params)
                durations.append((time.perf_counter() - started) * 1000)
                queries.append(len(connection.queries))
                assert response.status_code == 200, (path, params, response.status_code)
        stdout.write(
            f"{name:24} {len(durations):>8} {percentile(durations, 0.5):>7.1f} "
            f"{percentile(durations, 0.95):>7.1f} {max(durations):>7.1f} "
            f"{min(queries)}–{max(queries):<5}\n"
        )
    connection.force_debug_cursor = False


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=650, help="measures (default 650)")
    parser.add_argument("--repeat", type=int, default=3, help="timed requests per query")
    parser.add_argument(
        "--requests-only", action="store_true", help="skip the judged set's quality figures"
    )
    parser.add_argument(
        "--prepare-only", action="store_true", help="only bring the database to --count"
    )
    args = parser.parse_args()
    setup_django()
    import logging

    from django.db import connection

    logging.getLogger("wagtail").setLevel(logging.WARNING)

    out = sys.stdout
    out.write(
        f"Search benchmark · {connection.vendor} · Python {platform.python_version()} · "
        f"{os.cpu_count()} CPUs · load {os.getloadavg()[0]:.1f}\n"
    )
    total = prepare(args.count, out)
    out.write(f"{total} measures\n")
    if args.prepare_only:
        return
    from search.relevance.evaluate import load_queries

    if not args.requests_only:
        relevance(out)
    requests(load_queries(), args.repeat, out)
    out.write(f"\nload {os.getloadavg()[0]:.1f}\n")


if __name__ == "__main__":
    main()
