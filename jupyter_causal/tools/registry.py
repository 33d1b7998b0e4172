"""The registry of causal methods: each task's methods by name, its default, and the runner."""
from __future__ import annotations

import dataclasses
import os
import time
from collections.abc import Callable
from typing import Any

from threadpoolctl import threadpool_limits

from ..errors import CausalError, FitError, PlanError
from ..plan import EffectData, Plan
from ..profile import Kind
from ..schema import Result, Task

Fit = Callable[[Plan], Result]


@dataclasses.dataclass(frozen=True, kw_only=True)
class Method:
    """A named way of answering one task; ``treatment_kinds`` are the treatment types it accepts."""

    task: Task
    name: str
    fit: Fit
    summary: str
    treatment_kinds: frozenset[Kind] | None = None


_METHODS: dict[Task, dict[str, Method]] = {}
_DEFAULTS: dict[Task, Callable[[Plan], str]] = {}


def register(task: Task, name: str, *, summary: str, treatment_kinds: frozenset[Kind] | None = None) -> Callable[[Fit], Fit]:
    """Decorator adding a fit function to the registry under ``task`` / ``name``."""

    def decorate(fit: Fit) -> Fit:
        _METHODS.setdefault(task, {})[name] = Method(task=task, name=name, fit=fit, summary=summary, treatment_kinds=treatment_kinds)
        return fit

    return decorate


def set_default(task: Task, choose: Callable[[Plan], str]) -> None:
    """Declare how a task picks its method when the query names none."""
    _DEFAULTS[task] = choose


def methods(task: Task | str) -> dict[str, Method]:
    """The methods registered for ``task``, by name."""
    return dict(_METHODS.get(Task(task), {}))


def resolve(plan: Plan) -> Method:
    """The method a plan runs: the query's ``method`` if set (checked), else the task's default."""
    task = plan.task
    available = _METHODS.get(task, {})
    name = plan.query.method or _DEFAULTS[task](plan)
    if name not in available:
        raise PlanError(
            f"method: {task.value} has no method {name!r}.", fix=f"Use one of: {', '.join(sorted(available))}.", field="method"
        )
    method = available[name]
    data = plan.data
    if method.treatment_kinds is not None and isinstance(data, EffectData) and data.treatment_kind not in method.treatment_kinds:
        ok = [m for m, spec in sorted(available.items()) if spec.treatment_kinds is None or data.treatment_kind in spec.treatment_kinds]
        raise PlanError(
            f"method: {name} needs a {' or '.join(sorted(k.value for k in method.treatment_kinds))} treatment, "
            f"but {data.treatment!r} is {data.treatment_kind.value}.",
            fix=f"Use {', '.join(ok)} instead." if ok else "Use a treatment column of a kind it takes.",
            field="method",
        )
    return method


def fit_threads() -> int:
    """BLAS/OpenMP threads inside fits (``JUPYTER_CAUSAL_THREADS``, default 1): avoids oversubscription."""
    return max(1, int(os.environ.get("JUPYTER_CAUSAL_THREADS", "1")))


def run(plan: Plan) -> Result:
    """Fit the plan's method with bounded threads; library failures become a :class:`FitError`."""
    method = resolve(plan)
    start = time.perf_counter()
    try:
        with threadpool_limits(limits=fit_threads()):
            result = method.fit(plan)
    except CausalError:
        raise
    except (KeyboardInterrupt, MemoryError):
        raise
    except Exception as err:  # a library failed on data that passed the plan's checks
        raise FitError(
            f"{task_label(plan.task)} with {method.name} failed: {type(err).__name__}: {err}",
            fix="Check the data for near-constant or perfectly collinear columns, or try another method (set 'method').",
        ) from err
    return result.with_timing(time.perf_counter() - start)


def task_label(task: Task) -> str:
    return {
        Task.CGL: "Causal graph learning", Task.ATE: "Average treatment effect", Task.HTE: "Heterogeneous effect",
        Task.MA: "Mediation analysis", Task.OPO: "Policy learning", Task.UNSUPPORTED: "Unsupported",
    }[task]


def common(plan: Plan, method: str, *extra_warnings: str) -> dict[str, Any]:
    """The keys every Result carries, filled from the plan."""
    return {
        "method": method,
        "n_rows_used": plan.n_rows_used,
        "n_rows_dropped": plan.n_rows_dropped,
        "drop_reasons": dict(plan.drop_reasons),
        "warnings": tuple(plan.warnings) + tuple(w for w in extra_warnings if w),
        "ci_level": plan.settings.ci_level,
        "controls": tuple(dict.fromkeys(plan.data.feature_sources)) if isinstance(plan.data, EffectData) else (),
    }
