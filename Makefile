# Two commands for everything: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# Two pytest-xdist workers, each with its own test database (test_<name>_gw0, …), content
# and browser; a test module stays on one worker. TEST_WORKERS=0 runs in one process.
TEST_WORKERS ?= 2
PYTEST_ARGS ?= -n $(TEST_WORKERS) --dist loadfile

.PHONY: run test install assets messages browser migrate demo lint format makemessages bench clean

run: install assets messages ## Set up and serve the portal on the SQLite default
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content
	$(MANAGE) ensure_dev_admin
	@echo "Serving on http://$(HOST):$(PORT)/ (German: /de/, English: /en/, admin: /admin/)"
	$(MANAGE) runserver $(HOST):$(PORT)

test: install assets messages browser ## Run the whole test suite
	$(BIN)/python -m pytest $(PYTEST_ARGS)
	@# Search must give the same answers on both databases: with DATABASE_URL set (CI runs
	@# on PostgreSQL) the search tests and the judged query set run again on SQLite.
	@if [ -n "$$DATABASE_URL" ]; then \
	  echo "Search tests and judged query set on SQLite as well:"; \
	  env -u DATABASE_URL $(BIN)/python -m pytest -n 0 search/tests measures/tests/test_search.py; \
	fi

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

install: $(VENV)/.installed

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

# Copy what the pages use from node_modules into static/vendor (not committed).
static/vendor/.built: node_modules/.package-lock.json scripts/build_assets.sh scripts/map_outline.py
	sh scripts/build_assets.sh
	touch $@

assets: static/vendor/.built

messages: install
	$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules -v 0

makemessages: install
	$(MANAGE) makemessages -l de -l en --ignore=.venv --ignore=node_modules --ignore=static --ignore=core/tests --no-obsolete
	$(MANAGE) makemessages -d djangojs -l de -l en --ignore=.venv --ignore=node_modules --ignore=static/vendor

# Browser tests drive Debian's Chromium; no browser is downloaded.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "Please install Debian's chromium package (sudo apt-get install chromium)."; exit 1; fi; }

migrate: install
	$(MANAGE) migrate --noinput

demo: migrate
	$(MANAGE) load_demo_content

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: install
	$(BIN)/python bench/measures.py

clean:
	rm -rf static/vendor staticfiles node_modules
