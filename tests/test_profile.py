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
