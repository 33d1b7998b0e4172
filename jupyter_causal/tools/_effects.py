"""Helpers shared by the effect tools: inference summaries, propensities and overlap checks."""
from __future__ import annotations

from typing import Any

import numpy as np

from ..plan import EffectData, Plan
from ..schema import Contrast

OVERLAP_THRESHOLD = 0.05
OVERLAP_SHARE = 0.05


def contrast_from(inference: Any, *, level: Any, reference: Any, alpha: float) -> Contrast:
    """A :class:`Contrast` from an EconML population-summary-like inference object."""
    lo, hi = inference.conf_int_mean(alpha=alpha)
    return Contrast(
        level=level, reference=reference, estimate=_scalar(inference.mean_point), ci=(_scalar(lo), _scalar(hi)),
        p_value=_scalar(inference.pvalue()),
    )


def _scalar(value: Any) -> float:
    return float(np.ravel(np.asarray(value, dtype=float))[0])


def mean_with_ci(scores: np.ndarray, alpha: float) -> tuple[float, tuple[float, float], float]:
    """Mean of per-unit scores with a normal interval and a two-sided p-value against zero."""
    mean = float(scores.mean())
    se = float(scores.std(ddof=1) / np.sqrt(len(scores))) if len(scores) > 1 else float("nan")
    from scipy import stats

    z = stats.norm.ppf(1 - alpha / 2)
    p = float(2 * stats.norm.sf(abs(mean) / se)) if se > 0 else float("nan")
    return mean, (mean - z * se, mean + z * se), p


OVERLAP_ROWS = 2000
"""Overlap is diagnosed on a seeded sample of this many rows: a share needs no more, and it keeps the check cheap."""


def fold_propensities(models: list[Any], W: np.ndarray, seed: int) -> np.ndarray:
    """Average predicted level probabilities of an EconML estimator's fitted treatment models (on a row sample)."""
    if len(W) > OVERLAP_ROWS:
        W = W[np.random.default_rng(seed).choice(len(W), size=OVERLAP_ROWS, replace=False)]
    return np.mean([m.predict_proba(W) for m in models], axis=0)


def overlap_warning(propensity: np.ndarray, data: EffectData) -> str:
    """A warning when many units had almost no chance of some treatment level."""
    low = (propensity < OVERLAP_THRESHOLD).any(axis=1)
    share = float(low.mean())
    if share <= OVERLAP_SHARE:
        return ""
    return (
        f"Weak overlap: {share:.0%} of rows had under {OVERLAP_THRESHOLD:.0%} estimated probability of some level of "
        f"{data.treatment}; the estimate leans on extrapolation for them."
    )


def alpha_of(plan: Plan) -> float:
    return 1.0 - plan.settings.ci_level
