"""CGL: causal graph learning with causal-learn (PC, GES, DirectLiNGAM, and PC or GES chosen by BIC).

The graph is always learned over every usable column: learning over the asked-about subset alone
would invent edges through the hidden common causes left out. On continuous data of a few columns
the default runs both PC and GES and keeps the graph the data fit better: PC's orientations hang on
single independence tests and can go wrong together, GES's search can stop early; the BIC of a
linear-Gaussian model judges both on the same footing.
"""
from __future__ import annotations

import dataclasses
import itertools

import numpy as np

from ..errors import PlanError
from ..plan import GraphData, Plan
from ..profile import Kind
from ..schema import CGLResult, Task
from .registry import common, register, set_default

N_BINS = 5
"""Quantile bins for continuous columns when the data mix continuous and discrete columns."""
LINGAM_MIN_WEIGHT = 0.05
GES_MAX_VARIABLES = 12
"""The default runs GES beside PC up to this many columns (GES took 11 s at 20 columns and 10k rows; PC under 1 s)."""


def ci_test_for(data: GraphData) -> str:
    """fisherz for continuous data, G-squared for discrete (and for mixed data after binning)."""
    return "fisherz" if data.data_type == "continuous" else "gsq"


def _discretised(data: GraphData) -> np.ndarray:
    """Continuous columns cut into quantile bins, discrete ones as codes (for mixed data)."""
    out = data.data.copy()
    for j, kind in enumerate(data.kinds):
        if kind is Kind.CONTINUOUS:
            edges = np.unique(np.quantile(out[:, j], np.linspace(0, 1, N_BINS + 1)[1:-1]))
            out[:, j] = np.searchsorted(edges, out[:, j], side="right")
        else:
            out[:, j] = np.unique(out[:, j], return_inverse=True)[1]
    return out


def edges_of(graph: np.ndarray, names: tuple[str, ...]) -> tuple[list[tuple[str, str]], list[tuple[str, str]], int]:
    """Directed and undirected edges from a causal-learn endpoint matrix, and the count of bidirected ones.

    causal-learn: graph[j, i] == 1 and graph[i, j] == -1 means i -> j; both -1 means i -- j.
    """
    directed, undirected, conflicts = [], [], 0
    for i, j in itertools.combinations(range(len(names)), 2):
        a, b = graph[i, j], graph[j, i]
        if a == 0 and b == 0:
            continue
        if a == -1 and b == 1:
            directed.append((names[i], names[j]))
        elif a == 1 and b == -1:
            directed.append((names[j], names[i]))
        else:
            undirected.append((names[i], names[j]))
            conflicts += int(a == 1 and b == 1)
    return directed, undirected, conflicts


def relations(nodes: tuple[str, ...], directed: list[tuple[str, str]], undirected: list[tuple[str, str]]) -> list[dict[str, str]]:
    """The learned relation between each pair of the asked-about nodes."""
    out = []
    dset, uset = set(directed), {frozenset(e) for e in undirected}
    for a, b in itertools.combinations(nodes, 2):
        if (a, b) in dset:
            rel = f"{a}->{b}"
        elif (b, a) in dset:
            rel = f"{b}->{a}"
        elif frozenset((a, b)) in uset:
            rel = "undirected"
        else:
            rel = "none"
        out.append({"a": a, "b": b, "relation": rel})
    return out


def _result(plan: Plan, method: str, graph: np.ndarray, *, ci_test: str | None, alpha: float | None, warning: str = "") -> CGLResult:
    data = plan.data
    assert isinstance(data, GraphData)
    directed, undirected, conflicts = edges_of(graph, data.variables)
    if conflicts:
        warning = (warning + " " if warning else "") + (
            f"{conflicts} edge(s) got conflicting orientations and are reported as undirected."
        )
    return CGLResult(
        **common(plan, method, warning), variables=data.variables, nodes=data.nodes, edges=tuple(directed),
        undirected=tuple(undirected), relations=tuple(relations(data.nodes, directed, undirected)), ci_test=ci_test,
        alpha=alpha,
    )


def _continuous(plan: Plan, method: str, *, fix: str) -> GraphData:
    """The plan's graph data, which ``method`` needs all continuous (else a PlanError with ``fix``)."""
    data = plan.data
    assert isinstance(data, GraphData)
    if data.data_type != "continuous":
        raise PlanError(f"method: {method} needs continuous columns only.", fix=fix, field="method")
    return data


@register(Task.CGL, "pc", summary="PC algorithm with a conditional-independence test chosen from the data (causal-learn)")
def pc_method(plan: Plan) -> CGLResult:
    data = plan.data
    assert isinstance(data, GraphData)
    test = ci_test_for(data)
    matrix = data.data if data.data_type != "mixed" else _discretised(data)
    warning = ""
    if data.data_type == "mixed":
        warning = f"Mixed continuous and discrete columns: continuous ones were cut into {N_BINS} quantile bins for the G-squared test."
    from causallearn.search.ConstraintBased.PC import pc

    cg = pc(
        matrix, alpha=plan.settings.alpha, indep_test=test, stable=True, uc_rule=1, uc_priority=3, show_progress=False,
        node_names=list(data.variables),
    )
    return _result(plan, "pc", cg.G.graph, ci_test=test, alpha=plan.settings.alpha, warning=warning)


@register(Task.CGL, "ges", summary="Greedy equivalence search with a BIC (continuous) or BDeu (discrete) score (causal-learn)")
def ges_method(plan: Plan) -> CGLResult:
    data = plan.data
    assert isinstance(data, GraphData)
    if data.data_type == "continuous":
        matrix, score = (data.data - data.data.mean(axis=0)) / data.data.std(axis=0), "local_score_BIC"
    else:
        matrix, score = _discretised(data), "local_score_BDeu"
    from causallearn.search.ScoreBased.GES import ges

    record = ges(matrix, score_func=score, node_names=list(data.variables))
    graph = record["G"]
    return _result(plan, "ges", graph.graph, ci_test=None, alpha=None)


@register(Task.CGL, "lingam", summary="DirectLiNGAM for linear non-Gaussian continuous data (causal-learn)")
def lingam_method(plan: Plan) -> CGLResult:
    data = _continuous(plan, "lingam", fix="Use pc or ges for discrete or mixed data.")
    standardised = (data.data - data.data.mean(axis=0)) / data.data.std(axis=0)
    from causallearn.search.FCMBased.lingam import DirectLiNGAM

    model = DirectLiNGAM(random_state=plan.settings.seed)
    model.fit(standardised)
    weights = model.adjacency_matrix_  # weights[i, j] != 0 means j -> i
    p = len(data.variables)
    graph = np.zeros((p, p))
    for i, j in zip(*np.nonzero(np.abs(weights) > LINGAM_MIN_WEIGHT)):
        graph[i, j], graph[j, i] = 1, -1  # j -> i in causal-learn's endpoint convention
    return _result(plan, "lingam", graph, ci_test=None, alpha=None)


def dag_extension(graph: np.ndarray) -> list[list[int]] | None:
    """Parents of each node in a DAG of the graph's equivalence class (Dor and Tarsi's extension), from a
    causal-learn endpoint matrix; None where the graph has no such DAG (conflicting orientations)."""
    p = graph.shape[0]
    adjacent = [{j for j in range(p) if j != i and graph[i, j] != 0} for i in range(p)]
    directed = {(i, j) for i in range(p) for j in adjacent[i] if graph[j, i] == 1 and graph[i, j] == -1}
    parents = [[i for i in adjacent[j] if (i, j) in directed] for j in range(p)]
    left = set(range(p))
    while left:
        for x in sorted(left):  # a sink whose undirected neighbours are adjacent to all its other neighbours
            near = adjacent[x] & left
            loose = [y for y in near if (x, y) not in directed and (y, x) not in directed]
            if not any((x, y) in directed for y in near) and all(near - {y} <= adjacent[y] for y in loose):
                parents[x].extend(loose)
                left.remove(x)
                break
        else:
            return None
    return parents


def linear_gaussian_bic(data: np.ndarray, parents: list[list[int]]) -> float:
    """BIC (larger is better) of standardised ``data`` under a linear-Gaussian DAG given by each node's parents."""
    n = len(data)
    z = (data - data.mean(axis=0)) / data.std(axis=0)
    total = 0.0
    for j, pa in enumerate(parents):
        design = np.column_stack([np.ones(n), z[:, pa]])
        residual = z[:, j] - design @ np.linalg.lstsq(design, z[:, j], rcond=None)[0]
        total += -n / 2 * np.log(max(float(residual @ residual) / n, 1e-12)) - (len(pa) + 1) / 2 * np.log(n)
    return total


@register(Task.CGL, "pc_ges", summary="PC and GES both run; the graph with the better linear-Gaussian BIC is kept (continuous data)")
def pc_ges_method(plan: Plan) -> CGLResult:
    data = _continuous(plan, "pc_ges", fix="Use pc for discrete or mixed data.")
    fits = [pc_method(plan), ges_method(plan)]
    scores = []
    for result in fits:
        graph = endpoints(result)
        parents = dag_extension(graph)
        scores.append(linear_gaussian_bic(data.data, parents) if parents is not None else -np.inf)
    best, other = (fits[1], fits[0]) if scores[1] > scores[0] else (fits[0], fits[1])
    if same_graph(best, other):
        return best
    note = f"PC and GES found different graphs; {best.method.upper()}'s fits the data better (linear-Gaussian BIC) and is shown."
    return dataclasses.replace(best, warnings=(*best.warnings, note))


def same_graph(a: CGLResult, b: CGLResult) -> bool:
    """Whether two Results hold the same directed and undirected edges."""
    return set(a.edges) == set(b.edges) and {frozenset(e) for e in a.undirected} == {frozenset(e) for e in b.undirected}


def endpoints(result: CGLResult) -> np.ndarray:
    """A Result's edges back as a causal-learn endpoint matrix over its ``variables`` (the inverse of :func:`edges_of`)."""
    index = {v: i for i, v in enumerate(result.variables)}
    graph = np.zeros((len(index), len(index)))
    for a, b in result.edges:
        graph[index[b], index[a]], graph[index[a], index[b]] = 1, -1
    for a, b in result.undirected:
        graph[index[a], index[b]] = graph[index[b], index[a]] = -1
    return graph


def default_method(plan: Plan) -> str:
    """PC and GES judged by BIC on continuous data of up to ``GES_MAX_VARIABLES`` columns, else PC."""
    data = plan.data
    assert isinstance(data, GraphData)
    return "pc_ges" if data.data_type == "continuous" and len(data.variables) <= GES_MAX_VARIABLES else "pc"


set_default(Task.CGL, default_method)
