"""(query, DataFrame) -> Plan: every check that can fail happens here, before any fitting.

The plan resolves column roles, types the treatment, encodes controls, drops unusable rows and
columns (saying so), and turns conditions into a subgroup. The user's DataFrame is only read.
"""
from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from . import adjustment
from .errors import PlanError, UnknownColumnError
from .profile import MAX_TREATMENT_LEVELS, ColumnProfile, DataProfile, Kind, holds_objects, one_level, profile
from .schema import COMPARE, CausalQuery, Condition, Scalar, Task, thaw

MIN_ROWS = 30
MIN_ROWS_PER_ARM = 10
_REFERENCE_NAMES = ("control", "ctrl", "ctl", "none", "no", "untreated", "placebo", "baseline", "standard", "off", "false", "0")
_NO_LEVEL = re.compile(r"^(?:no|non|not|without)[\s_-]", re.IGNORECASE)
"""A level that names the absence of a treatment ("No E-Mail", "no_rhc", "non-user"): control-like."""
_ID_NAME = re.compile(r"(^|[_\W])(id|idx|index|key|uuid|seqn|seqno)$|^(id|idx|index|uuid|seqn|seqno)([_\W]|$)|^Unnamed: \d+$",
                      re.IGNORECASE)
"""Names of row identifiers; ``Unnamed: 0`` is the index a table saved with it gets from ``pd.read_csv``, ``seqn``
the survey respondent's sequence number of health surveys."""


@dataclasses.dataclass(frozen=True, kw_only=True)
class Settings:
    """Knobs of a run that are not part of the question (seeded, recorded with the analysis)."""

    seed: int = 0
    n_bootstrap: int = 1000
    alpha: float = 0.05
    ci_level: float = 0.95


@dataclasses.dataclass(frozen=True, kw_only=True)
class SetValue:
    """Evaluate effects with one continuous covariate set to ``value`` for every unit."""

    column: str
    feature_index: int
    value: float


@dataclasses.dataclass(frozen=True, kw_only=True)
class EffectData:
    """Arrays for the effect tasks (ATE, HTE, MA, OPO), aligned row by row."""

    treatment: str
    outcome: str
    treatment_kind: Kind
    T: np.ndarray
    """Integer level codes (0 = reference) for a discrete treatment, floats for a continuous one."""
    Y: np.ndarray
    X: np.ndarray
    feature_names: tuple[str, ...]
    feature_sources: tuple[str, ...]
    """The DataFrame column each feature came from (one-hot features share their column)."""
    feature_references: Mapping[str, Scalar]
    """Each one-hot encoded column's reference level: the one with no feature of its own."""
    treatment_levels: tuple[Scalar, ...] | None = None
    mediator: str | None = None
    M: np.ndarray | None = None
    subgroup: np.ndarray | None = None
    set_value: SetValue | None = None
    condition: tuple[Condition, ...] = ()

    @property
    def discrete(self) -> bool:
        return self.treatment_levels is not None

    @property
    def reference_level(self) -> Scalar | None:
        return None if self.treatment_levels is None else self.treatment_levels[0]

    def at_condition(self) -> tuple[np.ndarray, int]:
        """Covariate rows at which the condition's effect is evaluated, and the subgroup size."""
        X = self.X
        if self.subgroup is not None:
            X = X[self.subgroup]
        if self.set_value is not None:
            X = X.copy()
            X[:, self.set_value.feature_index] = self.set_value.value
        return X, len(X)


@dataclasses.dataclass(frozen=True, kw_only=True)
class GraphData:
    """A numeric matrix of all usable columns for causal graph learning."""

    variables: tuple[str, ...]
    kinds: tuple[Kind, ...]
    data: np.ndarray
    nodes: tuple[str, ...]

    @property
    def data_type(self) -> str:
        """``continuous``, ``discrete`` or ``mixed``: decides the conditional-independence test."""
        continuous = [k is Kind.CONTINUOUS for k in self.kinds]
        if all(continuous):
            return "continuous"
        return "mixed" if any(continuous) else "discrete"


@dataclasses.dataclass(frozen=True, kw_only=True)
class Plan:
    """Everything a tool needs to fit, plus the bookkeeping its Result reports."""

    query: CausalQuery
    settings: Settings
    n_rows_used: int
    n_rows_dropped: int
    drop_reasons: dict[str, int]
    warnings: tuple[str, ...]
    data: EffectData | GraphData

    @property
    def task(self) -> Task:
        return self.query.task


# --- helpers -------------------------------------------------------------------------------------


def _normalise(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def nearest_columns(name: str, columns: Sequence[str], n: int = 3) -> list[str]:
    """The ``n`` column names most similar to ``name`` (case and separators ignored)."""
    target = _normalise(name)
    scored = sorted(
        columns,
        key=lambda c: (
            -difflib.SequenceMatcher(None, target, _normalise(c)).ratio(),
            -difflib.SequenceMatcher(None, name.lower(), c.lower()).ratio(),
        ),
    )
    return list(scored[:n])


def _check_columns(query: CausalQuery, prof: DataProfile) -> None:
    names = prof.names
    for field, column in query.columns().items():
        if column not in names:
            raise UnknownColumnError(column, field=field, suggestions=nearest_columns(column, names))


def _check_roles(query: CausalQuery) -> None:
    roles = {k: getattr(query, k) for k in ("treatment", "outcome", "mediator") if getattr(query, k) is not None}
    seen: dict[str, str] = {}
    for role, column in roles.items():
        if column in seen:
            raise PlanError(
                f"{role}: {column!r} is also the {seen[column]}; a column can play one role only.",
                fix="Pick a different column for one of the two roles.",
                field=role,
            )
        seen[column] = role
    for column in query.controls or ():
        if column in seen:
            raise PlanError(
                f"controls: {column!r} is the {seen[column]} and cannot also be a control.",
                fix=f"Remove {column!r} from controls.",
                field="controls",
            )


_REQUIRED: dict[Task, tuple[str, ...]] = {
    Task.ATE: ("treatment", "outcome"),
    Task.HTE: ("treatment", "outcome"),
    Task.OPO: ("treatment", "outcome"),
    Task.MA: ("treatment", "outcome", "mediator"),
    Task.CGL: (),
}


def _check_required(query: CausalQuery) -> None:
    for field in _REQUIRED[query.task]:
        if getattr(query, field) is None:
            raise PlanError(
                f"{field}: a {query.task.value} query needs a {field} column.", fix=f"Set '{field}' to a column name.", field=field
            )


def _levels_with_reference(col: ColumnProfile) -> tuple[Scalar, ...]:
    """Levels in sorted order with the reference (control-like: one of :data:`_REFERENCE_NAMES`, else the one level
    naming an absence, :data:`_NO_LEVEL`; else the first) moved to the front."""
    levels = list(col.levels)
    for candidate in _REFERENCE_NAMES:
        for level in levels:
            if str(level).strip().lower() == candidate:
                levels.remove(level)
                return (level, *levels)
    absent = [level for level in levels if _NO_LEVEL.match(str(level).strip())]
    if len(absent) == 1:
        levels.remove(absent[0])
        return (absent[0], *levels)
    return tuple(levels)


_OBJECTS = "holds lists, dicts or other objects rather than single values"


def _treatment_kind(query: CausalQuery, col: ColumnProfile) -> Kind:
    task = query.task
    if col.kind in (Kind.CONSTANT, Kind.TEXT, Kind.DATETIME):
        what = {
            Kind.CONSTANT: "takes a single value, so it has no effect to estimate",
            Kind.TEXT: _OBJECTS if holds_objects(col) else
            f"is text with {col.n_distinct} distinct values (more than the 10 levels a treatment may have)",
            Kind.DATETIME: "is a date/time",
        }[col.kind]
        raise PlanError(f"treatment: {col.name!r} {what}.", fix="Choose a binary, categorical or numeric treatment column.", field="treatment")
    if col.kind is Kind.CATEGORICAL and col.n_distinct > MAX_TREATMENT_LEVELS:
        raise PlanError(
            f"treatment: {col.name!r} has {col.n_distinct} levels; at most {MAX_TREATMENT_LEVELS} are supported.",
            fix="Group its levels into fewer categories first.", field="treatment",
        )
    if col.kind is Kind.CONTINUOUS and task is Task.OPO:
        raise PlanError(
            f"treatment: {col.name!r} is continuous, but choosing a treatment (OPO) needs a discrete one "
            f"(a few actions to choose between).",
            fix=f"Bin it first, e.g. df.assign({col.name}_high=df[{col.name!r}] > df[{col.name!r}].median()).",
            field="treatment",
        )
    if task is Task.MA and col.kind is Kind.CATEGORICAL:
        reference = _levels_with_reference(col)[0]
        raise PlanError(f"treatment: mediation analysis needs a binary or numeric treatment; {col.name!r} has "
                        f"{col.n_distinct} unordered levels.",
                        fix=f"Compare the other levels with {reference!r}, e.g. df.assign(treated=df[{col.name!r}] != {reference!r}).",
                        field="treatment")
    return col.kind


def _outcome_ok(role: str, col: ColumnProfile) -> None:
    if col.kind is Kind.CONSTANT:
        raise PlanError(f"{role}: {col.name!r} takes a single value, so no effect on it can be measured.", field=role)
    if not col.numeric and one_level(col) is None:
        fix = (f"Use a numeric column (or one of two levels); if it holds numbers stored as text, convert it first with "
               f"pd.to_numeric(df[{col.name!r}], errors='coerce').")
        raise PlanError(f"{role}: {col.name!r} is {col.kind.value} ({col.dtype}); the {role} must be numeric.", fix=fix, field=role)


def _as_numbers(values: pd.Series, col: ColumnProfile, warnings: list[str]) -> np.ndarray:
    """An outcome's or mediator's values as floats; text of two levels as 0 / 1 (:func:`.profile.one_level`), said in
    ``warnings``."""
    if col.numeric:
        return values.to_numpy(dtype=float)
    yes = one_level(col)
    no = next(v for v in col.levels if v != yes)
    warnings.append(f"{col.name} is read as 1 where it is {yes!r} and 0 where it is {no!r}: effects on it are changes in that share.")
    return (values == yes).to_numpy(dtype=float)


def _is_identifier(col: ColumnProfile, n_rows: int) -> bool:
    return col.numeric and col.n_distinct == n_rows and bool(_ID_NAME.search(col.name))


def _unusable_reason(col: ColumnProfile, n_rows: int) -> str | None:
    """Why a column cannot enter a model, or ``None`` when it can."""
    if col.kind is Kind.CONSTANT:
        return "is constant"
    if col.kind is Kind.TEXT:
        return _OBJECTS if holds_objects(col) else f"is text with {col.n_distinct} distinct values (an identifier or free text)"
    if col.kind is Kind.DATETIME:
        return "is a date/time"
    if _is_identifier(col, n_rows):
        return "looks like a row identifier"
    return None


def _usable(col: ColumnProfile, n_rows: int, warnings: list[str]) -> bool:
    """Whether a column can enter a model; unusable ones are reported in ``warnings``."""
    why = _unusable_reason(col, n_rows)
    if why:
        warnings.append(f"Column {col.name!r} was left out because it {why}.")
    return why is None


def _match_level(cond: Condition, col: ColumnProfile, value: Any) -> Any:
    """Map a condition value onto the column's own values (numbers for numeric columns)."""
    if col.numeric:
        if isinstance(value, bool):
            return float(value)
        if isinstance(value, str):
            try:
                return float(value)
            except ValueError:
                raise PlanError(
                    f"condition: {cond.column!r} is numeric but the value {value!r} is not a number.",
                    fix=f"Use a number between {col.min:g} and {col.max:g}.", field="condition",
                ) from None
        return value
    for level in col.levels:
        if level == value or str(level).strip().lower() == str(value).strip().lower():
            return level
    shown = ", ".join(repr(v) for v in col.levels[:12])
    raise PlanError(
        f"condition: {cond.column!r} has no value {value!r}.", fix=f"Its values are: {shown}.", field="condition"
    )


def _condition_mask(cond: Condition, col: ColumnProfile, values: pd.Series) -> np.ndarray:
    if cond.op in ("<", "<=", ">", ">=") and not col.numeric:
        raise PlanError(
            f"condition: {cond.op!r} needs a numeric column; {cond.column!r} is {col.kind.value}.",
            fix="Use '==' or 'in' with one of its values.", field="condition",
        )
    if cond.op == "in":
        wanted = [_match_level(cond, col, v) for v in cond.value]  # type: ignore[union-attr]
        return values.isin(wanted).to_numpy()
    value = _match_level(cond, col, cond.value)
    if col.numeric:
        return np.asarray(COMPARE[cond.op](values.to_numpy(dtype=float, na_value=np.nan), float(value)), dtype=bool)
    return np.asarray(COMPARE[cond.op](values.to_numpy(dtype=object), value), dtype=bool)


def check_query(query: CausalQuery, prof: DataProfile) -> None:
    """The cheap checks of a query against a profile (fields, column names, roles), without touching the data."""
    if query.task is Task.UNSUPPORTED:
        return
    _check_required(query)
    _check_columns(query, prof)
    _check_roles(query)


# --- the planner -------------------------------------------------------------------------------


def make_plan(query: CausalQuery, df: pd.DataFrame, *, settings: Settings | None = None) -> Plan:
    """Validate ``query`` against ``df`` and prepare the arrays a tool fits on."""
    settings = settings or Settings()
    if query.task is Task.UNSUPPORTED:
        raise PlanError(
            f"This question is outside what the tool answers: {query.reason or 'no reason given'}.",
            fix="Ask about a causal graph (CGL), an average (ATE) or subgroup (HTE) effect, mediation (MA) or a policy (OPO).",
            field="task",
        )
    prof = profile(df)
    if prof.n_rows == 0 or not prof.columns:
        raise PlanError("The DataFrame is empty.", fix="Pass a DataFrame with rows and columns.")
    # Columns are addressed by their string names; df itself is only ever read.
    frame = df if all(isinstance(c, str) for c in df.columns) else df.set_axis([str(c) for c in df.columns], axis=1)
    check_query(query, prof)
    if query.task is Task.CGL:
        return _plan_graph(query, frame, prof, settings)
    return _plan_effect(query, frame, prof, settings)


def _row_filter(query: CausalQuery, frame: pd.DataFrame, prof: DataProfile, warnings: list[str]) -> np.ndarray | None:
    """For ATE, MA and CGL a condition restricts the rows the analysis uses."""
    if not query.condition or query.task in (Task.HTE, Task.OPO):
        return None
    mask = np.ones(len(frame), dtype=bool)
    for cond in query.condition:
        mask &= _condition_mask(cond, prof[cond.column], frame[cond.column])
    described = " and ".join(c.describe() for c in query.condition)
    warnings.append(f"Only the {int(mask.sum())} rows where {described} were used.")
    return mask


def _drop_missing(frame: pd.DataFrame, columns: list[str], prof: DataProfile) -> tuple[np.ndarray, dict[str, int]]:
    """Rows without missing or infinite values in ``columns``, and how many each column removed."""
    keep = np.ones(len(frame), dtype=bool)
    reasons: dict[str, int] = {}
    for name in columns:
        col = prof[name]
        if col.n_missing:
            keep &= ~frame[name].isna().to_numpy()
            reasons[f"missing {name}"] = col.n_missing
        if col.n_infinite:
            keep &= ~np.isinf(frame[name].to_numpy(dtype=float, na_value=np.nan))
            reasons[f"infinite {name}"] = col.n_infinite
    return keep, reasons


def _finish_rows(keep: np.ndarray, n_total: int, reasons: dict[str, int], row_filter: np.ndarray | None) -> tuple[np.ndarray, int]:
    if row_filter is not None:
        excluded = int((~row_filter & keep).sum())
        if excluded:
            reasons["outside the condition"] = excluded
        keep = keep & row_filter
    n_used = int(keep.sum())
    if n_used < MIN_ROWS:
        detail = "; ".join(f"{k}: {v}" for k, v in reasons.items()) or "none dropped"
        raise PlanError(
            f"Only {n_used} usable rows (rows dropped: {detail}); at least {MIN_ROWS} are needed.",
            fix="Use more data, or fewer columns with missing values (set 'controls').",
        )
    return keep, n_total - n_used


def _plan_graph(query: CausalQuery, frame: pd.DataFrame, prof: DataProfile, settings: Settings) -> Plan:
    warnings: list[str] = []
    cols = [c for c in prof.columns if _usable(c, prof.n_rows, warnings)]
    kept = [*query.nodes, *(c.column for c in query.condition)]
    cols = [prof[n] for n in adjustment.without_sparse(prof, [c.name for c in cols], kept=kept, warnings=warnings)]
    for node in query.nodes:
        if node not in {c.name for c in cols}:
            why = _unusable_reason(prof[node], prof.n_rows)
            raise PlanError(f"nodes: {node!r} cannot enter a causal graph: it {why}.", fix="Leave it out of 'nodes'.", field="nodes")
    if len(cols) < 2:
        raise PlanError("A causal graph needs at least two usable columns.", fix="Pass a DataFrame with more numeric or categorical columns.")
    names = [c.name for c in cols]
    row_filter = _row_filter(query, frame, prof, warnings)
    keep, reasons = _drop_missing(frame, names, prof)
    keep, n_dropped = _finish_rows(keep, prof.n_rows, reasons, row_filter)
    subset = keep if not keep.all() else slice(None)
    if all(c.numeric for c in cols):  # one conversion for the whole block
        data = frame[names].to_numpy(dtype=float)[subset]
    else:
        data = np.empty((int(keep.sum()), len(cols)))
        for j, col in enumerate(cols):
            values = frame[col.name]
            if col.numeric:
                data[:, j] = values.to_numpy(dtype=float)[subset]
            else:
                data[:, j] = pd.Categorical(values, categories=list(col.levels)).codes[subset]
    for j, col in enumerate(cols):
        if np.ptp(data[:, j]) == 0:
            raise PlanError(f"nodes: {col.name!r} is constant in the rows used.", fix="Drop it or use more rows.")
    return Plan(
        query=query, settings=settings, n_rows_used=len(data), n_rows_dropped=n_dropped, drop_reasons=reasons,
        warnings=tuple(warnings),
        data=GraphData(variables=tuple(names), kinds=tuple(c.kind for c in cols), data=data, nodes=query.nodes),
    )


def _plan_effect(query: CausalQuery, frame: pd.DataFrame, prof: DataProfile, settings: Settings) -> Plan:
    warnings: list[str] = []
    t_col = prof[query.treatment]  # type: ignore[index]
    y_col = prof[query.outcome]  # type: ignore[index]
    kind = _treatment_kind(query, t_col)
    _outcome_ok("outcome", y_col)
    roles = [c for c in (query.treatment, query.outcome, query.mediator) if c is not None]
    if query.mediator is not None:
        m_col = prof[query.mediator]
        _outcome_ok("mediator", m_col)
        adjustment.check_mediator(frame, prof, mediator=m_col.name, outcome=y_col.name)
    condition_columns = [c.column for c in query.condition if c.column not in roles]
    if query.controls is None:
        candidates = [c for c in prof.names if c not in roles]
    else:
        candidates = list(query.controls) + [c for c in condition_columns if c not in query.controls]
        added = [c for c in condition_columns if c not in query.controls]
        if added and query.task in (Task.HTE, Task.OPO):
            warnings.append(f"Added the condition column(s) {added} to the covariates.")
    controls = [c for c in candidates if _usable(prof[c], prof.n_rows, warnings)]
    if query.task is Task.MA and kind is Kind.DISCRETE:  # a count or a scale: its mediation is that of one unit more
        warnings.append(f"{t_col.name} is read as a number: the effects are those of one unit more.")
        kind = Kind.CONTINUOUS
    reference = None if kind is Kind.CONTINUOUS else _levels_with_reference(t_col)[0]
    if query.controls is None:
        controls = adjustment.screen(frame, prof, controls, treatment=t_col.name, outcome=y_col.name, reference=reference,
                                     kept=condition_columns, warnings=warnings)
    else:
        adjustment.check_named(frame, prof, [c for c in controls if c in query.controls], treatment=t_col.name, reference=reference,
                               warnings=warnings)
        warnings.append(f"Adjusted only for the named controls ({', '.join(controls) or 'none'}): a common cause of "
                        f"{t_col.name} and {y_col.name} outside them is not accounted for.")
    for cond in query.condition:
        if cond.column in roles:
            raise PlanError(
                f"condition: {cond.column!r} is the {'treatment' if cond.column == query.treatment else 'outcome or mediator'}; "
                "a subgroup must be defined by a covariate.", field="condition",
            )
        if cond.column not in controls:
            why = _unusable_reason(prof[cond.column], prof.n_rows)
            raise PlanError(f"condition: {cond.column!r} cannot be used as a covariate: it {why}.", field="condition")
    row_filter = _row_filter(query, frame, prof, warnings)
    keep, reasons = _drop_missing(frame, roles + controls, prof)
    keep, n_dropped = _finish_rows(keep, prof.n_rows, reasons, row_filter)
    rows = frame.loc[keep]

    levels: tuple[Scalar, ...] | None = None
    if kind is not Kind.CONTINUOUS:
        levels = _levels_with_reference(t_col)
        present = set(rows[t_col.name].unique().tolist())
        levels = tuple(level for level in levels if level in present)
        T = pd.Categorical(rows[t_col.name], categories=list(levels)).codes.astype(int)
        counts = np.bincount(T, minlength=len(levels))
        if len(levels) < 2:
            raise PlanError(
                f"treatment: every used row has {t_col.name} = {levels[0]!r}; there is nobody to compare with.",
                fix="Check the condition and missing values.", field="treatment",
            )
        small = [f"{levels[i]!r} ({counts[i]} rows)" for i in range(len(levels)) if counts[i] < MIN_ROWS_PER_ARM]
        if small and kind is Kind.DISCRETE and query.task in (Task.ATE, Task.HTE):
            # a count ("children under 5": 0-3) with a rare top value is read as a number, as a regression would
            warnings.append(f"{t_col.name} has values with fewer than {MIN_ROWS_PER_ARM} rows ({', '.join(small)}), too few to be "
                            "compared as groups; it is read as a number: the effect is that of one unit more.")
            kind, levels = Kind.CONTINUOUS, None
        elif small:
            raise PlanError(
                f"treatment: too few rows in treatment arm(s) {', '.join(small)}; at least {MIN_ROWS_PER_ARM} per arm are needed.",
                fix="Merge rare levels or use more data.", field="treatment",
            )
    if kind is Kind.CONTINUOUS:
        T = rows[t_col.name].to_numpy(dtype=float)
    Y = _as_numbers(rows[y_col.name], y_col, warnings)
    M = _as_numbers(rows[query.mediator], prof[query.mediator], warnings) if query.mediator is not None else None
    X, names, sources, references = _encode_controls(rows, [prof[c] for c in controls], warnings)

    subgroup: np.ndarray | None = None
    set_value: SetValue | None = None
    if query.task in (Task.HTE, Task.OPO):
        for cond in query.condition:
            col = prof[cond.column]
            if cond.op == "==" and col.kind is Kind.CONTINUOUS:
                if set_value is not None:
                    raise PlanError("condition: at most one condition may fix a continuous covariate at a value.", field="condition")
                value = float(_match_level(cond, col, cond.value))
                if not col.min <= value <= col.max:  # type: ignore[operator]
                    warnings.append(f"{col.name} = {value:g} is outside the observed range [{col.min:g}, {col.max:g}]: this is an extrapolation.")
                set_value = SetValue(column=col.name, feature_index=sources.index(col.name), value=value)
            else:
                mask = _condition_mask(cond, col, rows[cond.column])
                subgroup = mask if subgroup is None else subgroup & mask
        if subgroup is not None and not subgroup.any():
            described = " and ".join(c.describe() for c in query.condition)
            raise PlanError(f"condition: no usable row has {described}.", fix="Loosen the condition.", field="condition")
    if len(Y) < 200:
        warnings.append(f"Small sample ({len(Y)} rows): estimates are imprecise.")
    data = EffectData(
        treatment=t_col.name, outcome=y_col.name, treatment_kind=kind, T=T, Y=Y, X=X, feature_names=names,
        feature_sources=sources, feature_references=references, treatment_levels=levels, mediator=query.mediator, M=M, subgroup=subgroup,
        set_value=set_value, condition=query.condition,
    )
    return Plan(
        query=query, settings=settings, n_rows_used=len(Y), n_rows_dropped=n_dropped, drop_reasons=reasons,
        warnings=tuple(warnings), data=data,
    )


def _encode_controls(rows: pd.DataFrame, cols: list[ColumnProfile], warnings: list[str]
                     ) -> tuple[np.ndarray, tuple[str, ...], tuple[str, ...], dict[str, Scalar]]:
    """Numeric controls as they are; categorical ones one-hot (first level dropped: each column's reference level)."""
    blocks: list[np.ndarray] = []
    names: list[str] = []
    sources: list[str] = []
    references: dict[str, Scalar] = {}
    for col in cols:
        values = rows[col.name]
        if col.numeric:
            block = values.to_numpy(dtype=float)[:, None]
            if np.ptp(block) == 0:
                warnings.append(f"Column {col.name!r} was left out because it is constant in the rows used.")
                continue
            blocks.append(block)
            names.append(col.name)
            sources.append(col.name)
            continue
        present = [lv for lv in col.levels if lv in set(values.unique().tolist())]
        if len(present) < 2:
            warnings.append(f"Column {col.name!r} was left out because it is constant in the rows used.")
            continue
        codes = pd.Categorical(values, categories=present).codes
        references[col.name] = thaw(present[0])
        for i, level in enumerate(present[1:], start=1):
            blocks.append((codes == i).astype(float)[:, None])
            names.append(f"{col.name}={thaw(level)}")
            sources.append(col.name)
    X = np.hstack(blocks) if blocks else np.empty((len(rows), 0))
    return X, tuple(names), tuple(sources), references
