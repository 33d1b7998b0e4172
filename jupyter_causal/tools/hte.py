"""HTE: conditional effects with EconML's CausalForestDML, evaluated where the query's condition holds."""
from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import numpy as np

from ..errors import PlanError
from ..plan import EffectData, Plan
from ..profile import Kind
from ..schema import Contrast, HTEResult, Scalar, Task
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
    """Doubly robust per-unit scores of each treatment level against the reference (rows x levels - 1), and the
    fitted probabilities of every level (rows x levels).

    Under the partially linear model, with the residual e = Y_res - sum_j theta_j(x) T_res_j,
    theta_i(x) + 1{T = i} e / p_i - 1{T = 0} e / p_0 is an unbiased score for the unit's effect of
    level i against the reference, so averaging it over a subgroup gives that subgroup's effect with an
    honest standard error (tighter than averaging forest intervals). With two levels it is the familiar
    theta(x) + e (T - p) / (p (1 - p)).
    """
    y_res = np.ravel(est.residuals_[0])
    t_res = np.asarray(est.residuals_[1], dtype=float).reshape(len(y_res), -1)
    at = data.T.astype(int)
    onehot = (at[:, None] == np.arange(1, t_res.shape[1] + 1)).astype(float)
    fitted = onehot - t_res
    p = np.clip(np.column_stack([1 - fitted.sum(axis=1), fitted]), nuisance.MIN_PROPENSITY, 1 - nuisance.MIN_PROPENSITY)
    e = y_res - (cate * t_res).sum(axis=1)
    return cate + onehot * (e[:, None] / p[:, 1:]) - ((at == 0) * e / p[:, 0])[:, None], p


def _forest_mean(est: CausalForestDML, X: np.ndarray, alpha: float, level: int | None = None) -> Contrast:
    """Mean forest effect over the rows of ``X`` with EconML's (conservative) interval for that mean: of one unit more
    of a continuous treatment, or of the level coded ``level`` against the reference."""
    inference = est.effect_inference(X) if level is None else est.effect_inference(X, T0=0, T1=level)
    summary = inference.population_summary(alpha=alpha)
    lo, hi = summary.conf_int_mean()
    return Contrast(level=1.0 if level is None else level, reference=0.0 if level is None else 0, estimate=float(summary.mean_point),
                    ci=(float(lo), float(hi)), p_value=float(np.ravel(summary.pvalue())[0]))


def _score_mean(scores: np.ndarray, alpha: float, level: int) -> Contrast:
    estimate, (lo, hi), p = mean_with_ci(scores, alpha)
    return Contrast(level=level, reference=0, estimate=float(estimate), ci=(float(lo), float(hi)), p_value=float(p))


def _named(contrasts: list[Contrast], levels: tuple[Scalar, ...] | None) -> tuple[Contrast, ...]:
    """Contrasts whose levels are codes, with the treatment's own level values instead."""
    if levels is None:
        return tuple(contrasts)
    return tuple(dataclasses.replace(c, level=levels[int(c.level)], reference=levels[0]) for c in contrasts)


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


def _groups(data: EffectData, column: str) -> tuple[str, list[object], list[np.ndarray]] | None:
    """Rows grouped along one covariate (a row mask per group): quantile bins of a numeric one, labelled by their
    mean, or its categories."""
    cols = [j for j, s in enumerate(data.feature_sources) if s == column]
    if not cols:
        return None
    if len(cols) == 1 and data.feature_names[cols[0]] == column:
        x = data.X[:, cols[0]]
        edges = np.unique(np.quantile(x, np.linspace(0, 1, CURVE_POINTS + 1)))
        if len(edges) < 3:
            return None
        bins = np.clip(np.searchsorted(edges, x, side="right") - 1, 0, len(edges) - 2)
        masks = [bins == b for b in range(len(edges) - 1) if (bins == b).any()]
        return "numeric", [float(np.mean(x[m])) for m in masks], masks
    block = data.X[:, cols]
    labels = [str(data.feature_references[column])] + [data.feature_names[j].split("=", 1)[1] for j in cols]
    group = np.where(block.any(axis=1), block.argmax(axis=1) + 1, 0)
    keep = [g for g in range(len(labels)) if (group == g).any()]
    return "categorical", [labels[g] for g in keep], [group == g for g in keep]


def _curve(est: CausalForestDML, data: EffectData, column: str, scores: np.ndarray | None, alpha: float) -> dict[str, object] | None:
    """The effect in each group along one covariate, with its interval. With a discrete treatment it is the group's
    mean doubly robust score, as the subgroup estimate is, so the curve at the asked group is the headline number
    (the forest's own group means shrink a small group towards the rest); else the forest's mean over the group."""
    grouped = _groups(data, column)
    if grouped is None:
        return None
    kind, x, rows = grouped
    means = [_score_mean(scores[r], alpha, 1) if scores is not None else _forest_mean(est, data.X[r], alpha) for r in rows]
    return {
        "column": column, "kind": kind, "x": x, "estimate": [c.estimate for c in means], "ci": [list(c.ci) for c in means],
        "rows": [int(r.sum()) for r in rows], "by": "doubly robust scores" if scores is not None else "forest",
    }


@register(Task.HTE, "causal_forest", summary="Causal forest with DML residuals (EconML CausalForestDML)",
          treatment_kinds=frozenset({Kind.BINARY, Kind.DISCRETE, Kind.CATEGORICAL, Kind.CONTINUOUS}))
def causal_forest(plan: Plan) -> HTEResult:
    """Effects where the condition holds and over all rows: of one unit more of a continuous treatment, else of each
    level against the reference (the first level's unit effects give the spread, the modifiers and the curve)."""
    data = plan.data
    assert isinstance(data, EffectData)
    if data.X.shape[1] == 0:
        raise PlanError("HTE needs covariates along which the effect can vary; there are none.", fix="Add covariate columns.")
    seed, alpha = plan.settings.seed, alpha_of(plan)
    levels = data.treatment_levels
    kwargs = {"categories": list(range(len(levels)))} if levels is not None else {}
    from econml.dml import CausalForestDML

    est = CausalForestDML(
        model_y=nuisance.regressor(seed), model_t=nuisance.treatment_model(data.T, data.X, discrete=data.discrete, seed=seed),
        discrete_treatment=data.discrete, n_estimators=N_TREES, min_samples_leaf=10, cv=nuisance.folds(len(data.Y)),
        random_state=seed, drate=False, n_jobs=fit_threads(), **kwargs,
    )
    est.fit(data.Y, data.T, X=data.X, cache_values=True)
    effects = np.asarray(est.const_marginal_effect(data.X), dtype=float).reshape(len(data.Y), -1)
    X_at, size = data.at_condition()
    codes = range(1, len(levels)) if levels is not None else [None]
    warning = ""
    if data.discrete:
        scores, p = _dr_scores(est, data, effects)
        overall = [_score_mean(scores[:, i - 1], alpha, i) for i in codes]
        warning = overlap_warning(p, data)
    else:
        overall = [_forest_mean(est, data.X, alpha)]
    if data.set_value is None and data.subgroup is None:
        here = overall
    elif data.discrete and data.set_value is None:
        here = [_score_mean(scores[data.subgroup, i - 1], alpha, i) for i in codes]
    else:
        here = [_forest_mean(est, X_at, alpha, level=i) for i in codes]
    small = f"Only {size} rows satisfy the condition: the subgroup estimate is imprecise." if size < 50 else ""
    many = levels is not None and len(levels) > 2
    several = (f"{data.treatment} has {len(levels)} levels: each is compared with {levels[0]!r}; the spread of unit "
               f"effects is that of {levels[1]!r}." if many else "")
    cate = effects[:, 0]
    modifiers = _modifiers(est, data, seed)
    focus = data.condition[0].column if data.condition else (modifiers[0]["column"] if modifiers else None)
    counts, edges = np.histogram(cate, bins=20)
    return HTEResult(
        **common(plan, "causal_forest", warning, small, several), treatment=data.treatment, outcome=data.outcome,
        treatment_kind=data.treatment_kind.value, condition=tuple(c.to_dict() for c in data.condition),
        subgroup_size=size, estimate=here[0].estimate, ci=here[0].ci, overall_estimate=overall[0].estimate,
        overall_ci=overall[0].ci,
        cate_quantiles={f"q{int(q * 100)}": float(v) for q, v in zip(QUANTILES, np.quantile(cate, QUANTILES))},
        effect_modifiers=modifiers, cate_histogram={"edges": edges.tolist(), "counts": counts.tolist()},
        effect_curve=_curve(est, data, str(focus), scores[:, 0] if data.discrete else None, alpha) if focus else None,
        treatment_levels=levels, reference_level=data.reference_level,
        contrasts=_named(here, levels) if many else (), overall_contrasts=_named(overall, levels) if many else (),
    )


set_default(Task.HTE, lambda plan: "causal_forest")
