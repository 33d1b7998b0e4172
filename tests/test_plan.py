from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import jupyter_causal as jc
from jupyter_causal import CausalQuery, PlanError, UnknownColumnError
from jupyter_causal.plan import EffectData, GraphData, make_plan, nearest_columns
from jupyter_causal.profile import Kind, profile
from jupyter_causal.tools import resolve

from .conftest import frame_fingerprint


def _frame(n: int = 200, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    return pd.DataFrame({
        "age": rng.normal(40, 10, n).round(),
        "income": rng.normal(50_000, 10_000, n),
        "region": rng.choice(["north", "south", "east"], n),
        "treated": rng.binomial(1, 0.5, n),
        "dose": rng.normal(5, 2, n),
        "arm": rng.choice(["control", "a", "b"], n),
        "earnings": rng.normal(30_000, 5_000, n),
        "visits": rng.normal(5, 1, n),
    })


def q(**kw: object) -> CausalQuery:
    return CausalQuery.from_dict(kw)


def test_unknown_column_names_three_nearest() -> None:
    df = _frame()
    with pytest.raises(UnknownColumnError) as info:
        make_plan(q(task="ATE", treatment="treatment", outcome="earnings"), df)
    err = info.value
    assert err.field == "treatment" and len(err.suggestions) == 3 and err.suggestions[0] == "treated"
    assert "'treated'" in str(err)
    with pytest.raises(UnknownColumnError, match="outcome.*Earnings|Nearest.*'earnings'"):
        make_plan(q(task="ATE", treatment="treated", outcome="Earnings"), df)
    with pytest.raises(UnknownColumnError, match=r"condition\[0\]"):
        make_plan(q(task="HTE", treatment="treated", outcome="earnings", condition=[{"column": "agee", "op": "==", "value": 1}]), df)
    assert nearest_columns("RentPrice", ["rent_price", "price", "rent", "x"])[0] == "rent_price"


def test_same_column_in_two_roles() -> None:
    with pytest.raises(PlanError, match="one role"):
        make_plan(q(task="ATE", treatment="earnings", outcome="earnings"), _frame())
    with pytest.raises(PlanError, match="controls"):
        make_plan(q(task="ATE", treatment="treated", outcome="earnings", controls=["treated", "age"]), _frame())


def test_missing_required_field() -> None:
    with pytest.raises(PlanError, match="mediator"):
        make_plan(q(task="MA", treatment="treated", outcome="earnings"), _frame())


def test_treatment_types_per_task() -> None:
    df = _frame()
    with pytest.raises(PlanError, match="continuous.*discrete"):
        make_plan(q(task="OPO", treatment="dose", outcome="earnings"), df)
    with pytest.raises(PlanError, match="binary or numeric treatment"):
        make_plan(q(task="MA", treatment="arm", outcome="earnings", mediator="visits"), df)
    ate = make_plan(q(task="ATE", treatment="dose", outcome="earnings"), df)  # continuous is fine for DML
    assert isinstance(ate.data, EffectData) and ate.data.treatment_levels is None
    assert resolve(ate).name == "linear_dml"
    with pytest.raises(PlanError, match="dr_learner needs.*continuous.*linear_dml"):
        resolve(make_plan(q(task="ATE", treatment="dose", outcome="earnings", method="dr_learner"), df))
    with pytest.raises(PlanError, match="no method 'magic'.*dr_learner, linear_dml"):
        resolve(make_plan(q(task="ATE", treatment="treated", outcome="earnings", method="magic"), df))
    multi = make_plan(q(task="ATE", treatment="arm", outcome="earnings"), df)
    assert multi.data.treatment_levels == ("control", "a", "b")  # the control-like level is the reference
    assert resolve(multi).name == "dr_learner"
    # the causal forest compares each level of a three-level treatment with the reference
    hte = make_plan(q(task="HTE", treatment="arm", outcome="earnings", condition=[{"column": "dose", "op": ">", "value": 1}]), df)
    assert resolve(hte).name == "causal_forest" and hte.data.treatment_levels == ("control", "a", "b")


def test_outcome_must_be_numeric_and_booleans_become_numbers() -> None:
    df = _frame()
    df["bought"] = np.where(df["visits"] > 5, "Yes", "No")  # no / yes text is read as 0 / 1, and said so
    plan = make_plan(q(task="ATE", treatment="treated", outcome="bought"), df)
    assert plan.n_rows_dropped == 0 and np.array_equal(plan.data.Y, (df["visits"] > 5).to_numpy(float))
    assert any("bought is read as 1 where it is 'Yes' and 0 where it is 'No'" in w for w in plan.warnings)
    df["channel"] = np.where(df["visits"] > 5, "web", "shop")  # other two-level text: its later level is 1, and said so
    plan = make_plan(q(task="ATE", treatment="treated", outcome="channel"), df)
    assert np.array_equal(plan.data.Y, (df["visits"] > 5).to_numpy(float))
    assert any("channel is read as 1 where it is 'web' and 0 where it is 'shop'" in w for w in plan.warnings)
    df["region3"] = np.array(["north", "south", "east"])[np.arange(len(df)) % 3]  # more levels: no outcome
    with pytest.raises(PlanError, match="must be numeric"):
        make_plan(q(task="ATE", treatment="treated", outcome="region3"), df)
    df["spend_text"] = df["visits"].astype(float).astype(object)  # numbers held as objects: the fix says how to convert them
    with pytest.raises(PlanError, match="must be numeric") as err:
        make_plan(q(task="ATE", treatment="treated", outcome="spend_text"), df)
    assert "pd.to_numeric(df['spend_text'], errors='coerce')" in err.value.fix
    df["bought_flag"] = df["visits"] > 5
    plan = make_plan(q(task="ATE", treatment="treated", outcome="bought_flag", controls=["age"]), df)
    assert set(np.unique(plan.data.Y)) == {0.0, 1.0}


def test_categorical_controls_are_one_hot_and_text_ids_dropped() -> None:
    df = _frame()
    df["user"] = [f"user-{i}" for i in range(len(df))]
    plan = make_plan(q(task="ATE", treatment="treated", outcome="earnings"), df)
    data = plan.data
    assert isinstance(data, EffectData)
    assert "region=north" in data.feature_names and "region=south" in data.feature_names
    assert "region=east" not in data.feature_names  # the first level is the baseline
    assert "user" not in data.feature_sources
    assert any("'user'" in w and "identifier" in w for w in plan.warnings)
    assert data.X.shape == (len(df), len(data.feature_names))


def test_missing_rows_dropped_and_counted_constant_columns_warned() -> None:
    df = _frame()
    df.loc[:9, "age"] = np.nan
    df.loc[5:14, "earnings"] = np.nan
    df["country"] = "NZ"
    plan = make_plan(q(task="ATE", treatment="treated", outcome="earnings"), df)
    assert plan.n_rows_dropped == 15 and plan.n_rows_used == len(df) - 15
    assert plan.drop_reasons == {"missing age": 10, "missing earnings": 10}
    assert any("'country'" in w and "constant" in w for w in plan.warnings)
    result = jc.analyze(q(task="ATE", treatment="treated", outcome="earnings"), df).result
    assert result.n_rows_dropped == 15 and result.drop_reasons["missing age"] == 10


def test_too_few_rows_and_small_arms() -> None:
    df = _frame(n=25)
    with pytest.raises(PlanError, match="Only 25 usable rows.*at least 30"):
        make_plan(q(task="ATE", treatment="treated", outcome="earnings"), df)
    df = _frame(n=200)
    df["rare"] = 0
    df.loc[:4, "rare"] = 1
    with pytest.raises(PlanError, match=r"too few rows in treatment arm.*1 \(5 rows\)"):
        make_plan(q(task="ATE", treatment="rare", outcome="earnings"), df)


def test_empty_dataframe_and_not_a_dataframe() -> None:
    with pytest.raises(PlanError, match="empty"):
        make_plan(q(task="CGL"), pd.DataFrame())
    with pytest.raises(PlanError, match="empty"):
        make_plan(q(task="ATE", treatment="t", outcome="y"), pd.DataFrame({"t": [], "y": []}))
    with pytest.raises(PlanError, match="DataFrame"):
        jc.analyze({"task": "CGL"}, [[1, 2], [3, 4]])  # type: ignore[arg-type]


def test_conditions_subgroup_and_set_value() -> None:
    df = _frame()
    plan = make_plan(q(task="HTE", treatment="treated", outcome="earnings", condition=[{"column": "region", "op": "==", "value": "North"}]), df)
    assert plan.data.subgroup is not None and plan.data.subgroup.sum() == (df["region"] == "north").sum()
    plan = make_plan(q(task="HTE", treatment="treated", outcome="earnings", condition=[{"column": "income", "op": "==", "value": 55000}]), df)
    assert plan.data.set_value is not None and plan.data.set_value.value == 55000
    X, size = plan.data.at_condition()
    assert size == len(df) and np.all(X[:, plan.data.set_value.feature_index] == 55000)
    with pytest.raises(PlanError, match="no value 'west'.*'east', 'north', 'south'"):
        make_plan(q(task="HTE", treatment="treated", outcome="earnings", condition=[{"column": "region", "op": "==", "value": "west"}]), df)
    with pytest.raises(PlanError, match="no usable row"):
        make_plan(q(task="HTE", treatment="treated", outcome="earnings", condition=[{"column": "age", "op": ">", "value": 500}]), df)
    ate = make_plan(q(task="ATE", treatment="treated", outcome="earnings", condition=[{"column": "age", "op": ">=", "value": 40}]), df)
    assert ate.n_rows_used == (df["age"] >= 40).sum() and ate.drop_reasons["outside the condition"] > 0


def test_graph_plan_uses_all_usable_columns() -> None:
    df = _frame()
    plan = make_plan(q(task="CGL", nodes=["age", "income"]), df)
    assert isinstance(plan.data, GraphData)
    assert set(plan.data.variables) == set(df.columns) and plan.data.nodes == ("age", "income")
    assert plan.data.data_type == "mixed"


@pytest.mark.parametrize("task", ["ATE", "HTE", "MA", "OPO", "CGL"])
def test_dataframe_is_never_modified(task: str) -> None:
    df, truth = jc.make_dataset(task, n=400, seed=2)
    df.loc[df.index[:7], df.columns[0]] = np.nan  # missing values must be dropped from a copy, not df
    before = frame_fingerprint(df)
    jc.analyze(truth.query, df, n_bootstrap=20)
    assert frame_fingerprint(df) == before


def test_unusable_columns_named_in_nodes_or_conditions() -> None:
    df = _frame()
    df["note"] = [f"free text {i}" for i in range(len(df))]
    with pytest.raises(PlanError, match="'note' cannot enter a causal graph: it is text with 200 distinct values"):
        make_plan(q(task="CGL", nodes=["note", "age"]), df)
    with pytest.raises(PlanError, match="'note' cannot be used as a covariate: it is text"):
        make_plan(q(task="HTE", treatment="treated", outcome="earnings", condition=[{"column": "note", "op": "==", "value": "free text 1"}]), df)


def test_columns_of_lists_or_dicts_are_left_out_or_refused_by_name() -> None:
    """Cells that cannot be hashed (tags as lists, JSON records as dicts) must not crash the profile or the plan."""
    df = _frame()
    df["tags"] = [["a"] if i % 3 else ["a", "b"] for i in range(len(df))]
    df["meta"] = [{"k": i % 2} for i in range(len(df))]
    before = df.copy()
    prof = profile(df)
    assert prof["tags"].kind is Kind.TEXT and prof["tags"].n_distinct == 2 and prof["meta"].n_distinct == 2
    plan = make_plan(q(task="ATE", treatment="treated", outcome="earnings"), df)
    assert not {"tags", "meta"} & set(plan.data.feature_names)
    with pytest.raises(PlanError, match="'tags' holds lists, dicts or other objects rather than single values"):
        make_plan(q(task="ATE", treatment="tags", outcome="earnings"), df)
    with pytest.raises(PlanError, match="'meta' cannot enter a causal graph: it holds lists"):
        make_plan(q(task="CGL", nodes=["meta", "age", "income"]), df)
    pd.testing.assert_frame_equal(df, before)


def test_non_string_column_names() -> None:
    df = _frame().rename(columns={"age": 7})
    plan = make_plan(q(task="ATE", treatment="treated", outcome="earnings"), df)
    assert "7" in plan.data.feature_names
    assert 7 in df.columns


@pytest.mark.parametrize("task", ["ATE", "HTE", "MA", "OPO"])
def test_fits_role_agrees_with_the_planner(task: str) -> None:
    """The parser offers a role only the columns the planner and default method accept: the rule sets must agree."""
    from jupyter_causal.profile import fits_role, profile

    rng = np.random.default_rng(1)
    n = 200
    df = _frame(n).assign(
        flag=rng.choice(["yes", "no"], n), const=1.0, many_levels=rng.choice([f"l{i}" for i in range(12)], n),
        text=[f"t{i}" for i in range(n)], when=pd.date_range("2020-01-01", periods=n), level5=rng.integers(0, 5, n),
    )
    prof = profile(df)
    base = {"treatment": "treated", "outcome": "earnings", "mediator": "visits"}
    roles = ("treatment", "outcome", "mediator") if task == "MA" else ("treatment", "outcome")
    seen = set()
    for role in roles:
        for col in prof.columns:
            if col.name in base.values():
                continue
            query = {"task": task, **{r: base[r] for r in roles}, role: col.name}
            try:
                resolve(make_plan(q(**query), df))  # the planner's checks, then the default method's
                ok = True
            except PlanError as err:
                assert err.field in (role, "method", None), (role, col.name, str(err))
                ok = err.field not in (role, "method")
            assert fits_role(col, role, jc.Task(task)) == ok, (role, col.name, col.kind)
            seen.add(ok)
    assert seen == {True, False}


def _smoking(n: int = 1500, seed: int = 1) -> tuple[pd.DataFrame, float]:
    """A quit-smoking study in the shape of a textbook table: a confounded binary treatment, a weight gain computed as
    weight after minus weight before (both columns kept), an incentive amount that decides who is treated, and a year
    of death known for few rows. Returns the frame and the true effect."""
    rng = np.random.default_rng(seed)
    age = rng.normal(45, 10, n)
    wt_before = rng.normal(70, 12, n)
    quit = rng.binomial(1, 1 / (1 + np.exp(-(age - 45) / 10)))
    effect = 3.0
    gain = effect * quit + 0.1 * (age - 45) - 0.05 * (wt_before - 70) + rng.normal(0, 4, n)
    incentive = np.where(quit == 1, rng.uniform(0.5, 3.0, n), 0.0)
    death_year = np.where(rng.random(n) < 0.2, rng.integers(83, 92, n), np.nan)
    return pd.DataFrame({"quit": quit, "age": age, "wt_before": wt_before, "wt_after": wt_before + gain, "gain": gain,
                         "incentive": incentive, "death_year": death_year}), effect


def test_unnamed_controls_leave_out_what_would_break_the_estimate() -> None:
    df, effect = _smoking()
    df.insert(0, "Unnamed: 0", np.arange(len(df)))  # the saved index pd.read_csv reads back
    before = df.copy()
    plan = make_plan(q(task="ATE", treatment="quit", outcome="gain"), df)
    assert set(plan.data.feature_sources) == {"age", "wt_before"}
    text = " | ".join(plan.warnings)
    assert "'Unnamed: 0' was left out because it looks like a row identifier" in text
    assert "'death_year' was left out because it is missing in" in text and plan.n_rows_used == len(df)
    assert "'incentive' was left out because it almost fixes the treatment 'quit'" in text
    assert "'wt_after' was left out because with the other columns it gives 'gain' almost exactly" in text
    result = jc.analyze(q(task="ATE", treatment="quit", outcome="gain"), df).result
    assert result.ci[0] <= effect <= result.ci[1]
    pd.testing.assert_frame_equal(df, before)
    # named controls are the user's: a sparse one drops its rows, one fixing the treatment is an error
    named = make_plan(q(task="ATE", treatment="quit", outcome="gain", controls=["age", "death_year"]), df)
    assert named.n_rows_used == int(df["death_year"].notna().sum())
    assert "Adjusted only for the named controls (age, death_year): a common cause of quit and gain outside them" in " ".join(named.warnings)
    with pytest.raises(PlanError, match="'incentive' almost fixes the treatment 'quit'.*Remove 'incentive' from controls"):
        make_plan(q(task="ATE", treatment="quit", outcome="gain", controls=["age", "incentive"]), df)


def test_a_column_that_copies_a_binary_outcome_is_left_out_and_a_graph_skips_sparse_columns() -> None:
    df, _ = _smoking()
    df["relapsed"] = (df["gain"] > df["gain"].median()).astype(int)
    df["relapse_code"] = np.where(df["relapsed"] == 1, "R", "N")
    plan = make_plan(q(task="ATE", treatment="quit", outcome="relapsed"), df)
    assert "relapse_code" not in plan.data.feature_sources and "age" in plan.data.feature_sources
    assert any("'relapse_code'" in w and "fixes the outcome 'relapsed'" in w for w in plan.warnings)
    graph = make_plan(q(task="CGL", nodes=["quit", "age", "gain"]), df)
    assert "death_year" not in graph.data.variables and graph.n_rows_used == len(df)
    assert make_plan(q(task="CGL", nodes=["quit", "death_year"]), df).n_rows_used == int(df["death_year"].notna().sum())


def test_a_count_treatment_with_a_rare_value_is_read_as_a_number() -> None:
    df = _frame(n=400)
    rng = np.random.default_rng(3)
    df["children"] = rng.choice([0, 1, 2], len(df), p=[0.6, 0.3, 0.1])
    df.loc[:3, "children"] = 3  # four families with three young children
    df["earnings"] = df["earnings"] - 2_000 * df["children"]
    plan = make_plan(q(task="ATE", treatment="children", outcome="earnings"), df)
    assert plan.data.treatment_kind is Kind.CONTINUOUS and plan.data.treatment_levels is None
    assert any("children has values with fewer than 10 rows (3 (4 rows))" in w and "one unit more" in w for w in plan.warnings)
    result = jc.analyze(q(task="ATE", treatment="children", outcome="earnings"), df).result
    assert result.method == "linear_dml" and result.ci[0] <= -2_000 <= result.ci[1]
    with pytest.raises(PlanError, match=r"too few rows in treatment arm.*3 \(4 rows\)"):  # a policy chooses between the values
        make_plan(q(task="OPO", treatment="children", outcome="earnings"), df)


def _training(n: int = 2000, seed: int = 2) -> tuple[pd.DataFrame, float]:
    """A job-training table in the shape of the textbook ones: earnings floored at zero with an unemployed flag and a
    log computed from them, a take-up and a product with the treatment that only the trained can have, and the rows
    sorted by site. Returns the frame and the true effect (on earnings before the floor, so a check of coverage is
    loose: the floor moves it little where few earn under zero)."""
    rng = np.random.default_rng(seed)
    site = np.sort(rng.integers(0, 40, n))
    age = rng.normal(30, 8, n)
    train = rng.binomial(1, 1 / (1 + np.exp(-(age - 30) / 8)))
    effect = 2.0
    took_part = train * rng.binomial(1, 0.7, n)  # the effect runs through taking part
    earnings = np.maximum(effect / 0.7 * took_part + 0.3 * (age - 30) + 6 + rng.normal(0, 3, n), 0.0)
    earnings75 = np.maximum(rng.normal(1, 3, n), 0.0)  # zero for about 40%
    return pd.DataFrame({
        "site": site, "age": age, "train": train, "earnings78": earnings, "unem78": (earnings == 0).astype(int),
        "learnings78": np.where(earnings > 0, np.log(np.where(earnings > 0, earnings, 1.0)), 0.0),
        "took_part": took_part, "earnings75": earnings75, "train_x_earnings75": train * earnings75,
    }), effect


def test_unnamed_controls_leave_out_columns_the_outcome_fixes_or_the_treatment_sets() -> None:
    df, effect = _training()
    before = df.copy()
    plan = make_plan(q(task="ATE", treatment="train", outcome="earnings78"), df)
    assert set(plan.data.feature_sources) == {"site", "age", "earnings75"}
    text = " | ".join(plan.warnings)
    assert "'unem78' was left out because the outcome 'earnings78' almost fixes it" in text  # a function of it, not monotone
    assert "'learnings78' was left out because it almost fixes the outcome 'earnings78'" in text
    for name, value in (("took_part", 0), ("train_x_earnings75", 0.0)):
        assert f"'{name}' was left out because it is {value!r} wherever train is 0 and varies elsewhere" in text
    result = jc.analyze(q(task="ATE", treatment="train", outcome="earnings78"), df).result
    assert abs(result.estimate - effect) < 0.5 and result.ci[0] <= effect + 0.1 and result.ci[1] >= effect - 0.1
    # adjusting for them, as a user may choose to, takes the effect away
    named = jc.analyze(q(task="ATE", treatment="train", outcome="earnings78", controls=["age", "took_part"]), df).result
    assert named.ci[1] < effect / 2
    assert any("The named control 'took_part' is 0 wherever train is 0" in w for w in named.warnings)
    pd.testing.assert_frame_equal(df, before)
    with pytest.raises(PlanError, match="mediator: 'learnings78' is almost a function of the outcome 'earnings78'"):
        make_plan(q(task="MA", treatment="train", outcome="earnings78", mediator="learnings78"), df)
    assert make_plan(q(task="MA", treatment="train", outcome="earnings78", mediator="took_part"), df).data.mediator == "took_part"
    # a binary outcome in a table sorted by site does not make the site look computed from it
    df["employed"] = 1 - df["unem78"]
    binary = make_plan(q(task="ATE", treatment="train", outcome="employed"), df)
    assert "site" in binary.data.feature_sources and "unem78" not in binary.data.feature_sources


def test_a_column_missing_only_where_the_outcome_is_missing_is_kept() -> None:
    """An HIV-results study shape: the result and a test-day measure are both missing for people never tested; the
    measure is complete among the rows that can be used, so it stays a control."""
    df, _ = _training(n=600)
    untested = np.random.default_rng(4).random(len(df)) < 0.4
    df["tested_measure"] = np.where(untested, np.nan, df["age"] + np.random.default_rng(5).normal(0, 5, len(df)))
    df.loc[untested, "earnings78"] = np.nan
    plan = make_plan(q(task="ATE", treatment="train", outcome="earnings78"), df)
    assert "tested_measure" in plan.data.feature_sources and plan.n_rows_used == int((~untested).sum())
    df.loc[~untested & (np.arange(len(df)) % 3 == 0), "tested_measure"] = np.nan  # now missing in a third of those rows too
    assert "tested_measure" not in make_plan(q(task="ATE", treatment="train", outcome="earnings78"), df).data.feature_sources


def test_unnamed_controls_leave_out_columns_named_for_the_outcomes_year() -> None:
    """A cohort weighed in 1971 and 1982: the 1982 change in smoking follows quitting and moves weight, so adjusting
    for it hides part of the effect; it is left out by its name, as are 1982 prices, and the estimate finds the truth.
    Where the treatment carries the outcome's year too (a table of one year), the year says nothing and all stay."""
    rng = np.random.default_rng(3)
    n = 3000
    age, intensity = rng.normal(45, 10, n), rng.gamma(4.0, 5.0, n)
    quit_ = rng.binomial(1, 1 / (1 + np.exp(-(age - 45) / 10)))
    change = np.where(quit_ == 1, -intensity, rng.normal(0, 5, n))  # quitting sets the 1982 change
    df = pd.DataFrame({"seqn": np.arange(n) + 233, "qsmk": quit_, "age": age, "smokeintensity": intensity,
                       "smkintensity82_71": change, "price82": rng.normal(2, 0.2, n), "wt71": rng.normal(70, 10, n)})
    df["wt82_71"] = 3.0 * quit_ + 0.05 * (age - 45) - 0.1 * change + rng.normal(0, 3, n)  # the truth: 3.0 + 0.1 x intensity
    truth = 3.0 + 0.1 * float(intensity.mean())
    before = frame_fingerprint(df)
    plan = make_plan(CausalQuery(task="ATE", treatment="qsmk", outcome="wt82_71"), df)
    assert isinstance(plan.data, EffectData) and set(plan.data.feature_sources) == {"age", "smokeintensity", "wt71"}
    assert any("'smkintensity82_71'" in w and "outcome's year (1982)" in w for w in plan.warnings)
    assert any("'seqn'" in w and "row identifier" in w for w in plan.warnings)
    result = jc.analyze(CausalQuery(task="ATE", treatment="qsmk", outcome="wt82_71"), df, explain=False).result
    assert abs(result.estimate - truth) < 0.5 and frame_fingerprint(df) == before
    one_year = df.rename(columns={"qsmk": "union86", "wt82_71": "narr86", "smkintensity82_71": "inc86"})
    plan = make_plan(CausalQuery(task="ATE", treatment="union86", outcome="narr86"), one_year)
    assert "inc86" in plan.data.feature_sources
