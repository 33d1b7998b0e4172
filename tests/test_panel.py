"""The answer panel driven from Python: form and JSON edits, Run, invalid edits, failing fits."""
from __future__ import annotations

import json

import numpy as np
import pytest

import jupyter_causal as jc
from jupyter_causal.errors import FitError
from jupyter_causal.explain import fmt
from jupyter_causal.render.panel import CausalPanel, RunOptions
from jupyter_causal.schema import Task
from jupyter_causal.tools import registry

from .conftest import frame_fingerprint


@pytest.fixture
def panel(ate_df):
    df, truth = ate_df
    p = CausalPanel(df, query=truth.query, data_name="tutoring")
    assert p.run() is not None
    return p


def _columns(panel: CausalPanel) -> list[str]:
    return [str(c) for c in panel.df.columns]


def test_runs_the_query_and_shows_numbers_plot_explanation_and_code(panel, ate_df) -> None:
    df, truth = ate_df
    a = panel.analysis
    assert a is not None and a.result is not None
    cells = [w.value for w in panel.table.children]
    assert f"{truth.query.treatment} = 1 vs 0: effect on {truth.query.outcome}" in cells
    assert fmt(a.result.estimate) in cells
    assert panel.plots.children and panel.plots.children[0].value[:4] == b"\x89PNG"
    assert str(a.explanation.text)[:40] in panel.explanation.value.replace("&#x27;", "'")
    assert "jc.analyze(query, df" in panel.code.value and repr(truth.query.outcome) in panel.code.value
    assert "Fitted with dr_learner" in panel.status.value and panel.error.value == ""
    assert f"adjusted for {a.result.controls[0]}" in panel.status.value  # the table's other columns, named
    # The code view reproduces the analysis without the panel.
    namespace: dict = {"df": df}
    exec(panel.code.value.replace("print(analysis.explanation)", ""), namespace)  # our own generated code, not model output
    assert namespace["analysis"].result.estimate == pytest.approx(a.result.estimate)


def test_a_form_edit_is_what_runs(panel, ate_df) -> None:
    df, truth = ate_df
    editor = panel.editor
    other = next(c for c in _columns(panel) if c not in (truth.query.treatment, truth.query.outcome) and df[c].nunique() > 10)
    editor.outcome.value = other
    assert json.loads(editor.json.value)["outcome"] == other  # JSON view follows the form
    panel.run_button.click()
    assert panel.analysis.query.outcome == other and panel.analysis.result.outcome == other


def test_a_json_edit_updates_the_form_and_runs(panel, ate_df) -> None:
    df, truth = ate_df
    data = json.loads(panel.editor.json.value)
    data["method"] = "linear_dml"
    panel.editor.json.value = json.dumps(data)
    assert panel.editor.method.value == "linear_dml"
    panel.run_button.click()
    assert panel.analysis.result.method == "linear_dml"


def test_condition_rows_from_the_form(panel, ate_df) -> None:
    df, truth = ate_df
    editor = panel.editor
    editor.task.value = "HTE"
    editor.rows["condition"].children[0].children[2].click()  # "Add condition"
    row = editor.conditions.children[0]
    numeric = next(c for c in _columns(panel) if c not in (truth.query.treatment, truth.query.outcome) and df[c].nunique() > 10)
    row.column.value = numeric
    row.op.value = ">="
    row.value.value = str(float(np.median(df[numeric])))
    data = json.loads(editor.json.value)
    assert data["condition"] == [{"column": numeric, "op": ">=", "value": float(np.median(df[numeric]))}]
    panel.run_button.click()
    assert panel.analysis.query.task is Task.HTE and panel.analysis.result.condition[0]["column"] == numeric


def test_invalid_json_shows_its_message_and_runs_nothing(panel) -> None:
    before = panel.analysis
    panel.editor.json.value = '{"task": "ATE", "treatment": '
    assert panel.editor.query is None and "JSON" in panel.editor.messages["json"].value
    assert panel.run_button.disabled
    assert panel.run() is None and panel.analysis is before
    assert "Error" in panel.error.value


def test_unknown_column_message_sits_beside_the_field_with_the_nearest_names(panel, ate_df) -> None:
    df, truth = ate_df
    data = json.loads(panel.editor.json.value)
    data["treatment"] = truth.query.treatment.upper() + "x"
    panel.editor.json.value = json.dumps(data)
    message = panel.editor.messages["treatment"].value
    assert "no column" in message and repr(truth.query.treatment).replace("'", "&#x27;") in message
    assert panel.run_button.disabled


def test_a_failing_fit_is_shown_and_the_panel_stays_usable(panel, ate_df) -> None:
    df, truth = ate_df
    fingerprint = frame_fingerprint(df)

    def broken(plan):
        raise np.linalg.LinAlgError("Singular matrix")

    def refused(plan):
        raise FitError("The model did not converge.", fix="Try another method.")

    def interrupted(plan):
        raise KeyboardInterrupt

    registry.register(Task.ATE, "broken_for_test", summary="always fails")(broken)
    registry.register(Task.ATE, "refused_for_test", summary="always refuses")(refused)
    registry.register(Task.ATE, "interrupted_for_test", summary="always interrupted")(interrupted)
    try:
        panel.editor.set_query(jc.CausalQuery.from_dict({**truth.query.to_dict(), "method": "broken_for_test"}))
        assert panel.run() is None
        assert "broken_for_test failed: LinAlgError" in panel.error.value and not panel.run_button.disabled
        panel.editor.set_query(jc.CausalQuery.from_dict({**truth.query.to_dict(), "method": "refused_for_test"}))
        assert panel.run() is None
        assert "did not converge" in panel.error.value and "Try another method" in panel.error.value
        panel.editor.set_query(jc.CausalQuery.from_dict({**truth.query.to_dict(), "method": "interrupted_for_test"}))
        assert panel.run() is None and "Interrupted" in panel.error.value
        panel.editor.method.value = ""  # "default"
        panel.run_button.click()
        assert panel.analysis.result.method == "dr_learner" and panel.error.value == ""
    finally:
        registry._METHODS[Task.ATE].pop("broken_for_test")
        registry._METHODS[Task.ATE].pop("refused_for_test")
        registry._METHODS[Task.ATE].pop("interrupted_for_test")
    assert frame_fingerprint(df) == fingerprint


def test_task_change_shows_the_fields_of_that_task(panel) -> None:
    editor = panel.editor
    editor.task.value = "CGL"
    assert editor.rows["treatment"].layout.display == "none" and editor.rows["nodes"].layout.display is None
    assert json.loads(editor.json.value)["treatment"] is None
    editor.task.value = "MA"
    assert editor.rows["mediator"].layout.display is None


def test_a_parser_failure_is_shown_in_the_panel(ate_df) -> None:
    df, _ = ate_df

    def no_parser():
        raise jc.NoParserError("No adapter found at nowhere.", fix="Pass adapter= a folder written by jupyter-causal train.")

    p = CausalPanel(df, question="Does tutoring help?", options=RunOptions(parser=no_parser))
    assert p.ask() is None
    assert "No adapter found" in p.error.value and p.analysis is None
    bundle = p._repr_mimebundle_()
    assert "No adapter found" in bundle["text/plain"]


def test_widget_state_holds_query_numbers_and_explanation(panel) -> None:
    state = json.dumps([w.get_state() for w in _walk(panel)], default=lambda v: "<binary>")
    a = panel.analysis
    assert a.query.treatment in state and fmt(a.result.estimate) in state
    assert json.dumps(a.explanation.text)[1:40] in state


def _walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _walk(child)


def test_a_policy_objective_is_edited_in_the_form_and_the_json(panel) -> None:
    editor = panel.editor
    editor.task.value = "OPO"
    assert editor.rows["objective"].layout.display is None and "objective" not in json.loads(editor.json.value)
    editor.objective.value = "min"
    assert json.loads(editor.json.value)["objective"] == "min"
    data = json.loads(editor.json.value)
    data["objective"] = "max"
    editor.json.value = json.dumps(data)
    assert editor.objective.value == "max"
    editor.task.value = "ATE"
    assert editor.rows["objective"].layout.display == "none" and "objective" not in json.loads(editor.json.value)


def test_an_interval_level_is_edited_in_the_form_and_the_json_and_runs(panel) -> None:
    editor, wide = panel.editor, panel.analysis.result
    assert editor.rows["ci_level"].layout.display is None and "ci_level" not in json.loads(editor.json.value)
    editor.ci_level.value = 0.8
    assert json.loads(editor.json.value)["ci_level"] == 0.8
    panel.run_button.click()
    narrow = panel.analysis.result
    assert narrow.ci_level == 0.8 and narrow.estimate == pytest.approx(wide.estimate)
    assert wide.ci[0] < narrow.ci[0] < narrow.ci[1] < wide.ci[1]
    assert "80% CI" in panel.analysis.explanation.text
    data = json.loads(editor.json.value)
    data["ci_level"] = 90  # a percent where a share is wanted: the message says which share
    editor.json.value = json.dumps(data)
    assert editor.query is None and "Write 0.9 for a 90% interval" in editor.messages["ci_level"].value
