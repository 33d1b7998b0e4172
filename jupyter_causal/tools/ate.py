"""ATE: average treatment effect with EconML's LinearDML or (Linear)DRLearner."""
from __future__ import annotations

from ..plan import EffectData, Plan
from ..profile import Kind
from ..schema import ATEResult, Contrast, Task
from . import nuisance
from ._effects import alpha_of, contrast_from, fold_propensities, overlap_warning
from .registry import common, register, set_default

DISCRETE = frozenset({Kind.BINARY, Kind.DISCRETE, Kind.CATEGORICAL})


def _result(plan: Plan, method: str, contrasts: list[Contrast], warning: str) -> ATEResult:
    data = plan.data
    assert isinstance(data, EffectData)
    first = contrasts[0]
    extra = ""
    if data.discrete and len(contrasts) > 1:
        extra = f"{data.treatment} has {len(contrasts) + 1} levels: each is compared with {data.reference_level!r}."
    return ATEResult(
        **common(plan, method, warning, extra), treatment=data.treatment, outcome=data.outcome,
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
        return _result(plan, "linear_dml", [c], "")
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


def _default(plan: Plan) -> str:
    data = plan.data
    assert isinstance(data, EffectData)
    return "dr_learner" if data.discrete else "linear_dml"


set_default(Task.ATE, _default)
