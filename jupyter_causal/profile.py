"""DataFrame -> DataProfile: the only view of the data the parser sees, and the planner's typing."""
from __future__ import annotations

import dataclasses
from collections.abc import Callable
from enum import StrEnum
from typing import Any

import numpy as np
import pandas as pd

from .errors import PlanError
from .schema import Task, thaw

MAX_LEVELS = 20
"""A text column with more distinct values than this is treated as free text / an identifier."""
MAX_DISCRETE_LEVELS = 10
"""An integer column with at most this many values is discrete (levels), otherwise continuous."""
MAX_TREATMENT_LEVELS = 10
"""A categorical treatment may have at most this many levels."""


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
    median: float | None = None
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


def holds_objects(col: ColumnProfile) -> bool:
    """Whether a column holds cells such as lists or dicts rather than single values: :func:`profile` reads those
    as text however few their distinct values, where text of so few values would otherwise be categorical."""
    return col.kind is Kind.TEXT and col.n_distinct <= MAX_LEVELS


def _is_numeric(dtype: Any) -> bool:
    return (pd.api.types.is_numeric_dtype(dtype) or pd.api.types.is_bool_dtype(dtype)) and not pd.api.types.is_datetime64_any_dtype(dtype)


def profile_column(name: str, values: pd.Series) -> ColumnProfile:
    """Classify one column (see :class:`Kind`) and summarise it."""
    ordered = np.sort(values.to_numpy(dtype=float, na_value=np.nan)) if _is_numeric(values.dtype) else None
    return _profile(name, values.dtype, ordered, lambda: values)


def _median_of_sorted(values: np.ndarray) -> float:
    """The median of sorted values, as ``np.median`` computes it (the mean of the middle two for an even count)."""
    middle = len(values) // 2
    return float(values[middle]) if len(values) % 2 else float((values[middle - 1] + values[middle]) / 2)


def _profile(name: str, dtype: Any, ordered: np.ndarray | None, series: Callable[[], pd.Series]) -> ColumnProfile:
    """The work of :func:`profile_column`. ``ordered`` is a numeric column's values as floats, sorted (NaN last):
    counts, range and median then need no hashing or partitioning. ``series`` is fetched only for levels or text."""
    is_bool = pd.api.types.is_bool_dtype(dtype)
    lo = hi = med = None
    n_infinite = 0
    unhashable = False
    if ordered is not None:
        n_missing = int(np.isnan(ordered).sum())
        finite = ordered[: len(ordered) - n_missing]
        infinite = np.isinf(finite)
        n_infinite = int(infinite.sum())
        if n_infinite:
            finite = finite[~infinite]
        n_distinct = int(np.count_nonzero(finite[1:] != finite[:-1])) + 1 if len(finite) else 0
        if len(finite):
            lo, hi, med = float(finite[0]), float(finite[-1]), _median_of_sorted(finite)
    else:
        values = series()
        n_missing = int(values.isna().sum())
        try:
            n_distinct = int(values.nunique(dropna=True))
        except TypeError:  # cells that cannot be hashed (lists, dicts) are read as text, however few
            n_distinct, unhashable = int(values.dropna().astype(str).nunique()), True
    if pd.api.types.is_datetime64_any_dtype(dtype):
        kind = Kind.DATETIME
    elif unhashable:
        kind = Kind.TEXT
    elif n_distinct <= 1:
        kind = Kind.CONSTANT
    elif is_bool or n_distinct == 2:
        kind = Kind.BINARY
    elif ordered is not None:
        integral = bool(np.all(finite == np.floor(finite)))
        kind = Kind.DISCRETE if integral and n_distinct <= MAX_DISCRETE_LEVELS else Kind.CONTINUOUS
    elif isinstance(dtype, pd.CategoricalDtype) or n_distinct <= MAX_LEVELS:
        kind = Kind.CATEGORICAL
    else:
        kind = Kind.TEXT
    levels = _sorted_levels(series()) if kind.has_levels or kind is Kind.CONSTANT else ()
    return ColumnProfile(
        name=name, dtype=str(dtype), kind=kind, n_distinct=n_distinct, n_missing=n_missing, n_infinite=n_infinite,
        numeric=ordered is not None, min=lo, max=hi, median=med, levels=tuple(thaw(v) for v in levels),
    )


def profile(df: pd.DataFrame) -> DataProfile:
    """Profile every column of ``df`` without modifying it."""
    if not isinstance(df, pd.DataFrame):
        raise PlanError(f"Expected a pandas DataFrame, got {type(df).__name__}.", fix="Pass a pandas.DataFrame.")
    names = [str(c) for c in df.columns]
    if len(set(names)) != len(names):
        dupes = sorted({n for n in names if names.count(n) > 1})
        raise PlanError(f"The DataFrame has duplicate column names: {dupes}.", fix="Rename them to be unique.")
    numeric = [i for i, dtype in enumerate(df.dtypes) if _is_numeric(dtype)]
    # One conversion and one sort of all numeric columns: much cheaper than column by column.
    block = np.sort(df.iloc[:, numeric].to_numpy(dtype=float, na_value=np.nan), axis=0) if numeric else np.empty((len(df), 0))
    where = {i: j for j, i in enumerate(numeric)}
    columns = tuple(
        _profile(names[i], dtype, block[:, where[i]] if i in where else None, lambda i=i: df.iloc[:, i])
        for i, dtype in enumerate(df.dtypes)
    )
    return DataProfile(n_rows=len(df), columns=columns)


_YES_NO = ({"no", "yes"}, {"false", "true"}, {"n", "y"})


def yes_level(col: ColumnProfile) -> Any:
    """The "yes" level of a text column of two levels that read as no / yes (``Churn`` "No" / "Yes"), which an
    outcome or mediator reads as 1 and the other as 0; ``None`` for any other column."""
    if col.kind is not Kind.BINARY or col.numeric:
        return None
    spelled = {str(v).strip().lower(): v for v in col.levels}
    if set(spelled) not in _YES_NO:
        return None
    return next(v for key, v in spelled.items() if key in ("yes", "true", "y"))


def one_level(col: ColumnProfile) -> Any:
    """The level of a two-level text column that an outcome or mediator reads as 1 (the other as 0): the "yes" of a no /
    yes column (:func:`yes_level`), else the later of its two levels in sorted order (``">50K"`` of ``"<=50K"`` /
    ``">50K"``, ``"survived"`` of ``"died"`` / ``"survived"``); ``None`` for any other column."""
    if col.kind is not Kind.BINARY or col.numeric:
        return None
    yes = yes_level(col)
    return yes if yes is not None else sorted(col.levels, key=str)[-1]


def fits_role(col: ColumnProfile, role: str, task: Task) -> bool:
    """Whether ``col`` can be the ``role`` (treatment, outcome or mediator) of a ``task`` query.

    The planner's and the default methods' rules (which explain a misfit), stated once more so that
    the parser proposes only columns that can run: a treatment has a few levels or is numeric
    (discrete for a policy, binary or numeric for mediation); an
    outcome or mediator is numeric, or no / yes text (:func:`yes_level`), and varies. (The planner also runs an outcome of
    two other text levels, :func:`one_level`, but the parser proposes one only where the question names it: such a
    column, ``sex`` say, is seldom what an effect is on.)
    """
    if role == "treatment":
        if col.kind in (Kind.CONSTANT, Kind.TEXT, Kind.DATETIME):
            return False
        if col.kind is Kind.CATEGORICAL and col.n_distinct > MAX_TREATMENT_LEVELS:
            return False
        if task is Task.OPO and col.kind is Kind.CONTINUOUS:
            return False
        return task is not Task.MA or col.kind is not Kind.CATEGORICAL
    return col.kind is not Kind.CONSTANT and (col.numeric or yes_level(col) is not None)
