"""Admin view for the measures import: upload → preview of the changes → confirm.

The uploaded file is kept in a private temporary folder between the preview and the
confirmation (``MEASURES_IMPORT_DIR``, default ``<tmp>/smartcity-measure-imports``);
the session holds its random token and checksum. On confirmation the file is checked and
imported again from scratch, in one transaction, so a change made in between cannot slip
through unvalidated.
"""

import hashlib
import io
import secrets
import tempfile
import time
from pathlib import Path

from django import forms
from django.conf import settings
from django.http import FileResponse, Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import View
from wagtail.admin import messages
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from measures import importing
from measures.models import Measure

SESSION_KEY = "measures_import"
IMPORT_PERMISSIONS = ("measures.add_measure", "measures.change_measure", "measures.publish_measure")
MAX_AGE = 24 * 60 * 60  # seconds a stored upload is kept


def can_import(user):
    """Moderators (and administrators): the import may create, change and publish."""
    return user.is_active and user.has_perms(IMPORT_PERMISSIONS)


def upload_dir():
    path = Path(
        getattr(settings, "MEASURES_IMPORT_DIR", None)
        or Path(tempfile.gettempdir()) / "smartcity-measure-imports"
    )
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def _prune(directory):
    cutoff = time.time() - MAX_AGE
    for stale in directory.glob("*.upload"):
        try:
            if stale.stat().st_mtime < cutoff:
                stale.unlink()
        except OSError:
            pass


def measures_list_url():
    return reverse(Measure.snippet_viewset.get_url_name("list"))


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("File"),
        help_text=gettext_lazy("CSV (UTF-8) or Excel (.xlsx) in the import format; at most 10 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx"}),
    )
    publish = forms.BooleanField(
        label=gettext_lazy("Publish the changes right away"),
        required=False,
        help_text=gettext_lazy(
            "Without this, new and changed measures are saved as drafts for review."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > importing.MAX_FILE_SIZE:
            raise forms.ValidationError(
                _("The file is larger than %(size)s MB.")
                % {"size": importing.MAX_FILE_SIZE // (1024 * 1024)}
            )
        name = upload.name.lower()
        if not name.endswith((".csv", ".xlsx")):
            raise forms.ValidationError(_("Please upload a .csv or .xlsx file."))
        return upload


class MeasureImportView(WagtailAdminTemplateMixin, View):
    template_name = "smartcity/admin/measure_import.html"
    page_title = gettext_lazy("Import measures")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not can_import(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        items = list(self.breadcrumbs_items)
        items.append({"url": measures_list_url(), "label": _("Measures")})
        items.append({"url": "", "label": self.page_title})
        return items

    def render(self, **context):
        context.setdefault("form", ImportForm())
        context.setdefault("measures_list_url", measures_list_url())
        context.setdefault("columns", importing.COLUMNS)
        return self.render_to_response(self.get_context_data(**context))

    def get(self, request):
        return self.render()

    def post(self, request):
        action = request.POST.get("action", "preview")
        if action == "confirm":
            return self.confirm(request)
        if action == "cancel":
            self.discard(request)
            messages.success(request, _("The import was cancelled; nothing was changed."))
            return redirect("smartcity_measures_import")
        return self.preview(request)

    # -- steps ---------------------------------------------------------------------

    def preview(self, request):
        form = ImportForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render(form=form)
        upload = form.cleaned_data["file"]
        data = upload.read()
        publish = form.cleaned_data["publish"]
        result = importing.import_measures(
            data, upload.name, user=request.user, publish=publish, dry_run=True
        )
        self.discard(request)
        token = None
        if result.ok and result.changed:
            token = self.store(request, data, upload.name, publish)
        return self.render(result=result, token=token, filename=upload.name, publish=publish)

    def confirm(self, request):
        stored = request.session.get(SESSION_KEY) or {}
        token = request.POST.get("token", "")
        if not token or not secrets.compare_digest(token, stored.get("token", "")):
            messages.error(request, _("This import has expired. Please upload the file again."))
            return redirect("smartcity_measures_import")
        path = upload_dir() / f"{token}.upload"
        try:
            data = path.read_bytes()
        except OSError:
            data = None
        if data is None or hashlib.sha256(data).hexdigest() != stored.get("sha256"):
            self.discard(request)
            messages.error(request, _("This import has expired. Please upload the file again."))
            return redirect("smartcity_measures_import")
        result = importing.import_measures(
            data, stored["name"], user=request.user, publish=stored["publish"]
        )
        if not result.ok:
            # Something changed since the preview; show what is wrong now.
            self.discard(request)
            return self.render(result=result, filename=stored["name"], publish=stored["publish"])
        self.discard(request)
        if stored["publish"]:
            message = _(
                "Import finished and published: %(created)s created, %(updated)s updated, "
                "%(unchanged)s unchanged."
            )
        else:
            message = _(
                "Import finished: %(created)s created, %(updated)s updated, "
                "%(unchanged)s unchanged. New and changed measures are drafts."
            )
        messages.success(
            request,
            message
            % {
                "created": result.created,
                "updated": result.updated,
                "unchanged": result.unchanged,
            },
        )
        return redirect(measures_list_url())

    # -- the stored upload ---------------------------------------------------------

    def store(self, request, data, name, publish):
        directory = upload_dir()
        _prune(directory)
        token = secrets.token_urlsafe(24)
        path = directory / f"{token}.upload"
        path.write_bytes(data)
        path.chmod(0o600)
        request.session[SESSION_KEY] = {
            "token": token,
            "name": name,
            "sha256": hashlib.sha256(data).hexdigest(),
            "publish": publish,
        }
        return token

    def discard(self, request):
        stored = request.session.pop(SESSION_KEY, None)
        if stored and stored.get("token"):
            (upload_dir() / f"{stored['token']}.upload").unlink(missing_ok=True)


TEMPLATE_FILE = Path(importing.__file__).resolve().parent / "data" / "import-template.csv"


def template_view(request):
    """The empty template with one example row (measures/data/import-template.csv)."""
    if not request.user.has_perm("measures.change_measure"):
        return permission_denied(request)
    response = FileResponse(
        TEMPLATE_FILE.open("rb"), as_attachment=True, filename="measures-import-template.csv"
    )
    response["Content-Type"] = "text/csv; charset=utf-8"
    return response


def export_view(request, file_format):
    """All measures in the import format (the same as ``manage.py export_measures``)."""
    if not request.user.has_perm("measures.change_measure"):
        return permission_denied(request)
    if file_format not in importing.FORMATS:
        raise Http404
    stamp = timezone.localdate().isoformat()
    if file_format == "xlsx":
        out = io.BytesIO()
        importing.export_measures(out, "xlsx")
        content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    else:
        text = io.StringIO()
        importing.export_measures(text, "csv")
        out = io.BytesIO(text.getvalue().encode("utf-8"))
        content_type = "text/csv; charset=utf-8"
    out.seek(0)
    response = FileResponse(
        out, as_attachment=True, filename=f"measures-import-format-{stamp}.{file_format}"
    )
    response["Content-Type"] = content_type
    return response
