"""The judged query set: expected records, search results and the measures of quality.

``queries.toml`` says, per query, which records a person would expect. The expected
records are found here with plain database filters over the records' own fields (not
with the search), so the set judges the search instead of repeating it.
"""

from __future__ import annotations

import statistics
import time
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from django.utils import translation
from django.utils.html import strip_tags

from search.query import SearchQuery
from search.registry import get_kind, kinds

QUERIES = Path(__file__).with_name("queries.toml")
TOP = 10


@dataclass
class Judged:
    text: str
    language: str
    query_class: str
    scope: list[str] | None  # kinds searched; None: every kind (site search)
    expect: list[dict] = field(default_factory=list)
    first: dict | None = None


def load_queries(path: Path = QUERIES) -> list[Judged]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    judged = []
    for item in data["query"]:
        expect = item.get("expect", [])
        scope = item.get("scope")
        if scope is None:
            scope = sorted({selector["kind"] for selector in expect})
        elif scope == "all":
            scope = None
        judged.append(
            Judged(
                text=item["text"],
                language=item.get("language", "de"),
                query_class=item["class"],
                scope=scope,
                expect=expect,
                first=item.get("first"),
            )
        )
    return judged


# --- expected records: plain filters over the records' fields ------------------------


def _record_text(kind_key: str, obj) -> str:
    """Everything a person can read about a record, in the active language."""
    kind = get_kind(kind_key)
    texts = kind.texts_by_weight(obj, translation.get_language())
    return strip_tags(" ".join(t for weight in texts.values() for t in weight))


def _project_slug(kind_key, obj):
    if kind_key == "measures":
        return obj.model_project.slug
    if kind_key == "solutions":
        return obj.lead_project.slug if obj.lead_project else None
    if kind_key == "model-projects":
        return obj.slug
    return None


def _matches(kind_key, obj, selector, text) -> bool:
    title = str(get_kind(kind_key).title(obj) or "")
    if "title" in selector and selector["title"].lower() not in title.lower():
        return False
    if "text" in selector and selector["text"].lower() not in text(kind_key, obj):
        return False
    if "slug" in selector and getattr(obj, "slug", None) != selector["slug"]:
        return False
    if "project" in selector and _project_slug(kind_key, obj) != selector["project"]:
        return False
    if "topic" in selector and selector["topic"] not in {t.key for t in obj.topics.all()}:
        return False
    return not (
        "field" in selector and selector["field"] not in {f.key for f in obj.fields_of_action.all()}
    )


class Catalogue:
    """Public records of every kind, loaded once, for resolving selectors."""

    def __init__(self):
        self._objects = {}
        self._texts = {}

    def text(self, kind_key, obj, language):
        key = (kind_key, obj.pk, language)
        if key not in self._texts:
            self._texts[key] = _record_text(kind_key, obj).lower()
        return self._texts[key]

    def objects(self, kind_key):
        if kind_key not in self._objects:
            self._objects[kind_key] = list(get_kind(kind_key).public())
        return self._objects[kind_key]

    def select(self, selector, language) -> set[tuple[str, int]]:
        kind_key = selector["kind"]
        kind = get_kind(kind_key)

        def text(key, obj):
            return self.text(key, obj, language)

        with translation.override(language):
            return {
                (kind_key, obj.pk)
                for obj in self.objects(kind_key)
                if language in kind.object_languages(obj)
                and _matches(kind_key, obj, selector, text)
            }

    def expected(self, judged: Judged) -> set[tuple[str, int]]:
        found = set()
        for selector in judged.expect:
            found |= self.select(selector, judged.language)
        if judged.first:
            found |= self.select(judged.first, judged.language)
        return found


# --- running the search ------------------------------------------------------------


def ranked_results(judged: Judged) -> list[tuple[str, int]]:
    """What the search returns, best first (the lists' and the site search's order)."""
    query = SearchQuery(judged.text, judged.language).resolve()
    keys = judged.scope or [kind.key for kind in kinds()]
    rank = {kind.key: kind.rank for kind in kinds()}
    entries = query.entries().filter(kind__in=keys)
    if not entries.exists() and query.several_words:
        # No entry holds every word: those holding the most of them.
        level = query.best_level(keys, with_all=False)
        entries = query.entries(level=level).filter(kind__in=keys)
    rows = entries.annotate(score=query.score()).values_list(
        "kind", "object_id", "score", "title_norm"
    )
    ordered = sorted(rows, key=lambda r: (-r[2], -rank.get(r[0], 0), r[3], r[1]))
    return [(kind, object_id) for kind, object_id, _score, _title in ordered]


@dataclass
class Outcome:
    judged: Judged
    expected: set
    results: list
    seconds: float

    @property
    def success_at_1(self) -> float:
        if self.judged.first:
            target = self.expected_first
            return 1.0 if self.results[:1] and self.results[0] in target else 0.0
        return 1.0 if self.results[:1] and self.results[0] in self.expected else 0.0

    expected_first: set = field(default_factory=set)

    @property
    def precision_at_10(self) -> float:
        top = self.results[:TOP]
        if not top:
            return 0.0
        return sum(1 for r in top if r in self.expected) / len(top)

    @property
    def precision(self) -> float:
        """Of every result, not only the first ten: what a fallback adds shows here."""
        if not self.results:
            return 0.0
        return sum(1 for r in self.results if r in self.expected) / len(self.results)

    @property
    def recall(self) -> float:
        if not self.expected:
            return 1.0
        return len(self.expected & set(self.results)) / len(self.expected)


def evaluate(queries=None) -> list[Outcome]:
    catalogue = Catalogue()
    outcomes = []
    for judged in queries or load_queries():
        expected = catalogue.expected(judged)
        start = time.perf_counter()
        results = ranked_results(judged)
        seconds = time.perf_counter() - start
        outcome = Outcome(judged, expected, results, seconds)
        if judged.first:
            outcome.expected_first = catalogue.select(judged.first, judged.language)
        outcomes.append(outcome)
    return outcomes


def summary(outcomes) -> dict[str, dict[str, float]]:
    """Per class: mean success@1, precision@10 and recall, p50/p95 seconds."""
    by_class = defaultdict(list)
    for outcome in outcomes:
        by_class[outcome.judged.query_class].append(outcome)
    table = {}
    for name, items in by_class.items():
        times = sorted(o.seconds for o in items)
        table[name] = {
            "queries": len(items),
            "success_at_1": statistics.mean(o.success_at_1 for o in items),
            "precision_at_10": statistics.mean(o.precision_at_10 for o in items),
            "recall": statistics.mean(o.recall for o in items),
            "p50_ms": 1000 * times[len(times) // 2],
            "p95_ms": 1000 * times[min(len(times) - 1, int(len(times) * 0.95))],
        }
    return table
