"""ATE: average treatment effect with EconML's LinearDML or (Linear)DRLearner, or the doubly robust effect on the treated."""
from __future__ import annotations

import numpy as np

from ..plan import EffectData, Plan
from ..profile import Kind
from ..schema import ATEResult, Contrast, Task
from . import nuisance
from ._effects import OVERLAP_SHARE, OVERLAP_THRESHOLD, alpha_of, contrast_from, fold_propensities, mean_with_ci, overlap_warning
from .registry import common, register, set_default

DISCRETE = frozenset({Kind.BINARY, Kind.DISCRETE, Kind.CATEGORICAL})
NEVER_TREATED_ODDS = 0.1
"""A row whose estimated chance of treatment is under this share of the treated share is practically never treated."""
NEVER_TREATED_SHARE = 0.5
"""Where more rows than this are practically never treated, an average over all rows is mostly extrapolation."""
TREATED_MINORITY = 0.2
"""The effect on the treated is the default only where the treated are at most this share of the rows."""


def _result(plan: Plan, method: str, contrasts: list[Contrast], *warnings: str) -> ATEResult:
    data = plan.data
    assert isinstance(data, EffectData)
    first = contrasts[0]
    extra = ""
    if data.discrete and len(contrasts) > 1:
        extra = f"{data.treatment} has {len(contrasts) + 1} levels: each is compared with {data.reference_level!r}."
    return ATEResult(
        **common(plan, method, *warnings, extra), treatment=data.treatment, outcome=data.outcome,
        treatment_kind=data.treatment_kind.value, estimate=first.estimate, ci=first.ci, p_value=first.p_value,
        treatment_levels=data.treatment_levels, reference_level=data.reference_level,
        contrasts=tuple(contrasts) if data.discrete else (),
    )


@register(Task.ATE, "linear_dml", summary="Double machine learning with a linear final stage (EconML LinearDML)",
          treatment_kinds=DISCRETE | {Kind.CONTINUOUS})
def linear_dml(plan: Plan) -> ATEResult:
    data = plan.data
    assert isinstance(data, EffectData)
    seed = plan.settings.seed
    W = nuisance.controls(data.X)
    kwargs = {"categories": list(range(len(data.treatment_levels)))} if data.discrete else {}
    from econml.dml import LinearDML

    est = LinearDML(
        model_y=nuisance.regressor(seed),
        model_t=nuisance.treatment_model(data.T, W, discrete=data.discrete, seed=seed),
        discrete_treatment=data.discrete, cv=nuisance.folds(len(data.Y)), random_state=seed, **kwargs,
    )
    est.fit(data.Y, data.T, X=None, W=W)
    alpha = alpha_of(plan)
    if not data.discrete:
        c = contrast_from(est.ate_inference(T0=0.0, T1=1.0), level=1.0, reference=0.0, alpha=alpha)
        return _result(plan, "linear_dml", [c])
    levels = data.treatment_levels
    assert levels is not None
    contrasts = [
        contrast_from(est.ate_inference(T0=0, T1=i), level=levels[i], reference=levels[0], alpha=alpha)
        for i in range(1, len(levels))
    ]
    propensity = fold_propensities([m for fold in est.models_t for m in fold], W, seed)
    return _result(plan, "linear_dml", contrasts, overlap_warning(propensity, data))


@register(Task.ATE, "dr_learner", summary="Doubly robust learner with clipped propensities (EconML LinearDRLearner)",
          treatment_kinds=DISCRETE)
def dr_learner(plan: Plan) -> ATEResult:
    data = plan.data
    assert isinstance(data, EffectData) and data.treatment_levels is not None
    seed = plan.settings.seed
    W = nuisance.controls(data.X)
    from econml.dr import LinearDRLearner

    est = LinearDRLearner(
        model_propensity=nuisance.treatment_model(data.T, W, discrete=True, seed=seed), model_regression=nuisance.regressor(seed),
        min_propensity=nuisance.MIN_PROPENSITY, categories=list(range(len(data.treatment_levels))),
        cv=nuisance.folds(len(data.Y)), random_state=seed,
    )
    est.fit(data.Y, data.T, X=None, W=W)
    alpha = alpha_of(plan)
    levels = data.treatment_levels
    contrasts = [
        contrast_from(est.ate_inference(T0=0, T1=i), level=levels[i], reference=levels[0], alpha=alpha)
        for i in range(1, len(levels))
    ]
    propensity = fold_propensities([m for fold in est.models_propensity for m in fold], W, seed)
    return _result(plan, "dr_learner", contrasts, overlap_warning(propensity, data))


@register(Task.ATE, "dr_att", summary="Doubly robust average effect on the treated: each level against the reference, averaged "
          "over the units that received it (cross-fitted propensity and control-outcome models)", treatment_kinds=DISCRETE)
def dr_att(plan: Plan) -> ATEResult:
    """The effect on the treated, the textbook answer where the treated differ from most controls (job-training
    participants against a national survey): the treated's outcomes against their predicted untreated outcomes, the
    prediction corrected by the controls' residuals weighted by their odds of treatment."""
    data = plan.data
    assert isinstance(data, EffectData) and data.treatment_levels is not None
    seed, alpha, levels = plan.settings.seed, alpha_of(plan), data.treatment_levels
    W = nuisance.controls(data.X)
    contrasts, weak = [], []
    for i in range(1, len(levels)):
        rows = (data.T == 0) | (data.T == i)
        treated = (data.T[rows] == i).astype(int)
        scores, propensity = _att_scores(data.Y[rows], treated, W[rows], seed=seed)
        estimate, ci, p_value = mean_with_ci(scores, alpha)
        contrasts.append(Contrast(level=levels[i], reference=levels[0], estimate=estimate, ci=ci, p_value=p_value))
        share = float((propensity[treated == 1] > 1 - OVERLAP_THRESHOLD).mean())
        if share > OVERLAP_SHARE:
            weak.append(f"{share:.0%} of the units with {data.treatment} = {levels[i]!r}")
    warning = (f"Weak overlap among the treated: {', '.join(weak)} had over {1 - OVERLAP_THRESHOLD:.0%} estimated probability of "
               "their level; few comparable untreated units back their effect." if weak else "")
    chosen = ""
    if plan.query.method is None:  # the default chose it: say why, and how to get the average over all rows
        share, base = _never_treated(data.T, data.X)
        chosen = (f"This is the effect on the treated ({data.treatment} = {levels[1]!r}), not an average over all rows: {share:.0%} "
                  f"of rows had almost no chance of treatment (an estimated chance under a tenth of the treated share, {base:.1%}), "
                  "so an effect for them would rest on extrapolation. Pass method='dr_learner' for the average over all rows.")
    return _result(plan, "dr_att", contrasts, chosen, warning)


def _att_scores(Y: np.ndarray, treated: np.ndarray, W: np.ndarray, *, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Per-unit scores whose mean is the doubly robust effect on the treated (scaled by the treated share, so that
    their mean's standard error is the influence function's), and the cross-fitted propensities."""
    from sklearn.base import clone
    from sklearn.model_selection import StratifiedKFold

    model = nuisance.treatment_model(treated, W, discrete=True, seed=seed)
    propensity, untreated = np.zeros(len(Y)), np.zeros(len(Y))
    for train, test in StratifiedKFold(nuisance.folds(len(Y)), shuffle=True, random_state=seed).split(W, treated):
        propensity[test] = clone(model).fit(W[train], treated[train]).predict_proba(W[test])[:, 1]
        controls = train[treated[train] == 0]
        untreated[test] = nuisance.regressor(seed).fit(W[controls], Y[controls]).predict(W[test])
    e = np.clip(propensity, nuisance.MIN_PROPENSITY, 1 - nuisance.MIN_PROPENSITY)
    residual = Y - untreated
    psi = treated * residual - (1 - treated) * e / (1 - e) * residual
    share = treated.mean()
    att = psi.sum() / treated.sum()
    return att + (psi - treated * att) / share, propensity


def _never_treated(T: np.ndarray, W: np.ndarray) -> tuple[float, float]:
    """The share of rows whose chance of treatment (a quick logistic model) is under a tenth of the treated share, and
    that share; an in-sample fit is enough to tell a national survey's rows from a program's participants."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    treated, Z = (T == 1).astype(int), StandardScaler().fit_transform(W)
    base = float(treated.mean())
    propensity = LogisticRegression(max_iter=1000).fit(Z, treated).predict_proba(Z)[:, 1]
    return float((propensity < NEVER_TREATED_ODDS * base).mean()), base


def _default(plan: Plan) -> str:
    """Doubly robust for a discrete treatment, double ML for a continuous one; but the effect on the treated where a
    binary treatment's treated are a small minority and most rows are practically never treated (job-training
    participants against a national survey): there an average over all rows is mostly extrapolation, and the effect on
    the treated is the one the data answer (textbook analyses of such tables report it)."""
    data = plan.data
    assert isinstance(data, EffectData)
    if not data.discrete:
        return "linear_dml"
    if len(data.treatment_levels or ()) == 2 and data.X.shape[1] and np.mean(data.T == 1) <= TREATED_MINORITY and (
            _never_treated(data.T, data.X)[0] > NEVER_TREATED_SHARE):
        return "dr_att"
    return "dr_learner"


set_default(Task.ATE, _default)
