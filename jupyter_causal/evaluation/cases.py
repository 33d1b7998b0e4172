"""End-to-end benchmark cases: a question in words about a generated table whose causal truth is known.

Like the paper's test cases, but drawn only from what the parser never trained on: the corpus
catalogue's held-out domains supply the variables (names, descriptions, synonyms) and the held-out
phrasing families supply the wording. The data come from the same generators as
``jc.make_dataset``, so every case carries the truth a correct answer must contain.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import numpy as np
import pandas as pd

from ..corpus.catalog import CATALOG, CatalogDomain, CatalogVariable
from ..corpus.datasets import GENERATORS, Truth
from ..corpus.domains import Domain, Variable
from ..corpus.questions import family_ids, family_template, finish_question, mention, phrase_condition, split_of_domain, split_of_family
from ..schema import CausalQuery, Task

TASKS = (Task.CGL, Task.ATE, Task.HTE, Task.MA, Task.OPO)
ROWS = {Task.CGL: 2000, Task.ATE: 2000, Task.HTE: 2000, Task.MA: 3000, Task.OPO: 3000}
"""Rows of each generated table: enough for the tools' intervals to be informative, small enough to run 750 cases."""
CONTINUOUS_ATE_SHARE = 0.25
"""Share of ATE cases whose treatment is continuous (the rest binary)."""


@dataclasses.dataclass(frozen=True, kw_only=True)
class E2ECase:
    """One question about one generated table, the query it should parse to and the truth behind the data."""

    case_id: str
    question: str
    gold: CausalQuery
    truth: Truth
    data: pd.DataFrame = dataclasses.field(compare=False, repr=False)
    domain: str
    family: str

    def to_dict(self) -> dict[str, Any]:
        return {"case_id": self.case_id, "question": self.question, "gold": self.gold.to_dict(), "domain": self.domain,
                "family": self.family, "n_rows": len(self.data), "columns": list(self.data.columns)}


def _variable(var: CatalogVariable) -> Variable:
    """A catalogue variable as the data generators draw it (plausible centre and spread for its range)."""
    if var.kind == "bin":
        return Variable(description=var.description, names=var.names, kind="binary")
    if var.kind == "cat":
        return Variable(description=var.description, names=var.names, kind="categorical", levels=var.levels)
    if var.kind == "rate":
        return Variable(description=var.description, names=var.names, mean=0.3, sd=0.1, decimals=3, low=0.0)
    span = var.high - var.low
    return Variable(description=var.description, names=var.names, mean=(var.low + var.high) / 2, sd=span / 6,
                    decimals=0 if span >= 50 else 1 if span >= 5 else 2, low=var.low)


def _domain(cat: CatalogDomain, task: Task, treatment: str, rng: np.random.Generator) -> Domain | None:
    """The roles ``task`` needs, drawn from ``cat``'s variables (the rest are covariates); None if it lacks them."""
    pool = [cat.variables[i] for i in rng.permutation(len(cat.variables))]

    def take(kinds: tuple[str, ...]) -> CatalogVariable | None:
        for var in pool:
            if var.kind in kinds:
                pool.remove(var)
                return var
        return None

    roles: dict[str, CatalogVariable | None] = {}
    if task is not Task.CGL:
        roles["continuous_treatment" if treatment == "continuous" else "binary_treatment"] = take(
            ("num",) if treatment == "continuous" else ("bin",))
        roles["outcome"] = take(("num", "rate"))
    if task is Task.MA:
        roles["mediator"] = take(("num", "rate"))
    continuous = sum(v.kind in ("num", "rate") for v in pool)
    categorical = sum(v.kind == "cat" for v in pool)
    if None in roles.values() or continuous < (3 if task is Task.CGL else 2) or (task in (Task.HTE, Task.MA) and not categorical):
        return None
    return Domain(name=cat.name, covariates=tuple(_variable(v) for v in pool),
                  **{role: _variable(v) for role, v in roles.items() if v is not None})


def _families(task: Task, *, with_condition: bool | None) -> list[str]:
    out = [f for f in family_ids()[task.value] if split_of_family(f) == "test"]
    if with_condition is not None:
        out = [f for f in out if ("{C}" in family_template(f)[0]) == with_condition]
    return out


def make_case(task: Task, index: int, *, seed: int = 0) -> E2ECase:
    """Case ``index`` of ``task``: a held-out domain and phrasing family, data with known truth, the question."""
    rng = np.random.default_rng([seed, TASKS.index(task), index])
    held_out = [d for i, d in enumerate(CATALOG) if split_of_domain(i) == "test"]
    treatment = "continuous" if task is Task.ATE and rng.uniform() < CONTINUOUS_ATE_SHARE else "binary"
    while True:
        cat = held_out[int(rng.integers(len(held_out)))]
        dom = _domain(cat, task, treatment, rng)
        if dom is not None:
            break
    kwargs: dict[str, Any] = {"n": ROWS[task], "seed": int(rng.integers(2**31)), "domain": dom}
    if task is Task.ATE:
        kwargs["treatment"] = treatment
    if task is Task.CGL:
        n_cont = sum(v.kind == "continuous" for v in dom.covariates)
        kwargs["n_nodes"] = int(min(n_cont, rng.integers(4, 7)))
    df, truth = GENERATORS[task](**kwargs)
    by_name = {name: var for var in cat.variables for name in var.names}
    family = str(rng.choice(_families(task, with_condition=bool(truth.query.condition) if task is Task.OPO else None)))
    template = family_template(family)[0]
    q = truth.query
    fields: dict[str, str] = {}
    gold: dict[str, Any] = {"task": task.value}
    for key, role in (("T", "treatment"), ("Y", "outcome"), ("M", "mediator")):
        name = getattr(q, role)
        if name is not None:
            fields[key] = mention(by_name[name], name, rng)
            gold[role] = name
    if "{C}" in template:
        fields["C"] = " and ".join(phrase_condition(c, mention(by_name[c.column], c.column, rng), rng) for c in q.condition)
        gold["condition"] = [c.to_dict() for c in q.condition]
    if "{V}" in template:
        node = str(rng.choice(q.nodes))
        fields["V"] = mention(by_name[node], node, rng)
        gold["nodes"] = [node]
    if "{N}" in template:
        mentions = [mention(by_name[n], n, rng) for n in q.nodes]
        fields["N"] = ", ".join(mentions[:-1]) + " and " + mentions[-1]
        gold["nodes"] = list(q.nodes)
    question = finish_question(template.format(**fields), cat.name, rng)
    return E2ECase(case_id=f"{task.value}-{index:03d}", question=question, gold=CausalQuery.from_dict(gold), truth=truth,
                   data=df, domain=cat.name, family=family)


def make_cases(per_task: int, *, seed: int = 0, tasks: tuple[Task, ...] = TASKS) -> Iterator[E2ECase]:
    """``per_task`` cases of each task, generated lazily (each holds its own table)."""
    for task in tasks:
        for index in range(per_task):
            yield make_case(task, index, seed=seed)
