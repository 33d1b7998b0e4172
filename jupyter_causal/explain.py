"""Result -> Explanation: plain-language text in which every number comes from the Result.

Templates write the text; :func:`unsupported_numbers` re-reads it and checks every number
against the Result, so a template (or a future model rewording) cannot state a number the
analysis did not produce.
"""
from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from .schema import ATEResult, CGLResult, Contrast, HTEResult, MAResult, OPOResult, Result, Task, thaw

METHOD_LABELS: Mapping[str, str] = {
    "linear_dml": "double machine learning (EconML LinearDML)",
    "dr_learner": "a doubly robust learner (EconML LinearDRLearner)",
    "dr_att": "a doubly robust estimator of the effect on the treated",
    "causal_forest": "a causal forest (EconML CausalForestDML)",
    "g_formula": "the regression g-formula with bootstrap intervals",
    "policy_tree": "a doubly robust policy tree (EconML DRPolicyTree)",
    "policy_forest": "a doubly robust policy forest (EconML DRPolicyForest)",
    "pc": "the PC algorithm (causal-learn)",
    "ges": "greedy equivalence search (causal-learn GES)",
    "lingam": "DirectLiNGAM (causal-learn)",
}


@dataclasses.dataclass(frozen=True, kw_only=True)
class Explanation:
    """A short answer (at most four sentences), the caveats that go with it, and who wrote it.

    ``source`` is ``"template"`` or ``"model"``; ``fallback`` says why a model's text was replaced
    by the template (the checker's findings), else None.
    """

    text: str
    caveats: tuple[str, ...] = ()
    source: str = "template"
    fallback: str | None = None

    def __str__(self) -> str:
        if not self.caveats:
            return self.text
        return self.text + "\n\nCaveats:\n" + "\n".join(f"- {c}" for c in self.caveats)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "caveats": list(self.caveats), "source": self.source, "fallback": self.fallback}


# --- number formatting and checking -----------------------------------------------------------


def fmt(value: float) -> str:
    """A number as the explanation shows it: three significant digits, whole numbers from 100 on."""
    if value is None or not math.isfinite(value):
        return "n/a"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if value == int(value):
        return str(int(value))
    digits = max(0, 2 - int(math.floor(math.log10(abs(value)))))
    text = f"{value:.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def fmt_p(p: float) -> str:
    return "p < 0.001" if p < 0.001 else f"p = {fmt(p)}"


def pct(share: float) -> str:
    return f"{fmt(100 * share)}%"


def ci_text(ci: Iterable[float], level: float) -> str:
    lo, hi = ci
    return f"{pct(level)} CI {fmt(lo)} to {fmt(hi)}"


_NUMBER = re.compile(r"(?<![\w.])(<\s*)?([-+−]?\d[\d,]*(?:\.\d+)?)(%?)(?![\w])")
_NUMBER_IN_DATA = re.compile(r"[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")


def _result_numbers(value: Any) -> list[float]:
    """Every number in a result: numeric fields and numbers written inside its strings and keys."""
    out: list[float] = []
    if isinstance(value, bool) or value is None:
        return out
    if isinstance(value, (int, float)):
        return [float(value)] if math.isfinite(value) else []
    if isinstance(value, str):
        return [float(m) for m in _NUMBER_IN_DATA.findall(value.replace(",", ""))]
    if isinstance(value, Mapping):
        for k, v in value.items():
            out += _result_numbers(str(k)) + _result_numbers(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            out += _result_numbers(v)
    return out


def _matches(shown: float, decimals: int, candidates: list[float]) -> bool:
    tolerance = 0.5 * 10 ** (-decimals) + 1e-9
    return any(abs(shown - c) <= tolerance for c in candidates)


def unsupported_numbers(text: str, result: Result | Mapping[str, Any]) -> list[str]:
    """Numbers in ``text`` that no value of ``result`` rounds to (as shown, or as a percentage).

    A number written as ``< x`` is supported when some result value lies below ``x``.
    Numbers inside identifiers (``re78``, ``q10``, ``10th``) are not numbers of the analysis.
    """
    data = result.to_dict() if isinstance(result, Result) else thaw(result)
    values = _result_numbers(data)
    percents = [100 * v for v in values] + [float(p) for t in _strings(data) for p in re.findall(r"(\d+(?:\.\d+)?)%", t)]
    bad: list[str] = []
    for m in _NUMBER.finditer(text):
        less, literal, percent = m.group(1), m.group(2), m.group(3)
        shown = float(literal.replace(",", "").replace("−", "-"))
        decimals = len(literal.split(".")[1]) if "." in literal else 0
        pool = percents if percent else values
        if less:
            if not (any(abs(v) < shown for v in pool) or _matches(shown, decimals, pool)):
                bad.append(m.group(0).strip())
            continue
        if not (_matches(shown, decimals, pool) or _matches(abs(shown), decimals, [abs(v) for v in pool])):
            bad.append(m.group(0).strip())
    return bad


def numbers_stated(text: str) -> set[str]:
    """The numbers ``text`` writes, as written but without a sign (``3.95``, ``1,500``, ``26.7``)."""
    return {m.group(2).replace("−", "-").lstrip("+-").rstrip(",") for m in _NUMBER.finditer(text)}


def sentences(text: str) -> list[str]:
    """Split text into sentences (a period, question or exclamation mark followed by a space)."""
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z(])", text.strip()) if s]


# --- key numbers ------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, kw_only=True)
class KeyNumber:
    """One row of the results table: what it is, the estimate and its interval (as shown)."""

    label: str
    value: str
    interval: str = ""
    note: str = ""

    def to_dict(self) -> dict[str, str]:
        return dataclasses.asdict(self)


def _interval(ci: Any) -> str:
    lo, hi = ci
    return f"[{fmt(lo)}, {fmt(hi)}]"


def where_text(condition: Any) -> str:
    """A query's condition as a reader sees it in a table or figure: "age > 50 and sex == female"."""
    return " and ".join(f"{c['column']} {c['op']} {thaw(c['value'])}" for c in condition)


def _ate_numbers(r: ATEResult) -> Iterator[KeyNumber]:
    if not r.contrasts:
        yield KeyNumber(label=f"effect of one more unit of {r.treatment} on {r.outcome}", value=fmt(r.estimate),
                        interval=_interval(r.ci), note=fmt_p(r.p_value))
    for c in r.contrasts:
        yield KeyNumber(label=f"{r.treatment} = {thaw(c.level)} vs {thaw(c.reference)}: effect on {r.outcome}", value=fmt(c.estimate),
                        interval=_interval(c.ci), note=fmt_p(c.p_value))


def _hte_numbers(r: HTEResult) -> Iterator[KeyNumber]:
    if r.contrasts:
        yield from _hte_contrast_numbers(r)
        return
    if r.condition:
        yield KeyNumber(label=f"effect where {where_text(r.condition)}", value=fmt(r.estimate), interval=_interval(r.ci),
                        note=f"{r.subgroup_size:,} rows")
    yield KeyNumber(label="average effect, all rows", value=fmt(r.overall_estimate), interval=_interval(r.overall_ci),
                    note=f"{r.n_rows_used:,} rows")
    q = r.cate_quantiles
    yield KeyNumber(label="unit effects, 10th to 90th percentile", value=f"{fmt(q['q10'])} to {fmt(q['q90'])}")


def _hte_contrast_numbers(r: HTEResult) -> Iterator[KeyNumber]:
    """A treatment of more than two levels: each level against the reference where the condition holds, over all rows
    (where there is a condition), and the spread of the first level's unit effects."""
    groups = [(f"where {where_text(r.condition)}", r.contrasts, r.subgroup_size)] if r.condition else []
    for where, contrasts, rows in groups + [("all rows", r.overall_contrasts, r.n_rows_used)]:
        for c in contrasts:
            yield KeyNumber(label=f"{r.treatment} = {thaw(c.level)} vs {thaw(c.reference)}: effect on {r.outcome}, {where}",
                            value=fmt(c.estimate), interval=_interval(c.ci), note=f"{rows:,} rows")
    q, first = r.cate_quantiles, r.contrasts[0]
    yield KeyNumber(label=f"unit effects of {thaw(first.level)} vs {thaw(first.reference)}, 10th to 90th percentile",
                    value=f"{fmt(q['q10'])} to {fmt(q['q90'])}")


def _ma_numbers(r: MAResult) -> Iterator[KeyNumber]:
    for part in ("total", "direct", "indirect"):
        label = f"indirect effect (through {r.mediator})" if part == "indirect" else f"{part} effect"
        yield KeyNumber(label=label, value=fmt(getattr(r, part)), interval=_interval(r.ci[part]))
    if r.proportion_mediated is not None:
        yield KeyNumber(label="proportion mediated", value=f"{fmt(100 * r.proportion_mediated)}%")


def _opo_numbers(r: OPOResult) -> Iterator[KeyNumber]:
    yield KeyNumber(label=f"recommended {r.treatment}", value=str(thaw(r.best_action)),
                    note=f"for {fmt(100 * r.best_action_share)}% of {r.subgroup_size:,} rows")
    yield KeyNumber(label=f"average {r.outcome} under the policy", value=fmt(r.policy_value), interval=_interval(r.policy_value_ci))
    for name, value in r.baseline_values.items():
        yield KeyNumber(label=f"average {r.outcome}, {name}", value=fmt(value))


def _cgl_numbers(r: CGLResult) -> Iterator[KeyNumber]:
    for rel in r.relations:
        yield KeyNumber(label=f"{rel['a']} and {rel['b']}", value=rel["relation"])
    yield KeyNumber(label="directed edges", value=str(len(r.edges)), note=", ".join(f"{a} -> {b}" for a, b in r.edges))
    yield KeyNumber(label="undirected edges", value=str(len(r.undirected)), note=", ".join(f"{a} -- {b}" for a, b in r.undirected))


def key_numbers(result: Result) -> tuple[KeyNumber, ...]:
    """The numbers a reader looks at first, with their intervals, for any task's Result."""
    rows: dict[type, Any] = {ATEResult: _ate_numbers, HTEResult: _hte_numbers, MAResult: _ma_numbers,
                             OPOResult: _opo_numbers, CGLResult: _cgl_numbers}
    return tuple(rows[type(result)](result))



# --- checking any explanation against its Result ---------------------------------------------------

# A number standing on its own: not the digits inside a level name such as 'p1' or 'grade_2'.
_PLAIN_NUMBER = re.compile(r"(?<![\w.])(?:-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)(?![\w])")
_IDENTIFIER = re.compile(r"\b(?:[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+|[a-z]+[A-Z][A-Za-z0-9]*|[A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*)\b")
_UP = re.compile(r"\b(raises|increases|lifts|higher|improves)\b", re.IGNORECASE)
_DOWN = re.compile(r"\b(lowers|decreases|reduces|cuts|lower|worsens)\b", re.IGNORECASE)


def required_numbers(result: Result) -> list[str]:
    """The numbers an explanation must state: each key number's value and interval ends, as shown, without sign."""
    out: list[str] = []
    for k in key_numbers(result):
        for text in (k.value, k.interval):
            out += [m.lstrip("-") for m in _PLAIN_NUMBER.findall(text)]
    return list(dict.fromkeys(out))


def _states_edge(a: str, b: str, directed: bool, text: str) -> bool:
    if directed:
        return f"{a} -> {b}" in text or f"{a} causes {b}" in text
    return any(f"{x} -- {y}" in text or f"{x} and {y}: linked" in text for x, y in ((a, b), (b, a)))


def missing_key_numbers(text: str, result: Result) -> list[str]:
    """Key numbers (or, for a graph, edges) of ``result`` that ``text`` does not state."""
    if isinstance(result, CGLResult):
        return [f"{a} -> {b}" for a, b in result.edges if not _states_edge(a, b, True, text)] + [
            f"{a} -- {b}" for a, b in result.undirected if not _states_edge(a, b, False, text)]
    stated = numbers_stated(text)
    return [n for n in required_numbers(result) if n not in stated]


def result_variables(result: Result) -> list[str]:
    """The variables an explanation of ``result`` must name."""
    if isinstance(result, CGLResult):
        return list(result.nodes or result.variables)
    return [v for v in (getattr(result, "treatment", None), getattr(result, "outcome", None), getattr(result, "mediator", None)) if v]


def _known_identifiers(result: Result) -> set[str]:
    names: set[str] = set()
    for text in [*map(str, _strings(result.to_dict())), METHOD_LABELS.get(result.method, result.method)]:
        names.update(_IDENTIFIER.findall(text))
        names.update(re.findall(r"[A-Za-z0-9_]+", text))
    return names


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, Mapping):
        return [s for k, v in value.items() for s in [str(k), *_strings(v)]]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in _strings(v)]
    return []


def _signed_mismatches(text: str, result: Result) -> list[str]:
    """Numbers written with a minus sign that no negative value of the Result rounds to (a swapped sign)."""
    values = _result_numbers(result.to_dict())
    bad = []
    for m in _NUMBER.finditer(text):
        literal = m.group(2).replace("−", "-").rstrip(",")
        if literal.startswith("-") and not m.group(3):
            decimals = len(literal.split(".")[1]) if "." in literal else 0
            if not _matches(float(literal.replace(",", "")), decimals, values):
                bad.append(literal)
    return bad


def _headline(result: Result) -> float | None:
    if isinstance(result, (ATEResult, HTEResult)):
        return result.estimate
    if isinstance(result, MAResult):
        return result.total
    return None


_AIMS = (re.compile(r"\bas high as possible\b|\bhighest\b|\bmaximi[sz]\w*", re.IGNORECASE),
         re.compile(r"\bas low as possible\b|\blowest\b|\bminimi[sz]\w*", re.IGNORECASE))
"""Words of a policy's aim: (as high, as low) as possible."""


def check_explanation(explanation: Explanation, result: Result, *, data_name: str = "the data") -> tuple[str, ...]:
    """Every way ``explanation`` misstates ``result`` (empty when it is faithful).

    Checked on the text and caveats: each number is the Result's (with its sign), each key number
    and interval is stated, the method and the variables are named, no other identifier is named
    as a variable, the stated direction agrees with the estimate, a policy's aim (as high or as low as
    possible) is the one it optimised, an effect on the treated says so; and the answer (caveats apart)
    has one to four sentences.
    """
    text = str(explanation)
    problems = [f"states {n}, which the analysis did not produce" for n in unsupported_numbers(text, result)]
    problems += [f"writes {n} where the analysis has no such negative value" for n in _signed_mismatches(text, result)]
    problems += [f"does not state {n}" for n in missing_key_numbers(text, result)]
    problems += [f"does not name {v}" for v in result_variables(result) if v not in text]
    known = _known_identifiers(result) | set(re.findall(r"[A-Za-z0-9_]+", data_name))
    problems += [f"names {n}, which is not a variable of this analysis" for n in dict.fromkeys(_IDENTIFIER.findall(text)) if n not in known]
    label = METHOD_LABELS.get(result.method, result.method)
    short = re.findall(r"\(([^)]*)\)", label)
    if label not in text and result.method not in text and not any(s in text for s in short):
        problems.append(f"does not name the method ({label})")
    headline = _headline(result)
    if headline is not None and headline > 0 and _DOWN.search(text) and not _UP.search(text):
        problems.append("says the effect goes down, but the estimate is positive")
    if headline is not None and headline < 0 and _UP.search(text) and not _DOWN.search(text):
        problems.append("says the effect goes up, but the estimate is negative")
    if result.method == "dr_att" and ("treated" not in text or "averaged over all units" in text):
        problems.append("does not say the effect is averaged over the treated units only")
    if isinstance(result, OPOResult):
        wanted, other = _AIMS[::-1] if result.objective == "min" else _AIMS
        if (said := other.search(text)) and not wanted.search(text):
            aim = "low" if result.objective == "min" else "high"
            problems.append(f"says the policy aims at {said[0]!r}, but it makes {result.outcome} as {aim} as possible")
    n = len(sentences(explanation.text))
    if not 1 <= n <= 4:
        problems.append(f"has {n} sentences (1 to 4 wanted)")
    return tuple(problems)


# --- templates --------------------------------------------------------------------------------


def _direction(value: float) -> str:
    return "raises" if value > 0 else "lowers" if value < 0 else "does not change"


def excludes_zero(ci: Iterable[float]) -> bool:
    """Whether an interval lies wholly above or below zero."""
    lo, hi = ci
    return bool(lo > 0 or hi < 0)


def _evidence(p: float, ci: Iterable[float]) -> str:
    if excludes_zero(ci):
        return f"The interval excludes zero, so the data are hard to reconcile with no effect ({fmt_p(p)})"
    return f"The interval includes zero: the data are consistent with no effect ({fmt_p(p)})"


def _common_caveats(result: Result) -> list[str]:
    caveats = list(result.warnings)
    if result.n_rows_dropped:
        reasons = ", ".join(f"{k}: {v}" for k, v in result.drop_reasons.items())
        caveats.append(f"{result.n_rows_dropped} rows were dropped ({reasons}).")
    return caveats


CONFOUNDING = (
    "This reads as a causal effect only if the other columns capture every common cause of {t} and {y} "
    "(no unmeasured confounding) and every kind of unit could have received each treatment level (overlap)."
)


def _ate(result: ATEResult, data_name: str) -> Explanation:
    t, y, level = result.treatment, result.outcome, result.ci_level
    method = METHOD_LABELS.get(result.method, result.method)
    if result.treatment_kind == "continuous":
        first = (
            f"In {data_name}, {method} estimates that each one-unit increase in {t} {_direction(result.estimate)} "
            f"{y} by {fmt(abs(result.estimate))} on average ({ci_text(result.ci, level)}; {result.n_rows_used:,} rows)."
        )
    else:
        parts = [
            f"{t} = {thaw(c.level)!r} rather than {thaw(c.reference)!r} {_direction(c.estimate)} {y} by {fmt(abs(c.estimate))} "
            f"({ci_text(c.ci, level)}, {fmt_p(c.p_value)})"
            for c in result.contrasts
        ]
        first = f"In {data_name}, {method} estimates that, on average, " + "; ".join(parts) + f" ({result.n_rows_used:,} rows)."
    second = (f"These are differences in {y}'s own units, averaged over the units that received each level (the effect on the "
              "treated), not over all units." if result.method == "dr_att" else f"These are differences in {y}'s own units, averaged over all units.")
    evidence = _evidence(result.p_value, result.ci) + "." if len(result.contrasts) <= 1 else ""
    text = " ".join(s for s in (first, second, evidence, CONFOUNDING.format(t=t, y=y)) if s)
    return Explanation(text=text, caveats=tuple(_common_caveats(result)))


def _condition_text(condition: Iterable[Mapping[str, Any]]) -> str:
    parts = []
    for c in condition:
        value = c["value"]
        shown = fmt(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else repr(value)
        parts.append(f"{c['column']} {c['op']} {shown}")
    return " and ".join(parts)


def _level_effects(t: str, y: str, contrasts: Iterable[Contrast], level: float) -> str:
    """Each level's effect against the reference: "t = 'a' rather than 'b' raises y by 2 (95% CI ...); ..."."""
    return "; ".join(f"{t} = {thaw(c.level)!r} rather than {thaw(c.reference)!r} {_direction(c.estimate)} {y} by "
                     f"{fmt(abs(c.estimate))} ({ci_text(c.ci, level)})" for c in contrasts)


def _hte_levels(result: HTEResult, data_name: str) -> Explanation:
    """A subgroup effect of a treatment of more than two levels: each level against the reference."""
    t, y, level = result.treatment, result.outcome, result.ci_level
    method = METHOD_LABELS.get(result.method, result.method)
    here = _level_effects(t, y, result.contrasts, level)
    if result.condition:
        overall = ", ".join(f"{fmt(c.estimate)} ({ci_text(c.ci, level)}) for {thaw(c.level)!r}" for c in result.overall_contrasts)
        first = (f"In {data_name}, {method} estimates that where {_condition_text(result.condition)} "
                 f"({result.subgroup_size:,} rows), {here}; against {overall} averaged over all {result.n_rows_used:,} rows.")
    else:
        first = f"In {data_name}, {method} estimates that, on average, {here} ({result.n_rows_used:,} rows)."
    q, ref = result.cate_quantiles, result.contrasts[0]
    spread = (f"Estimated effects of {t} = {thaw(ref.level)!r} rather than {thaw(ref.reference)!r} for individual units range "
              f"from {fmt(q['q10'])} to {fmt(q['q90'])} between the 10th and 90th percentiles")
    if result.effect_modifiers:
        spread += f", and vary most with {result.effect_modifiers[0]['column']}"
    excludes = {c.level: excludes_zero(c.ci) for c in result.contrasts}
    excluding = [repr(thaw(level)) for level, out in excludes.items() if out]
    including = [repr(thaw(level)) for level, out in excludes.items() if not out]
    group = "this group" if result.condition else "all rows"
    if not excluding:
        verdict = f"Every interval for {group} includes zero: no effect is also consistent with the data."
    else:
        one = len(excluding) == 1
        verdict = f"For {group} the interval{'' if one else 's'} of {' and '.join(excluding)} exclude{'s' if one else ''} zero"
        lone = len(including) == 1
        verdict += f", {'that' if lone else 'those'} of {' and '.join(including)} include{'s' if lone else ''} it." if including else "."
    text = " ".join((first, spread + ".", verdict, CONFOUNDING.format(t=t, y=y)))
    return Explanation(text=text, caveats=tuple(_common_caveats(result)))


def _hte(result: HTEResult, data_name: str) -> Explanation:
    t, y, level = result.treatment, result.outcome, result.ci_level
    if result.contrasts:
        return _hte_levels(result, data_name)
    method = METHOD_LABELS.get(result.method, result.method)
    q = result.cate_quantiles
    if result.condition:
        where = _condition_text(result.condition)
        first = (
            f"In {data_name}, {method} estimates the effect of {t} on {y} where {where} at {fmt(result.estimate)} "
            f"({ci_text(result.ci, level)}; {result.subgroup_size:,} rows), against {fmt(result.overall_estimate)} "
            f"({ci_text(result.overall_ci, level)}) averaged over all {result.n_rows_used:,} rows."
        )
    else:
        first = (
            f"In {data_name}, {method} estimates the average effect of {t} on {y} at {fmt(result.estimate)} "
            f"({ci_text(result.ci, level)}; {result.n_rows_used:,} rows)."
        )
    spread = f"Estimated effects for individual units range from {fmt(q['q10'])} to {fmt(q['q90'])} between the 10th and 90th percentiles"
    if result.effect_modifiers:
        spread += f", and vary most with {result.effect_modifiers[0]['column']}"
    verdict = (
        "The interval for this group excludes zero."
        if excludes_zero(result.ci)
        else "The interval for this group includes zero: no effect is also consistent with the data."
    )
    text = " ".join((first, spread + ".", verdict, CONFOUNDING.format(t=t, y=y)))
    return Explanation(text=text, caveats=tuple(_common_caveats(result)))


SIMULTANEOUS = (
    "The direct and indirect effects' intervals hold together: both contain their true values at once at the stated "
    "level, so each is a little wider than an interval read on its own."
)
"""How to read a mediation's intervals (a caveat, so that it also comes with the explaining model's text)."""


def _ma(result: MAResult, data_name: str) -> Explanation:
    t, y, m, level = result.treatment, result.outcome, result.mediator, result.ci_level
    switch = (f"raising {t} by one unit, from {fmt(result.reference_level)} to {fmt(result.level)}," if result.treatment_kind == "continuous"
              else f"switching {t} from {thaw(result.reference_level)!r} to {thaw(result.level)!r}")
    first = (
        f"In {data_name}, {METHOD_LABELS.get(result.method, result.method)} estimates that {switch} changes {y} by "
        f"{fmt(result.total)} in total ({ci_text(result.ci['total'], level)}; {result.n_rows_used:,} rows)."
    )
    second = (
        f"Of this, {fmt(result.direct)} is direct ({ci_text(result.ci['direct'], level)}) and {fmt(result.indirect)} "
        f"runs through {m} ({ci_text(result.ci['indirect'], level)})"
    )
    if result.proportion_mediated is not None:
        second += f", so {pct(result.proportion_mediated)} of the effect is mediated"
    text = " ".join((
        first, second + f"; intervals come from {result.n_bootstrap} bootstrap resamples.",
        f"This assumes no unmeasured confounding of {t}, {m} and {y}, no effect of {t} on a confounder of {m} and {y}, "
        f"and linear models for {y} (with a {t} by {m} interaction) and for {m}.",
    ))
    return Explanation(text=text, caveats=(*_common_caveats(result), SIMULTANEOUS))


def beats_treating_alike(result: OPOResult) -> bool:
    """Whether the policy's whole interval is better, in the direction it optimises, than the better of treating
    everyone and treating no one."""
    sign = -1.0 if result.objective == "min" else 1.0
    single = max(sign * result.baseline_values["treat-all"], sign * result.baseline_values["treat-none"])
    return min(sign * result.policy_value_ci[0], sign * result.policy_value_ci[1]) > single


def _opo(result: OPOResult, data_name: str) -> Explanation:
    t, y, level = result.treatment, result.outcome, result.ci_level
    base = result.baseline_values
    best = thaw(result.best_action)
    # the direction the policy optimises: higher is better by default, lower where the question asked to minimise
    sign, aim = (-1.0, "as low as possible") if result.objective == "min" else (1.0, "as high as possible")
    if result.condition:
        where = f"where {_condition_text(result.condition)}"
        first = (
            f"In {data_name}, {METHOD_LABELS.get(result.method, result.method)} recommends {t} = {best!r} {where} to make {y} {aim} "
            f"(for {pct(result.best_action_share)} of the {result.subgroup_size:,} rows considered)."
        )
    else:
        first = (
            f"In {data_name}, {METHOD_LABELS.get(result.method, result.method)} learned who should get which level of {t} "
            f"to make {y} {aim}; it recommends {t} = {best!r} for {pct(result.best_action_share)} of the {result.n_rows_used:,} rows."
        )
    treated = max((k for k in result.action_values if k != str(thaw(result.treatment_levels[0]))),
                  key=lambda k: sign * result.action_values[k])
    second = (
        f"Following it, the estimated average {y} is {fmt(result.policy_value)} ({ci_text(result.policy_value_ci, level)}, "
        f"estimated on rows the policy was not fitted on), against {fmt(base['treat-all'])} if everyone got {treated!r}, "
        f"{fmt(base['treat-none'])} if nobody was treated and {fmt(base['observed'])} as observed."
    )
    third = (
        "The learned policy beats the best single choice for everyone."
        if beats_treating_alike(result)
        else "Its advantage over giving everyone the same treatment is within the uncertainty."
    )
    caveats = _common_caveats(result)
    if result.policy_rules:
        caveats.insert(0, "Policy rules: " + "; ".join(result.policy_rules) + ".")
    text = " ".join((first, second, third, CONFOUNDING.format(t=t, y=y)))
    return Explanation(text=text, caveats=tuple(caveats))


def _edge_list(edges: Iterable[Iterable[str]], arrow: str) -> str:
    items = [f"{a} {arrow} {b}" for a, b in edges]
    return ", ".join(items) if items else "none"


def _cgl(result: CGLResult, data_name: str) -> Explanation:
    method = METHOD_LABELS.get(result.method, result.method)
    test = f" with the {result.ci_test} independence test at level {fmt(result.alpha)}" if result.ci_test and result.alpha else ""
    over = ", ".join(result.variables) if len(result.variables) <= 12 else f"all {len(result.variables)} usable columns"
    first = f"In {data_name}, {method}{test} learned a causal graph over {over} ({result.n_rows_used:,} rows)."
    if len(result.nodes) == 1:
        node = result.nodes[0]
        parents = [a for a, b in result.edges if b == node]
        children = [b for a, b in result.edges if a == node]
        linked = [b if a == node else a for a, b in result.undirected if node in (a, b)]
        second = (f"For {node}: causes {', '.join(parents) or 'none found'}; effects {', '.join(children) or 'none found'}; "
                  f"linked with undetermined direction {', '.join(linked) or 'none'}.")
    elif result.relations:
        rel = "; ".join(
            f"{r['a']} and {r['b']}: " + (
                "no direct link" if r["relation"] == "none" else "linked, direction undetermined" if r["relation"] == "undirected"
                else r["relation"].replace("->", " causes ")
            )
            for r in result.relations
        )
        second = f"For the variables asked about: {rel}."
    else:
        second = f"Directed edges (cause -> effect): {_edge_list(result.edges, '->')}."
    third = f"Edges whose direction the data cannot decide: {_edge_list(result.undirected, '--')}."
    assumption = (
        "This assumes no hidden common causes outside the data, faithfulness, and the independence test's model "
        "(linear-Gaussian relations for fisherz)."
    )
    caveats = _common_caveats(result)
    if result.relations or len(result.nodes) == 1:
        caveats.insert(0, f"All directed edges: {_edge_list(result.edges, '->')}.")
    return Explanation(text=" ".join((first, second, third, assumption)), caveats=tuple(caveats))


_TEMPLATES: Mapping[Task, Callable[[Any, str], Explanation]] = {
    Task.ATE: _ate, Task.HTE: _hte, Task.MA: _ma, Task.OPO: _opo, Task.CGL: _cgl,
}


def explain(result: Result, *, data_name: str = "the data") -> Explanation:
    """Explain ``result`` in at most four sentences plus caveats; every number is the Result's."""
    return _TEMPLATES[result.task](result, data_name)


def explain_unsupported(reason: str | None) -> Explanation:
    """What the tool says when a question is outside the five tasks."""
    return Explanation(
        text=(
            f"jupyter-causal cannot answer this question: {reason or 'it is not one of the supported causal tasks'}. "
            "It answers causal graph (CGL), average effect (ATE), subgroup effect (HTE), mediation (MA) and "
            "treatment policy (OPO) questions, so nothing was run."
        )
    )
