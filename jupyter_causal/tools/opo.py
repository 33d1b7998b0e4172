"""OPO: a treatment policy learned with EconML's DRPolicyTree / DRPolicyForest, valued honestly.

The learned policy's value is estimated out of sample: policies fitted on one half of the rows are
scored on the other half with cross-fitted doubly robust (AIPW) scores, since in-sample values flatter.
"""
from __future__ import annotations

from typing import Any

import numpy as np

from ..errors import PlanError
from ..plan import EffectData, Plan
from ..profile import Kind
from ..schema import OPOResult, Task, level_key, thaw
from . import nuisance
from ._effects import alpha_of, mean_with_ci, overlap_warning
from .registry import common, fit_threads, register, set_default

DISCRETE = frozenset({Kind.BINARY, Kind.DISCRETE, Kind.CATEGORICAL})
TREE_DEPTH = 2


def dr_scores(data: EffectData, seed: int, propensity_model: Any) -> tuple[np.ndarray, np.ndarray]:
    """Cross-fitted AIPW scores Gamma[i, a] of every unit under every action (``propensity_model`` refitted on each
    fold), and the propensities."""
    assert data.treatment_levels is not None
    n, k = len(data.Y), len(data.treatment_levels)
    X = data.X
    gamma, propensity = np.zeros((n, k)), np.zeros((n, k))
    from sklearn.base import clone
    from sklearn.model_selection import StratifiedKFold

    splitter = StratifiedKFold(n_splits=nuisance.folds(n), shuffle=True, random_state=seed)
    for train, test in splitter.split(X, data.T):
        clf = clone(propensity_model).fit(X[train], data.T[train])
        p = np.zeros((len(test), k))
        p[:, clf.classes_] = clf.predict_proba(X[test])
        propensity[test] = p
        p = np.clip(p, nuisance.MIN_PROPENSITY, 1.0)
        for a in range(k):
            arm = train[data.T[train] == a]
            mu = nuisance.regressor(seed).fit(X[arm], data.Y[arm]).predict(X[test])
            treated = data.T[test] == a
            gamma[test, a] = mu + treated * (data.Y[test] - mu) / p[:, a]
    return gamma, propensity


def _learner(name: str, seed: int, n_rows: int, propensity_model: Any) -> Any:
    from econml.policy import DRPolicyForest, DRPolicyTree

    shared = {
        "model_regression": nuisance.regressor(seed), "model_propensity": propensity_model,
        "min_propensity": nuisance.MIN_PROPENSITY, "cv": min(3, nuisance.folds(n_rows)), "random_state": seed,
    }
    if name == "policy_tree":
        return DRPolicyTree(max_depth=TREE_DEPTH, min_samples_leaf=max(10, n_rows // 100), **shared)
    return DRPolicyForest(
        max_depth=TREE_DEPTH + 1, n_estimators=100, min_samples_leaf=max(10, n_rows // 100), n_jobs=fit_threads(), **shared
    )


def _fit(name: str, data: EffectData, rows: np.ndarray, seed: int, propensity_model: Any, sign: float) -> Any:
    """The policy learner fitted on ``rows``; it maximises ``sign`` times the outcome (-1: as low as possible)."""
    return _learner(name, seed, len(rows), propensity_model).fit(sign * data.Y[rows], data.T[rows], X=data.X[rows])


def threshold_text(value: float) -> str:
    """A split threshold for people: whole numbers from 1,000 on, else four significant digits."""
    return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.4g}"


def _tree(policy: Any, data: EffectData) -> tuple[dict[str, Any], list[str]]:
    """The fitted policy tree as nested JSON (splits that change nothing merged away) and as if-then rules."""
    assert data.treatment_levels is not None
    tree = policy.policy_model_.tree_
    levels = data.treatment_levels

    def walk(node: int) -> dict[str, Any]:
        left, right = int(tree.children_left[node]), int(tree.children_right[node])
        if left < 0:
            return {"action": thaw(levels[int(np.argmax(tree.value[node, :, 0]))]), "n": int(tree.n_node_samples[node])}
        j = int(tree.feature[node])
        name, source = data.feature_names[j], data.feature_sources[j]
        split = {"column": source, "level": name.split("=", 1)[1] if name != source else None, "threshold": float(tree.threshold[node])}
        a, b = walk(left), walk(right)
        if "action" in a and "action" in b and a["action"] == b["action"]:
            return {"action": a["action"], "n": a["n"] + b["n"]}
        return {**split, "left": a, "right": b}

    rules: list[str] = []

    def describe(node: dict[str, Any], path: list[str]) -> None:
        if "action" in node:
            rules.append(f"{' and '.join(path) or 'everyone'}: {data.treatment} = {node['action']!r}")
            return
        if node["level"] is None:
            cut = threshold_text(node["threshold"])
            go_left, go_right = f"{node['column']} <= {cut}", f"{node['column']} > {cut}"
        else:
            go_left, go_right = f"{node['column']} != {node['level']!r}", f"{node['column']} == {node['level']!r}"
        describe(node["left"], path + [go_left])
        describe(node["right"], path + [go_right])

    root = walk(0)
    describe(root, [])
    return root, rules


def _run(plan: Plan, name: str) -> OPOResult:
    data = plan.data
    assert isinstance(data, EffectData) and data.treatment_levels is not None
    if data.X.shape[1] == 0:
        raise PlanError("OPO needs covariates to tailor the treatment to; there are none.", fix="Add covariate columns.")
    seed, alpha = plan.settings.seed, alpha_of(plan)
    objective = plan.query.objective
    sign = -1.0 if objective == "min" else 1.0
    levels = data.treatment_levels
    n = len(data.Y)
    propensity_model = nuisance.treatment_model(data.T, data.X, discrete=True, seed=seed)
    gamma, propensity = dr_scores(data, seed, propensity_model)

    # Honest value: each half's actions come from a policy fitted on the other half.
    order = np.random.default_rng(seed).permutation(n)
    halves = (order[: n // 2], order[n // 2:])
    actions = np.zeros(n, dtype=int)
    for fit_rows, score_rows in (halves, halves[::-1]):
        model = _fit(name, data, fit_rows, seed, propensity_model, sign)
        actions[score_rows] = np.asarray(model.predict(data.X[score_rows]), dtype=int)
    value, value_ci, _ = mean_with_ci(gamma[np.arange(n), actions], alpha)

    policy = _fit(name, data, np.arange(n), seed, propensity_model, sign)
    X_at, size = data.at_condition()
    recommended = np.asarray(policy.predict(X_at), dtype=int)
    shares = np.bincount(recommended, minlength=len(levels)) / len(recommended)
    best = int(np.argmax(shares))
    action_values = {level_key(levels[a]): float(gamma[:, a].mean()) for a in range(len(levels))}
    treated = max(range(1, len(levels)), key=lambda a: sign * gamma[:, a].mean())
    baselines = {
        "treat-none": action_values[level_key(levels[0])],
        "treat-all": action_values[level_key(levels[treated])],
        "observed": float(data.Y.mean()),
    }
    tree, rules = _tree(policy, data) if name == "policy_tree" else (None, [])
    warning = overlap_warning(propensity, data)
    return OPOResult(
        **common(plan, name, warning), treatment=data.treatment, outcome=data.outcome,
        condition=tuple(c.to_dict() for c in data.condition), treatment_levels=levels, best_action=levels[best],
        best_action_share=float(shares[best]), subgroup_size=size, policy_value=value, policy_value_ci=value_ci,
        baseline_values=baselines, action_values=action_values,
        recommended_shares={level_key(levels[a]): float(shares[a]) for a in range(len(levels))},
        policy_rules=tuple(rules), policy_tree=tree, objective=objective,
    )


@register(Task.OPO, "policy_tree", summary=f"Doubly robust policy tree of depth {TREE_DEPTH} (EconML DRPolicyTree)",
          treatment_kinds=DISCRETE)
def policy_tree(plan: Plan) -> OPOResult:
    return _run(plan, "policy_tree")


@register(Task.OPO, "policy_forest", summary="Doubly robust policy forest (EconML DRPolicyForest)", treatment_kinds=DISCRETE)
def policy_forest(plan: Plan) -> OPOResult:
    return _run(plan, "policy_forest")


set_default(Task.OPO, lambda plan: "policy_tree")
