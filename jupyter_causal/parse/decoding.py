"""Constrained decoding: the model can only write a valid query naming the table's own columns.

The query is written as fixed text (forced, fed to the model without asking it) and choices: the
task, each column, each operator, each condition value, list ends. At a choice the model's
next-token scores are masked to the tokens that continue some allowed option (a token trie), so
every output is schema-valid JSON whose names are all DataFrame columns. The model's output is
only ever read as data.
"""
from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

import torch

from ..profile import DataProfile, Kind
from ..schema import CausalQuery, Task
from .prompt import FIELDS, OPS_LEVELS, OPS_NUMERIC, literal, numbers_in, render_prompt

MAX_CONDITIONS = 2
MAX_NODES = 8


class Session:
    """One incremental pass of a causal LM over a growing token sequence (with its KV cache)."""

    def __init__(self, model: Any, tokenizer: Any, prompt: str) -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.device = next(model.parameters()).device
        self.past: Any = None
        self.logits: torch.Tensor | None = None
        self._pieces: dict[str, list[int]] = {}
        self.feed(self.encode(prompt))

    def encode(self, text: str) -> list[int]:
        if text not in self._pieces:
            self._pieces[text] = self.tokenizer(text, add_special_tokens=False)["input_ids"]
        return self._pieces[text]

    @torch.inference_mode()
    def feed(self, ids: Sequence[int]) -> None:
        if not ids:
            return
        inputs = torch.tensor([list(ids)], device=self.device)
        out = self.model(input_ids=inputs, cache=self.past, use_cache=True, logits_to_keep=1)
        self.past = out.cache
        self.logits = out.logits[0, -1].float()

    def force(self, text: str) -> None:
        self.feed(self.encode(text))

    def choose(self, options: Sequence[str]) -> int:
        """Index of the option the model writes, decoding greedily inside the options' token trie."""
        if not options:
            raise ValueError("no options to choose from")
        seqs = [self.encode(o) for o in options]
        alive = [i for i, s in enumerate(seqs) if s]
        k = 0
        while True:
            if len(alive) == 1:
                self.feed(seqs[alive[0]][k:])
                return alive[0]
            done = [i for i in alive if len(seqs[i]) == k]
            going = [i for i in alive if len(seqs[i]) > k]
            if done and not going:
                return done[0]
            assert self.logits is not None
            allowed = sorted({seqs[i][k] for i in going})
            scores = self.logits[allowed]
            best = allowed[int(torch.argmax(scores))]
            alive = [i for i in going if seqs[i][k] == best]
            self.feed([best])
            k += 1


_MIDDLE = re.compile(r"\b(median|medians|upper half|lower half|top half|bottom half|middle|typical)\b", re.IGNORECASE)


def _stems(text: str) -> set[str]:
    """Word stems (first 4 letters) of a question or a column name split at ``_``, case changes and digits."""
    spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", text)
    return {w.lower()[:4] for w in re.findall(r"[A-Za-z]{3,}", spaced)}


def _mentions(question: str, column: str) -> bool:
    """Whether the question shares a word stem with the column's name."""
    return bool(_stems(column) & _stems(question))


def _value_options(profile: DataProfile, column: str, question: str) -> list[str]:
    """The values a condition on ``column`` may take, each grounded in the table or the question.

    A binary column offers 0 and 1 where the question names it; a categorical one the levels the
    question writes (all of them where it names the column); a numeric one the numbers written in
    the question, and its median only where the question speaks of a median or a half. A column
    with no options cannot be a condition: the question does not condition on it.
    """
    col = profile[column]
    if col.kind is Kind.BINARY:
        values: list[Any] = list(col.levels or (0, 1)) if _mentions(question, column) else []
    elif col.kind.has_levels and col.levels:
        words = question.lower()
        values = [v for v in col.levels if str(v).lower() in words] or (list(col.levels) if _mentions(question, column) else [])
    else:
        values = numbers_in(question)
        if col.median is not None and _MIDDLE.search(question):
            values.append(round(col.median, 2) if abs(col.median) < 10 else round(col.median))
    return list(dict.fromkeys(literal(v) + "}" for v in values))


def decode(
    model: Any, tokenizer: Any, question: str, profile: DataProfile, *, reasons: Sequence[str], task: Task | None = None
) -> CausalQuery:
    """Parse ``question`` about a table with ``profile`` into a CausalQuery, constrained to its columns.

    ``task`` fixes the task instead of letting the model choose it; the fields are still decoded.
    A subgroup effect (HTE) needs a subgroup: when the model picks HTE but the question grounds no
    condition, the task is chosen again without HTE.
    """
    query = _decode_once(model, tokenizer, question, profile, reasons=reasons, task=task, tasks=tuple(Task))
    if task is None and query.task is Task.HTE and not query.condition:
        query = _decode_once(model, tokenizer, question, profile, reasons=reasons, task=None,
                             tasks=tuple(t for t in Task if t is not Task.HTE))
    return query


def _decode_once(
    model: Any, tokenizer: Any, question: str, profile: DataProfile, *, reasons: Sequence[str], task: Task | None,
    tasks: tuple[Task, ...],
) -> CausalQuery:
    """One constrained pass; the model chooses the task among ``tasks`` unless ``task`` is given."""
    s = Session(model, tokenizer, render_prompt(question, profile))
    columns = list(profile.names)
    s.force('{"task": "')
    if task is None:
        task = tasks[s.choose([f'{t.value}"' for t in tasks])]
    else:
        s.force(f'{task.value}"')
    query: dict[str, Any] = {"task": task.value}
    used: list[str] = []
    for field in FIELDS[task]:
        if field in ("treatment", "outcome", "mediator"):
            s.force(f', "{field}": ')
            options = [c for c in columns if c not in used] or columns
            name = options[s.choose([literal(c) for c in options])]
            used.append(name)
            query[field] = name
        elif field == "condition":
            s.force(', "condition": [')
            conditions = []
            for i in range(MAX_CONDITIONS + 1):
                more = '{"column": ' if i == 0 else ', {"column": '
                options = [c for c in columns if c not in used and _value_options(profile, c, question)]
                if i == MAX_CONDITIONS or not options or s.choose(["]", more]) == 0:
                    if i == MAX_CONDITIONS or not options:
                        s.force("]")
                    break
                column = options[s.choose([literal(c) for c in options])]
                s.force(', "op": ')
                ops = OPS_LEVELS if profile[column].kind in (Kind.CATEGORICAL, Kind.TEXT) else OPS_NUMERIC
                op = ops[s.choose([literal(o) for o in ops])]
                s.force(', "value": ')
                values = _value_options(profile, column, question)
                value = values[s.choose(values)]
                conditions.append({"column": column, "op": op, "value": json.loads(value[:-1])})
            query["condition"] = conditions
        elif field == "nodes":
            s.force(', "nodes": [')
            nodes: list[str] = []
            while len(nodes) < min(MAX_NODES, len(columns)):
                options = [c for c in columns if c not in nodes]
                texts = ["]"] + [literal(c) if not nodes else ", " + literal(c) for c in options]
                pick = s.choose(texts)
                if pick == 0:
                    break
                nodes.append(options[pick - 1])
            else:
                s.force("]")
            query["nodes"] = nodes
        elif field == "reason":
            s.force(', "reason": ')
            query["reason"] = reasons[s.choose([literal(r) for r in reasons])]
    s.force("}")
    return CausalQuery.from_dict(query)

