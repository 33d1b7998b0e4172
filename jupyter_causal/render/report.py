"""Analysis -> the views that need no widget front end: key numbers, text, Markdown, HTML, code.

The panel, the non-widget representations and the sidebar's history all show the same key
numbers, so they are chosen here once. Nothing in this module imports IPython or ipywidgets.
"""
from __future__ import annotations

import base64
import html
import io
import json
import pprint
from typing import TYPE_CHECKING, Any

from ..explain import fmt, key_numbers
from ..schema import CausalQuery, Result, Task

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from ..pipeline import Analysis

FIGURE_WIDTH_PX = 560
"""Plots are shown at this fixed width in the panel and in HTML."""


def png(fig: Figure) -> bytes:
    """A figure as PNG bytes (drawn once, at a resolution fit for the fixed display width)."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=90)
    return buffer.getvalue()


def _compact(query: CausalQuery) -> dict[str, Any]:
    """The query's fields that are set, in JSON field order (what a person would type)."""
    return {k: v for k, v in query.to_dict().items() if v not in (None, [], ())}


def code(analysis: Analysis, *, df_name: str = "df") -> str:
    """Python that reproduces ``analysis`` without the magic (the query is a literal: no re-parsing)."""
    options = []
    if analysis.data_name != "the data":
        options.append(f"data_name={analysis.data_name!r}")
    if analysis.settings.seed != 0:
        options.append(f"seed={analysis.settings.seed}")
    if analysis.settings.n_bootstrap != 200:
        options.append(f"n_bootstrap={analysis.settings.n_bootstrap}")
    query = pprint.pformat(_compact(analysis.query), sort_dicts=False, width=88)
    call = ", ".join(["query", df_name, *options])
    return f"import jupyter_causal as jc\n\nquery = {query}\nanalysis = jc.analyze({call})\nprint(analysis.explanation)\n"


SHOWN_CONTROLS = 8
"""At most this many controls are named in a report; the rest are counted."""


def adjusted_for(result: Result) -> str | None:
    """The controls an effect adjusted for, as a short phrase ("age, educ and re74"; "none"); ``None`` for a graph."""
    if result.task is Task.CGL:
        return None
    names = list(result.controls[:SHOWN_CONTROLS])
    rest = len(result.controls) - len(names)
    if rest:
        return f"{', '.join(names)} and {rest} more"
    return "none" if not names else names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _interval_header(result: Result) -> str:
    return f"{fmt(100 * result.ci_level)}% interval"


def _headline(analysis: Analysis) -> str:
    q = analysis.query
    roles = [f"{k} {getattr(q, k)}" for k in ("treatment", "mediator", "outcome") if getattr(q, k)]
    return f"{q.task.value}" + (f" ({', '.join(roles)})" if roles else "")


def to_text(analysis: Analysis) -> str:
    """A plain-text report, for terminals and front ends without widgets."""
    lines = []
    if analysis.question:
        lines.append(f"Question: {analysis.question}")
    lines.append(f"Query: {json.dumps(_compact(analysis.query))}")
    if analysis.result is not None:
        lines.append(f"Method: {analysis.result.method}, {analysis.result.n_rows_used:,} rows")
        if (adjusted := adjusted_for(analysis.result)) is not None:
            lines.append(f"Adjusted for: {adjusted}")
        for k in key_numbers(analysis.result):
            lines.append("  " + "  ".join(x for x in (f"{k.label}:", k.value, k.interval, k.note) if x))
        lines.extend(f"Warning: {w}" for w in analysis.result.warnings)
    if analysis.explanation is not None:
        lines.extend(("", str(analysis.explanation)))
    return "\n".join(lines)


def to_markdown(analysis: Analysis) -> str:
    """A Markdown report: question, query, key-number table and explanation (plots need HTML)."""
    parts = []
    if analysis.question:
        parts.append(f"**Question:** {analysis.question}")
    parts.append(f"**Analysis:** {_headline(analysis)}\n\n```json\n{analysis.query.to_json()}\n```")
    if analysis.result is not None:
        table = [f"| quantity | estimate | {_interval_header(analysis.result)} | note |", "|---|---|---|---|"]
        table += [f"| {k.label} | {k.value} | {k.interval} | {k.note} |" for k in key_numbers(analysis.result)]
        parts.append("\n".join(table))
        if (adjusted := adjusted_for(analysis.result)) is not None:
            parts.append(f"**Adjusted for:** {adjusted}")
        parts.extend(f"> **Warning:** {w}" for w in analysis.result.warnings)
    if analysis.explanation is not None:
        parts.append(str(analysis.explanation))
    return "\n\n".join(parts)


def to_html(analysis: Analysis) -> str:
    """A self-contained HTML report with the plots inlined, for nbconvert and saved notebooks."""
    e = html.escape
    parts = ['<div class="jupyter-causal-report">']
    if analysis.question:
        parts.append(f"<p><b>Question:</b> {e(analysis.question)}</p>")
    parts.append(f"<p><b>Analysis:</b> {e(_headline(analysis))}</p><pre>{e(analysis.query.to_json())}</pre>")
    if analysis.result is not None:
        rows = "".join(
            f"<tr><td>{e(k.label)}</td><td>{e(k.value)}</td><td>{e(k.interval)}</td><td>{e(k.note)}</td></tr>"
            for k in key_numbers(analysis.result)
        )
        parts.append(f"<table><tr><th>quantity</th><th>estimate</th><th>{_interval_header(analysis.result)}</th><th>note</th></tr>{rows}</table>")
        if (adjusted := adjusted_for(analysis.result)) is not None:
            parts.append(f"<p><b>Adjusted for:</b> {e(adjusted)}</p>")
        parts.extend(f'<p style="color:#a15c00"><b>Warning:</b> {e(w)}</p>' for w in analysis.result.warnings)
        for name, fig in analysis.figures.items():
            data = base64.b64encode(png(fig)).decode()
            parts.append(f'<img alt="{e(name)}" width="{FIGURE_WIDTH_PX}" src="data:image/png;base64,{data}"/>')
    if analysis.explanation is not None:
        parts.append(f"<p>{e(analysis.explanation.text)}</p>")
        if analysis.explanation.caveats:
            parts.append("<ul>" + "".join(f"<li>{e(c)}</li>" for c in analysis.explanation.caveats) + "</ul>")
    parts.append("</div>")
    return "".join(parts)
