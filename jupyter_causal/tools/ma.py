"""MA: natural direct and indirect effects by the regression g-formula, with bootstrap intervals.

The direct and indirect effects are one decomposition, read together, so their two intervals are
simultaneous: both hold at the stated level at once (each alone is a little wider than a
one-at-a-time interval). The total's and the proportion's intervals are one-at-a-time.
"""
from __future__ import annotations

import numpy as np

from ..errors import FitError
from ..plan import EffectData, Plan
from ..profile import Kind
from ..schema import MAResult, Scalar, Task
from ._effects import alpha_of
from .registry import common, register, set_default


def _standardised(values: np.ndarray) -> np.ndarray:
    spread = values.std(axis=0)
    return (values - values.mean(axis=0)) / np.where(spread > 0, spread, 1.0)


def _designs(T: np.ndarray, M: np.ndarray, X: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The outcome design [1, T, M, T M, X], the mediator design [1, T, X] and the mediator, with the mediator and
    controls standardised: the effects do not change under it, and the normal equations stay well conditioned (a
    numeric treatment comes standardised too, :func:`_contrast`)."""
    ones, t = np.ones((len(T), 1)), T[:, None]
    m, x = _standardised(M), _standardised(X)
    return np.hstack([ones, t, m[:, None], t * m[:, None], x]), np.hstack([ones, t, x]), m


def _weighted_fit(design: np.ndarray, target: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Weighted least squares by the normal equations (a bootstrap resample is a weight per row: how often it was drawn)."""
    weighted = design * weights[:, None]
    return np.linalg.lstsq(design.T @ weighted, weighted.T @ target, rcond=None)[0]


def _decompose(outcome: np.ndarray, mediator: np.ndarray, M: np.ndarray, Y: np.ndarray, weights: np.ndarray,
               t0: float = 0.0, t1: float = 1.0) -> tuple[float, float]:
    """(NDE, NIE) of switching the treatment from ``t0`` to ``t1`` (in the design's units), from a linear outcome model
    with a treatment x mediator term and a linear mediator model.

    The outcome model is linear in M, so imputing each unit's counterfactual mediator mean
    E[M | t, x] is the regression g-formula: NDE = (t1 - t0) (b_T + b_TM E[M(t0)]), NIE = (b_M + b_TM t1) a_T (t1 - t0);
    for a binary treatment (0 to 1), b_T + b_TM E[M(0)] and (b_M + b_TM) a_T.
    """
    b = _weighted_fit(outcome, Y, weights)
    a = _weighted_fit(mediator, M, weights)
    mean_m0 = float(np.average(a[0] + mediator[:, 2:] @ a[2:], weights=weights)) + a[1] * t0
    return float((t1 - t0) * (b[1] + b[3] * mean_m0)), float((b[2] + b[3] * t1) * a[1] * (t1 - t0))


def _contrast(data: EffectData) -> tuple[np.ndarray, float, float, Scalar, Scalar]:
    """The treatment as the designs take it, the switch (t0, t1) in those units and the levels it is between: a binary
    treatment's codes, 0 to 1; a numeric one standardised, from its mean (to two significant digits) to one unit more."""
    if data.treatment_levels is not None:
        return data.T.astype(float), 0.0, 1.0, data.treatment_levels[1], data.treatment_levels[0]
    mean, spread = float(data.T.mean()), float(data.T.std())
    if spread == 0:
        raise FitError(f"{data.treatment} takes a single value in the used rows; it has no effect to decompose.",
                       fix="Check the condition and missing values.")
    start = float(f"{mean:.2g}")
    end = float(f"{start + 1:.12g}")
    return (data.T - mean) / spread, (start - mean) / spread, (end - mean) / spread, end, start


def simultaneous(draws: np.ndarray, alpha: float) -> np.ndarray:
    """Percentile intervals (one row per column of ``draws``) that hold together: the narrowest common tail at which
    at least ``1 - alpha`` of the draws lie inside every interval at once, between one-at-a-time and Bonferroni."""
    for tail in np.linspace(alpha / 2, alpha / (2 * draws.shape[1]), 41):
        bounds = np.percentile(draws, [100 * tail, 100 * (1 - tail)], axis=0)
        if np.mean(np.all((draws >= bounds[0]) & (draws <= bounds[1]), axis=1)) >= 1 - alpha:
            break
    return bounds.T


@register(Task.MA, "g_formula", summary="Regression g-formula (linear models with treatment-mediator interaction), bootstrap CIs",
          treatment_kinds=frozenset({Kind.BINARY, Kind.CONTINUOUS}))
def g_formula(plan: Plan) -> MAResult:
    """Natural direct and indirect effects of a binary treatment's switch, or of one unit more of a numeric one."""
    data = plan.data
    assert isinstance(data, EffectData) and data.M is not None
    Y = data.Y
    T, t0, t1, level, reference = _contrast(data)
    outcome, mediator, M = _designs(T, data.M, data.X)
    n = len(Y)
    nde, nie = _decompose(outcome, mediator, M, Y, np.ones(n), t0, t1)
    rng = np.random.default_rng(plan.settings.seed)
    boots = []
    for _ in range(plan.settings.n_bootstrap):
        weights = np.bincount(rng.integers(0, n, size=n), minlength=n).astype(float)
        if data.discrete and (weights[T == 1].sum() == 0 or weights[T == 0].sum() == 0):
            continue
        boots.append(_decompose(outcome, mediator, M, Y, weights, t0, t1))
    if not boots:
        raise FitError("Every bootstrap resample had a single treatment arm.", fix="Use more data or a more balanced treatment.")
    draws = np.asarray(boots)
    alpha = alpha_of(plan)
    q = [100 * alpha / 2, 100 * (1 - alpha / 2)]
    total = nde + nie
    with np.errstate(divide="ignore", invalid="ignore"):
        props = draws[:, 1] / draws.sum(axis=1)
    direct, indirect = simultaneous(draws, alpha)
    intervals = {"direct": tuple(direct), "indirect": tuple(indirect), "total": tuple(np.percentile(draws.sum(axis=1), q))}
    warnings = []
    proportion: float | None = nie / total if total != 0 else None
    lo, hi = intervals["total"]
    if lo <= 0 <= hi:
        warnings.append("The total effect's interval includes zero, so the proportion mediated is not reported.")
        proportion = None
    elif nde * nie < 0:
        warnings.append(
            "The direct and indirect effects point in opposite directions, so a proportion mediated would be "
            "misleading and is not reported."
        )
        proportion = None
    else:
        intervals["proportion_mediated"] = tuple(np.percentile(props[np.isfinite(props)], q))
    if 0 < len(boots) < plan.settings.n_bootstrap:
        warnings.append(f"{plan.settings.n_bootstrap - len(boots)} bootstrap resamples had one treatment arm only and were skipped.")
    return MAResult(
        **common(plan, "g_formula", *warnings), treatment=data.treatment, outcome=data.outcome, mediator=data.mediator or "",
        level=level, reference_level=reference, total=total, direct=nde, indirect=nie, proportion_mediated=proportion,
        ci={k: (float(v[0]), float(v[1])) for k, v in intervals.items()}, n_bootstrap=len(boots),
        treatment_kind=data.treatment_kind.value,
    )


set_default(Task.MA, lambda plan: "g_formula")
