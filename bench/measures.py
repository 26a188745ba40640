#!/usr/bin/env python
"""Benchmark of the measures database (figures, not a test).

Fills the configured database with N generated measures and times the server side of
typical requests through Django's test client (whole middleware stack, templates
rendered, exports streamed to the end):

    DATABASE_URL=postgres://…/smartcity_bench .venv/bin/python bench/measures.py --count 10000

The database must be a scratch database: measures beyond the generated ones are deleted.
Results are printed as a table and, with --json, written to bench/results/: wall-clock
p50/p95/max per request in milliseconds (database time included), the median CPU time of
the Python process per request ("cpu p50": rendering and ORM work, not the database
server's), and the number of queries. The machine's load average is printed before and
after: on a shared machine the wall-clock figures include waiting for a CPU.
"""

import argparse
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))


def setup_django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "smartcity.settings.dev")
    os.environ["DEBUG"] = "0"  # no query log, no debug toolbar: closer to production
    os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost")
    import django

    django.setup()


def percentile(values, share):
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def prepare(count, seed, stdout):
    from django.core.management import call_command
    from django.db import connection

    from measures.demo.generator import generate_measures
    from measures.demo.loader import load_measure_taxonomies
    from measures.models import Measure
    from programmes.demo.loader import load_model_projects

    call_command("migrate", verbosity=0)
    load_model_projects()
    load_measure_taxonomies()
    if Measure.objects.count() != count or Measure.objects.exclude(is_demo_content=True).exists():
        stdout.write(f"Generating {count} measures (seed {seed}) …\n")
        Measure.objects.all().delete()
        started = time.perf_counter()

        class Out:
            def write(self, message, ending="\n"):
                stdout.write(message + ending)

            def flush(self):
                stdout.flush()

        generate_measures(count=count, seed=seed, stdout=Out())
        stdout.write(f"  generated in {time.perf_counter() - started:.1f} s\n")
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE")
    return Measure.objects.count()


def scenarios(repeat):
    from measures.models import Measure

    slugs = list(Measure.objects.order_by("pk").values_list("slug", flat=True)[::97][:50])
    facets = "field_of_action=mobilitaet&status=in-umsetzung&state=bayern"
    return [
        ("unfiltered list", ["/de/massnahmen/"], repeat),
        ("3 facets", [f"/de/massnahmen/?{facets}"], repeat),
        ("full text", ["/de/massnahmen/?q=Radwege"], repeat),
        ("full text + 3 facets", [f"/de/massnahmen/?q=Sensoren&{facets}"], repeat),
        ("full text, English", ["/en/measures/?q=sensors"], repeat),
        ("list, page 20, by title", ["/de/massnahmen/?sort=title&page=20"], repeat),
        ("detail", [f"/de/massnahmen/{slug}/" for slug in slugs], repeat),
        ("CSV export, 3 facets", [f"/de/massnahmen/export.csv?{facets}"], max(3, repeat // 3)),
        ("CSV export, all", ["/de/massnahmen/export.csv"], max(3, repeat // 10)),
    ]


def run(repeat, stdout):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    results = []
    for name, urls, times in scenarios(repeat):
        for url in urls[:3]:  # warm-up: connections, templates, caches of the database
            consume(client.get(url))
        with CaptureQueriesContext(connection) as queries:
            consume(client.get(urls[0]))
        query_count = len(queries.captured_queries)  # read now: later requests reset the log
        durations = []
        cpu = []
        size = 0
        for index in range(times):
            url = urls[index % len(urls)]
            started, started_cpu = time.perf_counter(), time.process_time()
            response = client.get(url)
            size = consume(response)
            durations.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
            assert response.status_code == 200, (url, response.status_code)
        row = {
            "scenario": name,
            "url": urls[0],
            "requests": times,
            "p50_ms": round(percentile(durations, 0.5), 1),
            "p95_ms": round(percentile(durations, 0.95), 1),
            "max_ms": round(max(durations), 1),
            "mean_ms": round(statistics.mean(durations), 1),
            "python_cpu_p50_ms": round(percentile(cpu, 0.5), 1),
            "queries": query_count,
            "bytes": size,
        }
        results.append(row)
        stdout.write(
            f"{name:<26} {row['p50_ms']:>9.1f} {row['p95_ms']:>9.1f} {row['max_ms']:>9.1f} "
            f"{row['python_cpu_p50_ms']:>9.1f} {row['queries']:>8} {times:>6}\n"
        )
        stdout.flush()
    return results


def consume(response):
    if response.streaming:
        return sum(len(chunk) for chunk in response.streaming_content)
    return len(response.content)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=650, help="number of measures (650)")
    parser.add_argument("--seed", type=int, default=2023, help="generator seed (2023)")
    parser.add_argument("--repeat", type=int, default=30, help="requests per scenario (30)")
    parser.add_argument("--json", action="store_true", help="write bench/results/*.json")
    args = parser.parse_args()

    setup_django()
    from django.db import connection

    out = sys.stdout
    total = prepare(args.count, args.seed, out)
    with connection.cursor() as cursor:
        cursor.execute("SELECT version()" if connection.vendor == "postgresql" else "SELECT 1")
        server = cursor.fetchone()[0] if connection.vendor == "postgresql" else "SQLite"
    out.write(
        f"\n{total} measures · {connection.vendor} ({str(server).split(' on ')[0]}) · "
        f"Python {platform.python_version()} · {os.cpu_count()} CPUs\n\n"
    )
    header = ["p50 ms", "p95 ms", "max ms", "cpu p50"]
    out.write(f"{'scenario':<26} " + " ".join(f"{h:>9}" for h in header))
    out.write(f" {'queries':>8} {'n':>6}\n")
    out.write("load average before: {:.2f} {:.2f} {:.2f}\n".format(*os.getloadavg()))
    results = run(args.repeat, out)
    out.write("load average after:  {:.2f} {:.2f} {:.2f}\n".format(*os.getloadavg()))
    if args.json:
        folder = BASE_DIR / "bench" / "results"
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"measures-{connection.vendor}-{total}.json"
        target.write_text(json.dumps({"measures": total, "results": results}, indent=2))
        out.write(f"\nwritten to {target}\n")


if __name__ == "__main__":
    main()
