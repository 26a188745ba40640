"""The layers of docs/architecture.md, read from the source by scripts/import_graph.py."""

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "import_graph.py"


@pytest.fixture(scope="module")
def graph():
    spec = importlib.util.spec_from_file_location("import_graph", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def imports(graph):
    return graph.module_imports()


def test_the_core_imports_no_app_of_the_portal(graph, imports):
    assert any(m.startswith("core.filtering") for m in imports)
    assert graph.app_imports(imports).get("core", set()) == set()


def test_the_search_core_imports_only_the_core(graph, imports):
    assert graph.app_imports(imports)["search"] == {"core"}


def test_no_import_cycle_crosses_two_packages(graph, imports):
    cycles = graph.module_cycles(imports)
    assert cycles, "the known cycles inside one package are found"
    for cycle in cycles:
        assert len({module.split(".")[0] for module in cycle}) == 1, cycle


def test_the_graph_sees_a_cycle_across_packages(graph):
    """The check above would fail on a cycle between two apps."""
    imports = {"core.a": {"news.b"}, "news.b": {"core.a"}, "core.c": set()}
    assert graph.module_cycles(imports) == [["core.a", "news.b"]]
    assert graph.app_imports(imports) == {"core": {"news"}, "news": {"core"}}
