"""The end-to-end suite (the paper's Table 2) and the explanation suite that scores its answers.

Each case runs twice: from the question (parse -> plan -> run -> explain) and from the gold query
(plan -> run -> explain), which separates parsing errors from estimation errors. When the parser
wrote exactly the gold query the second run would repeat the first (same data, query and seed),
so its outcome is reused.
"""
from __future__ import annotations

import dataclasses
import json
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import CausalError
from ..parse.interface import QuestionParser
from ..pipeline import Analysis, analyze
from ..profile import profile
from ..schema import CausalQuery
from .cases import E2ECase
from .scoring import relevant, score_explanation, win

SEED = 0


@dataclasses.dataclass(frozen=True, kw_only=True)
class RunOutcome:
    """One pipeline run of a case: did it answer, does the answer contain the truth, how was it explained."""

    passed: bool
    won: bool
    seconds: float
    error: str | None = None
    crashed: bool = False
    """The error was not one of the project's own clear errors (a defect)."""
    explanation: dict[str, Any] | None = None


@dataclasses.dataclass(frozen=True, kw_only=True)
class CaseOutcome:
    """A case's question run (with its parse) and gold-query run."""

    case: dict[str, Any]
    parsed: dict[str, Any] | None
    parse_seconds: float
    relevant: bool
    question: RunOutcome
    gold: RunOutcome

    @property
    def task(self) -> str:
        return self.case["gold"]["task"]


def _run(query: CausalQuery, case: E2ECase, explain: bool | str) -> RunOutcome:
    start = time.perf_counter()
    try:
        analysis: Analysis = analyze(query, case.data, seed=SEED, explain=explain)
    except CausalError as err:
        return RunOutcome(passed=False, won=False, seconds=time.perf_counter() - start, error=f"{type(err).__name__}: {err}")
    except Exception as err:  # scored as a failure and flagged: a library traceback reached the user
        return RunOutcome(passed=False, won=False, seconds=time.perf_counter() - start, error=f"{type(err).__name__}: {err}",
                          crashed=True)
    seconds = time.perf_counter() - start
    if analysis.result is None:
        return RunOutcome(passed=False, won=False, seconds=seconds, error=f"no result for task {analysis.query.task.value}")
    explanation = None if analysis.explanation is None else score_explanation(analysis.explanation, analysis.result).to_dict()
    return RunOutcome(passed=True, won=win(analysis.result, case), seconds=seconds, explanation=explanation)


def run_case(case: E2ECase, parser: QuestionParser, *, explain: bool | str = True) -> CaseOutcome:
    """Parse the case's question, answer it, and answer the gold query (``explain`` as in ``analyze``)."""
    start = time.perf_counter()
    try:
        parsed: CausalQuery | None = parser.parse(case.question, profile(case.data))
    except CausalError:
        parsed = None
    parse_seconds = time.perf_counter() - start
    gold = _run(case.gold, case, explain)
    if parsed is None:
        question = RunOutcome(passed=False, won=False, seconds=parse_seconds, error="the question could not be parsed")
    elif parsed == case.gold:
        question = dataclasses.replace(gold, seconds=gold.seconds + parse_seconds)
    else:
        asked = _run(parsed, case, explain)
        question = dataclasses.replace(asked, seconds=asked.seconds + parse_seconds)
    return CaseOutcome(case=case.to_dict(), parsed=None if parsed is None else parsed.to_dict(), parse_seconds=parse_seconds,
                       relevant=relevant(parsed, case.gold), question=question, gold=gold)


def run(cases: Iterable[E2ECase], parser: QuestionParser, *, explain: bool | str = True, total: int | None = None,
        progress: bool = True) -> list[CaseOutcome]:
    """Every case through :func:`run_case`, with a progress bar."""
    from tqdm.auto import tqdm

    return [run_case(case, parser, explain=explain) for case in tqdm(cases, total=total, desc="End-to-end cases", disable=not progress)]


def _rate(values: Iterable[bool]) -> float | None:
    values = list(values)
    return round(float(np.mean(values)), 4) if values else None


def summarise(outcomes: Sequence[CaseOutcome]) -> dict[str, Any]:
    """Per task: pass, relevance and win rates from the question and from the gold query, errors, time."""
    tasks: dict[str, Any] = {}
    for task in dict.fromkeys(o.task for o in outcomes):
        rows = [o for o in outcomes if o.task == task]
        tasks[task] = {
            "n": len(rows),
            "pass_rate": _rate(o.question.passed for o in rows),
            "relevance_rate": _rate(o.relevant for o in rows),
            "win_rate": _rate(o.question.won for o in rows),
            "gold_pass_rate": _rate(o.gold.passed for o in rows),
            "gold_win_rate": _rate(o.gold.won for o in rows),
            "crashes": sum(o.question.crashed or o.gold.crashed for o in rows),
            "median_seconds": round(float(np.median([o.question.seconds for o in rows])), 3),
        }
    overall: dict[str, Any] = {
        "n": len(outcomes),
        "pass_rate": _rate(o.question.passed for o in outcomes),
        "relevance_rate": _rate(o.relevant for o in outcomes),
        "win_rate": _rate(o.question.won for o in outcomes),
        "gold_pass_rate": _rate(o.gold.passed for o in outcomes),
        "gold_win_rate": _rate(o.gold.won for o in outcomes),
    }
    overall["mean_task_win_rate"] = round(float(np.mean([t["win_rate"] for t in tasks.values()])), 4) if tasks else None
    overall["task_accuracy"] = _rate(o.parsed is not None and o.parsed["task"] == o.task for o in outcomes)
    return {"tasks": tasks, "overall": overall}


def summarise_explanations(outcomes: Sequence[CaseOutcome]) -> dict[str, Any]:
    """The explanation suite: per task and run, complete / hallucination-free / names method and variables / sentences."""
    def block(scores: list[dict[str, Any]]) -> dict[str, Any]:
        return {
            "n": len(scores),
            "incomplete": sum(not s["complete"] for s in scores),
            "with_hallucinated_numbers": sum(bool(s["hallucinated"]) for s in scores),
            "names_method": _rate(s["names_method"] for s in scores),
            "names_variables": _rate(s["names_variables"] for s in scores),
            "sentences_max": max((s["sentences"] for s in scores), default=None),
            "sentences_mean": round(float(np.mean([s["sentences"] for s in scores])), 2) if scores else None,
        }

    out: dict[str, Any] = {}
    for run_name in ("gold", "question"):
        per_task = {}
        for task in dict.fromkeys(o.task for o in outcomes):
            per_task[task] = block([getattr(o, run_name).explanation for o in outcomes
                                    if o.task == task and getattr(o, run_name).explanation is not None])
        every = [getattr(o, run_name).explanation for o in outcomes if getattr(o, run_name).explanation is not None]
        out[run_name] = {"tasks": per_task, "overall": block(every)}
    return out


def write_json(path: Path, payload: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(payload, indent=1, default=str) + "\n")


def outcomes_to_dicts(outcomes: Sequence[CaseOutcome]) -> list[dict[str, Any]]:
    return [dataclasses.asdict(o) for o in outcomes]
