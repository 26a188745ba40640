#!/usr/bin/env python3
"""Imports between the project's modules: which app imports which, and import cycles.

    python3 scripts/import_graph.py

Reads the source (no Django set-up): every ``import``/``from … import`` in the apps'
modules, tests and migrations left out. Prints the apps each app imports and every
cycle of modules (strongly connected components of more than one module).
"""

import ast
import os
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
APPS = [
    "smartcity",
    "core",
    "measures",
    "programmes",
    "solutions",
    "publications",
    "contacts",
    "news",
    "opendata",
    "search",
]


def module_imports(root=ROOT, apps=APPS):
    """``{module: {imported module, …}}`` for every module of the apps (tests and
    migrations left out); an import of a name inside a module counts as the module."""
    modules = {}
    for app in apps:
        for dp, _dn, fn in os.walk(os.path.join(root, app)):
            if "migrations" in dp or "tests" in dp:
                continue
            for f in fn:
                if f.endswith(".py"):
                    p = os.path.join(dp, f)
                    m = os.path.relpath(p, root)[:-3].replace("/", ".")
                    if m.endswith(".__init__"):
                        m = m[:-9]
                    modules[m] = p
    imports = defaultdict(set)
    for m, p in modules.items():
        imports[m]
        with open(p, encoding="utf-8") as handle:
            tree = ast.parse(handle.read())
        pkg = m if p.endswith("__init__.py") else m.rsplit(".", 1)[0]
        for node in ast.walk(tree):
            targets = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = pkg.split(".")
                    base = base[: len(base) - node.level + 1]
                    mod = ".".join(base + ([node.module] if node.module else []))
                else:
                    mod = node.module or ""
                targets = [mod] + [f"{mod}.{a.name}" for a in node.names]
            for t in targets:
                while t and t not in modules:
                    t = t.rsplit(".", 1)[0] if "." in t else ""
                if t and t != m:
                    imports[m].add(t)
    return imports


def app_imports(imports):
    """``{app: {other app it imports, …}}``."""
    result = defaultdict(set)
    for a, bs in imports.items():
        for b in bs:
            if a.split(".")[0] != b.split(".")[0]:
                result[a.split(".")[0]].add(b.split(".")[0])
    return result


def module_cycles(imports):
    """Cycles of modules: strongly connected components of more than one module
    (Tarjan's algorithm)."""
    index, low, stack, on, cycles = {}, {}, [], set(), []
    counter = [0]
    sys.setrecursionlimit(10000)

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in imports.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in list(imports):
        if v not in index:
            visit(v)
    return cycles


def main():
    imports = module_imports()
    by_app = app_imports(imports)
    for a in sorted(by_app):
        print(a, "->", sorted(by_app[a]))
    cycles = module_cycles(imports)
    print("module cycles:", len(cycles))
    for c in cycles:
        print("  ", c)


if __name__ == "__main__":
    main()
