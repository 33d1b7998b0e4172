"""DataFrame -> DataProfile: the only view of the data the parser sees, and the planner's typing."""
from __future__ import annotations

import dataclasses
from enum import StrEnum
from typing import Any

import numpy as np
import pandas as pd

from .errors import PlanError
from .schema import thaw

MAX_LEVELS = 20
"""A text column with more distinct values than this is treated as free text / an identifier."""
MAX_DISCRETE_LEVELS = 10
"""An integer column with at most this many values is discrete (levels), otherwise continuous."""


class Kind(StrEnum):
    """How a column can be used by the causal tools."""

    BINARY = "binary"
    CATEGORICAL = "categorical"
    DISCRETE = "discrete"
    CONTINUOUS = "continuous"
    CONSTANT = "constant"
    DATETIME = "datetime"
    TEXT = "text"

    @property
    def has_levels(self) -> bool:
        return self in (Kind.BINARY, Kind.CATEGORICAL, Kind.DISCRETE)


@dataclasses.dataclass(frozen=True, kw_only=True)
class ColumnProfile:
    """Summary of one column: type, cardinality, range and missing values."""

    name: str
    dtype: str
    kind: Kind
    n_distinct: int
    n_missing: int
    numeric: bool
    n_infinite: int = 0
    min: float | None = None
    max: float | None = None
    levels: tuple[Any, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {f.name: thaw(getattr(self, f.name)) for f in dataclasses.fields(self)}


@dataclasses.dataclass(frozen=True, kw_only=True)
class DataProfile:
    """Per-column summaries of a DataFrame, in column order."""

    n_rows: int
    columns: tuple[ColumnProfile, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def __getitem__(self, name: str) -> ColumnProfile:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(name)

    def to_dict(self) -> dict[str, Any]:
        return {"n_rows": self.n_rows, "columns": [c.to_dict() for c in self.columns]}


def _sorted_levels(values: pd.Series) -> tuple[Any, ...]:
    levels = values.dropna().unique().tolist()
    try:
        return tuple(sorted(levels))
    except TypeError:
        return tuple(sorted(levels, key=str))


def profile_column(name: str, values: pd.Series) -> ColumnProfile:
    """Classify one column (see :class:`Kind`) and summarise it."""
    dtype = str(values.dtype)
    is_bool = pd.api.types.is_bool_dtype(values)
    numeric = pd.api.types.is_numeric_dtype(values) or is_bool
    lo = hi = None
    n_infinite = 0
    if pd.api.types.is_datetime64_any_dtype(values):
        numeric = False
    if numeric:
        arr = values.to_numpy(dtype=float, na_value=np.nan)
        missing = np.isnan(arr)
        n_missing = int(missing.sum())
        finite = arr[~missing] if n_missing else arr
        infinite = np.isinf(finite)
        n_infinite = int(infinite.sum())
        if n_infinite:
            finite = finite[~infinite]
        n_distinct = int(values.nunique(dropna=True)) - (len(np.unique(arr[np.isinf(arr)])) if n_infinite else 0)
        if len(finite):
            lo, hi = float(finite.min()), float(finite.max())
    else:
        n_missing = int(values.isna().sum())
        n_distinct = int(values.nunique(dropna=True))
    if pd.api.types.is_datetime64_any_dtype(values):
        kind = Kind.DATETIME
    elif n_distinct <= 1:
        kind = Kind.CONSTANT
    elif is_bool or n_distinct == 2:
        kind = Kind.BINARY
    elif numeric:
        integral = bool(np.all(finite == np.floor(finite)))
        kind = Kind.DISCRETE if integral and n_distinct <= MAX_DISCRETE_LEVELS else Kind.CONTINUOUS
    elif isinstance(values.dtype, pd.CategoricalDtype) or n_distinct <= MAX_LEVELS:
        kind = Kind.CATEGORICAL
    else:
        kind = Kind.TEXT
    levels = _sorted_levels(values) if kind.has_levels or kind is Kind.CONSTANT else ()
    return ColumnProfile(
        name=name, dtype=dtype, kind=kind, n_distinct=n_distinct, n_missing=n_missing, n_infinite=n_infinite,
        numeric=numeric, min=lo, max=hi, levels=tuple(thaw(v) for v in levels),
    )


def profile(df: pd.DataFrame) -> DataProfile:
    """Profile every column of ``df`` without modifying it."""
    if not isinstance(df, pd.DataFrame):
        raise PlanError(f"Expected a pandas DataFrame, got {type(df).__name__}.", fix="Pass a pandas.DataFrame.")
    names = [str(c) for c in df.columns]
    if len(set(names)) != len(names):
        dupes = sorted({n for n in names if names.count(n) > 1})
        raise PlanError(f"The DataFrame has duplicate column names: {dupes}.", fix="Rename them to be unique.")
    columns = tuple(profile_column(str(c), df[c]) for c in df.columns)
    return DataProfile(n_rows=len(df), columns=columns)
