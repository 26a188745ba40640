"""Structured logs for production: one JSON object per line on stdout.

``JsonFormatter`` is the formatter of the console handler in production settings and of
gunicorn's own loggers (``deploy/gunicorn.conf.py``). Each line has ``time`` (UTC, ISO
8601), ``level``, ``logger`` and ``message``; ``request_id`` when the line was written
while a request was handled; ``exception`` with the traceback; for Django's request
loggers ``method``, ``path`` and ``status``; for gunicorn's access log ``method``,
``path``, ``query``, ``status``, ``bytes``, ``duration_ms``, ``remote_addr`` and
``user_agent``.

``RequestIdMiddleware`` takes the request id from the ``X-Request-ID`` header that the
load balancer sets (nginx: ``$request_id``), or makes one, and sends it back in the
response, so that one id links the load balancer's, gunicorn's and Django's lines.
"""

from __future__ import annotations

import json
import logging
import re
import uuid
from contextvars import ContextVar
from datetime import UTC, datetime

REQUEST_ID_HEADER = "X-Request-ID"
REQUEST_ID_PATTERN = re.compile(r"^[A-Za-z0-9._-]{8,128}$")

request_id_var: ContextVar[str | None] = ContextVar("request_id", default=None)

# Attributes every LogRecord has; anything else was passed with ``extra=`` and is logged.
_RECORD_ATTRIBUTES = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {
    "message",
    "asctime",
    "request",
    "status_code",
    "server_time",
    "taskName",
}


def _jsonable(value):
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
        }
        if record.name == "gunicorn.access" and isinstance(record.args, dict):
            entry.update(self._access_fields(record.args))
        else:
            entry["message"] = record.getMessage()
            request = getattr(record, "request", None)
            if request is not None and hasattr(request, "method"):
                entry["method"] = request.method
                entry["path"] = getattr(request, "path", None)
                # django.request logs after the middleware has finished.
                if getattr(request, "request_id", None):
                    entry["request_id"] = request.request_id
            if hasattr(record, "status_code"):
                entry["status"] = record.status_code
        request_id = request_id_var.get()
        if request_id and "request_id" not in entry:
            entry["request_id"] = request_id
        for key, value in vars(record).items():
            if key not in _RECORD_ATTRIBUTES and not key.startswith("_") and key not in entry:
                entry[key] = _jsonable(value)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        elif record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, ensure_ascii=False, default=str)

    @staticmethod
    def _access_fields(atoms) -> dict:
        """gunicorn passes its access log "atoms" (see gunicorn.glogging) as arguments."""

        def atom(key):
            value = atoms.get(key)
            return None if value in (None, "-") else value

        fields = {
            "message": atom("r"),
            "method": atom("m"),
            "path": atom("U"),
            "query": atom("q") or None,
            "status": int(atoms["s"]) if str(atoms.get("s", "")).isdigit() else atom("s"),
            "bytes": atom("B"),
            "duration_ms": round(atoms["D"] / 1000, 1) if isinstance(atoms.get("D"), int) else None,
            "remote_addr": atom("h"),
            "user_agent": atom("a"),
            "request_id": atom("{x-request-id}o") or atom("{x-request-id}i"),
        }
        return {key: value for key, value in fields.items() if value is not None}


class RequestIdMiddleware:
    """Give every request an id (kept from ``X-Request-ID`` when it looks like one)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.headers.get(REQUEST_ID_HEADER, "")
        request_id = incoming if REQUEST_ID_PATTERN.match(incoming) else uuid.uuid4().hex
        request.request_id = request_id
        token = request_id_var.set(request_id)
        try:
            response = self.get_response(request)
        finally:
            request_id_var.reset(token)
        response.headers.setdefault(REQUEST_ID_HEADER, request_id)
        return response
