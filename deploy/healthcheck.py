"""Container health check: GET /healthz on the local gunicorn, as the load balancer would.

Exit status 0 when the portal answers 200 with status "ok", 1 otherwise. The request
carries a host name from ALLOWED_HOSTS and "X-Forwarded-Proto: https" so that neither the
host check nor the HTTPS redirect of the production settings gets in the way.
"""

import json
import os
import sys
import urllib.request

PORT = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000").rsplit(":", 1)[-1]


def main() -> int:
    hosts = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h.strip()]
    host = next((h.lstrip(".") for h in hosts if h != "*"), "localhost")
    request = urllib.request.Request(
        f"http://127.0.0.1:{PORT}/healthz",
        headers={"Host": host, "X-Forwarded-Proto": "https"},
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            body = json.load(response)
    except Exception as exc:  # any failure means "unhealthy"
        print(f"unhealthy: {exc}", file=sys.stderr)
        return 1
    if body.get("status") != "ok":
        print(f"unhealthy: {body}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
