"""The interpretation corpus (``jupyter-causal corpus --interpret``): (question, Result, explanation).

Questions and tables come from the parser's corpus generator (so the held-out split is by domain
and phrasing family as there); each gets a Result drawn over realistic ranges (negative,
zero-crossing and tiny effects, wide intervals, warnings, categorical levels, many edges) and an
explanation in one of the styles of :mod:`.prompt`.
"""
from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from ..corpus.questions import Example, generate, write_examples
from ..explain import Explanation, check_explanation, explain
from ..profile import Kind
from ..schema import ATEResult, CGLResult, Contrast, HTEResult, MAResult, OPOResult, Result, Task
from .prompt import STYLES, target_text

INTERPRET_VERSION = "2"
TASKS = (Task.ATE, Task.HTE, Task.MA, Task.OPO, Task.CGL)


@dataclasses.dataclass(frozen=True, kw_only=True)
class InterpretExample:
    """One training or evaluation item for the explaining model."""

    question: str
    data_name: str
    result: Result
    explanation: str
    domain: str
    family: str
    split: str

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "interpret", "question": self.question, "data_name": self.data_name, "result": self.result.to_dict(),
                "explanation": self.explanation, "domain": self.domain, "family": self.family, "split": self.split}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> InterpretExample:
        return cls(question=data["question"], data_name=data["data_name"], result=Result.from_dict(data["result"]),
                   explanation=data["explanation"], domain=data["domain"], family=data["family"], split=data["split"])


# --- results over realistic ranges ----------------------------------------------------------------


def _effect(rng: np.random.Generator, scale: float) -> tuple[float, tuple[float, float], float]:
    """An estimate, its 95% interval and p-value: clear, zero-crossing or tiny, of either sign."""
    kind = rng.choice(["clear", "crossing", "tiny"], p=[0.5, 0.35, 0.15])
    est = float(rng.choice([-1, 1]) * scale * (rng.uniform(0.3, 2) if kind != "tiny" else rng.uniform(0.001, 0.02)))
    se = abs(est) / (rng.uniform(2.5, 8) if kind == "clear" else rng.uniform(0.3, 1.5)) if kind != "tiny" else scale * rng.uniform(0.01, 0.1)
    p = math.erfc(abs(est) / se / math.sqrt(2))
    return est, (est - 1.96 * se, est + 1.96 * se), p


def _warnings(rng: np.random.Generator, treatment: str) -> tuple[str, ...]:
    pool = [
        f"Weak overlap: {int(rng.integers(3, 30))}% of rows had under 5% estimated probability of some level of {treatment}; "
        "the estimate leans on extrapolation for them.",
        f"Only the {int(rng.integers(100, 5000))} rows where the condition holds were used.",
        "Column 'id' was left out because it looks like a row identifier.",
    ]
    return tuple(str(w) for w in rng.choice(pool, size=int(rng.choice([0, 0, 1, 2])), replace=False))


def _levels(example: Example, column: str) -> tuple[Any, ...]:
    col = example.profile[column]
    if col.kind is Kind.BINARY:
        return (0, 1)
    return tuple(col.levels)[:4] if col.levels else (0, 1)


def synth_result(example: Example, rng: np.random.Generator) -> Result:
    """A Result of the example's task, naming its query's columns, with numbers over realistic ranges."""
    q, n = example.query, int(rng.choice([150, 800, 2000, 12000, 60000]))
    scale = float(10 ** rng.uniform(-2, 4))
    method = {Task.ATE: rng.choice(["dr_learner", "linear_dml"]), Task.HTE: "causal_forest", Task.MA: "g_formula",
              Task.OPO: rng.choice(["policy_tree", "policy_forest"]), Task.CGL: rng.choice(["pc", "ges", "lingam"])}[q.task]
    common: dict[str, Any] = {"method": str(method), "n_rows_used": n, "warnings": _warnings(rng, q.treatment or "the treatment")}
    if q.task is Task.ATE:
        assert q.treatment and q.outcome
        if example.profile[q.treatment].kind in (Kind.CONTINUOUS, Kind.DISCRETE):
            est, ci, p = _effect(rng, scale)
            return ATEResult(**common, treatment=q.treatment, outcome=q.outcome, treatment_kind="continuous", estimate=est, ci=ci, p_value=p)
        levels = _levels(example, q.treatment)
        contrasts = []
        for level in levels[1:]:
            est, ci, p = _effect(rng, scale)
            contrasts.append(Contrast(level=level, reference=levels[0], estimate=est, ci=ci, p_value=p))
        c = contrasts[0]
        return ATEResult(**common, treatment=q.treatment, outcome=q.outcome, treatment_kind="binary" if len(levels) == 2 else "categorical",
                         estimate=c.estimate, ci=c.ci, p_value=c.p_value, treatment_levels=levels, reference_level=levels[0],
                         contrasts=tuple(contrasts))
    if q.task is Task.HTE:
        assert q.treatment and q.outcome
        est, ci, _ = _effect(rng, scale)
        overall, overall_ci, _ = _effect(rng, scale)
        spread = sorted(float(x) for x in overall + scale * rng.normal(size=5))
        others = [c for c in example.profile.names if c not in (q.treatment, q.outcome)]
        weights = np.sort(rng.dirichlet(np.ones(len(others))))[::-1] if others else []
        return HTEResult(**common, treatment=q.treatment, outcome=q.outcome, treatment_kind="binary",
                         condition=tuple(c.to_dict() for c in q.condition), subgroup_size=int(n * rng.uniform(0.05, 0.6)),
                         estimate=est if q.condition else overall, ci=ci if q.condition else overall_ci, overall_estimate=overall,
                         overall_ci=overall_ci, cate_quantiles=dict(zip(("q10", "q25", "q50", "q75", "q90"), spread)),
                         effect_modifiers=tuple({"column": c, "importance": round(float(w), 4)} for c, w in zip(others, weights)),
                         cate_histogram={"edges": [spread[0], spread[-1]], "counts": [n]}, treatment_levels=(0, 1), reference_level=0)
    if q.task is Task.MA:
        assert q.treatment and q.outcome and q.mediator
        direct, d_ci, _ = _effect(rng, scale)
        indirect, i_ci, _ = _effect(rng, scale)
        total = direct + indirect
        t_ci = (d_ci[0] + i_ci[0], d_ci[1] + i_ci[1])
        share = indirect / total if direct * indirect > 0 and (t_ci[0] > 0 or t_ci[1] < 0) else None
        return MAResult(**common, treatment=q.treatment, outcome=q.outcome, mediator=q.mediator, level=1, reference_level=0, total=total,
                        direct=direct, indirect=indirect, proportion_mediated=share, n_bootstrap=200,
                        ci={"total": t_ci, "direct": d_ci, "indirect": i_ci})
    if q.task is Task.OPO:
        assert q.treatment and q.outcome
        levels = _levels(example, q.treatment)
        base = float(rng.uniform(-2, 10) * scale)
        values = {str(lvl): base + float(rng.normal() * scale) for lvl in levels}
        best = max(values, key=lambda k: values[k])
        value = values[best] + abs(float(rng.normal())) * scale * rng.uniform(0, 0.5)
        half = abs(scale) * rng.uniform(0.05, 0.8)
        share = float(rng.uniform(0.3, 1.0))
        return OPOResult(**common, treatment=q.treatment, outcome=q.outcome, condition=tuple(c.to_dict() for c in q.condition),
                         treatment_levels=levels, best_action=next(lvl for lvl in levels if str(lvl) == best), best_action_share=share,
                         subgroup_size=n, policy_value=value, policy_value_ci=(value - half, value + half),
                         baseline_values={"treat-none": values[str(levels[0])], "treat-all": values[str(levels[-1])],
                                          "observed": base + float(rng.normal() * scale * 0.3)},
                         action_values=values, recommended_shares={best: share}, policy_rules=())
    nodes = list(q.nodes) or list(example.profile.names)[: int(rng.integers(3, 8))]
    if len(nodes) < 2:
        nodes = list(dict.fromkeys([*nodes, *example.profile.names]))[:3]
    pairs = [(a, b) for i, a in enumerate(nodes) for b in nodes[i + 1:]]
    chosen = [pairs[i] for i in rng.permutation(len(pairs))[: int(rng.integers(0, min(len(pairs), 8) + 1))]]
    directed = [(a, b) if rng.uniform() < 0.5 else (b, a) for a, b in chosen if rng.uniform() < 0.6]
    undirected = [e for e in chosen if e not in directed and (e[1], e[0]) not in directed]
    return CGLResult(**common, variables=tuple(nodes), nodes=tuple(nodes), edges=tuple(directed), undirected=tuple(undirected),
                     relations=(), ci_test="fisherz" if method == "pc" else None, alpha=0.05 if method == "pc" else None)


def _data_name(example: Example, rng: np.random.Generator) -> str:
    return str(rng.choice(["the data", f"{example.domain.replace(' ', '_')}.csv", "df"]))


def generate_interpret(*, n_train: int, n_test: int, seed: int = 0) -> Iterator[InterpretExample]:
    """Examples whose questions come from the parser corpus's train / held-out splits (effect and graph tasks only)."""
    rng = np.random.default_rng(seed)
    wanted = {"train": n_train, "test": n_test}
    made = {"train": 0, "test": 0}
    for example in generate(n_train=4 * n_train, n_test=4 * n_test, seed=seed):
        if example.query.task not in TASKS or made[example.split] >= wanted[example.split]:
            continue
        result = synth_result(example, rng)
        name = _data_name(example, rng)
        made[example.split] += 1
        yield InterpretExample(question=example.question, data_name=name, result=result,
                               explanation=target_text(result, data_name=name, style=int(rng.integers(STYLES))),
                               domain=example.domain, family=example.family, split=example.split)


def write_interpret_corpus(path: Path, *, n_train: int = 2000, n_test: int = 200, seed: int = 0) -> dict[str, Any]:
    """JSON lines plus a manifest (kind, version, sizes, hash) next to it."""
    return write_examples(path, generate_interpret(n_train=n_train, n_test=n_test, seed=seed),
                          {"kind": "interpret", "version": INTERPRET_VERSION, "seed": seed})


def read_interpret_corpus(path: Path, split: str | None = None) -> list[InterpretExample]:
    out = [InterpretExample.from_dict(json.loads(line)) for line in path.read_text().splitlines() if line.strip()]
    return [ex for ex in out if split is None or ex.split == split]


def problems(example: InterpretExample) -> tuple[str, ...]:
    """What the checker finds wrong with the training explanation (nothing, for every generated example; tested)."""
    template = explain(example.result, data_name=example.data_name)
    return check_explanation(Explanation(text=example.explanation, caveats=template.caveats), example.result, data_name=example.data_name)
