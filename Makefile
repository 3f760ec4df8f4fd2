# The two entry points of the README: `make site` builds the site, `make test` runs every test.
# Both set up what they need on a fresh machine (a virtual environment from the lock file;
# Debian's chromium for the browser tests; Debian's Java and the pinned Nu HTML Checker for the
# HTML validity test; pango and fonts for the PDFs; EPUBCheck and poppler for the books' tests).
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Debian's packages the build needs besides Python's: pango for WeasyPrint (the PDFs) and the
# Noto CJK fonts the PDFs embed
SYSTEM := $(VENV)/.system
SYSTEM_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 fonts-noto-cjk fonts-dejavu-core
# The JavaScript tools, pinned (exact versions and hashes) in package.json and package-lock.json:
# citeproc-js renders the citations at build time; the Nu HTML Checker, the search's stemmer and
# Lighthouse are for the tests and the benchmark
NODE := node_modules/.installed
# Silence two plugins' banners about MkDocs 2 (advice about the future, not about this build),
# so that any WARNING left in a build log is about the edition.
export NO_MKDOCS_2_WARNING := 1
export DISABLE_MKDOCS_2_WARNING := true

.PHONY: site test check serve lock release

site: $(STAMP) $(SYSTEM) $(NODE)
	$(BIN)/mkdocs build --strict

test: $(STAMP) $(SYSTEM) /usr/bin/chromium /usr/bin/java /usr/bin/epubcheck /usr/bin/pdftotext $(NODE)
	$(BIN)/ruff check src scripts tests
	$(BIN)/ruff format --check src scripts tests
	$(BIN)/mypy
	$(BIN)/pytest

# The inner loop (seconds): lint, types, and the fast unit tests on synthetic input.
check: $(STAMP) $(NODE)
	$(BIN)/ruff check src scripts tests
	$(BIN)/ruff format --check src scripts tests
	$(BIN)/mypy
	$(BIN)/pytest -q -m unit tests/unit

serve: $(STAMP) $(SYSTEM) $(NODE)
	$(BIN)/mkdocs serve

# A release of the version in data/edition.yml (README, "Versions and releases"): its record
# committed, the site built and committed under its version (alias latest) to the branch.
BRANCH ?= gh-pages
release: $(STAMP) $(SYSTEM) $(NODE)
	$(BIN)/python -m edition release --branch $(BRANCH)

$(STAMP): requirements.lock pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes -r requirements.lock
	# the edition's own package (src/edition: pipeline, MkDocs plugin), editable, with no
	# dependency of its own beyond the lock (its build backend is pinned in pyproject.toml)
	$(BIN)/pip install --quiet --no-deps --editable .
	touch $@

$(SYSTEM): $(STAMP)
	dpkg -s $(SYSTEM_PACKAGES) >/dev/null 2>&1 || { apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(SYSTEM_PACKAGES); }
	touch $@

# the validators of the offline books: EPUBCheck, and poppler's pdftotext, pdffonts and pdftohtml
/usr/bin/epubcheck: | /usr/bin/java
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq epubcheck

/usr/bin/pdftotext:
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils

/usr/bin/chromium:
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

/usr/bin/java:
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless

/usr/bin/npm:
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm

# --ignore-scripts: the package's postinstall would download a Java runtime of its own where it finds
# none (Debian's is installed above). The stamp: an unpacked file may keep the package's own date,
# older than the lock. To move to another version: change it in package.json, then
# `npm install --package-lock-only --ignore-scripts`.
$(NODE): package.json package-lock.json | /usr/bin/npm
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

# Re-pin every dependency (exact versions and hashes) after changing pyproject.toml.
lock: $(STAMP)
	$(BIN)/pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --extra test --generate-hashes --strip-extras --allow-unsafe -o requirements.lock pyproject.toml
