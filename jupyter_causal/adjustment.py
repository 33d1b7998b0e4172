"""Which columns an effect adjusts for when the question names none: every usable column but the roles, less
those that would make the estimate wrong, each left out with its reason.

Adjusting for a column that (almost) fixes the treatment leaves nobody to compare with (``tinc`` for ``any``
when ``any`` is ``tinc > 0``), adjusting for one computed from the outcome explains the outcome away
(``wt82`` beside ``wt71`` for ``wt82_71``, ``unem78`` for ``re78``), and adjusting for one the treatment sets
(participation ``p401k`` for eligibility ``e401k``, months in training for training) removes part of the
effect, as may adjusting for one measured with the outcome (named for its year: ``smkintensity82_71`` beside
``wt82_71`` for quitting smoking); a column missing in many rows would drop them all. Named controls are the
user's choice: only the first, which no estimator survives, is refused, and the third is said in a warning.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import pandas as pd
from sklearn.tree import DecisionTreeClassifier

from .errors import PlanError
from .profile import ColumnProfile, DataProfile, Kind
from .schema import Scalar

MAX_MISSING_SHARE = 0.10
"""A column the question does not name is left out where it is missing in more than this share of the rows."""
DETERMINES = 0.99
"""A column determines a discrete variable where a two-level tree on it alone recalls this share of every level,
and a continuous one where their rank correlation is at least this."""
SET_IN_REFERENCE = 0.99
"""A column is set by a discrete treatment where one value holds at least this share of the reference arm's rows..."""
VARIES_IN_ARM = 0.90
"""...and at most this share of another arm's: it is switched on by the treatment (a dose, a take-up, a product with it)."""
MIN_ARM_ROWS = 20
"""Arms smaller than this are not read for a column set by the treatment."""
EXPLAINS = 0.999
"""The columns explain a continuous outcome away where a linear fit on them has at least this R²."""
_YEAR = re.compile(r"(?<!\d)(\d{4}|\d{2})(?!\d)")
"""A number in a column's name that may be a year (``re78``, ``wt82_71``, ``income_2019``)."""
_CHECK_ROWS = 20_000
"""Rows the checks look at (a random sample beyond this: a near-exact relation shows in any sample)."""


def screen(frame: pd.DataFrame, prof: DataProfile, candidates: Sequence[str], *, treatment: str, outcome: str,
           reference: Scalar | None, kept: Sequence[str] = (), warnings: list[str]) -> list[str]:
    """``candidates`` less those missing in many of the rows with a treatment and an outcome, those named for the
    outcome's year (:func:`_outcome_year`), those that determine
    the treatment or the outcome or that the outcome determines, those a discrete treatment with ``reference`` level
    (None: a continuous one) sets, and those that with the rest explain a continuous outcome away; each left out is
    said in ``warnings``. ``kept`` (condition columns) are never left out."""
    chosen = without_sparse(prof, candidates, kept=kept, warnings=warnings, named_in="controls", frame=frame,
                            roles=[treatment, outcome])
    rows = _sample(frame, [treatment, outcome])
    t, y = _codes(rows[treatment], prof[treatment]), _codes(rows[outcome], prof[outcome])
    arms = None if reference is None else _arms(rows[treatment], reference)
    year = _outcome_year(outcome, treatment)
    screened = []
    for name in chosen:
        x = _codes(rows[name], prof[name])
        if name in kept:
            screened.append(name)
        elif (role := _determined_role(x, t, prof[treatment], y, prof[outcome])) is not None:
            what, column = role
            warnings.append(f"Column {name!r} was left out because it almost fixes the {what} {column!r}: adjusting for it "
                            f"would {'leave no one to compare' if what == 'treatment' else 'explain the outcome away'}.")
        elif _follows(x, y):
            warnings.append(f"Column {name!r} was left out because the outcome {outcome!r} almost fixes it: it is computed "
                            "from the outcome, and adjusting for it would explain the outcome away.")
        elif arms is not None and (value := _set_by_treatment(rows[name], *arms)) is not None:
            warnings.append(f"Column {name!r} was left out because it is {value!r} wherever {treatment} is {reference!r} and "
                            f"varies elsewhere: the treatment sets it (a dose, a take-up, a product with it), and adjusting for "
                            f"it would remove part of the effect. Name it in 'controls' to adjust for it anyway.")
        elif year is not None and year in _years(name):
            warnings.append(f"Column {name!r} was left out because its name carries the outcome's year ({year}), which the "
                            f"treatment's does not: measured with the outcome, after the treatment, it may carry part of the "
                            f"effect. Name it in 'controls' to adjust for it anyway.")
        else:
            screened.append(name)
    if prof[outcome].kind is Kind.CONTINUOUS:
        screened = _without_outcome_parts(rows, prof, screened, y, kept, outcome, warnings)
    return screened


def _years(name: str) -> set[int]:
    """The years a column's name may carry: four digits from 1900 to 2099, or two read as 1930-2029 (``re78`` -> 1978)."""
    years = set()
    for digits in _YEAR.findall(name):
        number = int(digits)
        if len(digits) == 2:
            years.add(1900 + number if number >= 30 else 2000 + number)
        elif 1900 <= number <= 2099:
            years.add(number)
    return years


def _outcome_year(outcome: str, treatment: str) -> int | None:
    """The latest year the outcome's name carries (``wt82_71`` -> 1982) where the treatment's name does not carry it: a
    column named for that year was measured with the outcome, after the treatment (``smkintensity82_71`` for quitting
    smoking, ``unem78`` for training). ``None`` where the outcome carries no year or the treatment carries it too (in a
    table of one year, ``qemp86`` on ``narr86``, the year says nothing of order)."""
    years = _years(outcome)
    if not years or max(years) in _years(treatment):
        return None
    return max(years)


def without_sparse(prof: DataProfile, names: Sequence[str], *, kept: Sequence[str], warnings: list[str],
                   named_in: str = "nodes", frame: pd.DataFrame | None = None, roles: Sequence[str] = ()) -> list[str]:
    """``names`` less those not ``kept`` that are missing in more than :data:`MAX_MISSING_SHARE` of the rows (with
    ``frame`` and ``roles``, of the rows where the roles are present: the others are dropped anyway): a column the
    question does not name should not drop the rows it lacks (a year of death for the living)."""
    usable = frame[list(roles)].notna().all(axis=1).to_numpy() if frame is not None and roles else None
    total = prof.n_rows if usable is None else int(usable.sum())
    chosen = []
    for name in names:
        missing = prof[name].n_missing
        if usable is not None and missing:
            missing = int(frame[name].isna().to_numpy()[usable].sum())
        if name not in kept and missing > MAX_MISSING_SHARE * total:
            warnings.append(f"Column {name!r} was left out because it is missing in {missing:,} of {total:,} rows; "
                            f"name it in '{named_in}' to use it (and drop those rows).")
        else:
            chosen.append(name)
    return chosen


def check_named(frame: pd.DataFrame, prof: DataProfile, controls: Sequence[str], *, treatment: str, reference: Scalar | None,
                warnings: list[str]) -> None:
    """Raise where a named control almost fixes the treatment: no estimator can compare units that differ in the
    treatment alone; say in ``warnings`` where a discrete treatment with ``reference`` level seems to set one."""
    rows = _sample(frame, [treatment])
    t = _codes(rows[treatment], prof[treatment])
    arms = None if reference is None else _arms(rows[treatment], reference)
    for name in controls:
        if arms is not None and (value := _set_by_treatment(rows[name], *arms)) is not None:
            warnings.append(f"The named control {name!r} is {value!r} wherever {treatment} is {reference!r} and varies elsewhere: "
                            "if the treatment sets it, adjusting for it removes part of the effect.")
        if _determines(_codes(rows[name], prof[name]), t, prof[treatment]):
            raise PlanError(
                f"controls: {name!r} almost fixes the treatment {treatment!r}, so among units alike in {name!r} nobody "
                "differs in the treatment to compare with.",
                fix=f"Remove {name!r} from controls (it is the treatment's own measure or decides who is treated).",
                field="controls",
            )


def check_mediator(frame: pd.DataFrame, prof: DataProfile, *, mediator: str, outcome: str) -> None:
    """Raise where the outcome almost fixes the mediator: a column computed from the outcome (its log, a flag for
    zero) cannot carry the treatment's effect to it."""
    rows = _sample(frame, [mediator, outcome])
    if _follows(_codes(rows[mediator], prof[mediator]), _codes(rows[outcome], prof[outcome])):
        raise PlanError(
            f"mediator: {mediator!r} is almost a function of the outcome {outcome!r} (computed from it, as a log or a flag "
            "is), so it cannot carry the effect to it.",
            fix="Name a mediator measured between the treatment and the outcome.", field="mediator",
        )


def _sample(frame: pd.DataFrame, required: Sequence[str]) -> pd.DataFrame:
    rows = frame.loc[frame[list(required)].notna().all(axis=1).to_numpy()]
    return rows.sample(_CHECK_ROWS, random_state=0) if len(rows) > _CHECK_ROWS else rows


def _codes(values: pd.Series, col: ColumnProfile) -> np.ndarray:
    """A column as floats (levels as their codes, missing or infinite as NaN)."""
    if col.numeric:
        out = values.to_numpy(dtype=float, na_value=np.nan, copy=True)
        out[np.isinf(out)] = np.nan
        return out
    codes = pd.Categorical(values, categories=list(col.levels)).codes.astype(float)
    codes[codes < 0] = np.nan
    return codes


def _arms(treatment: pd.Series, reference: Scalar) -> tuple[np.ndarray, list[np.ndarray]] | None:
    """The reference arm's row mask and the other arms' masks, or None where the reference arm is too small."""
    base = (treatment == reference).to_numpy()
    others = [(treatment == level).to_numpy() for level in treatment.dropna().unique() if level != reference]
    others = [m for m in others if m.sum() >= MIN_ARM_ROWS]
    return (base, others) if base.sum() >= MIN_ARM_ROWS and others else None


def _set_by_treatment(values: pd.Series, base: np.ndarray, others: list[np.ndarray]) -> Scalar | None:
    """The value a column holds in (almost) all of the reference arm where it varies in another arm, else None."""
    counts = values[base].value_counts(dropna=False)
    if counts.empty or counts.iloc[0] < SET_IN_REFERENCE * base.sum():
        return None
    value = counts.index[0]
    if pd.isna(value):
        return None
    if min((values[arm] == value).mean() for arm in others) > VARIES_IN_ARM:
        return None
    return value.item() if isinstance(value, np.generic) else value


def _determined_role(x: np.ndarray, t: np.ndarray, t_col: ColumnProfile, y: np.ndarray,
                     y_col: ColumnProfile) -> tuple[str, str] | None:
    if _determines(x, t, t_col):
        return "treatment", t_col.name
    if _determines(x, y, y_col):
        return "outcome", y_col.name
    return None


def _determines(x: np.ndarray, target: np.ndarray, target_col: ColumnProfile) -> bool:
    """Whether ``x`` alone (nearly) fixes ``target``: a two-level tree's recall of every level of a discrete target,
    the rank correlation with a continuous one."""
    ok = ~np.isnan(x) & ~np.isnan(target)
    x, target = x[ok], target[ok]
    if len(x) < 30 or np.ptp(x) == 0 or np.ptp(target) == 0:
        return False
    if target_col.kind is Kind.CONTINUOUS:
        return abs(pd.Series(x).corr(pd.Series(target), method="spearman")) >= DETERMINES
    levels, codes = np.unique(target, return_inverse=True)
    if len(levels) > 10:
        return False
    fitted = DecisionTreeClassifier(max_depth=2, random_state=0).fit(x[:, None], codes).predict(x[:, None])
    return all((fitted[codes == i] == i).mean() >= DETERMINES for i in range(len(levels)))


def _follows(x: np.ndarray, y: np.ndarray) -> bool:
    """Whether ``y`` (nearly) fixes ``x``, as any function (``unem78`` is ``re78 == 0``; ``lre78`` its log, 0 at 0): in
    ``y``'s order, neighbours' differences in ``x``'s ranks keep at most ``1 - DETERMINES`` of their variance (twice
    over; ranks, so that a steep stretch such as a log near zero counts as little as a flat one; rows tied in ``y`` in
    random order)."""
    ok = ~np.isnan(x) & ~np.isnan(y)
    x, y = x[ok], y[ok]
    if len(x) < 30 or np.ptp(x) == 0:
        return False
    x = pd.Series(x).rank().to_numpy()
    shuffled = np.random.default_rng(0).permutation(len(y))  # ties in ``y`` in random order, not the table's
    steps = np.diff(x[shuffled[np.argsort(y[shuffled], kind="stable")]])
    return float(np.mean(steps**2)) <= 2 * (1 - DETERMINES) * float(np.var(x))


def _without_outcome_parts(rows: pd.DataFrame, prof: DataProfile, names: list[str], y: np.ndarray, kept: Sequence[str],
                           outcome: str, warnings: list[str]) -> list[str]:
    """``names`` less, one at a time, the column most correlated with the outcome among those without which a linear
    fit no longer explains it away (``wt82`` beside ``wt71`` for their difference ``wt82_71``)."""
    names = list(names)
    while True:
        blocks = {n: _design(rows[n], prof[n]) for n in names}
        r2 = _r2(y, blocks, names)
        if r2 < EXPLAINS:
            return names
        parts = [n for n in names if n not in kept and _r2(y, blocks, [m for m in names if m != n]) < EXPLAINS]
        if not parts:
            return names
        part = max(parts, key=lambda n: abs(np.nan_to_num(_corr(blocks[n][:, 0], y))))
        warnings.append(f"Column {part!r} was left out because with the other columns it gives {outcome!r} almost exactly "
                        f"(R² {r2:.4f}): it is probably computed from the outcome, or the outcome from it.")
        names.remove(part)


def _design(values: pd.Series, col: ColumnProfile) -> np.ndarray:
    """A column's linear features: itself, or one indicator per level but the first."""
    if col.numeric:
        return _codes(values, col)[:, None]
    codes = pd.Categorical(values, categories=list(col.levels)).codes
    out = np.stack([(codes == i).astype(float) for i in range(1, max(len(col.levels), 2))], axis=1)
    out[codes < 0] = np.nan
    return out


def _r2(y: np.ndarray, blocks: dict[str, np.ndarray], names: Sequence[str]) -> float:
    """In-sample R² of a least-squares fit of ``y`` on ``names``' features (complete rows; 0 where too few)."""
    if not names:
        return 0.0
    X = np.hstack([np.ones((len(y), 1))] + [blocks[n] for n in names])
    ok = ~np.isnan(X).any(axis=1) & ~np.isnan(y)
    if ok.sum() < X.shape[1] + 20:
        return 0.0
    X, target = X[ok], y[ok]
    coef, *_ = np.linalg.lstsq(X, target, rcond=None)
    total = ((target - target.mean()) ** 2).sum()
    return 0.0 if total == 0 else 1.0 - ((target - X @ coef) ** 2).sum() / total


def _corr(a: np.ndarray, b: np.ndarray) -> float:
    ok = ~np.isnan(a) & ~np.isnan(b)
    return float(np.corrcoef(a[ok], b[ok])[0, 1]) if ok.sum() > 2 and np.ptp(a[ok]) > 0 else 0.0
