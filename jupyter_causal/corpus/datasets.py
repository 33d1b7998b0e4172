"""Synthetic datasets with known causal truth, one generator per task.

Each generator returns ``(df, truth)``: a DataFrame with human-readable column names drawn from
a domain (with confounding, categorical covariates and the chosen treatment type) and a
:class:`Truth` holding what a correct analysis must find. Like EconML's data generators, the
truth comes from the data-generating process itself, not from any estimator.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from ..schema import COMPARE, CausalQuery, Condition, Task
from .domains import DOMAINS, Domain, Variable
from .domains import domain as find_domain

Y_SCALE = 0.5
"""Raw outcome = mean + Y_SCALE * sd * (standardised outcome), so effects are in the outcome's units."""


@dataclasses.dataclass(frozen=True, kw_only=True)
class CateTerm:
    """One term of a linear CATE: ``coef * (column - center) / scale`` or ``coef * [column == level]``."""

    column: str
    coef: float
    center: float = 0.0
    scale: float = 1.0
    level: str | None = None

    def evaluate(self, df: pd.DataFrame) -> np.ndarray:
        values = df[self.column]
        if self.level is not None:
            return self.coef * (values.astype(str) == self.level).to_numpy(dtype=float)
        return self.coef * (values.to_numpy(dtype=float) - self.center) / self.scale


@dataclasses.dataclass(frozen=True, kw_only=True)
class Truth:
    """What a correct analysis of the generated data finds (population values, outcome units)."""

    task: Task
    domain: str
    query: CausalQuery
    ate: float | None = None
    effects: Mapping[str, float] = dataclasses.field(default_factory=dict)
    reference_level: Any = None
    cate_intercept: float = 0.0
    cate_terms: tuple[CateTerm, ...] = ()
    nde: float | None = None
    nie: float | None = None
    edges: tuple[tuple[str, str], ...] = ()
    potential_outcomes: np.ndarray | None = dataclasses.field(default=None, compare=False, repr=False)

    def cate(self, df: pd.DataFrame) -> np.ndarray:
        """True conditional effect of each row of ``df`` (HTE, OPO)."""
        out = np.full(len(df), self.cate_intercept)
        for term in self.cate_terms:
            out = out + term.evaluate(df)
        return out

    def effect_at(self, df: pd.DataFrame, condition: tuple[Condition, ...] = ()) -> float:
        """True average effect where ``condition`` holds: a value fixes a continuous column, else a subgroup."""
        rows = df
        for cond in condition:
            values = rows[cond.column]
            continuous = pd.api.types.is_float_dtype(values) or values.nunique() > 10
            if cond.op == "==" and continuous:
                rows = rows.assign(**{cond.column: float(cond.value)})  # type: ignore[arg-type]
            else:
                rows = rows[_mask(cond, values)]
        return float(self.cate(rows).mean())

    def policy_value(self, actions: np.ndarray) -> float:
        """Mean outcome if each generated row got action index ``actions[i]`` (OPO)."""
        po = self.potential_outcomes
        assert po is not None, "policy values exist for OPO data only"
        return float(po[np.arange(len(po)), np.asarray(actions, dtype=int)].mean())

    @property
    def oracle_actions(self) -> np.ndarray:
        assert self.potential_outcomes is not None
        return self.potential_outcomes.argmax(axis=1)

    def shd(self, edges: list[tuple[str, str]], undirected: list[tuple[str, str]]) -> int:
        """Structural Hamming distance of a learned graph to the true graph's CPDAG (causal-learn's count)."""
        from causallearn.graph.Dag import Dag
        from causallearn.graph.Edge import Edge
        from causallearn.graph.Endpoint import Endpoint
        from causallearn.graph.GeneralGraph import GeneralGraph
        from causallearn.graph.GraphNode import GraphNode
        from causallearn.graph.SHD import SHD
        from causallearn.utils.DAG2CPDAG import dag2cpdag

        names = list(self.query.nodes)
        nodes = {n: GraphNode(n) for n in names}
        dag = Dag(list(nodes.values()))
        for a, b in self.edges:
            dag.add_directed_edge(nodes[a], nodes[b])
        est = GeneralGraph(list(nodes.values()))
        for a, b in edges:
            est.add_directed_edge(nodes[a], nodes[b])
        for a, b in undirected:
            est.add_edge(Edge(nodes[a], nodes[b], Endpoint.TAIL, Endpoint.TAIL))
        return SHD(dag2cpdag(dag), est).get_shd()


def _mask(cond: Condition, values: pd.Series) -> np.ndarray:
    if cond.op == "in":
        return values.isin(list(cond.value)).to_numpy()  # type: ignore[arg-type]
    return np.asarray(COMPARE[cond.op](values.to_numpy(), cond.value), dtype=bool)


# --- drawing columns -----------------------------------------------------------------------------


class _Frame:
    """Collects generated columns under unique, randomly styled names."""

    def __init__(self, rng: np.random.Generator) -> None:
        self.rng = rng
        self.columns: dict[str, Any] = {}

    def name(self, var: Variable) -> str:
        options = [n for n in var.names if n not in self.columns]
        return str(self.rng.choice(options))

    def add(self, var: Variable, values: Any) -> str:
        name = self.name(var)
        self.columns[name] = values
        return name

    def frame(self) -> pd.DataFrame:
        order = list(self.columns)
        self.rng.shuffle(order)
        return pd.DataFrame({k: self.columns[k] for k in order})


@dataclasses.dataclass
class _Covariates:
    names: list[str]
    kinds: list[str]
    z: np.ndarray  # standardised drivers, one column per covariate
    continuous: list[int]
    categorical: list[int]
    binary: list[int]


def _continuous(var: Variable, z: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Raw values (rounded, bounded below) and the standardised values they really encode."""
    raw = np.round(var.mean + var.sd * z, var.decimals)
    if var.low is not None:
        raw = np.maximum(raw, var.low)
    return raw, (raw - var.mean) / var.sd


def _draw_covariates(rng: np.random.Generator, n: int, dom: Domain, frame: _Frame) -> _Covariates:
    names, kinds, zs = [], [], []
    for var in dom.covariates:
        if var.kind == "continuous":
            raw, z = _continuous(var, rng.normal(size=n))
        elif var.kind == "binary":
            raw = rng.binomial(1, 0.4, size=n)
            z = (raw - 0.4) / 0.49
        else:
            k = len(var.levels)
            idx = rng.integers(0, k, size=n)
            raw = np.asarray(var.levels, dtype=object)[idx]
            z = np.linspace(-1.0, 1.0, k)[idx]
        names.append(frame.add(var, raw))
        kinds.append(var.kind)
        zs.append(z)
    return _Covariates(
        names=names, kinds=kinds, z=np.column_stack(zs),
        continuous=[i for i, k in enumerate(kinds) if k == "continuous"],
        categorical=[i for i, k in enumerate(kinds) if k == "categorical"],
        binary=[i for i, k in enumerate(kinds) if k == "binary"],
    )


def _confounding(cov: _Covariates) -> tuple[np.ndarray, np.ndarray]:
    """Nonlinear outcome baseline and treatment logit, both driven by the covariates."""
    z = cov.z
    c0, c1 = cov.continuous[0], cov.continuous[1]
    others = [i for i in range(z.shape[1]) if i not in (c0, c1)]
    base = 0.8 * z[:, c0] + 0.5 * np.sin(2 * z[:, c1]) + 0.4 * z[:, c1] + 0.25 * z[:, c0] ** 2
    logit = 0.8 * z[:, c0] - 0.5 * z[:, c1] + 0.2 * z[:, c0] * z[:, c1]
    for w, i in zip((0.4, -0.3, 0.3), others):
        base = base + w * z[:, i]
        logit = logit + 0.5 * w * z[:, i]
    return base, logit


def _pick(rng: np.random.Generator, dom: str | Domain | None) -> Domain:
    if isinstance(dom, Domain):
        return dom
    return find_domain(dom) if dom is not None else DOMAINS[int(rng.integers(len(DOMAINS)))]


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def _outcome(var: Variable, y_std: np.ndarray) -> np.ndarray:
    return np.round(var.mean + Y_SCALE * var.sd * y_std, var.decimals)


# --- generators -----------------------------------------------------------------------------


def _start(n: int, seed: int, domain: str | Domain | None) -> tuple[np.random.Generator, Domain, _Frame, _Covariates, np.ndarray, np.ndarray, float]:
    """Shared first steps: the seeded generator, the domain, covariates, baseline outcome, treatment logit, outcome scale."""
    rng = np.random.default_rng(seed)
    dom = _pick(rng, domain)
    frame = _Frame(rng)
    cov = _draw_covariates(rng, n, dom, frame)
    base, logit = _confounding(cov)
    return rng, dom, frame, cov, base, logit, Y_SCALE * dom.role('outcome').sd


def make_ate_data(*, n: int = 2000, seed: int = 0, domain: str | Domain | None = None, treatment: str = "binary") -> tuple[pd.DataFrame, Truth]:
    """Confounded data with a binary, multi-level (``multi``) or ``continuous`` treatment."""
    rng, dom, frame, cov, base, logit, scale = _start(n, seed, domain)
    truth_kw: dict[str, Any] = {}
    if treatment == "binary":
        tau0 = float(rng.choice([-1, 1]) * rng.uniform(0.3, 1.0))
        t = rng.binomial(1, _sigmoid(logit - 0.2))
        effect = (tau0 + 0.3 * cov.z[:, cov.continuous[1]]) * t
        t_name = frame.add(dom.role('binary_treatment'), t)
        truth_kw = {"ate": scale * tau0, "effects": {"1": scale * tau0}, "reference_level": 0}
    elif treatment == "multi":
        var = dom.role('multi_treatment')
        taus = np.array([0.0, *(rng.choice([-1, 1], size=len(var.levels) - 1) * rng.uniform(0.3, 1.0, size=len(var.levels) - 1))])
        scores = np.column_stack([np.zeros(n)] + [(0.6 if k % 2 else -0.6) * logit for k in range(1, len(var.levels))])
        probs = np.exp(scores) / np.exp(scores).sum(axis=1, keepdims=True)
        idx = (probs.cumsum(axis=1) > rng.uniform(size=(n, 1))).argmax(axis=1)
        effect = taus[idx]
        t_name = frame.add(var, np.asarray(var.levels, dtype=object)[idx])
        effects = {lvl: scale * float(tau) for lvl, tau in zip(var.levels[1:], taus[1:])}
        truth_kw = {"ate": next(iter(effects.values())), "effects": effects, "reference_level": var.levels[0]}
    elif treatment == "continuous":
        var = dom.role('continuous_treatment')
        beta = float(rng.choice([-1, 1]) * rng.uniform(0.2, 0.6))
        t_std = 0.6 * np.tanh(logit) + 0.8 * rng.normal(size=n)
        t_raw = np.round(var.mean + var.sd * t_std, var.decimals)
        effect = beta * (t_raw - var.mean) / var.sd
        t_name = frame.add(var, t_raw)
        truth_kw = {"ate": scale * beta / var.sd}
    else:
        raise ValueError(f"treatment must be binary, multi or continuous, not {treatment!r}")
    y_name = frame.add(dom.role('outcome'), _outcome(dom.role('outcome'), base + effect + rng.normal(size=n)))
    query = CausalQuery(task=Task.ATE, treatment=t_name, outcome=y_name)
    return frame.frame(), Truth(task=Task.ATE, domain=dom.name, query=query, **truth_kw)


def _binary_treatment(rng: np.random.Generator, dom: Domain, frame: _Frame, logit: np.ndarray) -> tuple[str, np.ndarray]:
    t = rng.binomial(1, _sigmoid(logit))
    return frame.add(dom.role('binary_treatment'), t), t


def make_hte_data(*, n: int = 2000, seed: int = 0, domain: str | Domain | None = None) -> tuple[pd.DataFrame, Truth]:
    """Binary treatment whose effect varies with a continuous and a categorical covariate."""
    rng, dom, frame, cov, base, logit, scale = _start(n, seed, domain)
    mod = cov.continuous[0]
    cat = cov.categorical[0]
    cat_var = dom.covariates[cat]
    mod_var = dom.covariates[mod]
    t0, a, b = float(rng.uniform(0.5, 1.0)), float(rng.choice([-1, 1]) * rng.uniform(0.4, 0.8)), float(rng.uniform(0.4, 0.8))
    top = cat_var.levels[-1]
    tau = t0 + a * cov.z[:, mod] + b * (frame.columns[cov.names[cat]] == top)
    t_name, t = _binary_treatment(rng, dom, frame, logit)
    y_name = frame.add(dom.role('outcome'), _outcome(dom.role('outcome'), base + tau * t + rng.normal(size=n)))
    terms = (
        CateTerm(column=cov.names[mod], coef=scale * a, center=mod_var.mean, scale=mod_var.sd),
        CateTerm(column=cov.names[cat], coef=scale * b, level=top),
    )
    choice = int(rng.integers(3))
    if choice == 0:
        value = float(np.round(mod_var.mean + mod_var.sd * rng.choice([-1.0, -0.5, 0.5, 1.0]), mod_var.decimals))
        condition = (Condition(column=cov.names[mod], op="==", value=value),)
    elif choice == 1:
        value = float(np.round(mod_var.mean + 0.5 * mod_var.sd, mod_var.decimals))
        condition = (Condition(column=cov.names[mod], op=">", value=value),)
    else:
        condition = (Condition(column=cov.names[cat], op="==", value=str(rng.choice(cat_var.levels))),)
    query = CausalQuery(task=Task.HTE, treatment=t_name, outcome=y_name, condition=condition)
    return frame.frame(), Truth(
        task=Task.HTE, domain=dom.name, query=query, ate=scale * (t0 + b / len(cat_var.levels)),
        cate_intercept=scale * t0, cate_terms=terms, reference_level=0,
    )


def make_ma_data(*, n: int = 5000, seed: int = 0, domain: str | Domain | None = None) -> tuple[pd.DataFrame, Truth]:
    """Binary treatment acting on the outcome directly and through a continuous mediator (with interaction)."""
    rng, dom, frame, cov, _, logit, scale = _start(n, seed, domain)
    z = cov.z
    lin = 0.6 * z[:, cov.continuous[0]] + 0.4 * z[:, cov.continuous[1]] + (0.3 * z[:, cov.binary[0]] if cov.binary else 0.0)
    t_name, t = _binary_treatment(rng, dom, frame, logit)
    a1 = float(rng.choice([-1, 1]) * rng.uniform(0.5, 1.0))
    c, b, d = float(rng.uniform(0.3, 0.8)), float(rng.uniform(0.4, 0.8)), float(rng.uniform(-0.3, 0.3))
    m_base = 0.5 * z[:, cov.continuous[0]] - 0.3 * z[:, cov.categorical[0]]
    m_std = a1 * t + m_base + rng.normal(size=n)
    m_var = dom.role('mediator')
    m_raw = np.round(m_var.mean + m_var.sd * m_std, m_var.decimals)
    m_std = (m_raw - m_var.mean) / m_var.sd
    m_name = frame.add(m_var, m_raw)
    y_std = c * t + b * m_std + d * t * m_std + lin + rng.normal(size=n)
    y_name = frame.add(dom.role('outcome'), _outcome(dom.role('outcome'), y_std))
    # In standard units NDE = c + d E[M(0)] and NIE = (b + d) a1. E[M(0)] is the mean of the mediator's
    # covariate part: not zero where a covariate is bounded below (clipped values raise its mean).
    nde, nie = scale * (c + d * float(m_base.mean())), scale * (b + d) * a1
    query = CausalQuery(task=Task.MA, treatment=t_name, outcome=y_name, mediator=m_name)
    return frame.frame(), Truth(
        task=Task.MA, domain=dom.name, query=query, ate=nde + nie, nde=nde, nie=nie, reference_level=0,
    )


def make_opo_data(*, n: int = 4000, seed: int = 0, domain: str | Domain | None = None) -> tuple[pd.DataFrame, Truth]:
    """Binary treatment that helps some units and harms others; the oracle policy is known per row."""
    rng, dom, frame, cov, base, logit, scale = _start(n, seed, domain)
    mod = cov.continuous[0]
    mod_var = dom.covariates[mod]
    t0, a = float(rng.uniform(-0.3, 0.3)), float(rng.choice([-1, 1]) * rng.uniform(0.8, 1.2))
    tau = t0 + a * cov.z[:, mod]
    t_name, t = _binary_treatment(rng, dom, frame, logit)
    y_name = frame.add(dom.role('outcome'), _outcome(dom.role('outcome'), base + tau * t + rng.normal(size=n)))
    mu0 = dom.role('outcome').mean + scale * base
    po = np.column_stack([mu0, mu0 + scale * tau])
    condition: tuple[Condition, ...] = ()
    if rng.uniform() < 0.5:
        value = float(np.round(mod_var.mean + mod_var.sd * rng.choice([-1.0, 1.0]), mod_var.decimals))
        condition = (Condition(column=cov.names[mod], op="==", value=value),)
    query = CausalQuery(task=Task.OPO, treatment=t_name, outcome=y_name, condition=condition)
    terms = (CateTerm(column=cov.names[mod], coef=scale * a, center=mod_var.mean, scale=mod_var.sd),)
    return frame.frame(), Truth(
        task=Task.OPO, domain=dom.name, query=query, cate_intercept=scale * t0, cate_terms=terms,
        potential_outcomes=po, reference_level=0,
    )


def make_cgl_data(
    *, n: int = 5000, seed: int = 0, domain: str | Domain | None = None, n_nodes: int = 6, edge_prob: float = 0.4
) -> tuple[pd.DataFrame, Truth]:
    """A random linear-Gaussian DAG over a domain's continuous variables (others' too for large graphs)."""
    rng = np.random.default_rng(seed)
    dom = _pick(rng, domain)
    def continuous(d: Domain) -> list[Variable]:
        return [v for v in (d.outcome, d.mediator, d.continuous_treatment, *d.covariates) if v is not None and v.kind == "continuous"]

    pool = continuous(dom)
    chosen = [pool[i] for i in rng.permutation(len(pool))[:n_nodes]]
    if n_nodes > len(chosen):  # larger graphs borrow variables from the other domains (names kept unique)
        extra = [v for d in DOMAINS if d is not dom for v in continuous(d)]
        for i in rng.permutation(len(extra)):
            if len(chosen) < n_nodes and not set(extra[i].names) & {n for c in chosen for n in c.names}:
                chosen.append(extra[i])
    if len(chosen) < n_nodes:
        raise ValueError(f"at most {len(chosen)} continuous variables are available")
    frame = _Frame(rng)
    names = [frame.name(v) for v in chosen]
    edges: list[tuple[str, str]] = []
    values: list[np.ndarray] = []
    for j in range(n_nodes):
        x = rng.normal(size=n)
        for i in range(j):
            if rng.uniform() < edge_prob:
                x = x + rng.uniform(0.5, 1.2) * values[i] / values[i].std()
                edges.append((names[i], names[j]))
        values.append(x)
    for var, name, x in zip(chosen, names, values):
        frame.columns[name] = np.round(var.mean + var.sd * x / x.std(), max(var.decimals, 2))
    query = CausalQuery(task=Task.CGL, nodes=tuple(names))
    return frame.frame(), Truth(task=Task.CGL, domain=dom.name, query=query, edges=tuple(edges))


GENERATORS: Mapping[Task, Callable[..., tuple[pd.DataFrame, Truth]]] = {
    Task.CGL: make_cgl_data,
    Task.ATE: make_ate_data,
    Task.HTE: make_hte_data,
    Task.MA: make_ma_data,
    Task.OPO: make_opo_data,
}


def make_dataset(task: Task | str, **kwargs: Any) -> tuple[pd.DataFrame, Truth]:
    """Generate data with known truth for ``task`` (keyword arguments go to its generator)."""
    return GENERATORS[Task(task)](**kwargs)
