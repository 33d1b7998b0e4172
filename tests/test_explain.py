from __future__ import annotations

import pytest

import jupyter_causal as jc
from jupyter_causal.explain import explain, fmt, sentences, unsupported_numbers
from jupyter_causal.schema import ATEResult, Contrast

RESULT = ATEResult(
    method="dr_learner", n_rows_used=2000, treatment="treat", outcome="re78", treatment_kind="binary", estimate=1794.34,
    ci=(1023.5, 2565.2), p_value=0.00042, treatment_levels=(0, 1), reference_level=0,
    contrasts=(Contrast(level=1, reference=0, estimate=1794.34, ci=(1023.5, 2565.2), p_value=0.00042),),
    warnings=("Column 'id' was left out because it looks like a row identifier.", "Only the 312 rows where age > 30 were used."),
    n_rows_dropped=12, drop_reasons={"missing age": 12},
)


def test_checker_accepts_numbers_from_the_result() -> None:
    text = (
        "In lalonde_1978.csv, treat raises re78 by 1,794 (95% CI 1,024 to 2,565, p < 0.001) over 2,000 rows; "
        "12 rows were dropped and only 312 rows with age > 30 were used. The effect is 1794.3 or about 1.79e3."
    )
    assert unsupported_numbers(text.replace(" or about 1.79e3", ""), RESULT) == []


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("treat raises re78 by 1,900 on average.", ["1,900"]),
        ("The interval is 1,024 to 2,600.", ["2,600"]),
        ("About 40% of units respond.", ["40%"]),
        ("p = 0.01 here.", ["0.01"]),
        ("The effect was -1,794.", []),  # sign aside, the magnitude is the result's
        ("It is below 0.0001 (p < 0.0001).", ["0.0001"]),
    ],
)
def test_checker_flags_invented_numbers(text: str, bad: list[str]) -> None:
    found = unsupported_numbers(text, RESULT)
    if bad:
        assert bad[0] in found
    else:
        assert found == []


def test_numbers_inside_names_are_not_numbers() -> None:
    assert unsupported_numbers("re78 and x_2020 and q10 and the 10th percentile", RESULT) == []


def test_fmt() -> None:
    assert fmt(1794.34) == "1,794" and fmt(0.05) == "0.05" and fmt(2.0) == "2" and fmt(-0.012345) == "-0.0123"
    assert fmt(45.25) == "45.2" or fmt(45.25) == "45.3"


@pytest.mark.parametrize("task", ["CGL", "ATE", "HTE", "MA", "OPO"])
def test_every_explanation_is_traceable_short_and_complete(task: str) -> None:
    df, truth = jc.make_dataset(task, n=1500, seed=1)
    a = jc.analyze(truth.query, df, data_name="survey_2024.csv", n_bootstrap=50)
    r, e = a.result, a.explanation
    full = str(e)
    assert unsupported_numbers(full, r) == []
    assert len(sentences(e.text)) <= 4
    assert "survey_2024.csv" in e.text
    assert "significant" not in full.lower()
    for field in ("treatment", "outcome", "mediator"):
        if getattr(truth.query, field):
            assert getattr(truth.query, field) in e.text
    key_numbers = {
        "ATE": [r.estimate if task == "ATE" else None],
        "HTE": [getattr(r, "estimate", None)],
        "MA": [getattr(r, "direct", None), getattr(r, "indirect", None)],
        "OPO": [getattr(r, "policy_value", None)],
        "CGL": [],
    }[task]
    for value in key_numbers:
        assert fmt(abs(value)) in full
    if task in ("ATE", "HTE", "MA", "OPO"):
        assert "95% CI" in full and "confounding" in full


def test_warnings_and_dropped_rows_reach_the_caveats() -> None:
    e = explain(RESULT, data_name="df")
    assert any("identifier" in c for c in e.caveats)
    assert any("12 rows were dropped (missing age: 12)" in c for c in e.caveats)
    assert unsupported_numbers(str(e), RESULT) == []


def test_full_check_accepts_the_template_and_catches_each_misstatement() -> None:
    from jupyter_causal.explain import Explanation, check_explanation

    good = explain(RESULT)
    assert check_explanation(good, RESULT) == ()
    text = good.text

    def problems(new_text: str) -> tuple[str, ...]:
        return check_explanation(Explanation(text=new_text, caveats=good.caveats), RESULT)

    wrong_number = problems(text.replace("1,794", "1,849", 1))
    assert any("1,849" in p for p in wrong_number) and any("does not state 1,794" in p for p in wrong_number)
    assert any("goes down" in p for p in problems(text.replace("raises", "lowers")))
    assert any("negative" in p for p in problems(text.replace("by 1,794", "by -1,794")))
    assert any("does not state 2,565" in p for p in problems(text.replace(" to 2,565", "")))
    assert any("income_usd" in p for p in problems(text + " It also raises income_usd."))
    assert any("does not name re78" in p for p in problems(text.replace("re78", "earnings")))
    assert any("method" in p for p in problems(text.replace("a doubly robust learner (EconML LinearDRLearner)", "a model")))
    assert any("sentences" in p for p in problems(" ".join([text] * 2)))


def test_digits_in_a_level_name_are_not_required_numbers() -> None:
    from jupyter_causal.explain import required_numbers
    from jupyter_causal.schema import OPOResult

    result = OPOResult(method="policy_tree", n_rows_used=800, treatment="ward", outcome="recovery", condition=(), treatment_levels=("p1", "p2"),
                       best_action="p2", best_action_share=0.75, subgroup_size=800, policy_value=3.5, policy_value_ci=(3.1, 3.9),
                       baseline_values={"treat-none": 3.0, "treat-all": 3.2, "observed": 3.1}, action_values={"p1": 3.0, "p2": 3.2},
                       recommended_shares={"p2": 0.75}, policy_rules=())
    required = required_numbers(result)
    assert "2" not in required and "1" not in required
    assert {"3.5", "3.1", "3.9", "3", "3.2"} <= set(required)
