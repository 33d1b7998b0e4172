"""Shared fixtures: small generated datasets with known truth."""
from __future__ import annotations

import os
import warnings

import matplotlib
import pandas as pd
import pytest

matplotlib.use("Agg")
os.environ.setdefault("JUPYTER_CAUSAL_THREADS", "1")
warnings.filterwarnings("ignore", category=UserWarning)


def frame_fingerprint(df: pd.DataFrame) -> tuple:
    """Values, index, column names and dtypes: anything an analysis could change."""
    return (
        int(pd.util.hash_pandas_object(df, index=True).sum()),
        tuple(map(str, df.columns)),
        tuple(map(str, df.dtypes)),
        df.shape,
    )


@pytest.fixture
def ate_df() -> tuple[pd.DataFrame, object]:
    from jupyter_causal import make_dataset

    return make_dataset("ATE", n=600, seed=11)
