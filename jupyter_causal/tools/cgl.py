"""CGL: causal graph learning with causal-learn (PC by default; GES and DirectLiNGAM selectable).

The graph is always learned over every usable column: learning over the asked-about subset alone
would invent edges through the hidden common causes left out.
"""
from __future__ import annotations

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
    data = plan.data
    assert isinstance(data, GraphData)
    if data.data_type != "continuous":
        raise PlanError("method: lingam needs continuous columns only.", fix="Use pc or ges for discrete or mixed data.", field="method")
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


set_default(Task.CGL, lambda plan: "pc")
