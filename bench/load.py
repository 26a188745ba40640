#!/usr/bin/env python
"""Load and fault runs against a production-like server (figures, not a test).

Starts its own Redis (a private port, nothing kept on disk) and gunicorn with the
production settings on PostgreSQL, then drives it with wrk from loopback:

    DATABASE_URL=postgres://…/smartcity_bench .venv/bin/python bench/load.py

Phases, each printed as a table (throughput, p50/p95/p99 in ms, errors):

1. **cached** – the page cache on (as in production): a static file of the home page's
   size served by the same server (the ceiling), the home page, a filtered + full-text
   measures list, a measure detail and an API list.
2. **uncached** – the same requests with the page cache switched off (every request
   renders and queries PostgreSQL).
3. **faults** (skip with ``--skip-faults``): Redis stopped while pages are requested
   (must give no errors), and PostgreSQL restarted during a run (must recover without
   restarting the app: a run after the restart must give no errors). The PostgreSQL
   restart briefly drops every connection of the local server: use a machine where
   nothing else needs it at that moment.

Needs: wrk (Debian package ``wrk``), redis-server, PostgreSQL; the database is filled
with the demo content (``load_demo_content``) when it has none. Every run is bounded in
time (``--duration`` seconds per request, default 60) and targets 127.0.0.1 only.
"""

import argparse
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
PYTHON = sys.executable
LUA = BASE_DIR / "bench" / "wrk_report.lua"


def server_env(args, page_cache: bool) -> dict:
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="smartcity.settings.production",
        SECRET_KEY=env.get("SECRET_KEY", "bench-only-not-a-secret-" + "x" * 40),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="0",
        SERVE_MEDIA="1",  # no web server in front here
        REDIS_URL=f"redis://127.0.0.1:{args.redis_port}/0",
        PAGE_CACHE_SECONDS="600" if page_cache else "0",
        LOG_LEVEL=env.get("LOG_LEVEL", "WARNING"),
    )
    return env


def manage(env, *command, quiet=True):
    subprocess.run(
        [PYTHON, "manage.py", *command],
        cwd=BASE_DIR,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL if quiet else None,
    )


class Redis:
    def __init__(self, port):
        self.port = port
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
            + ["--appendonly", "no", "--maxmemory", "256mb", "--maxmemory-policy", "allkeys-lru"],
            stdout=subprocess.DEVNULL,
        )
        for _ in range(50):
            if (
                subprocess.run(
                    ["redis-cli", "-p", str(self.port), "ping"], capture_output=True, text=True
                ).stdout.strip()
                == "PONG"
            ):
                return
            time.sleep(0.1)
        raise SystemExit("redis-server did not start")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)


class Gunicorn:
    def __init__(self, args, env):
        self.args = args
        self.env = env
        self.process = None
        self.base = f"http://127.0.0.1:{args.port}"

    def start(self):
        self.process = subprocess.Popen(
            [PYTHON, "-m", "gunicorn", "smartcity.wsgi:application"]
            + ["--bind", f"127.0.0.1:{self.args.port}", "--workers", str(self.args.workers)]
            + ["--worker-class", "gthread", "--threads", str(self.args.threads)]
            + ["--keep-alive", "5", "--log-level", "warning"],
            cwd=BASE_DIR,
            env=self.env,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.base + "/healthz", timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.3)
        self.stop()
        raise SystemExit("gunicorn did not answer /healthz within 60 s")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()


def wrk(url, duration, connections, threads=2, paths_file=None):
    """wrk against ``url``; with ``paths_file`` each request takes the next path of that
    file (bench/wrk_paths.lua) on ``url``'s server."""
    script, env = LUA, None
    if paths_file:
        script = LUA.with_name("wrk_paths.lua")
        env = dict(os.environ, WRK_PATHS=str(paths_file), WRK_REPORT=str(LUA))
        env["WRK_THREADS"] = str(threads)
    result = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--timeout", "10s"]
        + ["-s", str(script), url],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    line = next(line for line in result.stdout.splitlines() if line.startswith("WRK-JSON "))
    data = json.loads(line.removeprefix("WRK-JSON "))
    seconds = data["duration_us"] / 1e6
    errors = sum(data[key] for key in data if key.endswith("_errors") or key == "timeouts")
    return {
        "url": url,
        "requests": data["requests"],
        "rps": round(data["requests"] / seconds, 1) if seconds else 0.0,
        "p50_ms": data["p50_us"] / 1000,
        "p95_ms": data["p95_us"] / 1000,
        "p99_ms": data["p99_us"] / 1000,
        "max_ms": data["max_us"] / 1000,
        "kb_per_response": round(data["bytes"] / max(data["requests"], 1) / 1024, 1),
        "errors": errors,
        "error_detail": {key: data[key] for key in data if "error" in key or key == "timeouts"},
    }


def fetch(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read()


def print_table(title, rows):
    print(f"\n{title}")
    print(f"{'request':<30} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>7}")
    for name, row in rows.items():
        print(
            f"{name:<30} {row['rps']:>8.1f} {row['p50_ms']:>8.1f} {row['p95_ms']:>8.1f} "
            f"{row['p99_ms']:>8.1f} {row['errors']:>7}"
        )
    sys.stdout.flush()


def targets(base, detail_path):
    return {
        "home page": f"{base}/de/",
        "measures, filtered + text": f"{base}/de/massnahmen/?field_of_action=mobilitaet&q=Daten",
        "measure detail": base + detail_path,
        "API measures list": f"{base}/api/v1/measures/?lang=de",
    }


def prepare(args, env):
    """Migrate, load content when missing, collect static files, write the ceiling file."""
    print("Preparing the database and static files …", flush=True)
    manage(env, "migrate", "--noinput")
    # Before the probe: with the production settings a page renders only once the static
    # files' manifest exists.
    manage(env, "collectstatic", "--noinput")
    probe = subprocess.run(
        [PYTHON, "-c", PROBE],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    facts = json.loads(probe.stdout.strip().splitlines()[-1])
    if not facts["pages"]:
        print("Loading the demo content …", flush=True)
        manage(env, "load_demo_content", quiet=False)
        probe = subprocess.run(
            [PYTHON, "-c", PROBE], cwd=BASE_DIR, env=env, capture_output=True, text=True, check=True
        )
        facts = json.loads(probe.stdout.strip().splitlines()[-1])
    return facts


# Run in a subprocess with the server's settings: what the bench needs to know.
PROBE = """
import json, django
django.setup()
from django.test import Client
from smartcity.models import HomePage
from measures.models import Measure
measure = Measure.objects.live().order_by("pk").first()
home = Client().get("/de/", HTTP_HOST="127.0.0.1")
print(json.dumps({
    "pages": HomePage.objects.count(),
    "measures": Measure.objects.live().count(),
    "detail": measure.get_absolute_url() if measure else None,
    "home_bytes": len(home.content) if home.status_code == 200 else 0,
}))
"""


def write_ceiling_file(size):
    """A static file as large as the home page, served by WhiteNoise in the same server."""
    from smartcity.settings.base import STATIC_ROOT

    folder = Path(STATIC_ROOT) / "bench"
    folder.mkdir(parents=True, exist_ok=True)
    filler = ("<!-- static ceiling -->\n" * (size // 24 + 1)).encode()[:size]
    (folder / "ceiling.html").write_bytes(filler)
    return "/static/bench/ceiling.html"


def run_phase(args, env, facts, title, with_ceiling, duration):
    server = Gunicorn(args, env)
    server.start()
    try:
        base = server.base
        urls = {}
        if with_ceiling:
            urls["static file (ceiling)"] = base + "/static/bench/ceiling.html"
        urls.update(targets(base, facts["detail"]))
        for url in urls.values():
            fetch(url)  # warm up (fills the page cache when it is on)
        rows = {name: wrk(url, duration, args.connections) for name, url in urls.items()}
    finally:
        server.stop()
    print_table(title, rows)
    return rows


def fault_runs(args, facts, redis):
    results = {}
    # 1. Redis goes away while pages are requested (page cache on).
    env = server_env(args, page_cache=True)
    server = Gunicorn(args, env)
    server.start()
    try:
        urls = targets(server.base, facts["detail"])
        for url in urls.values():
            fetch(url)
        redis.stop()
        rows = {name: wrk(url, args.fault_duration, args.connections) for name, url in urls.items()}
        print_table("Fault: Redis stopped (page cache on)", rows)
        results["redis_stopped"] = rows
    finally:
        server.stop()
        redis.start()

    # 2. PostgreSQL restarts during a run (page cache off: every request needs it).
    version = sorted(os.listdir("/etc/postgresql"), key=float)[-1]
    env = server_env(args, page_cache=False)
    server = Gunicorn(args, env)
    server.start()
    try:
        url = server.base + facts["detail"]
        during = subprocess.Popen(
            ["wrk", "-t2", f"-c{args.connections}", f"-d{args.fault_duration}s"]
            + ["--timeout", "10s", "-s", str(LUA), url],
            stdout=subprocess.PIPE,
            text=True,
        )
        time.sleep(args.fault_duration / 3)
        started = time.monotonic()
        subprocess.run(
            ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart"], check=True
        )
        restart_seconds = time.monotonic() - started
        output, _ = during.communicate(timeout=args.fault_duration + 60)
        line = next(line for line in output.splitlines() if line.startswith("WRK-JSON "))
        data = json.loads(line.removeprefix("WRK-JSON "))
        during_errors = sum(
            data[key] for key in data if key.endswith("_errors") or key == "timeouts"
        )
        after = wrk(url, args.fault_duration, args.connections)
        print(
            f"\nFault: PostgreSQL restarted ({restart_seconds:.1f} s) during a run of "
            f"{data['requests']} requests: {during_errors} failed during the restart; "
            f"afterwards, without restarting the app: {after['requests']} requests, "
            f"{after['errors']} errors, p95 {after['p95_ms']:.1f} ms",
            flush=True,
        )
        results["postgres_restarted"] = {
            "restart_seconds": round(restart_seconds, 1),
            "during": {"requests": data["requests"], "errors": during_errors},
            "after": after,
        }
    finally:
        server.stop()
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=60, help="seconds per cached request")
    parser.add_argument("--uncached-duration", type=int, default=30)
    parser.add_argument("--fault-duration", type=int, default=15)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--redis-port", type=int, default=6391)
    parser.add_argument("--skip-faults", action="store_true")
    parser.add_argument("--json", action="store_true", help="also write bench/results/")
    args = parser.parse_args()

    if not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL scratch database.")
    for tool in ("wrk", "redis-server", "redis-cli"):
        if not shutil.which(tool):
            raise SystemExit(f"{tool} is missing (Debian: apt-get install wrk redis-server).")

    redis = Redis(args.redis_port)
    redis.start()
    try:
        env = server_env(args, page_cache=True)
        facts = prepare(args, env)
        if not facts["detail"]:
            raise SystemExit("No published measure in the database.")
        write_ceiling_file(facts["home_bytes"])
        print(
            f"gunicorn: {args.workers} workers × {args.threads} threads; wrk: 2 threads, "
            f"{args.connections} connections; {facts['measures']} measures; home page "
            f"{facts['home_bytes'] / 1024:.1f} KiB; {os.cpu_count()} CPUs shared by server "
            f"and load generator; load average {os.getloadavg()[0]:.2f}",
            flush=True,
        )
        results = {
            "cached": run_phase(
                args, env, facts, "Page cache on (production)", True, args.duration
            ),
            "uncached": run_phase(
                args,
                server_env(args, page_cache=False),
                facts,
                "Page cache off (every request rendered)",
                False,
                args.uncached_duration,
            ),
        }
        ceiling = results["cached"]["static file (ceiling)"]["rps"]
        home = results["cached"]["home page"]["rps"]
        print(f"\nCached home page: {home / ceiling:.0%} of the static-file throughput.")
        if not args.skip_faults:
            results["faults"] = fault_runs(args, facts, redis)
    finally:
        redis.stop()

    if args.json:
        folder = BASE_DIR / "bench" / "results"
        folder.mkdir(exist_ok=True)
        path = folder / f"load-{time.strftime('%Y%m%d-%H%M%S')}.json"
        meta = {"machine": platform.platform(), "cpus": os.cpu_count(), "args": vars(args)}
        path.write_text(json.dumps({"meta": meta, "results": results}, indent=2))
        print(f"\nWritten to {path.relative_to(BASE_DIR)}")


if __name__ == "__main__":
    main()
