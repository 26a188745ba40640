"""Publications of the Smart City Dialogue: documents, audio and video.

Translated fields (``title``, ``abstract``, ``cover_image_alt``, and the type's ``name``)
are registered with django-modeltranslation in ``translation.py``; each gets ``_de`` and
``_en`` columns. Publications are public records (``core.records.PublicRecord``):
Wagtail snippets with drafts and revisions, of which only ``live`` ones are shown on the
public site. Like measures, they go through the moderation workflow ("Moderators
approval", see ``smartcity/editorial/roles.py``) and can be locked. Many-to-many relations
are ``ParentalManyToManyField`` so that drafts and revisions keep them.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField

from core.records import PublicRecord
from core.revisions import RevisionsRelation
from programmes.models import Taxonomy

from .pagecount import document_page_count, is_pdf_document
from .validators import normalize_doi, normalize_isbn, validate_doi, validate_isbn


class PublicationType(Taxonomy):
    """Brochure, study, guideline, report, podcast, video, documentation, …"""

    class Meta(Taxonomy.Meta):
        verbose_name = _("publication type")
        verbose_name_plural = _("publication types")


class PublicationLanguage(models.TextChoices):
    GERMAN = "de", _("German")
    ENGLISH = "en", _("English")
    MULTILINGUAL = "multilingual", _("Multilingual")


class Publication(RevisionsRelation, PublicRecord):
    """A publication; ``objects.live()`` (``core.records``) gives the published ones
    (an expired one is unpublished by Wagtail's scheduler)."""

    detail_url_name = "publications:publication_detail"
    detail_template = "publications/publication_detail.html"

    title = models.CharField(_("title"), max_length=255)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        unique=True,
        blank=True,
        help_text=_(
            "Part of the address (URL), the same in both languages. Filled in from the "
            "German title when left empty."
        ),
    )
    publication_type = models.ForeignKey(
        PublicationType,
        verbose_name=_("type"),
        on_delete=models.PROTECT,
        related_name="publications",
    )
    publisher = models.ForeignKey(
        "contacts.Organisation",
        verbose_name=_("publisher"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="publications",
    )
    publication_date = models.DateField(
        _("publication date"),
        help_text=_("If only the month or year is known, use its first day."),
    )
    authors = models.CharField(
        _("authors"),
        max_length=500,
        blank=True,
        help_text=_("Names as printed on the publication, separated by commas."),
    )
    abstract = models.TextField(_("abstract"), blank=True)
    topics = ParentalManyToManyField(
        "programmes.Topic",
        verbose_name=_("topics"),
        blank=True,
        related_name="publications",
    )
    language = models.CharField(
        _("language"),
        max_length=12,
        choices=PublicationLanguage.choices,
        default=PublicationLanguage.GERMAN,
        help_text=_("Language of the document or media itself."),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The file to download, usually a PDF."),
    )
    external_url = models.URLField(
        _("external or media URL"),
        max_length=500,
        blank=True,
        help_text=_(
            "Where the publication is available elsewhere, e.g. a podcast episode, a video "
            "or the publisher's page. Shown when there is no document."
        ),
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cover_image_alt = models.CharField(
        _("alternative text of the cover"),
        max_length=255,
        blank=True,
        help_text=_(
            "Describe the cover for people who cannot see it. Empty: the image's own "
            "description is used."
        ),
    )
    pages = models.PositiveIntegerField(_("number of pages"), null=True, blank=True)
    isbn = models.CharField(_("ISBN"), max_length=17, blank=True, validators=[validate_isbn])
    doi = models.CharField(
        _("DOI"),
        max_length=200,
        blank=True,
        validators=[validate_doi],
        help_text=_("E.g. 10.58007/abc-123; a doi.org link is turned into the DOI itself."),
    )
    model_projects = ParentalManyToManyField(
        "programmes.ModelProject",
        verbose_name=_("related model projects"),
        blank=True,
        related_name="publications",
    )
    initiatives = ParentalManyToManyField(
        "contacts.Initiative",
        verbose_name=_("related initiatives"),
        blank=True,
        related_name="publications",
        help_text=_("The publication is listed on the pages of these initiatives."),
    )
    is_demo_content = models.BooleanField(
        _("demo content"),
        default=False,
        help_text=_(
            "Some details (abstract, authors, pages, file) are invented sample values. "
            "Untick once the real publication has been entered."
        ),
    )
    updated_at = models.DateTimeField(_("last updated"), auto_now=True)

    class Meta:
        ordering = ["-publication_date", "pk"]
        verbose_name = _("publication")
        verbose_name_plural = _("publications")
        indexes = [models.Index(fields=["live", "publication_date"], name="publication_live_date")]

    def detail_context(self, *, request=None, preview=False):
        from .views import detail_context

        return detail_context(self, request=request, preview=preview)

    def clean(self):
        super().clean()
        self.isbn = normalize_isbn(self.isbn) if self.isbn else ""
        self.doi = normalize_doi(self.doi)
        if not self.slug:
            self.slug = self.unique_slug(getattr(self, "title_de", None) or self.title or "")
        if not self.document_id and not self.external_url:
            raise ValidationError(
                _("Add a document or an external/media URL."), code="nothing_to_open"
            )
        self.refresh_pages()

    def save(self, *args, **kwargs):
        self.refresh_pages()
        super().save(*args, **kwargs)

    def refresh_pages(self):
        """With a PDF attached, ``pages`` is the number of pages of that file (None when
        they cannot be counted); otherwise it stays as entered. The file is read once per
        document and instance."""
        document = self.document if self.document_id else None
        if not is_pdf_document(document):
            return
        key = (document.pk, document.file.name)
        if getattr(self, "_pages_read_from", None) == key:
            return
        try:
            self.pages = document_page_count(document)
        except OSError:
            return  # the file cannot be reached now: keep what is known
        self._pages_read_from = key

    def unique_slug(self, text):
        base = slugify(text)[:110].strip("-") or "publication"
        slug, number = base, 2
        others = Publication.objects.exclude(pk=self.pk)
        while others.filter(slug=slug).exists():
            slug, number = f"{base}-{number}", number + 1
        return slug

    # Display helpers --------------------------------------------------------------

    @property
    def year(self):
        return self.publication_date.year if self.publication_date else None

    @property
    def doi_url(self):
        return f"https://doi.org/{self.doi}" if self.doi else ""

    @property
    def external_host(self):
        """The host name of the external link without ``www.``, e.g. ``bbsr.bund.de``."""
        host = urlsplit(self.external_url).hostname or ""
        return host.removeprefix("www.")

    @property
    def cover_alt(self):
        if not self.cover_image:
            return ""
        return self.cover_image_alt or self.cover_image.default_alt_text

    @property
    def file_format(self):
        """Upper-case file extension of the document, e.g. ``PDF``."""
        if not self.document:
            return ""
        return self.document.file_extension.upper()

    @property
    def file_size(self):
        """Size of the document in bytes, or ``None`` when the file is missing."""
        if not self.document:
            return None
        try:
            return self.document.get_file_size()
        except OSError:
            return None
