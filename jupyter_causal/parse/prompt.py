"""The text the model reads (the table's columns and the question) and the query it writes.

Training and decoding share this module: the target is cut into the same pieces that the
constrained decoder forces or chooses, and each piece is tokenized on its own, so the model is
trained on exactly the token sequences it will be asked to produce.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator

from ..profile import ColumnProfile, DataProfile, Kind
from ..schema import CausalQuery, Task

MAX_LEVELS_SHOWN = 8

FIELDS: dict[Task, tuple[str, ...]] = {
    Task.CGL: ("nodes",),
    Task.ATE: ("treatment", "outcome"),
    Task.HTE: ("treatment", "outcome", "condition"),
    Task.MA: ("treatment", "outcome", "mediator"),
    Task.OPO: ("treatment", "outcome", "condition"),
    Task.UNSUPPORTED: ("reason",),
}
"""The fields the model writes for each task, in order; everything else takes its default."""

OPS_NUMERIC = ("==", ">", ">=", "<", "<=", "!=")
OPS_LEVELS = ("==", "!=")


def describe_column(col: ColumnProfile) -> str:
    """One line of the prompt: ``- name: kind (levels)``."""
    kind = "identifier" if col.kind is Kind.TEXT else col.kind.value
    if col.levels and col.kind.has_levels:
        shown = ", ".join(str(v) for v in col.levels[:MAX_LEVELS_SHOWN])
        more = ", ..." if len(col.levels) > MAX_LEVELS_SHOWN else ""
        return f"- {col.name}: {kind} ({shown}{more})"
    return f"- {col.name}: {kind}"


def render_prompt(question: str, profile: DataProfile) -> str:
    """The model's input: the columns it may name, then the question."""
    columns = "\n".join(describe_column(c) for c in profile.columns)
    return f"Columns:\n{columns}\nQuestion: {' '.join(question.split())}\nQuery: "


def literal(value: object) -> str:
    """A JSON literal as the model writes it (``"north"``, ``25``, ``0.5``)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return json.dumps(value)


# --- the target, cut into forced text and choices ------------------------------------------------


def target_pieces(query: CausalQuery) -> Iterator[tuple[str, bool]]:
    """The query as the model writes it, piece by piece: ``(text, chosen)``.

    Fixed JSON syntax has ``chosen=False`` (the decoder feeds it without asking the model); the
    rest are the model's decisions, the only tokens training scores.
    """
    yield '{"task": "', False
    yield f'{query.task.value}"', True
    for field in FIELDS[query.task]:
        if field in ("treatment", "outcome", "mediator"):
            yield f', "{field}": ', False
            yield literal(getattr(query, field)), True
        elif field == "condition":
            yield ', "condition": [', False
            for i, cond in enumerate(query.condition):
                yield ('{"column": ' if i == 0 else ', {"column": '), True
                yield literal(cond.column), True
                yield ', "op": ', False
                yield literal(cond.op), True
                yield ', "value": ', False
                yield literal(cond.value) + "}", True
            yield "]", True
        elif field == "nodes":
            yield ', "nodes": [', False
            for i, node in enumerate(query.nodes):
                yield (literal(node) if i == 0 else ", " + literal(node)), True
            yield "]", True
        elif field == "reason":
            yield ', "reason": ', False
            yield literal(query.reason), True
    yield "}", False


def target_text(query: CausalQuery) -> str:
    return "".join(text for text, _ in target_pieces(query))


NUMBER = re.compile(r"(?<![\w.])(?:(?<=[$£€])-?\d+(?:[.,]\d+)*[kK]|-?\d+[.,]\d+[kK]|-?\d+(?:[.,]\d+)*)(?![\w])(?![.,]\d)"
                    r"(?!-(?!(?:years?|months?)-olds?\b)[A-Za-z])(?!\([A-Za-z]\))")
"""A number written as a value (not one hyphenated into a name, as in ``7-day retention``, but an age, "a 45-year-old";
nor one with a letter in brackets, as in ``401(k)``), in thousands where a "k" ends an amount of money or a decimal ("$50k",
"2.5k"; not "401k" nor a "10k time"); never the start of a number that goes on ("2" of "2.5x")."""


def numbers_in(question: str) -> list[float]:
    """Numbers written in a question (``25``, ``1,200``, ``0.5``, ``2.5k``), candidates for condition values.

    A number joined to a word by a hyphen (``7-day retention``, ``12-month revenue``; not an age, "a 45-year-old") or
    followed by a letter in brackets (``401(k)``) names a variable, not a value, and is left out.
    """
    out = []
    for m in NUMBER.finditer(question):
        text = m.group(0).rstrip("kK")
        scale = 1000.0 if text != m.group(0) else 1.0  # "$50k", "2.5k": thousands
        text = text.replace(",", "") if re.fullmatch(r"-?\d{1,3}(,\d{3})+", text) else text.replace(",", ".")
        try:
            out.append(float(text) * scale)
        except ValueError:
            continue
    return out
