"""Similar measures: shared fields of action and topics first, then shared words.

Two queries whatever the size of the database: one sums the shared facet values per
measure over the two many-to-many tables (a pool of the best candidates, newest first
among equals), one loads the published ones among them. The pool is then re-ranked in
Python with the same spatial effect and the words the titles and summaries have in
common.
"""

import re

from django.db import connection
from django.utils.html import strip_tags

from .models import Measure

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


def similar_measures(measure, limit=4):
    """Up to ``limit`` published measures most like ``measure``."""
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
        return value

    ranked = sorted(candidates, key=lambda c: (-score(c), -c.last_updated.toordinal(), c.pk))
    return ranked[:limit]
