"""Benchmark harness: how well a parser turns questions into the right queries.

Scores per field (exact, and the LLM4Causal paper's soft match), exact frame, JSON validity, names
outside the DataFrame (must be 0) and latency; a confusion matrix of tasks.
"""
from __future__ import annotations

import dataclasses
import itertools
import json
import math
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import jsonschema
import numpy as np

from ..corpus.questions import Example
from ..parse.interface import QuestionParser
from ..parse.prompt import FIELDS
from ..schema import CausalQuery, Task, query_json_schema

SCORED_FIELDS = ("task", "treatment", "outcome", "mediator", "condition", "nodes")


def soft_name(pred: str | None, gold: str | None) -> bool:
    """The paper's soft match: lower-case, strip a trailing 'es' or 's', then either contains the other."""
    if pred is None or gold is None:
        return pred is gold

    def norm(s: str) -> str:
        s = s.lower()
        return s[:-2] if s.endswith("es") else s[:-1] if s.endswith("s") else s

    a, b = norm(pred), norm(gold)
    return a in b or b in a


def _same_value(a: Any, b: Any) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool) and not isinstance(b, bool):
        return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)
    return str(a).lower() == str(b).lower()


def field_scores(pred: CausalQuery, gold: CausalQuery) -> dict[str, tuple[bool, bool]]:
    """(exact, soft) agreement of each field the gold task uses (a policy's objective, the controls where the gold names
    them); ``task`` always."""
    out = {"task": (pred.task == gold.task, pred.task == gold.task)}
    for field in ("treatment", "outcome", "mediator"):
        if field in FIELDS[gold.task]:
            p, g = getattr(pred, field), getattr(gold, field)
            out[field] = (p == g, soft_name(p, g))
    if "condition" in FIELDS[gold.task]:
        # conditions hold together, in any order: a match is some pairing of the predicted with the gold ones
        def paired(same_column: Callable[[str, str], bool]) -> bool:
            return len(pred.condition) == len(gold.condition) and any(
                all(same_column(p.column, g.column) and p.op == g.op and _same_value(p.value, g.value) for p, g in zip(order, gold.condition))
                for order in itertools.permutations(pred.condition))

        exact, soft = paired(str.__eq__), paired(soft_name)
        out["condition"] = (exact, soft)
    if gold.controls is not None:  # scored only where the gold names them: null means every usable column
        out["controls"] = (set(pred.controls or ()) == set(gold.controls),) * 2
    if gold.task is Task.OPO:
        out["objective"] = (pred.objective == gold.objective,) * 2
    if "nodes" in FIELDS[gold.task]:
        exact = set(pred.nodes) == set(gold.nodes)
        soft = len(pred.nodes) == len(gold.nodes) and all(any(soft_name(p, g) for p in pred.nodes) for g in gold.nodes)
        out["nodes"] = (exact, soft)
    return out


@dataclasses.dataclass(frozen=True, kw_only=True)
class CaseResult:
    """One evaluated question."""

    question: str
    gold: dict[str, Any]
    predicted: dict[str, Any] | None
    fields: dict[str, tuple[bool, bool]]
    valid_json: bool
    outside_names: int
    seconds: float
    error: str | None = None

    @property
    def exact_frame(self) -> bool:
        return self.predicted is not None and all(e for e, _ in self.fields.values())

    @property
    def soft_frame(self) -> bool:
        return self.predicted is not None and all(s for _, s in self.fields.values())


def evaluate_case(parser: QuestionParser, example: Example) -> CaseResult:
    start = time.perf_counter()
    try:
        pred = parser.parse(example.question, example.profile)
    except Exception as err:  # a failed parse is scored, not raised
        return CaseResult(question=example.question, gold=example.query.to_dict(), predicted=None,
                          fields={f: (False, False) for f in ("task",)}, valid_json=False, outside_names=0,
                          seconds=time.perf_counter() - start, error=f"{type(err).__name__}: {err}")
    seconds = time.perf_counter() - start
    try:
        jsonschema.validate(json.loads(pred.to_json()), query_json_schema())
        valid = True
    except (jsonschema.ValidationError, ValueError):
        valid = False
    names = set(example.profile.names)
    outside = sum(1 for name in pred.columns().values() if name not in names)
    return CaseResult(question=example.question, gold=example.query.to_dict(), predicted=pred.to_dict(),
                      fields=field_scores(pred, example.query), valid_json=valid, outside_names=outside, seconds=seconds)


def summarise(results: Sequence[CaseResult]) -> dict[str, Any]:
    """Accuracy per field (exact and soft), exact frame, validity, outside names, latency, task confusion."""
    def rate(values: Iterable[bool]) -> float | None:
        values = list(values)
        return round(float(np.mean(values)), 4) if values else None

    fields = {
        f: {"exact": rate(r.fields[f][0] for r in results if f in r.fields), "soft": rate(r.fields[f][1] for r in results if f in r.fields),
            "n": sum(1 for r in results if f in r.fields)}
        for f in SCORED_FIELDS
    }
    tasks = [t.value for t in Task]
    confusion = {g: {p: 0 for p in tasks} for g in tasks}
    per_task: dict[str, list[CaseResult]] = {}
    for r in results:
        gold_task = r.gold["task"]
        per_task.setdefault(gold_task, []).append(r)
        if r.predicted is not None:
            confusion[gold_task][r.predicted["task"]] += 1
    latency = np.array([r.seconds for r in results]) if results else np.zeros(1)
    return {
        "n": len(results),
        "exact_frame": rate(r.exact_frame for r in results),
        "soft_frame": rate(r.soft_frame for r in results),
        "task_accuracy": fields["task"]["exact"],
        "json_validity": rate(r.valid_json for r in results),
        "outside_names": int(sum(r.outside_names for r in results)),
        "errors": sum(1 for r in results if r.error),
        "latency_p50_s": round(float(np.percentile(latency, 50)), 3),
        "latency_p90_s": round(float(np.percentile(latency, 90)), 3),
        "fields": fields,
        "per_task_exact_frame": {t: rate(r.exact_frame for r in rs) for t, rs in sorted(per_task.items())},
        "task_confusion": confusion,
    }


def evaluate(parser: QuestionParser, examples: Sequence[Example], *, progress: bool = True) -> tuple[dict[str, Any], list[CaseResult]]:
    """Parse every example and score it."""
    from tqdm.auto import tqdm

    results = [evaluate_case(parser, ex) for ex in tqdm(examples, desc="Parsing", disable=not progress)]
    return summarise(results), results


def write_report(summary: dict[str, Any], results: Sequence[CaseResult], folder: Path, *, title: str) -> None:
    """``parse.json`` (summary and every case) and ``parse.md`` (tables) in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    cases = [{**dataclasses.asdict(r), "exact_frame": r.exact_frame} for r in results]
    (folder / "parse.json").write_text(json.dumps({"summary": summary, "cases": cases}, indent=1) + "\n")
    lines = [f"# {title}", "", f"{summary['n']} questions.", "",
             "| metric | value |", "|---|---|"]
    for key in ("task_accuracy", "exact_frame", "soft_frame", "json_validity", "outside_names", "errors", "latency_p50_s", "latency_p90_s"):
        lines.append(f"| {key} | {summary[key]} |")
    lines += ["", "| field | exact | soft | n |", "|---|---|---|---|"]
    for f, v in summary["fields"].items():
        lines.append(f"| {f} | {v['exact']} | {v['soft']} | {v['n']} |")
    lines += ["", "Exact frame by gold task: " + ", ".join(f"{t} {v}" for t, v in summary["per_task_exact_frame"].items()), "",
              "Task confusion (rows gold, columns predicted):", "", "| gold \\ predicted | " + " | ".join(summary["task_confusion"]) + " |",
              "|---|" + "---|" * len(summary["task_confusion"])]
    for g, row in summary["task_confusion"].items():
        lines.append(f"| {g} | " + " | ".join(str(v) for v in row.values()) + " |")
    wrong = [r for r in results if not r.exact_frame][:15]
    if wrong:
        lines += ["", "Some misses:", ""]
        for r in wrong:
            lines.append(f"- {r.question}  \n  gold `{json.dumps({k: v for k, v in r.gold.items() if v not in (None, [])})}`  \n"
                         f"  got `{json.dumps({k: v for k, v in (r.predicted or {}).items() if v not in (None, [])})}`")
    (folder / "parse.md").write_text("\n".join(lines) + "\n")
