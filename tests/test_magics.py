"""The %%causal magic in a real IPython shell: line options, DataFrame auto-pick, _causal, history, reprs."""
from __future__ import annotations

import json

import pytest
from IPython.core.error import UsageError
from IPython.core.interactiveshell import InteractiveShell
from IPython.utils.capture import capture_output

import jupyter_causal as jc
from jupyter_causal.magics import pick_dataframe

from .conftest import frame_fingerprint

WIDGET = "application/vnd.jupyter.widget-view+json"


@pytest.fixture(scope="module")
def shell():
    ip = InteractiveShell.instance()
    ip.run_line_magic("load_ext", "jupyter_causal")
    yield ip
    jc.use_parser(None)


@pytest.fixture
def data(shell, ate_df):
    df, truth = ate_df
    for name in [k for k, v in shell.user_ns.items() if k.startswith(("df", "other")) and hasattr(v, "columns")]:
        del shell.user_ns[name]
    shell.user_ns["df"] = df
    return df, truth


def _query(truth, **extra) -> str:
    return json.dumps({**truth.query.to_dict(), **extra})


def _run(shell, line: str, body: str):
    with capture_output() as cap:
        shell.run_cell_magic("causal", line, body)
    return cap


def test_a_json_cell_shows_a_panel_and_sets_causal_and_history(shell, data) -> None:
    df, truth = data
    before = len(jc.history())
    fingerprint = frame_fingerprint(df)
    cap = _run(shell, "df", _query(truth))
    assert any(WIDGET in o.data for o in cap.outputs)
    final = cap.outputs[-1].data  # the display after the run carries the non-widget fallbacks
    analysis = shell.user_ns["_causal"]
    assert "Method: dr_learner" in final["text/plain"] and "<table>" in final["text/html"]
    assert jc.history()[-1] is analysis and len(jc.history()) == before + 1
    direct = jc.analyze(truth.query, df)
    assert analysis.result.estimate == pytest.approx(direct.result.estimate)
    assert frame_fingerprint(df) == fingerprint


def test_json_option_prints_the_analysis(shell, data) -> None:
    df, truth = data
    cap = _run(shell, "df --json --seed 3 --no-explain", _query(truth))
    out = json.loads(cap.stdout)
    assert out["query"]["treatment"] == truth.query.treatment and out["settings"]["seed"] == 3
    assert out["explanation"] is None and out["result"]["estimate"] == pytest.approx(shell.user_ns["_causal"].result.estimate)


def test_explain_option_chooses_the_writer(shell, data) -> None:
    df, truth = data
    out = json.loads(_run(shell, "df --json --explain template", _query(truth)).stdout)
    assert out["explanation_source"] == "template" and truth.query.outcome in out["explanation"]


def test_json_option_reports_errors_as_json(shell, data) -> None:
    df, truth = data
    cap = _run(shell, "--json", _query(truth, outcome=truth.query.outcome + "_typo"))
    error = json.loads(cap.stdout)["error"]
    assert error["field"] == "outcome" and truth.query.outcome in error["fix"]


def test_method_and_task_options(shell, data) -> None:
    df, truth = data
    _run(shell, "df --method linear_dml", _query(truth))
    assert shell.user_ns["_causal"].result.method == "linear_dml"
    _run(shell, "df --task HTE", _query(truth))
    assert shell.user_ns["_causal"].query.task is jc.Task.HTE and shell.user_ns["_causal"].result.task is jc.Task.HTE


def test_config_settings_are_traitlets(shell, data) -> None:
    df, truth = data
    shell.run_line_magic("config", "CausalMagics.seed = 7")
    try:
        _run(shell, "", _query(truth))
        assert shell.user_ns["_causal"].settings.seed == 7
        _run(shell, "--seed 2", _query(truth))
        assert shell.user_ns["_causal"].settings.seed == 2
    finally:
        shell.run_line_magic("config", "CausalMagics.seed = 0")


def test_dataframe_auto_pick_and_its_errors(ate_df) -> None:
    df, truth = ate_df
    other = df[[truth.query.outcome]].rename(columns={truth.query.outcome: "income_2020"})
    question = f"Does {truth.query.treatment} raise {truth.query.outcome}?"
    assert pick_dataframe({"df": df}, question)[0] == "df"
    assert pick_dataframe({"df": df, "other": other}, question)[0] == "df"  # the one whose columns the question names
    assert pick_dataframe({"df": df, "other": other}, "What drives income_2020?")[0] == "other"
    with pytest.raises(UsageError, match="several DataFrames could be meant.*df, other"):
        pick_dataframe({"df": df, "other": other}, "Does the programme work?")
    with pytest.raises(UsageError, match="no DataFrame"):
        pick_dataframe({"x": 1}, question)
    with pytest.raises(UsageError, match="'dff' is not defined.*DataFrames here: df"):
        pick_dataframe({"df": df}, question, "dff")
    with pytest.raises(UsageError, match="is not a DataFrame"):
        pick_dataframe({"df": df, "n": 3}, question, "n")


def test_usage_errors_reach_the_user_without_a_traceback(shell, data) -> None:
    with pytest.raises(UsageError, match="the cell is empty"):
        shell.run_cell_magic("causal", "df", "  ")
    with pytest.raises(UsageError, match="cannot be read"):
        shell.run_cell_magic("causal", "df", '{"task": "XYZ"}')


def test_a_bad_model_folder_is_shown_in_the_panel(shell, data, tmp_path) -> None:
    df, truth = data
    before = len(jc.history())
    cap = _run(shell, f"df --model {tmp_path}", f"Does {truth.query.treatment} raise {truth.query.outcome}?")
    final = cap.outputs[-1].data
    assert "No adapter found" in final["text/plain"] and WIDGET in final
    assert len(jc.history()) == before


def test_a_question_is_parsed_by_the_embedded_model(shell, data) -> None:
    df, truth = data
    cap = _run(shell, "--task HTE", f"Does {truth.query.treatment} change {truth.query.outcome}?")
    analysis = shell.user_ns["_causal"]
    assert analysis.query.task is jc.Task.HTE and analysis.parser and "parse" in analysis.timings
    assert analysis.question.startswith("Does") and "Question: Does" in cap.outputs[-1].data["text/plain"]


def test_non_widget_representations(data) -> None:
    df, truth = data
    a = jc.analyze(truth.query, df, data_name="tutoring")
    html, md, text = a._repr_html_(), a._repr_markdown_(), str(a)
    number = jc.explain.fmt(a.result.estimate)
    for view in (html, md, text):
        assert number in view and truth.query.treatment in view
    assert '<img alt="effect"' in html and "data:image/png;base64," in html
    assert "| quantity | estimate | 95% interval | note |" in md
    assert a.explanation.text[:30] in text


def test_an_llm4causal_body_skips_parsing(shell, data) -> None:
    df, truth = data
    body = f"{{'causal_problem': ['CEL', 'ATE'], 'dataset': ['df.csv'], 'treatment': '{truth.query.treatment}', 'response': '{truth.query.outcome}'}}"
    _run(shell, "df", body)
    analysis = shell.user_ns["_causal"]
    assert analysis.query == truth.query and analysis.parser is None


def test_model_option_loads_that_adapter(shell, data) -> None:
    from jupyter_causal.parse.model import PACKAGED_ADAPTER

    df, truth = data
    _run(shell, f"df --model {PACKAGED_ADAPTER}", f"Does {truth.query.treatment} change {truth.query.outcome}?")
    assert PACKAGED_ADAPTER.name in shell.user_ns["_causal"].parser


def test_causal_history_lists_and_redisplays(shell, data) -> None:
    df, truth = data
    _run(shell, "df", _query(truth))
    n = len(jc.history())
    with capture_output() as cap:
        shell.run_line_magic("causal_history", "")
    assert f"{n:>3}  " in cap.stdout and "ATE" in cap.stdout
    with capture_output() as cap:
        shell.run_line_magic("causal_history", str(n))
    assert "<table>" in cap.outputs[0].data["text/html"]
    with pytest.raises(UsageError, match="no analysis"):
        shell.run_line_magic("causal_history", str(n + 5))
