from __future__ import annotations

import numpy as np
import pandas as pd

from jupyter_causal.profile import Kind, profile


def test_kinds_levels_and_missing() -> None:
    df = pd.DataFrame({
        "age": [20.5, 30.1, np.nan, 40.0, 50.2],
        "treated": [True, False, True, False, True],
        "region": ["n", "s", "e", "n", None],
        "dose": [0, 1, 2, 1, 0],
        "const": [1, 1, 1, 1, 1],
        "name": [f"person {i}" for i in range(5)],
        "when": pd.to_datetime(["2020-01-01"] * 5),
    })
    p = profile(df)
    kinds = {c.name: c.kind for c in p.columns}
    assert kinds == {
        "age": Kind.CONTINUOUS, "treated": Kind.BINARY, "region": Kind.CATEGORICAL, "dose": Kind.DISCRETE,
        "const": Kind.CONSTANT, "name": Kind.CATEGORICAL, "when": Kind.DATETIME,
    }
    assert p["age"].n_missing == 1 and p["age"].min == 20.5 and p["age"].max == 50.2
    assert p["region"].levels == ("e", "n", "s") and p["region"].n_missing == 1
    assert p["dose"].levels == (0, 1, 2)
    assert p.to_dict()["n_rows"] == 5


def test_many_text_values_are_text() -> None:
    df = pd.DataFrame({"id": [f"u{i}" for i in range(50)], "x": np.arange(50.0)})
    assert profile(df)["id"].kind is Kind.TEXT


def test_numeric_summaries_match_numpy_with_missing_and_infinite_values() -> None:
    """Counts, range and median are read from sorted values; they must equal numpy's and pandas' on the finite ones."""
    rng = np.random.default_rng(3)
    values = np.round(rng.normal(size=401), 1)
    values[[5, 17, 80]] = np.nan
    values[[9, 44]] = np.inf
    values[200] = -np.inf
    values[[300, 301]] = [0.0, -0.0]
    df = pd.DataFrame({"x": values, "y": rng.integers(0, 4, size=401)})
    before = df.copy()
    p = profile(df)
    finite = values[np.isfinite(values)]
    x = p["x"]
    assert (x.n_missing, x.n_infinite) == (3, 3)
    assert x.n_distinct == pd.Series(finite).nunique()
    assert (x.min, x.max, x.median) == (finite.min(), finite.max(), np.median(finite))
    assert p["y"].median == np.median(df["y"]) and p["y"].levels == (0, 1, 2, 3)
    pd.testing.assert_frame_equal(df, before)
    even = profile(pd.DataFrame({"z": [4.0, 1.0, 3.0, 2.0]}))["z"]
    assert even.median == 2.5 and even.n_distinct == 4


def test_two_level_text_is_read_as_its_yes_or_later_level_and_no_yes_text_is_proposed_as_an_outcome() -> None:
    from jupyter_causal.profile import fits_role, one_level, yes_level
    from jupyter_causal.schema import Task

    df = pd.DataFrame({"Churn": ["No", "Yes", "No", "No"], "flag": ["true", "FALSE", "true", "true"], "channel": ["web", "shop", "web", "web"],
                       "bought": [0, 1, 1, 0], "income": ["<=50K", ">50K", "<=50K", "<=50K"], "region": ["n", "s", "e", "w"]})
    p = profile(df)
    assert (yes_level(p["Churn"]), yes_level(p["flag"]), yes_level(p["channel"]), yes_level(p["bought"])) == ("Yes", "true", None, None)
    assert [one_level(p[c]) for c in df.columns] == ["Yes", "true", "web", None, ">50K", None]
    # the parser proposes only no / yes text as an outcome unless the question names another (the planner runs both)
    assert [fits_role(p[c], "outcome", Task.ATE) for c in df.columns] == [True, True, False, True, False, False]
