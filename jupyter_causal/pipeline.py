"""analyze(): question or query + DataFrame -> profile -> parse -> plan -> run -> explain -> Analysis."""
from __future__ import annotations

import dataclasses
import functools
import json
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import pandas as pd

from . import tools
from .errors import PlanError, QueryError
from .explain import Explanation, explain_unsupported
from .explain import explain as explain_text
from .parse import QuestionParser, active_parser
from .plan import Settings, make_plan
from .profile import profile
from .schema import CausalQuery, Result, Task

if TYPE_CHECKING:
    from matplotlib.figure import Figure


@dataclasses.dataclass(frozen=True, kw_only=True)
class Analysis:
    """One answered question: the query that ran, its Result and the explanation."""

    query: CausalQuery
    result: Result | None
    explanation: Explanation | None
    question: str | None = None
    data_name: str = "the data"
    parser: str | None = None
    settings: Settings = Settings()
    timings: Mapping[str, float] = dataclasses.field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """``{"query", "result", "explanation", ...}``: plain JSON types throughout."""
        return {
            "question": self.question,
            "query": self.query.to_dict(),
            "result": None if self.result is None else self.result.to_dict(),
            "explanation": None if self.explanation is None else str(self.explanation),
            "explanation_source": None if self.explanation is None else self.explanation.source,
            "explanation_fallback": None if self.explanation is None else self.explanation.fallback,
            "data_name": self.data_name,
            "parser": self.parser,
            "settings": dataclasses.asdict(self.settings),
            "timings": dict(self.timings),
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent)

    def _repr_html_(self) -> str:
        from .render.report import to_html

        return to_html(self)

    def _repr_markdown_(self) -> str:
        from .render.report import to_markdown

        return to_markdown(self)

    def __str__(self) -> str:
        from .render.report import to_text

        return to_text(self)

    @functools.cached_property
    def figures(self) -> dict[str, Figure]:
        """The task's plots, drawn from the Result on first access (analyze() does not pay for them)."""
        from .figures import figures_for

        return {} if self.result is None else figures_for(self.result)


def _explain(result: Result, how: bool | str, *, question: str | None, data_name: str) -> Explanation | None:
    """The explanation ``how`` asks for: True = the model where it is installed, else the template."""
    from .interpret.model import ExplainWith, explainer_available, load_explainer

    if how is False:
        return None
    if how is True:
        mode = ExplainWith.MODEL if explainer_available() else ExplainWith.TEMPLATE
    else:
        try:
            mode = ExplainWith(how)
        except ValueError:
            raise QueryError(f"explain: unknown choice {how!r}.", fix="Use 'model', 'template', True (the default) or False.") from None
    if mode is ExplainWith.TEMPLATE:
        return explain_text(result, data_name=data_name)
    return load_explainer().explain(result, question=question, data_name=data_name)


def _is_query_text(text: str) -> bool:
    return text.lstrip().startswith("{")


def analyze(
    question_or_query: str | CausalQuery | Mapping[str, Any],
    df: pd.DataFrame,
    *,
    data_name: str | None = None,
    task: Task | str | None = None,
    method: str | None = None,
    seed: int = 0,
    n_bootstrap: int = 1000,
    explain: bool | str = True,
    parser: QuestionParser | None = None,
) -> Analysis:
    """Answer a causal question (text, or a query as object / dict / JSON) about ``df``.

    ``task`` fixes the task (the parser still reads the variables), ``method`` overrides the
    query's method; ``seed`` makes every fit repeatable. A question needs a parser: ``parser``,
    else the active one (:func:`jupyter_causal.use_parser`); a query does not. ``explain``:
    ``"model"`` (the fine-tuned model writes it, the checker verifies it, the template replaces it
    on any failure), ``"template"``, ``False`` (none) or ``True``: the model where it is installed.
    ``df`` is only read.
    """
    if not isinstance(df, pd.DataFrame):
        raise PlanError(f"Expected a pandas DataFrame, got {type(df).__name__}.", fix="Pass a pandas.DataFrame.")
    start = time.perf_counter()
    timings: dict[str, float] = {}
    question: str | None = None
    parser_name: str | None = None
    fixed_task = None if task is None else CausalQuery(task=task).task
    if isinstance(question_or_query, str) and not _is_query_text(question_or_query):
        question = question_or_query.strip()
        parser = parser or active_parser()
        parser_name = parser.name
        query = parser.parse(question, profile(df), task=fixed_task)
        timings["parse"] = time.perf_counter() - start
    else:
        query = CausalQuery.coerce(question_or_query)
        if fixed_task is not None:
            query = dataclasses.replace(query, task=fixed_task)
    if method is not None:
        query = dataclasses.replace(query, method=method)
    settings = Settings(seed=seed, n_bootstrap=n_bootstrap, ci_level=query.ci_level, alpha=round(1.0 - query.ci_level, 12))
    name = data_name or "the data"
    if query.task is Task.UNSUPPORTED:
        return Analysis(
            query=query, result=None, explanation=explain_unsupported(query.reason), question=question, data_name=name,
            parser=parser_name, settings=settings, timings={"total": round(time.perf_counter() - start, 4)},
        )
    plan = make_plan(query, df, settings=settings)
    result = tools.run(plan)
    timings["fit"] = result.seconds
    explanation = _explain(result, explain, question=question, data_name=name)
    timings["total"] = time.perf_counter() - start
    return Analysis(
        query=query, result=result, explanation=explanation, question=question, data_name=name, parser=parser_name,
        settings=settings, timings={k: round(v, 4) for k, v in timings.items()},
    )
