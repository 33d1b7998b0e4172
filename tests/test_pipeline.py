from __future__ import annotations

import json

import pandas as pd
import pytest
from matplotlib.figure import Figure

import jupyter_causal as jc
from jupyter_causal import CausalQuery, NoParserError, Result, Task
from jupyter_causal.profile import DataProfile


def test_analyze_accepts_query_dict_json_and_llm4causal(ate_df) -> None:
    df, truth = ate_df
    t, y = truth.query.treatment, truth.query.outcome
    by_object = jc.analyze(truth.query, df)
    by_dict = jc.analyze({"task": "ATE", "treatment": t, "outcome": y}, df)
    by_json = jc.analyze(json.dumps({"task": "ATE", "treatment": t, "outcome": y}), df)
    by_paper = jc.analyze(f"{{'causal_problem': ['CEL', 'ATE'], 'dataset': ['x.csv'], 'treatment': ['{t}'], 'response': ['{y}']}}", df)
    estimates = {a.result.estimate for a in (by_object, by_dict, by_json, by_paper)}
    assert len(estimates) == 1
    assert by_object.question is None and by_object.parser is None


def test_to_dict_is_json_and_round_trips(ate_df) -> None:
    df, truth = ate_df
    a = jc.analyze(truth.query, df, data_name="df", seed=3)
    d = json.loads(a.to_json())
    assert set(d) >= {"query", "result", "explanation"}
    assert CausalQuery.from_dict(d["query"]) == a.query
    assert Result.from_dict(d["result"]) == a.result
    assert d["explanation"] == str(a.explanation) and d["settings"]["seed"] == 3
    assert d["timings"]["total"] >= d["timings"]["fit"] > 0


def test_question_without_parser_says_what_to_do(ate_df, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("JUPYTER_CAUSAL_ADAPTER", str(tmp_path / "no-adapter"))
    jc.use_parser(None)
    df, _ = ate_df
    with pytest.raises(NoParserError, match="No question parser.*No adapter found.*JSON query"):
        jc.analyze("Does the programme raise earnings?", df)
    with pytest.raises(NoParserError):
        jc.parse("Does the programme raise earnings?", df)


class KeywordParser:
    """A deliberately simple parser standing in for the model: outcome = last column, treatment = the binary one."""

    name = "keyword-test-parser"

    def parse(self, question: str, profile: DataProfile, *, task: Task | None = None) -> CausalQuery:
        binary = [c.name for c in profile.columns if c.kind == "binary" and c.numeric]
        return CausalQuery.from_dict({"task": task or "ATE", "treatment": binary[0], "outcome": self.outcome})

    outcome = ""


def test_a_registered_parser_is_used(ate_df) -> None:
    df, truth = ate_df
    parser = KeywordParser()
    parser.outcome = truth.query.outcome
    binaries = [c for c in df.columns if df[c].nunique() == 2 and df[c].dtype != object]
    jc.use_parser(parser)
    try:
        a = jc.analyze("What does the treatment do?", df)
        assert a.parser == "keyword-test-parser" and a.question == "What does the treatment do?"
        assert a.query.treatment == binaries[0] and "parse" in a.timings
    finally:
        jc.use_parser(None)


def test_unsupported_query_runs_nothing(ate_df) -> None:
    df, _ = ate_df
    a = jc.analyze({"task": "UNSUPPORTED", "reason": "it asks for an instrumental-variable estimate"}, df)
    assert a.result is None and "instrumental-variable" in a.explanation.text and "nothing was run" in a.explanation.text
    assert a.figures == {}


def test_method_override_and_unknown_method(ate_df) -> None:
    df, truth = ate_df
    assert jc.analyze(truth.query, df, method="linear_dml").result.method == "linear_dml"
    with pytest.raises(jc.PlanError, match="no method"):
        jc.analyze(truth.query, df, method="ols")


@pytest.mark.parametrize("task", ["CGL", "ATE", "HTE", "MA", "OPO"])
def test_figures_for_every_task(task: str, tmp_path) -> None:
    df, truth = jc.make_dataset(task, n=800, seed=2)
    a = jc.analyze(truth.query, df, n_bootstrap=20)
    figures = a.figures
    assert figures and all(isinstance(f, Figure) for f in figures.values())
    for name, fig in figures.items():
        path = tmp_path / f"{name}.png"
        fig.savefig(path)
        assert path.stat().st_size > 5000
        assert fig.axes and fig.axes[0].has_data()


def test_infinite_values_are_dropped_and_counted() -> None:
    df = pd.DataFrame({"t": [0, 1] * 40, "y": [1.0, 2.5] * 40, "x": [float("inf")] * 5 + [1.0, 2.0, 3.0] * 25})
    r = jc.analyze({"task": "ATE", "treatment": "t", "outcome": "y"}, df).result
    assert r.n_rows_dropped == 5 and r.drop_reasons == {"infinite x": 5}
    mostly_infinite = df.assign(x=[float("inf")] * 60 + list(range(20)))
    with pytest.raises(jc.PlanError, match="Only 20 usable rows.*infinite x: 60"):
        jc.analyze({"task": "ATE", "treatment": "t", "outcome": "y"}, mostly_infinite)


def test_no_controls_is_a_comparison_of_means() -> None:
    df = pd.DataFrame({"t": [0, 1] * 40, "y": [1.0, 3.0] * 40})
    r = jc.analyze({"task": "ATE", "treatment": "t", "outcome": "y"}, df).result
    assert abs(r.estimate - 2.0) < 1e-6


def test_results_say_what_they_adjusted_for(ate_df) -> None:
    """Every effect names its controls (a categorical one once, not per level), and the reports show them."""
    df, truth = ate_df
    t, y = truth.query.treatment, truth.query.outcome
    everything = jc.analyze({"task": "ATE", "treatment": t, "outcome": y}, df, explain=False)
    others = [c for c in df.columns if c not in (t, y)]
    assert set(everything.result.controls) <= set(others) and len(everything.result.controls) == len(set(everything.result.controls))
    assert everything.result.controls == tuple(c for c in df.columns if c in everything.result.controls)  # the table's order
    named = jc.analyze({"task": "ATE", "treatment": t, "outcome": y, "controls": others[:2]}, df, explain=False)
    assert named.result.controls == tuple(others[:2])
    assert f"Adjusted for: {others[0]} and {others[1]}" in str(named) and f"**Adjusted for:** {others[0]} and {others[1]}" in (
        named._repr_markdown_())
    bare = jc.analyze({"task": "ATE", "treatment": "t", "outcome": "y"}, pd.DataFrame({"t": [0, 1] * 40, "y": [1.0, 3.0] * 40}))
    assert bare.result.controls == () and "Adjusted for: none" in str(bare)
    graph = jc.analyze({"task": "CGL"}, df.select_dtypes("number"), explain=False)
    assert graph.result.controls == () and "Adjusted for" not in str(graph)


def test_failures_inside_a_method_become_fit_errors(monkeypatch) -> None:
    """An exception raised inside a fit reaches the user as a FitError naming the method, not a traceback."""
    from jupyter_causal.schema import Task
    from jupyter_causal.tools import registry

    def fails(plan):
        raise ValueError("n_splits=2 cannot be greater than the number of members in each class")

    method = registry.Method(task=Task.ATE, name="fails", fit=fails, summary="always fails")
    monkeypatch.setitem(registry._METHODS[Task.ATE], "fails", method)
    df, truth = jc.make_dataset("ATE", n=300, seed=0)
    with pytest.raises(jc.FitError, match="fails failed: ValueError: n_splits") as info:
        jc.analyze(truth.query, df, method="fails")
    assert info.value.fix and "method" in info.value.fix
