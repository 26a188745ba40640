"""The search index: one row per public record and language, and the vocabulary."""

from django.db import models


class SearchEntry(models.Model):
    """The analysed text of one public record in one language.

    ``terms_a``/``terms_b``/``terms_c`` hold the tokens (see ``analysis``) of the title
    and labels, of the summary and facts, and of the long texts, separated and framed by
    spaces. The database indexes them: on PostgreSQL a stored ``tsvector`` column
    (``document``, without positions) with a GIN index, on SQLite an FTS5 table
    (``search_entry_fts``); both are created by migration 0001 outside the model. Title,
    summary, address and date are kept for showing a hit without loading the record.
    """

    kind = models.CharField(max_length=32)
    object_id = models.BigIntegerField()
    language = models.CharField(max_length=8)
    title = models.TextField()
    title_norm = models.TextField()
    summary = models.TextField(blank=True)
    url = models.CharField(max_length=500)
    date = models.DateField(null=True, blank=True)
    terms_a = models.TextField()
    terms_b = models.TextField()
    terms_c = models.TextField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "language", "object_id"], name="search_entry_unique"
            )
        ]
        indexes = [models.Index(fields=["language", "title_norm"], name="search_entry_title")]
        verbose_name = "search entry"
        verbose_name_plural = "search entries"

    def __str__(self):
        return f"{self.kind}:{self.object_id} ({self.language})"


class SearchTerm(models.Model):
    """A token of the index with the number of entries that hold it.

    Typo tolerance looks up the spellings one edit away from a query word here, and
    "Did you mean …?" shows ``word``, the token as written in the texts (empty for
    tokens that are only the ending of a compound).
    """

    language = models.CharField(max_length=8)
    token = models.CharField(max_length=100)
    word = models.CharField(max_length=100, blank=True)
    frequency = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["language", "token"], name="search_term_unique")
        ]

    def __str__(self):
        return self.token
