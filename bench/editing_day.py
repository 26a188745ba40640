#!/usr/bin/env python
"""Page-cache hit rate over a simulated editing day (figures, not a test).

Anonymous visitors request a steady mix of pages while the editors publish something
every few minutes. The page cache's own rules decide what a publish empties: the kind of
the changed model (``core.pagecache.kind_of``) and the kinds each URL shows
(``namespace_kinds()``, resolved through the site's real URLconf). The run is replayed
twice with the same seed: once with one generation for everything (every publish empties
the whole cache) and once with a generation per kind. It prints the hit rate of each,
overall and per kind of page. Time is simulated, nothing is rendered, so the figures do
not depend on the machine:

    .venv/bin/python bench/editing_day.py --hours 8 --requests-per-second 2 --publish-every 300
"""

import argparse
import os
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

# Share of the traffic per kind of page, and how many distinct URLs each has (a few are
# much more popular than the rest: the n-th URL is picked with weight 1/n).
TRAFFIC = {
    "home": (0.10, ["/de/", "/en/"]),
    "measures list": (0.22, 300),
    "measure detail": (0.22, 650),
    "model project detail": (0.10, 73),
    "model projects list": (0.04, 40),
    "publications": (0.07, 60),
    "solutions": (0.06, 40),
    "contacts": (0.04, 20),
    "site search": (0.08, 400),
    "content page": (0.07, 30),
}
# What the editors publish, with shares: (app label, model name).
PUBLISHES = {
    ("measures", "measure"): 0.55,
    ("publications", "publication"): 0.12,
    ("solutions", "solutionprofile"): 0.08,
    ("programmes", "modelproject"): 0.08,
    ("contacts", "contactpoint"): 0.05,
    ("smartcity", "standardpage"): 0.07,
    ("news", "newspage"): 0.05,
}


def url_for(kind, number, language):
    de = language == "de"
    paths = {
        "measures list": (
            f"/de/massnahmen/?field_of_action=f{number % 12}&page={number % 5 + 1}"
            if de
            else f"/en/measures/?field_of_action=f{number % 12}&page={number % 5 + 1}"
        ),
        "measure detail": f"/de/massnahmen/m-{number}/" if de else f"/en/measures/m-{number}/",
        "model project detail": f"/de/modellprojekte/p-{number}/"
        if de
        else f"/en/model-projects/p-{number}/",
        "model projects list": f"/de/modellprojekte/?state=s{number}"
        if de
        else f"/en/model-projects/?state=s{number}",
        "publications": f"/de/publikationen/?page={number + 1}"
        if de
        else f"/en/publications/?page={number + 1}",
        "solutions": f"/de/loesungen/?topic=t{number}" if de else f"/en/solutions/?topic=t{number}",
        "contacts": f"/de/kontakt/?q=c{number}" if de else f"/en/contact/?q=c{number}",
        "site search": f"/de/suche/?q=w{number}" if de else f"/en/search/?q=w{number}",
        "content page": f"/de/seite-{number}/" if de else f"/en/page-{number}/",
    }
    return paths[kind]


def simulate(args, per_kind):
    from django.apps import apps
    from django.test import override_settings

    from core import pagecache

    rng = random.Random(args.seed)
    kinds_of_path = {}

    def kinds(path):
        if path not in kinds_of_path:
            with override_settings(PAGE_CACHE_PER_KIND=per_kind):
                found = pagecache._namespace_kinds(path.split("?")[0]) if per_kind else None
            kinds_of_path[path] = None if found is None else {pagecache.SITE_KIND, *found}
        return kinds_of_path[path]

    generations = defaultdict(int)  # kind -> number; "*" is the site-wide one
    stored = {}  # (path, token) -> time stored
    names = list(TRAFFIC)
    weights = [TRAFFIC[name][0] for name in names]
    publish_models = list(PUBLISHES)
    publish_weights = [PUBLISHES[m] for m in publish_models]
    seconds = int(args.hours * 3600)
    step = 1.0 / args.requests_per_second
    hits, totals = Counter(), Counter()
    now, next_publish = 0.0, args.publish_every
    while now < seconds:
        if now >= next_publish:
            app_label, model_name = rng.choices(publish_models, publish_weights)[0]
            model = apps.get_model(app_label, model_name)
            generations["*"] += 1
            generations[pagecache.kind_of(model)] += 1
            next_publish += args.publish_every
        name = rng.choices(names, weights)[0]
        population = TRAFFIC[name][1]
        if isinstance(population, list):
            path = rng.choice(population)
        else:
            ranks = range(1, population + 1)
            number = rng.choices(ranks, [1 / r for r in ranks])[0]
            path = url_for(name, number, "de" if rng.random() < 0.85 else "en")
        page_kinds = kinds(path)
        if page_kinds is None:
            token = ("*", generations["*"])
        else:
            token = tuple(sorted((k, generations[k]) for k in page_kinds))
        key = (path, token)
        totals[name] += 1
        if key in stored and now - stored[key] < args.cache_seconds:
            hits[name] += 1
        else:
            stored[key] = now
        now += step
    return hits, totals


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--hours", type=float, default=8)
    parser.add_argument("--requests-per-second", type=float, default=2.0)
    parser.add_argument("--publish-every", type=float, default=300, help="seconds")
    parser.add_argument("--cache-seconds", type=float, default=600, help="PAGE_CACHE_SECONDS")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "smartcity.settings.dev")
    import django

    django.setup()

    before = simulate(args, per_kind=False)
    after = simulate(args, per_kind=True)
    print(
        f"Editing day: {args.hours:g} h, {args.requests_per_second:g} anonymous requests/s, "
        f"one publish every {args.publish_every:g} s, entries kept {args.cache_seconds:g} s, "
        f"seed {args.seed}\n"
    )
    print(f"{'page kind':<24} {'requests':>9} {'one generation':>15} {'per kind':>9}")
    for name in TRAFFIC:
        total = before[1][name]
        print(
            f"{name:<24} {total:>9} {before[0][name] / total:>15.1%} {after[0][name] / total:>9.1%}"
        )
    total = sum(before[1].values())
    print(
        f"{'all pages':<24} {total:>9} {sum(before[0].values()) / total:>15.1%} "
        f"{sum(after[0].values()) / total:>9.1%}"
    )


if __name__ == "__main__":
    main()
