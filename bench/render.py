#!/usr/bin/env python
"""Render speed without the page cache, as ratios to a static file (figures, not a test).

Starts its own Redis and gunicorn (production settings, ``--workers`` sync workers, page
cache off) on the configured PostgreSQL database and drives it with wrk from loopback:

    DATABASE_URL=postgres://…/smartcity_bench .venv/bin/python bench/render.py

For each page kind (home, measures list, list with ``q``, measure detail, model project
detail, site search) and for a static file of the home page's size served by the same
server, it prints the throughput at ``--connections`` connections, the p50 at one
connection, and the throughput as a share of the static file's, all taken in one run, so
that the machine's speed and load cancel out. Then, unless ``--no-profile``, a profile
per page: the SQL queries of one request and the functions with the most cumulative time
over ``--profile-repeat`` renders in one process (Django test client, same settings).

``--count N`` first brings the generated demo measures to N (e.g. 100000) in that
database; use a scratch database of its own for that size.
"""

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
sys.path.insert(0, str(BASE_DIR / "bench"))

import load  # noqa: E402  (bench/load.py: Redis, gunicorn, wrk, content probe)

PAGES = {
    "home": "/de/",
    "measures list": "/de/massnahmen/",
    "measures list, filtered": "/de/massnahmen/?field_of_action=mobilitaet&status=in-umsetzung",
    "measures list with q": "/de/massnahmen/?q=Mobilit%C3%A4t",
    "measure detail": "{measure}",
    "model project detail": "{project}",
    "site search": "/de/suche/?q=Mobilit%C3%A4t",
}
# Share of the static file's throughput each page kind should reach (issue targets).
TARGETS = {
    "home": 0.06,
    "measures list": 0.06,
    "measures list, filtered": 0.06,
    "measures list with q": 0.05,
    "measure detail": 0.10,
    "model project detail": 0.10,
    "site search": 0.05,
}

PROBE = """
import json, django
django.setup()
from measures.models import Measure
from programmes.models import ModelProject
measure = Measure.objects.live().order_by("pk").first()
project = ModelProject.objects.order_by("pk").first()
from measures.models import FieldOfAction, MeasureStatus, SpatialEffect
from programmes.models import FederalState, Topic
keys = lambda model: list(model.objects.order_by("pk").values_list("key", flat=True))
print(json.dumps({
    "measure": measure.get_absolute_url() if measure else None,
    "project": project.get_absolute_url() if project else None,
    "count": Measure.objects.live().count(),
    "options": {
        "field_of_action": keys(FieldOfAction),
        "status": keys(MeasureStatus),
        "spatial_effect": keys(SpatialEffect),
        "state": keys(FederalState),
        "topic": keys(Topic),
    },
}))
"""
# Rows whose every request has a filter state of its own (a file of paths, see
# bench/wrk_paths.lua): what a municipal user's new combination costs.
VARYING = {
    "list (new filters each time)": "filters",
    "list with q (new each time)": "words",
}
TARGETS["list (new filters each time)"] = 0.06
TARGETS["list with q (new each time)"] = 0.05
# Words a municipal user might type (each combined with one facet option).
WORDS = [
    "Mobilität",
    "Parkraum",
    "Sensorik",
    "Bürgerbeteiligung",
    "Energie",
    "Klima",
    "Verwaltung",
    "Daten",
    "Plattform",
    "Beleuchtung",
    "Bildung",
    "Quartier",
    "Wasser",
    "Verkehr",
    "App",
    "Open Data",
    "Digitaler Zwilling",
    "Leerstand",
    "Bäume",
    "Chatbot",
]


def varying_paths(kind, options, count=8000):
    """``count`` distinct list paths: three facets each ("filters"), or a word and one
    facet option ("words"); the same sequence on every run."""
    import itertools
    import random
    from urllib.parse import urlencode

    rng = random.Random(20261204)
    facets = [(name, values) for name, values in options.items() if values]
    seen, paths = set(), []
    if kind == "words":
        pairs = [(name, value) for name, values in facets for value in values]
        combos = [
            {"q": word, name: value} for word, (name, value) in itertools.product(WORDS, pairs)
        ]
        rng.shuffle(combos)
        for combo in combos[:count]:
            paths.append("/de/massnahmen/?" + urlencode(combo))
        return paths
    attempts = 0
    while len(paths) < count and attempts < count * 20:
        attempts += 1
        chosen = rng.sample(facets, 3)
        combo = tuple(sorted((name, rng.choice(values)) for name, values in chosen))
        if combo not in seen:
            seen.add(combo)
            paths.append("/de/massnahmen/?" + urlencode(combo))
    return paths


class SyncGunicorn(load.Gunicorn):
    """gunicorn with sync workers, as the issue's peer comparison was run."""

    def start(self):
        self.process = subprocess.Popen(
            [load.PYTHON, "-m", "gunicorn", "smartcity.wsgi:application"]
            + ["--bind", f"127.0.0.1:{self.args.port}", "--workers", str(self.args.workers)]
            + ["--worker-class", "sync", "--log-level", "warning"],
            cwd=BASE_DIR,
            env=self.env,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                load.fetch(self.base + "/healthz")
                return
            except Exception:  # noqa: BLE001 - not up yet
                time.sleep(0.3)
        self.stop()
        raise SystemExit("gunicorn did not answer /healthz within 60 s")


def grow(env, count):
    """Bring the generated demo measures to ``count`` (bench/search.py's preparation)."""
    subprocess.run(
        [load.PYTHON, "bench/search.py", "--count", str(count), "--prepare-only"],
        cwd=BASE_DIR,
        env=env,
        check=True,
    )


def profile_pages(paths, repeat, top):
    """In a process of its own with the server's settings: queries and profile per page."""
    import cProfile
    import pstats

    import django

    django.setup()
    from django.db import connection
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    out = {}
    for name, path in paths.items():
        client.get(path)  # warm the process's caches (templates, labels)
        queries = []

        def count(execute, sql, params, many, context, queries=queries):
            queries.append(sql)
            return execute(sql, params, many, context)

        with connection.execute_wrapper(count):
            response = client.get(path)
        if response.status_code != 200:
            raise SystemExit(f"{path} answered {response.status_code}")
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(repeat):
            client.get(path)
        profiler.disable()
        rows = []
        for (file, line, function), (_cc, calls, own, cumulative, _callers) in pstats.Stats(
            profiler
        ).stats.items():
            where = f"{file.split('site-packages/')[-1].split(str(BASE_DIR) + '/')[-1]}:{line}"
            rows.append(
                {
                    "cumulative": cumulative / repeat * 1000,
                    "own": own / repeat * 1000,
                    "calls": calls // repeat,
                    "where": f"{where} {function}",
                    "project": "site-packages" not in file and str(BASE_DIR) in file,
                }
            )
        total = max(r["cumulative"] for r in rows)
        project = sorted((r for r in rows if r["project"]), key=lambda r: -r["cumulative"])
        own = sorted(rows, key=lambda r: -r["own"])
        out[name] = {
            "queries": len(queries),
            "ms": total,
            "own": [(round(r["cumulative"], 1), r["calls"], r["where"]) for r in project[:top]],
            "self": [(round(r["own"], 1), r["calls"], r["where"]) for r in own[:top]],
        }
    print("PROFILE-JSON " + json.dumps(out))


def profile(env, paths, repeat, top):
    result = subprocess.run(
        [load.PYTHON, __file__, "--profile-worker", json.dumps([paths, repeat, top])],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode:
        print(result.stderr[-3000:])
        raise SystemExit("profiling failed")
    line = next(x for x in result.stdout.splitlines() if x.startswith("PROFILE-JSON "))
    return json.loads(line.removeprefix("PROFILE-JSON "))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=20, help="seconds per page and run")
    parser.add_argument("--connections", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--port", type=int, default=8766)
    parser.add_argument("--redis-port", type=int, default=6392)
    parser.add_argument("--count", type=int, help="generated measures to reach first")
    parser.add_argument("--no-profile", action="store_true")
    parser.add_argument("--profile-only", action="store_true", help="skip the wrk runs")
    parser.add_argument("--profile-repeat", type=int, default=20)
    parser.add_argument("--top", type=int, default=12)
    parser.add_argument("--only", help="comma-separated page names")
    parser.add_argument("--json", action="store_true", help="also write bench/results/")
    parser.add_argument("--profile-worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.threads = 1
    if args.profile_worker:
        profile_pages(*json.loads(args.profile_worker))
        return

    if not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL scratch database.")

    redis = load.Redis(args.redis_port)
    redis.start()
    try:
        env = load.server_env(args, page_cache=False)
        facts = load.prepare(args, env)
        if args.count:
            grow(env, args.count)
        extra = json.loads(
            subprocess.run(
                [load.PYTHON, "-c", PROBE],
                cwd=BASE_DIR,
                env=env,
                capture_output=True,
                text=True,
                check=True,
            ).stdout.splitlines()[-1]
        )
        paths = {name: path.format(**extra) for name, path in PAGES.items()}
        varying = {name: varying_paths(kind, extra["options"]) for name, kind in VARYING.items()}
        if args.only:
            wanted = {name.strip() for name in args.only.split(",")}
            paths = {name: path for name, path in paths.items() if name in wanted}
            varying = {name: path for name, path in varying.items() if name in wanted}
        static = load.write_ceiling_file(facts["home_bytes"])
        print(
            f"gunicorn: {args.workers} sync workers, page cache off; wrk: "
            f"{args.connections} connections, {args.duration} s per page; "
            f"{extra['count']} measures; {os.cpu_count()} CPUs shared by server and load "
            f"generator; load average {os.getloadavg()[0]:.2f}",
            flush=True,
        )
        rows = {}
        if not args.profile_only:
            rows = run_wrk(args, env, static, paths, varying)
        profiles = {}
        if not args.no_profile:
            load.manage(env, "collectstatic", "--noinput")
            profiles = profile(env, paths, args.profile_repeat, args.top)
            for name, data in profiles.items():
                print(f"\n## {name}: {data['queries']} queries, {data['ms']:.1f} ms per render")
                print("  project code, cumulative ms per request:")
                for ms, calls, where in data["own"]:
                    print(f"    {ms:>7.1f}  {calls:>6}×  {where}")
                print("  own time (all code), ms per request:")
                for ms, calls, where in data["self"]:
                    print(f"    {ms:>7.1f}  {calls:>6}×  {where}")
    finally:
        redis.stop()

    if args.json:
        folder = BASE_DIR / "bench" / "results"
        folder.mkdir(exist_ok=True)
        path = folder / f"render-{time.strftime('%Y%m%d-%H%M%S')}.json"
        meta = {"machine": platform.platform(), "cpus": os.cpu_count(), "args": vars(args)}
        path.write_text(json.dumps({"meta": meta, "rows": rows, "profiles": profiles}, indent=2))
        print(f"\nWritten to {path.relative_to(BASE_DIR)}")


def run_wrk(args, env, static, paths, varying=None):
    """Throughput at --connections and p50 at one connection, static file first; the
    ``varying`` pages take a new path (filter state) for every request."""
    import tempfile

    server = SyncGunicorn(args, env)
    server.start()
    rows = {}
    try:
        urls = {"static file": server.base + static}
        urls.update({name: server.base + path for name, path in paths.items()})
        for url in urls.values():
            load.fetch(url)
        runs = [(name, url, None) for name, url in urls.items()]
        folder = Path(tempfile.mkdtemp(prefix="render-paths-"))
        for name, page_paths in (varying or {}).items():
            load.fetch(server.base + page_paths[0])
            # Two files, so that the one-connection run does not meet the states the
            # first run has counted already.
            stem = name.replace(" ", "-").replace(",", "")
            files = (folder / f"{stem}.txt", folder / f"{stem}-one.txt")
            files[0].write_text("\n".join(page_paths[0::2]) + "\n")
            files[1].write_text("\n".join(page_paths[1::2]) + "\n")
            runs.append((name, server.base + "/", files))
        for name, url, files in runs:
            many_file, one_file = files or (None, None)
            many = load.wrk(url, args.duration, args.connections, paths_file=many_file)
            # The sync workers still answer the requests queued when wrk stopped (up to
            # one per connection); let them drain before timing one connection, or a slow
            # page's p50 would include that queue.
            time.sleep(min(30.0, args.connections / max(many["rps"], 0.5) + 0.5))
            one = load.wrk(url, max(5, args.duration // 2), 1, threads=1, paths_file=one_file)
            rows[name] = {"rps": many["rps"], "p50_1": one["p50_ms"], "errors": many["errors"]}
            rows[name]["errors"] += one["errors"]
    finally:
        server.stop()
    ceiling = rows["static file"]["rps"]
    print(
        f"\n{'page':<30} {'req/s':>8} {'1-conn p50 ms':>14} {'of static':>10} "
        f"{'target':>7} {'errors':>7}"
    )
    for name, row in rows.items():
        share = row["rps"] / ceiling if ceiling else 0
        target = TARGETS.get(name)
        mark = "" if target is None else ("met" if share >= target else "NOT met")
        row["share"] = share
        print(
            f"{name:<30} {row['rps']:>8.1f} {row['p50_1']:>14.1f} {share:>10.1%} "
            f"{(f'{target:.0%}' if target else ''):>7} {row['errors']:>7}  {mark}"
        )
    print(f"(load average after the run: {os.getloadavg()[0]:.2f})")
    return rows


if __name__ == "__main__":
    main()
