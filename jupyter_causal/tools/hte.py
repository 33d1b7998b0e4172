"""HTE: conditional effects with EconML's CausalForestDML, evaluated where the query's condition holds."""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from ..errors import PlanError
from ..plan import EffectData, Plan
from ..profile import Kind
from ..schema import HTEResult, Task
from . import nuisance
from ._effects import alpha_of, mean_with_ci, overlap_warning
from .registry import common, fit_threads, register, set_default

if TYPE_CHECKING:
    from econml.dml import CausalForestDML

N_TREES = 200  # EconML needs a multiple of 4
QUANTILES = (0.1, 0.25, 0.5, 0.75, 0.9)
IMPORTANCE_ROWS = 1000
N_MODIFIERS = 5
CURVE_POINTS = 10


def _dr_scores(est: CausalForestDML, data: EffectData, cate: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Doubly robust per-unit effect scores for a binary treatment, and the fitted propensities.

    Under the partially linear model, theta(x) + (Y_res - theta(x) T_res) T_res / (p (1 - p))
    is an unbiased score for the unit's effect, so averaging it over a subgroup gives that
    subgroup's effect with an honest standard error (tighter than averaging forest intervals).
    """
    y_res, t_res = est.residuals_[0], est.residuals_[1]
    y_res = np.ravel(y_res)
    t_res = np.ravel(t_res)
    p = np.clip(data.T - t_res, nuisance.MIN_PROPENSITY, 1 - nuisance.MIN_PROPENSITY)
    return cate + (y_res - cate * t_res) * t_res / (p * (1 - p)), p


def _forest_mean(est: CausalForestDML, X: np.ndarray, alpha: float) -> tuple[float, tuple[float, float]]:
    """Mean forest effect over the rows of ``X`` with EconML's (conservative) interval for that mean."""
    summary = est.effect_inference(X).population_summary(alpha=alpha)
    lo, hi = summary.conf_int_mean()
    return float(summary.mean_point), (float(lo), float(hi))


def _modifiers(est: CausalForestDML, data: EffectData, seed: int) -> list[dict[str, object]]:
    """Rank covariates by how much the predicted effect changes when the covariate is shuffled."""
    if not data.feature_sources:
        return []
    rng = np.random.default_rng(seed)
    rows = rng.choice(len(data.X), size=min(IMPORTANCE_ROWS, len(data.X)), replace=False)
    X = data.X[rows]
    base = np.ravel(est.effect(X))
    scores: dict[str, float] = {}
    perm = rng.permutation(len(X))
    for source in dict.fromkeys(data.feature_sources):
        cols = [j for j, s in enumerate(data.feature_sources) if s == source]
        shuffled = X.copy()
        shuffled[:, cols] = X[perm][:, cols]
        scores[source] = float(np.mean(np.abs(np.ravel(est.effect(shuffled)) - base)))
    total = sum(scores.values()) or 1.0
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])[:N_MODIFIERS]
    return [{"column": c, "importance": round(v / total, 4)} for c, v in ranked]


def _curve(data: EffectData, cate: np.ndarray, column: str) -> dict[str, object] | None:
    """Mean estimated effect along one covariate (quantile bins) or per category."""
    cols = [j for j, s in enumerate(data.feature_sources) if s == column]
    if not cols:
        return None
    if len(cols) == 1 and data.feature_names[cols[0]] == column:
        x = data.X[:, cols[0]]
        edges = np.unique(np.quantile(x, np.linspace(0, 1, CURVE_POINTS + 1)))
        if len(edges) < 3:
            return None
        bins = np.clip(np.searchsorted(edges, x, side="right") - 1, 0, len(edges) - 2)
        keep = [b for b in range(len(edges) - 1) if (bins == b).any()]
        return {
            "column": column, "kind": "numeric",
            "x": [float(np.mean(x[bins == b])) for b in keep],
            "estimate": [float(np.mean(cate[bins == b])) for b in keep],
        }
    block = data.X[:, cols]
    labels = ["(reference)"] + [data.feature_names[j].split("=", 1)[1] for j in cols]
    group = np.where(block.any(axis=1), block.argmax(axis=1) + 1, 0)
    keep = [g for g in range(len(labels)) if (group == g).any()]
    return {
        "column": column, "kind": "categorical", "x": [labels[g] for g in keep],
        "estimate": [float(np.mean(cate[group == g])) for g in keep],
    }


@register(Task.HTE, "causal_forest", summary="Causal forest with DML residuals (EconML CausalForestDML)",
          treatment_kinds=frozenset({Kind.BINARY, Kind.CONTINUOUS}))
def causal_forest(plan: Plan) -> HTEResult:
    data = plan.data
    assert isinstance(data, EffectData)
    if data.X.shape[1] == 0:
        raise PlanError("HTE needs covariates along which the effect can vary; there are none.", fix="Add covariate columns.")
    seed, alpha = plan.settings.seed, alpha_of(plan)
    binary = data.treatment_kind is Kind.BINARY
    from econml.dml import CausalForestDML

    est = CausalForestDML(
        model_y=nuisance.regressor(seed), model_t=nuisance.treatment_model(data.T, data.X, discrete=binary, seed=seed),
        discrete_treatment=binary, n_estimators=N_TREES, min_samples_leaf=10, cv=nuisance.folds(len(data.Y)),
        random_state=seed, drate=False, n_jobs=fit_threads(),
    )
    est.fit(data.Y, data.T, X=data.X, cache_values=True)
    cate = np.ravel(est.effect(data.X))
    X_at, size = data.at_condition()
    warning = ""
    if binary:
        scores, p = _dr_scores(est, data, cate)
        overall, overall_ci, _ = mean_with_ci(scores, alpha)
        warning = overlap_warning(np.column_stack([1 - p, p]), data)
    else:
        overall, overall_ci = _forest_mean(est, data.X, alpha)
    if data.set_value is None and data.subgroup is None:
        estimate, ci = overall, overall_ci
    elif binary and data.set_value is None:
        estimate, ci, _ = mean_with_ci(scores[data.subgroup], alpha)
    else:
        estimate, ci = _forest_mean(est, X_at, alpha)
    small = f"Only {size} rows satisfy the condition: the subgroup estimate is imprecise." if size < 50 else ""
    modifiers = _modifiers(est, data, seed)
    focus = data.condition[0].column if data.condition else (modifiers[0]["column"] if modifiers else None)
    counts, edges = np.histogram(cate, bins=20)
    return HTEResult(
        **common(plan, "causal_forest", warning, small), treatment=data.treatment, outcome=data.outcome,
        treatment_kind=data.treatment_kind.value, condition=tuple(c.to_dict() for c in data.condition),
        subgroup_size=size, estimate=float(estimate), ci=tuple(map(float, ci)), overall_estimate=float(overall),
        overall_ci=tuple(map(float, overall_ci)),
        cate_quantiles={f"q{int(q * 100)}": float(v) for q, v in zip(QUANTILES, np.quantile(cate, QUANTILES))},
        effect_modifiers=modifiers, cate_histogram={"edges": edges.tolist(), "counts": counts.tolist()},
        effect_curve=_curve(data, cate, str(focus)) if focus else None,
        treatment_levels=data.treatment_levels, reference_level=data.reference_level,
    )


set_default(Task.HTE, lambda plan: "causal_forest")
