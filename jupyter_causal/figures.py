"""Result -> matplotlib figures, one set per task. Uses Figure objects directly (no pyplot state, Agg-safe)."""
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
from matplotlib.figure import Figure

from .explain import where_text
from .schema import ATEResult, CGLResult, HTEResult, MAResult, OPOResult, Result, Task, thaw
from .tools.opo import threshold_text

WIDTH = 6.4


def _interval_plot(ax: Any, labels: list[str], points: list[float], intervals: list[tuple[float, float]], title: str) -> None:
    y = np.arange(len(labels))[::-1]
    lo = [p - i[0] for p, i in zip(points, intervals)]
    hi = [i[1] - p for p, i in zip(points, intervals)]
    ax.errorbar(points, y, xerr=[lo, hi], fmt="o", color="tab:blue", capsize=4)
    ax.axvline(0, color="grey", lw=1, ls="--")
    ax.set_yticks(y, labels)
    ax.set_title(title)


def _ate(result: ATEResult) -> dict[str, Figure]:
    fig = Figure(figsize=(WIDTH, 1.2 + 0.5 * max(1, len(result.contrasts))), layout="constrained")
    ax = fig.add_subplot()
    if result.contrasts:
        labels = [f"{thaw(c.level)} vs {thaw(c.reference)}" for c in result.contrasts]
        _interval_plot(ax, labels, [c.estimate for c in result.contrasts], [c.ci for c in result.contrasts],
                       f"Average effect of {result.treatment} on {result.outcome}")
    else:
        _interval_plot(ax, ["per unit"], [result.estimate], [result.ci], f"Effect of one more unit of {result.treatment} on {result.outcome}")
    ax.set_xlabel(f"change in {result.outcome} ({result.ci_level:.0%} CI)")
    return {"effect": fig}


def _hte(result: HTEResult) -> dict[str, Figure]:
    fig = Figure(figsize=(WIDTH * 1.6, 3.2), layout="constrained")
    ax1, ax2 = fig.subplots(1, 2)
    edges = np.asarray(result.cate_histogram["edges"])
    counts = np.asarray(result.cate_histogram["counts"])
    ax1.bar(edges[:-1], counts, width=np.diff(edges), align="edge", color="tab:blue", alpha=0.7)
    ax1.axvline(result.estimate, color="tab:red", label="where the condition holds" if result.condition else "average")
    ax1.axvspan(*result.ci, color="tab:red", alpha=0.15)
    ax1.axvline(0, color="grey", lw=1, ls="--")
    first = result.contrasts[0] if result.contrasts else None
    what = f"{result.treatment} = {thaw(first.level)} vs {thaw(first.reference)}" if first else result.treatment
    ax1.set_xlabel(f"estimated effect of {what} on {result.outcome}")
    ax1.set_ylabel("rows")
    ax1.legend(loc="upper right", fontsize="small")
    ax1.set_title("Distribution of unit-level effects")
    curve = result.effect_curve
    if curve:
        x, est = list(curve["x"]), np.asarray(curve["estimate"], dtype=float)
        bounds = np.asarray(curve["ci"], dtype=float).reshape(-1, 2)
        spans = np.abs(bounds.T - est)  # missing bounds (a group of one row) draw no bar
        if curve["kind"] == "numeric":
            ax2.errorbar(x, est, yerr=spans, marker="o", capsize=3)
        else:
            ax2.bar([str(v) for v in x], est, yerr=spans, capsize=3, color="tab:blue", alpha=0.7)
        ax2.axhline(0, color="grey", lw=1, ls="--")
        ax2.set_xlabel(str(curve["column"]))
        ax2.set_ylabel(f"effect in the group ({result.ci_level:.0%} CI)")
        ax2.set_title(f"Effect by {curve['column']}")
    else:
        ax2.set_axis_off()
    return {"effects": fig} | ({"levels": _hte_levels(result)} if result.contrasts else {})


def _hte_levels(result: HTEResult) -> Figure:
    """Each level against the reference, where the condition holds and over all rows."""
    groups = [(where_text(result.condition), result.contrasts)] if result.condition else []
    rows = [(f"{thaw(c.level)} vs {thaw(c.reference)}" + (f" ({where})" if result.condition else ""), c)
            for where, contrasts in groups + [("all rows", result.overall_contrasts)] for c in contrasts]
    fig = Figure(figsize=(WIDTH, 1.2 + 0.5 * len(rows)), layout="constrained")
    ax = fig.add_subplot()
    _interval_plot(ax, [label for label, _ in rows], [c.estimate for _, c in rows], [c.ci for _, c in rows],
                   f"Effect of each level of {result.treatment} on {result.outcome}")
    ax.set_xlabel(f"change in {result.outcome} ({result.ci_level:.0%} CI)")
    return fig


def _ma(result: MAResult) -> dict[str, Figure]:
    fig = Figure(figsize=(WIDTH, 2.6), layout="constrained")
    ax = fig.add_subplot()
    names = ["total", "direct", "indirect"]
    values = [result.total, result.direct, result.indirect]
    _interval_plot(ax, [f"{n} effect" for n in names], values, [result.ci[n] for n in names],
                   f"{result.treatment} -> {result.outcome}, through {result.mediator}")
    ax.set_xlabel(f"change in {result.outcome} ({result.ci_level:.0%} CI)")
    return {"decomposition": fig}


def _tree_text(node: Mapping[str, Any], depth: int = 0) -> list[str]:
    pad = "    " * depth
    if "action" in node:
        return [f"{pad}-> {node['action']!r}"]
    test = f"{node['column']} <= {threshold_text(node['threshold'])}" if node["level"] is None else f"{node['column']} != {node['level']!r}"
    return [f"{pad}if {test}:", *_tree_text(node["left"], depth + 1), f"{pad}else:", *_tree_text(node["right"], depth + 1)]


def _opo(result: OPOResult) -> dict[str, Figure]:
    fig = Figure(figsize=(WIDTH * 1.6, 3.0), layout="constrained")
    ax1, ax2 = fig.subplots(1, 2)
    base = result.baseline_values
    labels = ["learned policy", "treat all", "treat none", "observed"]
    values = [result.policy_value, base["treat-all"], base["treat-none"], base["observed"]]
    ax1.barh(labels[::-1], values[::-1], color=["grey", "grey", "grey", "tab:green"])
    lo, hi = result.policy_value_ci
    ax1.errorbar([result.policy_value], [labels[0]], xerr=[[result.policy_value - lo], [hi - result.policy_value]], fmt="none", color="k", capsize=4)
    span = max(values) - min(values) or abs(max(values)) or 1.0
    ax1.set_xlim(min(values + [lo]) - 0.5 * span, max(values + [hi]) + 0.5 * span)
    ax1.set_xlabel(f"estimated mean {result.outcome}")
    ax1.set_title("Policy value against simple rules")
    ax2.set_axis_off()
    if result.policy_tree:
        ax2.text(0, 1, "\n".join(_tree_text(result.policy_tree)), va="top", family="monospace", fontsize=8, transform=ax2.transAxes)
        ax2.set_title(f"Who should get which {result.treatment}")
    return {"policy": fig}


def _cgl(result: CGLResult) -> dict[str, Figure]:
    import networkx as nx

    graph = nx.DiGraph()
    graph.add_nodes_from(result.variables)
    graph.add_edges_from(result.edges)
    fig = Figure(figsize=(WIDTH, WIDTH * 0.8), layout="constrained")
    ax = fig.add_subplot()
    pos = nx.circular_layout(graph) if len(result.variables) <= 12 else nx.spring_layout(graph, seed=0)
    asked = set(result.nodes)
    colors = ["tab:orange" if n in asked else "lightsteelblue" for n in graph.nodes]
    nx.draw_networkx_nodes(graph, pos, ax=ax, node_color=colors, node_size=900)
    nx.draw_networkx_labels(graph, pos, ax=ax, font_size=8)
    nx.draw_networkx_edges(graph, pos, ax=ax, arrows=True, arrowsize=18, node_size=900)
    undirected = nx.Graph(list(result.undirected))
    nx.draw_networkx_edges(undirected, pos, ax=ax, style="dashed", edge_color="grey", node_size=900)
    ax.set_title(f"Learned causal graph ({result.method}); dashed: direction undetermined", fontsize=9)
    ax.set_axis_off()
    return {"graph": fig}


_DRAW: Mapping[Task, Callable[[Any], dict[str, Figure]]] = {
    Task.ATE: _ate, Task.HTE: _hte, Task.MA: _ma, Task.OPO: _opo, Task.CGL: _cgl,
}


def figures_for(result: Result) -> dict[str, Figure]:
    """The plots for ``result``, keyed by a short name."""
    return _DRAW[result.task](result)
