"""Keeping the search index up to date: one object, a few objects, or everything."""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Iterable

from django.db import connection, transaction

from . import analysis
from .models import SearchEntry, SearchTerm
from .registry import WEIGHTS, SearchableKind, get_kind, kinds

BATCH = 500


def _framed(tokens: Iterable[str]) -> str:
    joined = " ".join(tokens)
    return f" {joined} " if joined else " "


def build_entry(kind: SearchableKind, obj, language: str, vocabulary: dict | None = None):
    """The unsaved index entry of ``obj`` in ``language``; collects its tokens and their
    spellings into ``vocabulary`` ({token: word})."""
    texts = kind.texts_by_weight(obj, language)
    shown = kind.display(obj, language)
    seen: set[str] = set()
    columns = {}
    for weight in WEIGHTS:
        text = "\n".join(texts[weight])
        tokens = [t for t in analysis.document_tokens(text, language) if t not in seen]
        seen.update(tokens)
        columns[weight] = _framed(tokens)
        if vocabulary is not None:
            for token in tokens:
                vocabulary.setdefault(token, "")
            for token, word in analysis.surface_words(text, language).items():
                if not vocabulary.get(token):
                    vocabulary[token] = word
    date = shown["date"]
    if isinstance(date, datetime.datetime):
        date = date.date()
    return SearchEntry(
        kind=kind.key,
        object_id=obj.pk,
        language=language,
        title=shown["title"][:1000],
        title_norm=analysis.normalized_phrase(shown["title"]),
        summary=shown["summary"][:2000],
        url=shown["url"][:500],
        date=date,
        terms_a=columns["A"],
        terms_b=columns["B"],
        terms_c=columns["C"],
    )


def _entries(kind, objects, vocabularies):
    for obj in objects:
        for language in kind.object_languages(obj):
            yield build_entry(kind, obj, language, vocabularies.setdefault(language, {}))


def _store_vocabulary(vocabularies, frequencies=None):
    """Add new tokens to the vocabulary (and set frequencies on a full rebuild)."""
    for language, tokens in vocabularies.items():
        if not tokens:
            continue
        counts = (frequencies or {}).get(language, Counter())
        rows = [
            SearchTerm(
                language=language,
                token=token[:100],
                word=word[:100],
                frequency=counts.get(token, 1),
            )
            for token, word in tokens.items()
        ]
        SearchTerm.objects.bulk_create(rows, batch_size=2000, ignore_conflicts=True)


def index_objects(kind: SearchableKind | str, objects) -> int:
    """Index ``objects`` of ``kind`` again: public ones are (re)written, the others
    removed. Returns the number of entries written."""
    if isinstance(kind, str):
        kind = get_kind(kind)
    ids = [obj.pk for obj in objects]
    if not ids:
        return 0
    public = list(kind.public().filter(pk__in=ids))
    vocabularies: dict[str, dict] = {}
    entries = list(_entries(kind, public, vocabularies))
    with transaction.atomic():
        SearchEntry.objects.filter(kind=kind.key, object_id__in=ids).delete()
        SearchEntry.objects.bulk_create(entries, batch_size=BATCH)
        _store_vocabulary(vocabularies)
    return len(entries)


def remove_objects(kind: SearchableKind | str, ids) -> None:
    key = kind if isinstance(kind, str) else kind.key
    SearchEntry.objects.filter(kind=key, object_id__in=list(ids)).delete()


def rebuild(kind_keys=None, stdout=None) -> dict[str, int]:
    """Index every public object of the given kinds (all by default) from scratch."""
    selected = [k for k in kinds() if kind_keys is None or k.key in kind_keys]
    written = {}
    vocabularies: dict[str, dict] = {}
    for kind in selected:
        count = 0
        with transaction.atomic():
            SearchEntry.objects.filter(kind=kind.key).delete()
            batch = []
            for entry in _entries(kind, kind.public().iterator(chunk_size=BATCH), vocabularies):
                batch.append(entry)
                if len(batch) >= BATCH * 4:
                    SearchEntry.objects.bulk_create(batch, batch_size=BATCH)
                    count += len(batch)
                    batch = []
                    if stdout is not None:
                        stdout.write(f"  search index: {kind.key} {count}")
            SearchEntry.objects.bulk_create(batch, batch_size=BATCH)
            count += len(batch)
        written[kind.key] = count
        if stdout is not None:
            stdout.write(f"  search index: {kind.key} {count} entries")
    refresh_vocabulary(vocabularies)
    analyze()
    return written


def analyze() -> None:
    """Fresh planner statistics after a bulk write (PostgreSQL). With the statistics of an
    empty table the planner checks every entry once per candidate row instead of reading
    the GIN index once."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE search_searchentry, search_searchterm")


def refresh_vocabulary(spellings=None) -> None:
    """Count in how many entries each token occurs (one pass over the index)."""
    frequencies: dict[str, Counter] = {}
    rows = SearchEntry.objects.values_list("language", "terms_a", "terms_b", "terms_c")
    for language, a, b, c in rows.iterator(chunk_size=2000):
        counter = frequencies.setdefault(language, Counter())
        counter.update(set((a + b + c).split()))
    spellings = spellings or {}
    kept = SearchTerm.objects.exclude(word="").values_list("language", "token", "word")
    for language, token, word in kept.iterator(chunk_size=5000):
        spellings.setdefault(language, {}).setdefault(token, word)
    with transaction.atomic():
        SearchTerm.objects.all().delete()
        for language, counter in frequencies.items():
            words = spellings.get(language, {})
            SearchTerm.objects.bulk_create(
                [
                    SearchTerm(
                        language=language,
                        token=token[:100],
                        word=words.get(token, "")[:100],
                        frequency=count,
                    )
                    for token, count in counter.items()
                ],
                batch_size=2000,
                ignore_conflicts=True,
            )
