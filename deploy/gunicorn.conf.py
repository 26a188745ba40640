"""gunicorn settings for the container image (Dockerfile) and any other installation:
``gunicorn --config deploy/gunicorn.conf.py smartcity.wsgi:application``.

Every value can be changed through the environment. gunicorn's own log lines (start-up,
worker restarts, the access log) are JSON lines on stdout like Django's
(``smartcity.logging.JsonFormatter``) unless ``LOG_FORMAT=plain``.
"""

import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
# Processes per container; each holds its own database pool (DB_POOL_MIN/DB_POOL_MAX).
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = 5
# Recycle workers now and then so that slow leaks cannot build up.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = 200
# Heartbeat files in memory, not on the container's overlay file system.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None
# The app servers are reachable only from the load balancer, which sets X-Forwarded-*.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "*")

# No control socket (gunicorn >= 25.1): the container is managed from outside, and the
# default place for it, the home folder, is not writable for the application's user.
control_socket_disable = True

accesslog = "-"
errorlog = "-"

if os.environ.get("LOG_FORMAT", "json") == "json":
    _handler = {
        "class": "logging.StreamHandler",
        "formatter": "json",
        "stream": "ext://sys.stdout",
    }
    logconfig_dict = {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": "smartcity.logging.JsonFormatter"}},
        "handlers": {"json_stdout": _handler},
        "root": {"level": "INFO", "handlers": []},
        "loggers": {
            "gunicorn.error": {"level": "INFO", "handlers": ["json_stdout"], "propagate": False},
            "gunicorn.access": {"level": "INFO", "handlers": ["json_stdout"], "propagate": False},
        },
    }
