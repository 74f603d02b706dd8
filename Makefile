# Me-Cloud: `make run` starts the app, `make test` runs every test. Both set everything up first
# (the Debian packages Qt needs when run as root, the venv, the translations).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# Debian packages: Qt offscreen + a real X server, a Secret Service for keyring tests, PDF tools, Java for Spark,
# the validators the packaging tests use.
APT_PACKAGES := libglib2.0-0 libgl1 libegl1 libx11-6 libdbus-1-3 libfontconfig1 libxkbcommon0 \
	fonts-dejavu-core xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
	libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0 \
	gnome-keyring dbus-daemon dbus-x11 poppler-utils desktop-file-utils appstream age \
	libwayland-client0 libwayland-cursor0 libwayland-egl1 x11-utils \
	libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 default-jre-headless

.PHONY: run demo test lint system-deps venv bench screenshots package deb fuzz translations clean

run: system-deps venv translations
	$(BIN)/mecloud

demo: system-deps venv translations
	$(BIN)/python -m ui.desktop.demo

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# setuptools tells every editable install to mind same-named folders (a UserWarning, information only): quiet.
	PYTHONWARNINGS=ignore::UserWarning $(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Installs only what is missing, and only where we may (root with apt); otherwise says what is missing.
system-deps:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "installing: $$missing"; \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null \
		|| { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; }; \
	else echo "missing Debian packages (install them as root): $$missing"; fi

translations: venv
	@if [ -f ui/desktop/translations_build.py ]; then $(BIN)/python -m ui.desktop.translations_build; fi

test: system-deps venv translations
	$(BIN)/ruff check .
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: venv
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

bench: venv
	$(BIN)/python -m pip install --quiet -e ".[bench]"
	$(BIN)/python -m benchmarks.run

screenshots: system-deps venv translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ui.desktop.screenshots docs/screenshots
	$(BIN)/python -m ui.reports.sample_pages docs/screenshots

# The CI suite runs every fuzz test with a fixed example budget; this runs them again and again with
# fresh seeds (FUZZ_ROUNDS=100 make fuzz for a night).
FUZZ_ROUNDS ?= 20
fuzz: venv
	@for i in $$(seq 1 $(FUZZ_ROUNDS)); do \
		seed=$$(od -An -N4 -tu4 /dev/urandom | tr -d ' '); echo "fuzz round $$i, seed $$seed"; \
		QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -k fuzz --hypothesis-seed=$$seed tests || exit 1; \
	done

package: venv
	$(MAKE) -C packaging package

# The .deb's dependency check needs the Qt/X libraries installed on the build machine (system-deps).
deb: system-deps package
	$(MAKE) -C packaging deb

clean:
	rm -rf build dist $(VENV) *.egg-info
