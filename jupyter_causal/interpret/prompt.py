"""What the explaining model reads (the Result's facts, numbers already formatted, and the question)
and the explanations it is trained to write.

The facts carry every number exactly as the checker expects to see it, so the model's job is
language (order, connectives, the answer to the question), not arithmetic or rounding. The
training explanations come in two styles per task and all pass :func:`..explain.check_explanation`.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..explain import METHOD_LABELS, beats_treating_alike, ci_text, excludes_zero, fmt, fmt_p, pct
from ..schema import ATEResult, CGLResult, HTEResult, MAResult, OPOResult, Result, Task, thaw

STYLES = 2


# One verb pair per contrast, so that a list of contrasts never repeats a phrase (the fluency proxy).
_VERBS = (("raises", "lowers"), ("increases", "reduces"), ("lifts", "cuts"))


def _dir(value: float, index: int = 0) -> str:
    up, down = _VERBS[index % len(_VERBS)]
    return up if value > 0 else down if value < 0 else "does not change"


def _where(condition: Any) -> str:
    parts = []
    for c in condition:
        v = thaw(c["value"])
        parts.append(f"{c['column']} {c['op']} {fmt(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else repr(v)}")
    return " and ".join(parts)


def _ate_facts(r: ATEResult) -> dict[str, str]:
    level = r.ci_level
    if r.treatment_kind == "continuous":
        effects = [f"one more unit of {r.treatment} {_dir(r.estimate)} {r.outcome} by {fmt(abs(r.estimate))} ({ci_text(r.ci, level)}, "
                   f"{fmt_p(r.p_value)})"]
    else:
        single = len(r.contrasts) == 1
        effects = [f"{r.treatment} = {thaw(c.level)!r}{f' rather than {thaw(c.reference)!r}' if single else ''} {_dir(c.estimate, i)} "
                   f"{r.outcome} by {fmt(abs(c.estimate))} ({ci_text(c.ci, level)}, {fmt_p(c.p_value)})" for i, c in enumerate(r.contrasts)]
        if not single:
            effects[0] = f"compared with {r.treatment} = {thaw(r.reference_level)!r}, {effects[0]}"
    verdict = "excludes zero" if excludes_zero(r.ci) else "includes zero (no effect is consistent with the data)"
    return {"effect": "; ".join(effects), "interval": verdict,
            "assumption": f"no unmeasured confounding of {r.treatment} and {r.outcome}, and overlap"}


def _level_facts(r: HTEResult, contrasts: Any) -> str:
    """Each level's effect against the reference, as :func:`_ate_facts` writes a discrete treatment's."""
    effects = [f"{r.treatment} = {thaw(c.level)!r} {_dir(c.estimate, i)} {r.outcome} by {fmt(abs(c.estimate))} ({ci_text(c.ci, r.ci_level)})"
               for i, c in enumerate(contrasts)]
    return f"compared with {r.treatment} = {thaw(r.reference_level)!r}, " + "; ".join(effects)


def _hte_facts(r: HTEResult) -> dict[str, str]:
    q, level = r.cate_quantiles, r.ci_level
    facts = {}
    if r.condition:
        facts["subgroup"] = f"where {_where(r.condition)} ({r.subgroup_size:,} rows)"
    if r.contrasts:
        if r.condition:
            facts["subgroup effect"] = _level_facts(r, r.contrasts)
        facts["overall effect"] = _level_facts(r, r.overall_contrasts)
        facts["unit effects"] = f"of {thaw(r.contrasts[0].level)!r}: {fmt(q['q10'])} to {fmt(q['q90'])} between the 10th and 90th percentiles"
        excluding = [repr(thaw(c.level)) for c in r.contrasts if excludes_zero(c.ci)]
        interval = f"excludes zero for {' and '.join(excluding)} only" if excluding else "includes zero for every level"
    else:
        if r.condition:
            facts["subgroup effect"] = f"{fmt(r.estimate)} ({ci_text(r.ci, level)})"
            facts["overall effect"] = f"{fmt(r.overall_estimate)} ({ci_text(r.overall_ci, level)})"
        else:
            facts["overall effect"] = f"{fmt(r.estimate)} ({ci_text(r.ci, level)})"
        facts["unit effects"] = f"{fmt(q['q10'])} to {fmt(q['q90'])} between the 10th and 90th percentiles"
        interval = "excludes zero" if excludes_zero(r.ci) else "includes zero (no effect is consistent with the data)"
    if r.effect_modifiers:
        facts["varies most with"] = str(r.effect_modifiers[0]["column"])
    facts["interval"] = interval
    facts["assumption"] = f"no unmeasured confounding of {r.treatment} and {r.outcome}, and overlap"
    return facts


def _ma_facts(r: MAResult) -> dict[str, str]:
    level = r.ci_level
    facts = {
        "switch": f"{r.treatment} from {thaw(r.reference_level)!r} to {thaw(r.level)!r}",
        "total effect": f"{fmt(r.total)} ({ci_text(r.ci['total'], level)})",
        "direct effect": f"{fmt(r.direct)} ({ci_text(r.ci['direct'], level)})",
        "indirect effect": f"{fmt(r.indirect)} through {r.mediator} ({ci_text(r.ci['indirect'], level)})",
    }
    if r.proportion_mediated is not None:
        facts["mediated share"] = pct(r.proportion_mediated)
    facts["assumption"] = f"no unmeasured confounding of {r.treatment}, {r.mediator} and {r.outcome}"
    return facts


_BASELINES = ("treat-none", "treat-all", "observed")


def _baseline_rank(name: str) -> tuple[int, str]:
    """Baselines in the order the policy tool reports them, whatever order a read-back Result has them in."""
    return (_BASELINES.index(name) if name in _BASELINES else len(_BASELINES), name)


def _opo_facts(r: OPOResult) -> dict[str, str]:
    base, best = r.baseline_values, thaw(r.best_action)
    facts = {"recommendation": f"{r.treatment} = {best!r} for {pct(r.best_action_share)} of {r.subgroup_size:,} rows"
             + (f" where {_where(r.condition)}" if r.condition else ""),
             "policy value": f"average {r.outcome} {fmt(r.policy_value)} ({ci_text(r.policy_value_ci, r.ci_level)})",
             "baselines": ", ".join(f"{fmt(base[name])} {name}" for name in sorted(base, key=_baseline_rank))}
    facts["verdict"] = "beats treating everyone alike" if beats_treating_alike(r) else "is not clearly better than treating everyone alike"
    facts["assumption"] = f"no unmeasured confounding of {r.treatment} and {r.outcome}, and overlap"
    return facts


def _cgl_facts(r: CGLResult) -> dict[str, str]:
    return {"directed edges": ", ".join(f"{a} -> {b}" for a, b in r.edges) or "none",
            "undirected edges": ", ".join(f"{a} -- {b}" for a, b in r.undirected) or "none",
            "variables": ", ".join(r.nodes or r.variables),
            "assumption": "no hidden common causes, faithfulness"}


_FACTS: Mapping[Task, Callable[[Any], dict[str, str]]] = {
    Task.ATE: _ate_facts, Task.HTE: _hte_facts, Task.MA: _ma_facts, Task.OPO: _opo_facts, Task.CGL: _cgl_facts,
}


def facts(result: Result, *, data_name: str) -> dict[str, str]:
    """The Result as short labelled facts, numbers formatted as the explanation must show them."""
    head = {"task": result.task.value, "data": f"{data_name}, {result.n_rows_used:,} rows",
            "method": METHOD_LABELS.get(result.method, result.method)}
    return {**head, **_FACTS[result.task](result)}


def render_prompt(result: Result, *, question: str | None, data_name: str) -> str:
    """The explaining model's input."""
    lines = "\n".join(f"- {k}: {v}" for k, v in facts(result, data_name=data_name).items())
    asked = " ".join((question or "(no question: a structured query)").split())
    return f"Facts:\n{lines}\nQuestion: {asked}\nExplanation: "


# --- the explanations it learns to write ----------------------------------------------------------


def _ate_text(r: ATEResult, f: dict[str, str], style: int) -> str:
    if style == 0:
        return (f"In {f['data']}, {f['method']} estimates that {f['effect']}, on average. "
                f"The interval {f['interval']}. This is causal only under {f['assumption']}.")
    return (f"On average, {f['effect']}, according to {f['method']} on {f['data']}. "
            f"Its interval {f['interval']}, and the estimate assumes {f['assumption']}.")


def _hte_text(r: HTEResult, f: dict[str, str], style: int) -> str:
    t, y = r.treatment, r.outcome
    if "subgroup" in f:
        first = (f"In {f['data']}, {f['method']} puts the effect of {t} on {y} {f['subgroup']} at {f['subgroup effect']}, "
                 f"against {f['overall effect']} overall.")
    else:
        first = f"In {f['data']}, {f['method']} puts the average effect of {t} on {y} at {f['overall effect']}."
    spread = f"Unit-level effects run from {f['unit effects']}" + (f" and vary most with {f['varies most with']}." if "varies most with" in f
                                                                    else ".")
    if style == 0:
        return f"{first} {spread} The interval {f['interval']}; this assumes {f['assumption']}."
    return f"{first} The interval {f['interval']}. {spread} It assumes {f['assumption']}."


def _ma_text(r: MAResult, f: dict[str, str], style: int) -> str:
    share = f", so {f['mediated share']} of the effect is mediated" if "mediated share" in f else ""
    if style == 0:
        return (f"In {f['data']}, {f['method']} estimates that switching {f['switch']} changes {r.outcome} by {f['total effect']} in total. "
                f"Of this, {f['direct effect']} is direct and {f['indirect effect']} is indirect{share}. It assumes {f['assumption']}.")
    return (f"Switching {f['switch']} changes {r.outcome} by {f['total effect']} in total ({f['method']}, {f['data']}): "
            f"{f['direct effect']} directly and {f['indirect effect']} indirectly{share}. This assumes {f['assumption']}.")


def _opo_text(r: OPOResult, f: dict[str, str], style: int) -> str:
    if style == 0:
        aim = "as low as possible" if r.objective == "min" else "as high as possible"
        return (f"In {f['data']}, {f['method']} recommends {f['recommendation']} to make {r.outcome} {aim}. "
                f"Following it gives {f['policy value']}, against {f['baselines']}; the policy {f['verdict']}. "
                f"This assumes {f['assumption']}.")
    return (f"The best policy found by {f['method']} on {f['data']} is {f['recommendation']}, with {f['policy value']}. "
            f"For comparison: {f['baselines']}, so it {f['verdict']}. It assumes {f['assumption']}.")


def _cgl_text(r: CGLResult, f: dict[str, str], style: int) -> str:
    edges = f"directed edges {f['directed edges']}; undirected edges {f['undirected edges']}"
    if style == 0:
        return (f"In {f['data']}, {f['method']} learned a causal graph over {f['variables']} with {edges}. "
                f"This assumes {f['assumption']}.")
    return f"Using {f['method']} on {f['data']}, the graph over {f['variables']} has {edges}. It assumes {f['assumption']}."


_TEXTS: Mapping[Task, Callable[[Any, dict[str, str], int], str]] = {
    Task.ATE: _ate_text, Task.HTE: _hte_text, Task.MA: _ma_text, Task.OPO: _opo_text, Task.CGL: _cgl_text,
}


def target_text(result: Result, *, data_name: str, style: int) -> str:
    """A training explanation of ``result`` in style ``style`` (0 .. STYLES - 1)."""
    return _TEXTS[result.task](result, facts(result, data_name=data_name), style % STYLES)
