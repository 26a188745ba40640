# Container image of the portal: gunicorn behind a load balancer (see compose.yaml and
# docs/deployment.md). Build: docker build -t smartcity-portal .
# Optional features come in as extras (EXTRAS="" gives a smaller image without them).

# --- front-end packages from the npm registry ------------------------------------------
FROM node:22-slim AS npm
WORKDIR /src
COPY package.json package-lock.json ./
# Without the devDependencies (the HTML checker used by the tests).
RUN npm ci --omit=dev --no-audit --no-fund --loglevel=error

# --- Python packages, front-end assets, translations and static files -----------------
FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/*
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /app
COPY . .
# s3: media in object storage (AWS_STORAGE_BUCKET_NAME); search: OpenSearch (SEARCH_URL).
ARG EXTRAS=s3,search
RUN if [ -n "$EXTRAS" ]; then pip install ".[$EXTRAS]"; else pip install .; fi \
    && rm -rf build ./*.egg-info
# static/vendor from node_modules, as `make assets` does (the fonts are cut down with
# fontTools, which `pip install .` brought).
COPY --from=npm /src/node_modules node_modules
RUN PYTHON=python sh scripts/build_assets.sh && rm -rf node_modules
# The production settings need a secret key and host names to load; these two are for
# the build only and never reach the running container.
RUN export SECRET_KEY=build-only-not-a-secret ALLOWED_HOSTS=localhost \
        DJANGO_SETTINGS_MODULE=smartcity.settings.production LOG_FORMAT=plain \
    && python manage.py compilemessages --ignore=node_modules -v 0 \
    && python manage.py collectstatic --noinput -v 0 \
    && python -m compileall -q smartcity core programmes measures solutions publications \
        contacts news opendata

# --- runtime ---------------------------------------------------------------------------
FROM python:3.11-slim
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    DJANGO_SETTINGS_MODULE=smartcity.settings.production \
    MEDIA_ROOT=/app/media \
    GUNICORN_BIND=0.0.0.0:8000
RUN groupadd --system --gid 10001 smartcity \
    && useradd --system --uid 10001 --gid smartcity --home-dir /app --no-create-home \
        --shell /usr/sbin/nologin smartcity
COPY --from=build /opt/venv /opt/venv
# Code, compiled translations and collected static files, owned by root: the application
# can read but not change them. Only media/ (uploads) and imports/ are writable.
COPY --from=build /app /app
RUN mkdir -p /app/media /app/imports \
    && chown smartcity:smartcity /app/media /app/imports
WORKDIR /app
USER smartcity
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 \
    CMD ["python", "deploy/healthcheck.py"]
# Python finds the packages in /app (the working directory) before the copies that
# `pip install .` put into /opt/venv, so templates, locale/ and static files are found.
CMD ["gunicorn", "--config", "deploy/gunicorn.conf.py", "smartcity.wsgi:application"]
