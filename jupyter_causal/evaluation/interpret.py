"""The explaining model on held-out Results: how often its text passes the checker before any
fallback, fluency, latency, and (after fallback) that no number is invented or missing."""
from __future__ import annotations

import dataclasses
import json
import re
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..explain import Explanation, check_explanation, explain, missing_key_numbers, sentences, unsupported_numbers
from ..interpret.corpus import InterpretExample
from ..interpret.model import ModelExplainer


def fluent(text: str) -> bool:
    """The fluency proxy: no repeated word 3-gram, one to four sentences, each ending in . ! or ?."""
    words = re.findall(r"\S+", text.lower())
    grams = list(zip(words, words[1:], words[2:]))
    parts = sentences(text)
    return len(grams) == len(set(grams)) and 1 <= len(parts) <= 4 and all(p.rstrip().endswith((".", "!", "?")) for p in parts)


@dataclasses.dataclass(frozen=True, kw_only=True)
class InterpretCase:
    task: str
    text: str
    problems: tuple[str, ...]
    fluent: bool
    seconds: float
    final_hallucinated: int
    final_missing: int


def evaluate(explainer: ModelExplainer, examples: Sequence[InterpretExample], *, progress: bool = True) -> tuple[dict[str, Any], list[InterpretCase]]:
    """Write and check an explanation for every example; summary and cases."""
    from tqdm.auto import tqdm

    cases = []
    for ex in tqdm(examples, desc="Explaining", disable=not progress):
        start = time.perf_counter()
        text = explainer.write(ex.result, question=ex.question, data_name=ex.data_name)
        seconds = time.perf_counter() - start
        template = explain(ex.result, data_name=ex.data_name)
        candidate = Explanation(text=text, caveats=template.caveats, source="model")
        problems = check_explanation(candidate, ex.result, data_name=ex.data_name)
        final = str(template if problems else candidate)
        cases.append(InterpretCase(task=ex.result.task.value, text=text, problems=problems, fluent=fluent(text), seconds=seconds,
                                   final_hallucinated=len(unsupported_numbers(final, ex.result)),
                                   final_missing=len(missing_key_numbers(final, ex.result))))
    return summarise(cases), cases


def summarise(cases: Sequence[InterpretCase]) -> dict[str, Any]:
    def rate(values: list[bool]) -> float | None:
        return round(float(np.mean(values)), 4) if values else None

    per_task = {t: rate([not c.problems for c in cases if c.task == t]) for t in dict.fromkeys(c.task for c in cases)}
    seconds = [c.seconds for c in cases] or [0.0]
    return {
        "n": len(cases),
        "pass_rate_before_fallback": rate([not c.problems for c in cases]),
        "pass_rate_by_task": per_task,
        "fluency": rate([c.fluent for c in cases]),
        "latency_p50_s": round(float(np.percentile(seconds, 50)), 3),
        "latency_p90_s": round(float(np.percentile(seconds, 90)), 3),
        "after_fallback_hallucinated": sum(c.final_hallucinated for c in cases),
        "after_fallback_missing": sum(c.final_missing for c in cases),
    }


def write_report(folder: Path, summary: dict[str, Any], cases: Sequence[InterpretCase], *, meta: dict[str, Any]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "interpret.json").write_text(json.dumps({"meta": meta, "summary": summary, "cases": [dataclasses.asdict(c) for c in cases]},
                                                     indent=1) + "\n")
    lines = ["# Model-written explanations", "", f"`{meta['command']}` — {summary['n']} held-out Results, explainer {meta['explainer']}.", "",
             "| metric | value | target |", "|---|---|---|",
             f"| passes the checker before fallback | {summary['pass_rate_before_fallback']} | 0.95 |",
             f"| fluency proxy (no repeated 3-gram, 1-4 sentences, each ended) | {summary['fluency']} | 0.98 |",
             f"| generation latency p50 / p90 (s) | {summary['latency_p50_s']} / {summary['latency_p90_s']} | 3 |",
             f"| after fallback: hallucinated numbers | {summary['after_fallback_hallucinated']} | 0 |",
             f"| after fallback: missing key numbers | {summary['after_fallback_missing']} | 0 |", "",
             "Pass rate by task: " + ", ".join(f"{t} {v}" for t, v in summary["pass_rate_by_task"].items()) + ".", ""]
    failed = [c for c in cases if c.problems][:8]
    if failed:
        lines += ["Some texts the checker rejected (the template was shown instead):", ""]
        lines += [f"- {c.task}: {c.text}  \n  *{'; '.join(c.problems)}*" for c in failed]
    (folder / "interpret.md").write_text("\n".join(lines) + "\n")
