# Argument-analysis notebook suite. `make help` lists the targets.
.DEFAULT_GOAL := all
SHELL := /bin/bash

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9][0-9]_*.ipynb)) notebooks/source_profile.ipynb
EXERCISES := notebooks/07_exercises.ipynb
HANDOUT_NOTEBOOKS = $(filter-out notebooks/source_profile.ipynb $(EXERCISES),$(NOTEBOOKS))
DOC_IDS = $(shell tail -n +2 seeds/sources.csv | cut -d, -f1)
PROFILES = $(DOC_IDS:%=reports/sources/%.ipynb)
# Stable set ordering and an inline matplotlib backend make notebook outputs reproducible.
RUN_ENV := env -u MPLBACKEND PYTHONHASHSEED=0
# Executes notebooks (skipping those whose stamp in reports/.stamps/ matches their inputs) and exports handouts.
HANDOUTS = $(RUN_ENV) $(BIN)/python -m analysis.teaching.handouts

.PHONY: all setup data notebooks figures reports html test evaluate agreement lab bench framing-layer clean help check-article coding-sheet

all: setup data notebooks ## Main job: set up .venv, build data/processed/, execute the notebooks

$(STAMP): pyproject.toml requirements.lock
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found; install Python 3.11 or run 'make PYTHON=/path/to/python3.11'" >&2; exit 2; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[test]'
	touch $@

setup: $(STAMP) ## Create .venv and install the project (editable) with every pinned dependency

data: setup ## Build the Parquet tables in data/processed/ from seeds/
	$(RUN_ENV) $(BIN)/python -m analysis build --seeds seeds --out data/processed

notebooks: data ## Execute in place with papermill each notebook whose inputs changed (FORCE=1: all; outputs are committed)
	$(HANDOUTS) execute $(if $(FORCE),--force) $(NOTEBOOKS)

check-article: data ## Check an added article and list what it adds: make check-article FILE=seeds/NEW.txt
	@test -n "$(FILE)" || { echo "error: name the article: make check-article FILE=seeds/NEW.txt" >&2; exit 2; }
	$(RUN_ENV) $(BIN)/python -m analysis check-article "$(FILE)"

coding-sheet: data ## Copy the blank coding sheet to coding/coding_sheet.csv (never over a filled-in one)
	$(BIN)/python -m analysis coding-sheet

figures: FORCE = 1
figures: notebooks ## Regenerate every figure in reports/figures/ (through the notebooks, all re-executed)

reports: data ## Render notebooks/source_profile.ipynb into reports/sources/<doc_id>.ipynb for each source whose inputs changed
	$(HANDOUTS) profiles $(if $(FORCE),--force) --out reports/sources $(DOC_IDS)

html: notebooks reports ## Export the notebooks and source profiles print-ready (A4) to reports/html/ with an index.html
	@rm -rf reports/html
	$(HANDOUTS) export --out reports/html --keep-code $(EXERCISES) $(HANDOUT_NOTEBOOKS) $(EXERCISES) $(PROFILES)

test: data ## Run every test: unit, integration, strict nbval on notebooks/ and the handouts printed in Chromium
	$(RUN_ENV) $(BIN)/python -m pytest

evaluate: setup ## Score sections, quotations and framing on the seeds (in-sample), the devset, data/devown and data/heldout, with baselines
	$(RUN_ENV) $(BIN)/python -m analysis.evaluation --check-ids $(LAYER_CHECK_IDS)

agreement: setup ## How far a second, independent reader agrees with the gold, beside the suite, on the sets read twice
	$(RUN_ENV) $(BIN)/python -m analysis.evaluation.agreement

lab: setup ## Open JupyterLab on the project with the project's kernel
	$(BIN)/jupyter lab --notebook-dir=.

bench: setup ## Benchmark the build on synthetic articles (50 to 1,000; long) into bench/RESULTS.md
	$(RUN_ENV) $(BIN)/python bench/bench_build.py

# The learned framing layer is trained on data/devown less its check group, which the bench scores in aggregate only.
LAYER_CHECK_IDS ?= 925-930
# The form the layer file names: G_m, G with additions from 0.60 (shipped since the fortieth session; G was shipped off
# before it, and G_ps was tested in the thirty-ninth session and not adopted; G_mp, G_m with proper nouns masked in
# its words, in the forty-first).
LAYER_FORM ?= G_m

framing-layer: setup ## Retrain the learned framing layer (form LAYER_FORM=G_m, the shipped one; G, G_ps or G_mp as an option) into src/analysis/resources/framing_layer.json from data/devown less the check group (LAYER_CHECK_IDS=; long; not part of make)
	mkdir -p data/interim
	$(RUN_ENV) PYTHONPATH=src $(BIN)/python bench/framing_model.py --look data/devown --look-without $(LAYER_CHECK_IDS) \
		--check data/devown --check-ids $(LAYER_CHECK_IDS) \
		--cache data/interim/model_cache --units data/interim/model_units.parquet --grouped-folds \
		--form $(LAYER_FORM) --export src/analysis/resources/framing_layer.json

clean: ## Remove built tables, the build cache, figures and reports (keeps .venv and seeds/)
	find data/processed -mindepth 1 ! -name .gitkeep -delete
	rm -rf data/interim reports/figures reports/sources reports/html reports/.stamps .pytest_cache

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-14s %s\n", $$1, $$2}'
