# UA Writer. Quick start: `make run` (the app) and `make test` (the whole test suite).
# Both create .venv from a Python >= 3.12 found on this machine (scripts/find-python).

VENV    := .venv
PY      := $(VENV)/bin/python
STAMP   := $(VENV)/.installed
export QT_QPA_PLATFORM ?= offscreen

TS_FILES := $(wildcard translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
GUI_SOURCES := $(wildcard src/uawriter/gui/*.py)

.PHONY: run test check lint format typecheck bench system-deps clean translations update-translations

$(STAMP): pyproject.toml
	@PYTHON_BIN=$$(scripts/find-python) && \
	  { [ -x $(PY) ] && $(PY) -c 'import sys; sys.exit(sys.version_info < (3, 12))' \
	    || { rm -rf $(VENV) && "$$PYTHON_BIN" -m venv $(VENV); }; }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	@touch $(STAMP)

# Compile the interface translations (.ts, edited by translators) to what Qt loads (.qm).
translations: $(QM_FILES)

translations/%.qm: translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts files from the source after changing interface texts.
# English needs only its plural forms ("1 page", "2 pages"): -pluralonly.
update-translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $(GUI_SOURCES) -ts $(filter-out %_en.ts,$(TS_FILES))
	$(VENV)/bin/pyside6-lupdate -no-obsolete -pluralonly $(GUI_SOURCES) -ts translations/uawriter_en.ts

run: system-deps $(STAMP) translations
	QT_QPA_PLATFORM= $(VENV)/bin/uawriter

system-deps:
	@scripts/system-deps

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/ruff format --check src tests bench

typecheck: $(STAMP)
	$(VENV)/bin/mypy

format: $(STAMP)
	$(VENV)/bin/ruff format src tests bench
	$(VENV)/bin/ruff check --fix src tests bench

test: system-deps $(STAMP) translations lint typecheck
	$(VENV)/bin/pytest

bench: $(STAMP)
	$(PY) bench/export_bench.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache src/*.egg-info

# ---- Installers (packaging/README.md) --------------------------------------------------
# make bundle        the app as one folder, dist/UAWriter/ (PyInstaller, packaging/uawriter.spec)
# make bundle-smoke  run the bundle for real: CLI, export read back with pdftotext, window
# make dist-linux    dist/uawriter-<version>-linux-<arch>.tar.gz: the bundle + install.sh
.PHONY: bundle bundle-smoke dist-linux

PYINSTALLER  := $(VENV)/bin/pyinstaller
APP_VERSION   = $(shell sed -n 's/^__version__ = "\(.*\)"$$/\1/p' src/uawriter/__init__.py)
LINUX_DIST    = uawriter-$(APP_VERSION)-linux-$(shell uname -m)

$(PYINSTALLER): $(STAMP)
	$(PY) -m pip install --quiet "pyinstaller>=6.10"
	@touch $@

bundle: $(STAMP) $(PYINSTALLER) translations
	rm -rf dist/UAWriter
	$(PYINSTALLER) packaging/uawriter.spec --noconfirm --distpath dist --workpath build/pyinstaller
	@du -sh dist/UAWriter

bundle-smoke:
	packaging/smoke-test-bundle dist/UAWriter

dist-linux: bundle
	rm -rf build/$(LINUX_DIST) dist/$(LINUX_DIST).tar.gz
	mkdir -p build/$(LINUX_DIST)/icons
	cp -a dist/UAWriter build/$(LINUX_DIST)/
	cp packaging/linux/install.sh packaging/linux/README.txt \
	   packaging/linux/org.uawriter.UAWriter.desktop packaging/linux/org.uawriter.UAWriter.metainfo.xml \
	   build/$(LINUX_DIST)/
	cp resources/icons/org.uawriter.UAWriter.svg resources/icons/org.uawriter.UAWriter-*.png \
	   build/$(LINUX_DIST)/icons/
	cp LICENSE build/$(LINUX_DIST)/
	tar -C build --sort=name --owner=0 --group=0 --numeric-owner \
	  --use-compress-program='gzip -9n' -cf dist/$(LINUX_DIST).tar.gz $(LINUX_DIST)
	@ls -l dist/$(LINUX_DIST).tar.gz
