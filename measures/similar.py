"""Similar measures: shared fields of action and topics first, then shared words.

Ranking a measure's neighbours takes two queries whatever the size of the database: one
sums the shared facet values per measure over the two many-to-many tables (a pool of the
best candidates), one loads the published ones among them. The pool is then re-ranked in
Python with the same spatial effect and the words the titles and summaries have in
common.

That ranking is not done per request. The neighbours of each published measure are
stored (``SimilarMeasure``) and the detail page reads them with one query:

* when a measure is saved, published, unpublished or deleted, its own neighbours are
  ranked again, and so are those of every measure that lists it or that it now beats
  (the score is symmetric, so one ranking tells which others it enters);
* a measure with no stored neighbours gets them on its first view (after a bulk load,
  which only empties the table) or from ``manage.py update_similar_measures``.
"""

import contextlib
import re

from django.db import IntegrityError, connection, transaction
from django.db.models import Count, Min
from django.utils.html import strip_tags

from .models import Measure, SimilarMeasure

WEIGHT_FIELD_OF_ACTION = 3
WEIGHT_TOPIC = 2
WEIGHT_SPATIAL_EFFECT = 1
WEIGHT_WORDS = 4
POOL_SIZE = 100
WORD = re.compile(r"\w{4,}", re.UNICODE)
# Words too common in this database to say anything about similarity.
COMMON_WORDS = {
    "digitale",
    "digitalen",
    "digitaler",
    "digital",
    "smart",
    "city",
    "cities",
    "modellprojekt",
    "projekt",
    "project",
    "measure",
    "maßnahme",
    "werden",
    "wird",
    "with",
    "from",
    "that",
    "this",
    "sind",
    "eine",
    "einer",
    "einem",
    "einen",
    "durch",
    "nach",
    "auch",
    "have",
    "their",
}


def _stems(*texts):
    """Rough, language-independent stems: lower-cased word starts (``radwege`` ≈ ``radweg``)."""
    stems = set()
    for text in texts:
        for word in WORD.findall(strip_tags(text or "").lower()):
            if word not in COMMON_WORDS:
                stems.add(word[:6])
    return stems


def _pool(measure, field_of_action_ids, topic_ids):
    """[(measure id, facet score)] of the best candidates, best first."""
    foa = Measure.fields_of_action.through
    topics = Measure.topics.through
    parts, params = [], []
    if field_of_action_ids:
        parts.append(
            f"SELECT {foa._meta.get_field('measure').column} AS mid, %s AS w "
            f"FROM {foa._meta.db_table} "
            f"WHERE {foa._meta.get_field('fieldofaction').column} IN "
            f"({', '.join(['%s'] * len(field_of_action_ids))})"
        )
        params += [WEIGHT_FIELD_OF_ACTION, *field_of_action_ids]
    if topic_ids:
        parts.append(
            f"SELECT {topics._meta.get_field('measure').column} AS mid, %s AS w "
            f"FROM {topics._meta.db_table} "
            f"WHERE {topics._meta.get_field('topic').column} IN "
            f"({', '.join(['%s'] * len(topic_ids))})"
        )
        params += [WEIGHT_TOPIC, *topic_ids]
    if not parts:
        return []
    # Only the link tables: joining the measures here (for "live") would make the
    # aggregation read every candidate row; drafts are dropped when the pool is loaded.
    sql = (
        f"SELECT h.mid, SUM(h.w) AS score FROM ({' UNION ALL '.join(parts)}) h "
        "WHERE h.mid <> %s GROUP BY h.mid ORDER BY score DESC, h.mid DESC LIMIT %s"
    )
    params += [measure.pk, POOL_SIZE]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


LIMIT = 4
# What the detail page's teasers of similar measures show (both languages: a missing
# translation falls back to the other one).
TEASER_FIELDS = (
    "slug",
    "title_de",
    "title_en",
    "summary_de",
    "summary_en",
    "model_project__name",
    "status__name_de",
    "status__name_en",
)


def ranked_candidates(measure):
    """[(published measure, score)] for the pool of ``measure``, best first."""
    field_of_action_ids = [f.pk for f in measure.fields_of_action.all()]
    topic_ids = [t.pk for t in measure.topics.all()]
    pool = dict(_pool(measure, field_of_action_ids, topic_ids))
    if not pool:
        return []
    candidates = (
        Measure.objects.live().filter(pk__in=pool).select_related("model_project", "status")
    )
    own_words = _stems(measure.title, measure.summary)

    def score(candidate):
        value = pool[candidate.pk]
        if measure.spatial_effect_id and candidate.spatial_effect_id == measure.spatial_effect_id:
            value += WEIGHT_SPATIAL_EFFECT
        words = _stems(candidate.title, candidate.summary)
        if own_words and words:
            value += WEIGHT_WORDS * len(own_words & words) / len(own_words | words)
        return round(value, 6)

    scored = [(candidate, score(candidate)) for candidate in candidates]
    scored.sort(key=lambda pair: (-pair[1], -pair[0].last_updated.toordinal(), pair[0].pk))
    return scored


def similar_measures(measure, limit=LIMIT):
    """Up to ``limit`` published measures most like ``measure``, ranked now (previews)."""
    return [candidate for candidate, _score in ranked_candidates(measure)[:limit]]


def _store(measure_id, ranked):
    # Derived rows: removed without per-row signals (they would empty the page cache on a
    # first view; the change that made them stale has done so already).
    SimilarMeasure.objects.filter(measure_id=measure_id)._raw_delete(SimilarMeasure.objects.db)
    SimilarMeasure.objects.bulk_create(
        SimilarMeasure(measure_id=measure_id, similar_id=other.pk, position=index, score=score)
        for index, (other, score) in enumerate(ranked[:LIMIT])
    )


def stored_similar_measures(measure, limit=LIMIT):
    """The stored neighbours of a published measure (one query); ranked and stored on the
    first view when there are none yet."""
    found = list(
        Measure.objects.live()
        .filter(similar_to_links__measure=measure)
        .select_related("model_project", "status")
        .only(*TEASER_FIELDS)
        .order_by("similar_to_links__position")[:limit]
    )
    if found:
        return found
    ranked = ranked_candidates(measure)
    if ranked and measure.live:
        with contextlib.suppress(IntegrityError), transaction.atomic():
            # Another request may store them at the same moment: the unique constraint
            # keeps one copy, and this request shows its own ranking all the same.
            _store(measure.pk, ranked)
    return [candidate for candidate, _score in ranked[:limit]]


def refresh_neighbours(measure_id):
    """Rank ``measure_id`` again and every measure whose stored neighbours it changes."""
    measure = (
        Measure.objects.filter(pk=measure_id).prefetch_related("fields_of_action", "topics").first()
    )
    affected = set(
        SimilarMeasure.objects.filter(similar_id=measure_id).values_list("measure_id", flat=True)
    )
    if measure is not None and measure.live:
        ranked = ranked_candidates(measure)
        _store(measure.pk, ranked)
        scores = {other.pk: score for other, score in ranked}
        # Those whose last stored neighbour it now beats, or that have room for it.
        stored = (
            SimilarMeasure.objects.filter(measure_id__in=scores)
            .values("measure_id")
            .annotate(worst=Min("score"), count=Count("pk"))
        )
        for row in stored:
            if row["count"] < LIMIT or scores[row["measure_id"]] >= row["worst"]:
                affected.add(row["measure_id"])
    else:
        SimilarMeasure.objects.filter(measure_id=measure_id).delete()
    affected.discard(measure_id)
    others = Measure.objects.live().filter(pk__in=affected)
    for other in others.prefetch_related("fields_of_action", "topics"):
        _store(other.pk, ranked_candidates(other))
    return len(affected)


def forget_all():
    """Empty the stored neighbours (after bulk loads; each measure gets them again on its
    first view or from ``update_similar_measures``)."""
    SimilarMeasure.objects.all()._raw_delete(SimilarMeasure.objects.db)


def rebuild_all(progress=None):
    """Rank and store the neighbours of every published measure."""
    ids = list(Measure.objects.live().order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), 200):
        chunk = ids[start : start + 200]
        with transaction.atomic():
            for measure in Measure.objects.filter(pk__in=chunk).prefetch_related(
                "fields_of_action", "topics"
            ):
                _store(measure.pk, ranked_candidates(measure))
        if progress:
            progress(min(start + 200, len(ids)), len(ids))
    return len(ids)
