"""How an end-to-end answer is scored: relevance (the right question was answered), win (the answer
contains the truth) and the explanation's honesty (every key number stated, none invented).

The rules follow the paper's Table 2 where it defines them and are stricter where it does not;
each is one small function so a test can feed it hand-made right and wrong answers.
"""
from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np

from ..explain import METHOD_LABELS, Explanation, missing_key_numbers, result_variables, sentences, unsupported_numbers
from ..schema import ATEResult, CausalQuery, CGLResult, HTEResult, MAResult, OPOResult, Result, Task, thaw
from .cases import E2ECase
from .parse import field_scores

RELATIVE_TOLERANCE = 0.10
"""An estimate within 10% of the truth wins even when its interval misses it."""
ORACLE_SHARE = 0.95
"""A learned policy wins when it reaches 95% of the oracle's gain over treating nobody."""
NODES_PER_SHD = 5
"""A learned graph wins with a structural Hamming distance of at most one per five nodes (rounded up)."""


def relevant(predicted: CausalQuery | None, gold: CausalQuery) -> bool:
    """The parsed query asks the gold question: same task and every field the task uses the same."""
    return predicted is not None and all(exact for exact, _ in field_scores(predicted, gold).values())


def contains(estimate: float, ci: Any, truth: float) -> bool:
    """The truth lies in the interval, or the estimate is within 10% of it."""
    lo, hi = ci
    return bool(lo <= truth <= hi or abs(estimate - truth) <= RELATIVE_TOLERANCE * abs(truth))


def _ate(r: ATEResult, case: E2ECase) -> bool:
    assert case.truth.ate is not None
    return contains(r.estimate, r.ci, case.truth.ate)


def _hte(r: HTEResult, case: E2ECase) -> bool:
    return contains(r.estimate, r.ci, case.truth.effect_at(case.data, case.gold.condition))


def _ma(r: MAResult, case: E2ECase) -> bool:
    t = case.truth
    assert t.nde is not None and t.nie is not None
    return contains(r.direct, r.ci["direct"], t.nde) and contains(r.indirect, r.ci["indirect"], t.nie)


def _opo(r: OPOResult, case: E2ECase) -> bool:
    truth, df = case.truth, case.data
    if case.gold.condition:  # a subgroup: the recommended action must be its optimal one
        optimal = 1 if truth.effect_at(df, case.gold.condition) > 0 else 0
        return str(thaw(r.best_action)) == str(optimal)
    levels = [str(thaw(v)) for v in r.treatment_levels]
    recommended = r.recommend(df) if r.policy_tree is not None else [r.best_action] * len(df)
    actions = np.array([levels.index(str(thaw(a))) for a in recommended])
    nobody = truth.policy_value(np.zeros(len(df), dtype=int))
    gain = truth.policy_value(truth.oracle_actions) - nobody
    return bool(truth.policy_value(actions) - nobody >= ORACLE_SHARE * gain)


def allowed_shd(n_nodes: int) -> int:
    return math.ceil(n_nodes / NODES_PER_SHD)


def _cgl(r: CGLResult, case: E2ECase) -> bool:
    nodes = set(case.truth.query.nodes)
    edges = [e for e in r.edges if set(e) <= nodes]
    undirected = [e for e in r.undirected if set(e) <= nodes]
    return case.truth.shd(edges, undirected) <= allowed_shd(len(nodes))


WIN_RULES: Mapping[Task, Callable[[Any, E2ECase], bool]] = {
    Task.ATE: _ate, Task.HTE: _hte, Task.MA: _ma, Task.OPO: _opo, Task.CGL: _cgl,
}


def win(result: Result | None, case: E2ECase) -> bool:
    """The answer contains the true value (the rule of the case's task)."""
    if result is None or result.task is not case.truth.task:
        return False
    return WIN_RULES[case.truth.task](result, case)


# --- explanations ---------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, kw_only=True)
class ExplanationScore:
    """What an explanation states against what its Result holds."""

    missing: tuple[str, ...]
    """Key numbers (estimates and interval ends, as the results table shows them) the text never states."""
    hallucinated: tuple[str, ...]
    """Numbers in the text that no value of the Result rounds to."""
    names_method: bool
    names_variables: bool
    sentences: int

    @property
    def complete(self) -> bool:
        return not self.missing

    def to_dict(self) -> dict[str, Any]:
        return {**dataclasses.asdict(self), "complete": self.complete}


def score_explanation(explanation: Explanation, result: Result) -> ExplanationScore:
    """Completeness, hallucination, method and variable names, and length of one explanation."""
    text = str(explanation)
    missing = missing_key_numbers(text, result)
    variables = result_variables(result)
    label = METHOD_LABELS.get(result.method, result.method)
    return ExplanationScore(
        missing=tuple(missing), hallucinated=tuple(unsupported_numbers(text, result)),
        names_method=label in text or result.method in text, names_variables=all(v in text for v in variables),
        sentences=len(sentences(explanation.text)),
    )
