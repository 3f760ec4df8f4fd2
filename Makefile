# The two entry points of the README: `make site` builds the site, `make test` runs every test.
# Both set up what they need on a fresh machine (a virtual environment from the lock file;
# Debian's chromium for the browser tests).
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Silence two plugins' banners about MkDocs 2 (advice about the future, not about this build),
# so that any WARNING left in a build log is about the edition.
export NO_MKDOCS_2_WARNING := 1
export DISABLE_MKDOCS_2_WARNING := true

.PHONY: site test serve lock

site: $(STAMP)
	$(BIN)/mkdocs build --strict

test: $(STAMP) /usr/bin/chromium
	$(BIN)/ruff check scripts tests
	$(BIN)/ruff format --check scripts tests
	$(BIN)/pytest

serve: $(STAMP)
	$(BIN)/mkdocs serve

$(STAMP): requirements.lock pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes -r requirements.lock
	# the edition's own package (src/edition: pipeline, MkDocs plugin), editable, with no
	# dependency of its own beyond the lock (its build backend is pinned in pyproject.toml)
	$(BIN)/pip install --quiet --no-deps --editable .
	touch $@

/usr/bin/chromium:
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

# Re-pin every dependency (exact versions and hashes) after changing pyproject.toml.
lock: $(STAMP)
	$(BIN)/pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --extra test --generate-hashes --strip-extras --allow-unsafe -o requirements.lock pyproject.toml
