from __future__ import annotations

import dataclasses
import json
import os

import jsonschema
import pytest

from jupyter_causal import CausalQuery, QueryError, Task, from_llm4causal, query_json_schema
from jupyter_causal.schema import ATEResult, Contrast, MAResult, Result, safe_literal


def test_round_trip_dict_and_json() -> None:
    q = CausalQuery.from_dict({
        "task": "HTE", "treatment": "treat", "outcome": "re78",
        "condition": [{"column": "age", "op": ">=", "value": 25}, {"column": "region", "op": "in", "value": ["north", "east"]}],
        "controls": ["age", "region"],
    })
    assert CausalQuery.from_json(q.to_json()) == q
    assert CausalQuery.from_dict(json.loads(q.to_json(indent=None))) == q
    assert q.condition[1].value == ("north", "east")
    jsonschema.validate(q.to_dict(), query_json_schema())
    # a policy's objective is written only where it is not the default
    low = CausalQuery.from_dict({"task": "OPO", "treatment": "drug", "outcome": "stroke", "objective": "min"})
    assert low.objective == "min" and CausalQuery.from_json(low.to_json()) == low and "objective" not in q.to_dict()
    jsonschema.validate(low.to_dict(), query_json_schema())
    with pytest.raises(QueryError, match="objective: expected 'max' or 'min'"):
        CausalQuery.from_dict({"task": "OPO", "treatment": "drug", "outcome": "stroke", "objective": "lowest"})


def test_an_interval_level_is_written_only_where_it_is_not_95_and_must_be_a_share() -> None:
    q = CausalQuery.from_dict({"task": "ATE", "treatment": "t", "outcome": "y"})
    narrow = CausalQuery.from_dict({"task": "ATE", "treatment": "t", "outcome": "y", "ci_level": 0.9})
    assert q.ci_level == 0.95 and "ci_level" not in q.to_dict()
    assert narrow.to_dict()["ci_level"] == 0.9 and CausalQuery.from_json(narrow.to_json()) == narrow
    jsonschema.validate(narrow.to_dict(), query_json_schema())
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(dict(narrow.to_dict(), ci_level=90), query_json_schema())
    with pytest.raises(QueryError, match="Write 0.9 for a 90% interval"):
        CausalQuery.from_dict({"task": "ATE", "treatment": "t", "outcome": "y", "ci_level": 90})
    for bad in (1, 0.3, "0.9", True):
        with pytest.raises(QueryError, match="ci_level: expected a confidence level between 0.5 and 1"):
            CausalQuery.from_dict({"task": "ATE", "treatment": "t", "outcome": "y", "ci_level": bad})


def test_schema_rejects_what_the_reader_rejects() -> None:
    bad = {"task": "ATE", "treatment": "t", "outcome": "y", "colour": "red"}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, query_json_schema())
    with pytest.raises(QueryError, match="colour"):
        CausalQuery.from_dict(bad)


def test_unknown_task_names_the_valid_ones() -> None:
    with pytest.raises(QueryError, match="CGL, ATE, HTE, MA, OPO"):
        CausalQuery.from_dict({"task": "IV", "treatment": "z"})


def test_condition_forms_and_bad_operator() -> None:
    q = CausalQuery.from_dict({"task": "HTE", "treatment": "t", "outcome": "y", "condition": {"age": 30}})
    assert q.condition[0].column == "age" and q.condition[0].op == "==" and q.condition[0].value == 30
    q = CausalQuery.from_dict({"task": "HTE", "treatment": "t", "outcome": "y", "condition": [["age", ">", 60]]})
    assert q.condition[0].op == ">"
    with pytest.raises(QueryError, match="operator"):
        CausalQuery.from_dict({"task": "HTE", "condition": [{"column": "age", "op": "~", "value": 1}]})
    with pytest.raises(QueryError, match="not a number"):
        CausalQuery.from_dict({"task": "HTE", "condition": [{"column": "age", "op": "==", "value": {"x": 1}}]})


@pytest.mark.parametrize(
    ("text", "task"),
    [
        ("{'causal_problem': ['CSL', None], 'dataset': ['d.csv'], 'nodes': ['a', 'b']}", Task.CGL),
        ("{'causal_problem': ['CEL', 'ATE'], 'dataset': ['d.csv'], 'treatment': ['t'], 'response': ['y']}", Task.ATE),
        ("{'causal_problem': ['CEL', 'HTE'], 'treatment': ['t'], 'response': ['y'], 'condition': [('age', 0.5)]}", Task.HTE),
        ("{'causal_problem': ['CEL', 'MA'], 'treatment': ['t'], 'response': ['y'], 'mediator': ['m']}", Task.MA),
        ("{'causal_problem': ['CPL', None], 'treatment': ['t'], 'response': ['y'], 'condition': [('x', 1)]}", Task.OPO),
    ],
)
def test_llm4causal_format(text: str, task: Task) -> None:
    q = from_llm4causal(text)
    assert q.task is task
    assert CausalQuery.from_json(text) == q  # the JSON reader falls back to the literal reader
    if task is not Task.CGL:
        assert (q.treatment, q.outcome) == ("t", "y")
    if task is Task.HTE:
        assert q.condition[0].column == "age" and q.condition[0].value == 0.5
    if task is Task.MA:
        assert q.mediator == "m"


@pytest.mark.parametrize(
    "payload",
    [
        "__import__('os').system('touch {marker}')",
        "{{'causal_problem': ['CEL', 'ATE'], 'treatment': [__import__('os').system('touch {marker}')]}}",
        "{{'causal_problem': ['CEL', 'ATE'], 'treatment': [open('{marker}', 'w').write('x')]}}",
        "(lambda: __import__('os').system('touch {marker}'))()",
        "{{'causal_problem': ['CEL', 'ATE'], 'response': [().__class__.__bases__[0].__subclasses__()]}}",
        "[x for x in ().__class__.__mro__]",
        "{{**{{'a': 1}}}}",
    ],
)
def test_malicious_text_is_rejected_without_running(payload: str, tmp_path) -> None:
    marker = tmp_path / "pwned"
    text = payload.format(marker=marker)
    with pytest.raises(QueryError, match="not a literal|never executed|unpacking"):
        from_llm4causal(text)
    with pytest.raises(QueryError):
        CausalQuery.from_json(text)
    assert not os.path.exists(marker)


def test_safe_literal_reads_plain_literals_and_limits_size() -> None:
    assert safe_literal("{'a': [1, -2.5, (True, None)], 'b': 'x'}") == {"a": [1, -2.5, (True, None)], "b": "x"}
    assert safe_literal('{"a": null, "b": true}') == {"a": None, "b": True}
    with pytest.raises(QueryError, match="too long"):
        safe_literal("[" + "1," * 20000 + "]")
    with pytest.raises(QueryError, match="nested"):
        safe_literal("[" * 40 + "]" * 40)


def test_results_are_frozen_and_round_trip() -> None:
    r = ATEResult(
        method="dr_learner", n_rows_used=100, treatment="t", outcome="y", treatment_kind="binary", estimate=1.5,
        ci=(1.0, 2.0), p_value=0.01, treatment_levels=(0, 1), reference_level=0,
        contrasts=(Contrast(level=1, reference=0, estimate=1.5, ci=(1.0, 2.0), p_value=0.01),), drop_reasons={"missing age": 3},
    )
    d = json.loads(json.dumps(r.to_dict()))
    assert d["task"] == "ATE" and d["contrasts"][0]["ci"] == [1.0, 2.0]
    assert Result.from_dict(d) == r
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.estimate = 3.0  # type: ignore[misc]
    with pytest.raises(TypeError):
        r.drop_reasons["x"] = 1  # type: ignore[index]
    m = MAResult(method="g_formula", n_rows_used=10, treatment="t", outcome="y", mediator="m", level=1, reference_level=0,
                 total=1.0, direct=0.4, indirect=0.6, proportion_mediated=0.6, ci={"total": (0.5, 1.5)}, n_bootstrap=5)
    assert Result.from_dict(m.to_dict()) == m
