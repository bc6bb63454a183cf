# Two commands matter: `make run` and `make test` (see README.md).
# The Python of .venv: PYTHON if given (`make PYTHON=python3.12`), otherwise the newest of
# python3.13, python3.12 and python3.11 found (scripts/find-python). CI also runs the SQLite
# suite on 3.11, the oldest version pyproject.toml allows, in var/venv-3.11 (under var/, so that
# ruff, makemessages and compilemessages leave it alone).
PYTHON ?=
VENV := .venv
OLDEST_PYTHON := 3.11
OLDEST_VENV := var/venv-$(OLDEST_PYTHON)
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
POSTGRES_URL ?= postgres://kennispunt:kennispunt@127.0.0.1:5432/kennispunt
REDIS_TEST_URL ?= redis://127.0.0.1:6379/1

.PHONY: run run-scheduler worker install migrate demo messages test test-sqlite test-sqlite-py311 test-postgres test-opensearch test-stack checks lint format services a11y-deps api-client-deps clean

run: install messages migrate
	$(MANAGE) load_demo_content --if-empty
	$(MANAGE) ensure_superuser
	@if [ -n "$(WITH_SCHEDULER)" ]; then \
	  echo "run_scheduled every minute beside the server (WITH_SCHEDULER)"; \
	  (while true; do $(MANAGE) run_scheduled; sleep 60; done) & \
	  trap 'kill $$!' EXIT; $(MANAGE) runserver $(HOST):$(PORT); \
	else $(MANAGE) runserver $(HOST):$(PORT); fi

# The scheduled jobs every minute, for a developer who wants scheduled publishing locally.
run-scheduler: install migrate
	while true; do $(MANAGE) run_scheduled; sleep 60; done

# The database task worker (start the server with TASKS_BACKEND=database to use it).
worker: install migrate
	TASKS_BACKEND=database $(MANAGE) db_worker

# Runs every time: scripts/venv makes the venv anew if its Python version is not the one chosen,
# and installs only when pyproject.toml changed.
install:
	@scripts/venv $(VENV) "$(PYTHON)"

migrate: install
	$(MANAGE) migrate --noinput

demo: migrate
	$(MANAGE) load_demo_content

messages: install
	@if [ -d locale ]; then $(MANAGE) compilemessages --ignore=.venv --ignore=var -v 0; fi

checks: install messages
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) makemigrations --check --dry-run
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

services:
	scripts/services start all

test: checks services a11y-deps api-client-deps test-sqlite test-postgres test-opensearch test-stack test-sqlite-py311

# The browser checks use Debian's Chromium and axe-core from npm (no browser download).
a11y-deps:
	scripts/services ensure-package chromium
	command -v node >/dev/null || scripts/services ensure-package nodejs
	command -v npm >/dev/null || scripts/services ensure-package npm
	cd tests/accessibility && npm ci --no-audit --no-fund --silent

# The typed API client check uses openapi-typescript and tsc from npm.
api-client-deps:
	cd tests/api/typescript && npm ci --no-audit --no-fund --silent

# The browser checks and the contract suite judge the HTML and the API from outside a running
# server: they run once, against the whole production stack (test-stack).
test-sqlite: install
	scripts/run-tests sqlite -m "not browser and not contract"

# The SQLite suite on the oldest supported Python, so that it keeps working.
test-sqlite-py311: messages
	@scripts/venv $(OLDEST_VENV) "" $(OLDEST_PYTHON)
	VENV=$(OLDEST_VENV) scripts/run-tests "sqlite, Python $(OLDEST_PYTHON)" -m "not browser and not contract"

test-postgres: install services
	DATABASE_URL=$(POSTGRES_URL) REDIS_URL=$(REDIS_TEST_URL) scripts/run-tests postgres -m "not browser and not contract"

# The search suite against a real OpenSearch node (scripts/search-node), in its own indexes.
# The node's first start installs a JDK and Maven from Debian's packages when they are missing.
# Without a node the run is skipped with a warning; with CI=true it fails.
SEARCH_TEST_URL ?= http://127.0.0.1:9200
test-opensearch: install
	@if scripts/search-node start; then \
	  SEARCH_URL=$(SEARCH_TEST_URL) SEARCH_INDEX_PREFIX=test_kennispunt_ \
	    scripts/run-tests opensearch tests/search tests/hostile; \
	elif [ "$$CI" = "true" ]; then \
	  echo "ERROR: the OpenSearch node did not start (CI=true)." >&2; exit 1; \
	else \
	  echo "WARNING: no OpenSearch node; the search tests did not run on OpenSearch." >&2; \
	fi

# What production runs, on loopback (scripts/stack: gunicorn with the production settings and
# 2 workers, the task worker, the scheduler, SMTP, PostgreSQL, Redis, OpenSearch, the demo
# content): the decoupled app's contract suite, the browser checks and the load run against it.
# Its search is a cluster of its own of STACK_SEARCH_CLUSTER nodes (indexes with a replica), so
# the load run can stop a node; the single node is started first for its JDK and jars.
STACK_DIR ?= var/stack
STACK_SEARCH_CLUSTER ?= 3
test-stack: install services a11y-deps api-client-deps
	@if ! scripts/search-node start; then \
	  if [ "$$CI" = "true" ]; then echo "ERROR: the whole stack needs OpenSearch (CI=true)." >&2; exit 1; fi; \
	  echo "WARNING: no OpenSearch node; the whole-stack stage did not run." >&2; exit 0; \
	fi; \
	$(BIN)/python scripts/stack stop $(STACK_DIR); \
	STACK_SEARCH_CLUSTER=$(STACK_SEARCH_CLUSTER) $(BIN)/python scripts/stack start $(STACK_DIR) || exit 1; \
	KENNISPUNT_STACK=$(STACK_DIR)/stack.json scripts/run-tests "the whole stack" \
	  tests/contract tests/accessibility tests/stack; \
	status=$$?; $(BIN)/python scripts/stack stop $(STACK_DIR); exit $$status

lint: install
	$(BIN)/ruff check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) var db.sqlite3 *.egg-info
