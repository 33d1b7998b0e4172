"""The answer panel: question, editable query, Run, key numbers, warnings, plots, explanation, code, status.

One ipywidgets tree. The panel owns a reference to the user's DataFrame (read only) and re-runs
the pipeline from the edited query without parsing again. Every failure is shown inside the panel,
so the panel and the kernel stay usable.
"""
from __future__ import annotations

import contextlib
import dataclasses
import html
import logging
import time
from collections.abc import Callable, Iterator
from typing import Any

import ipywidgets as widgets
import pandas as pd

from ..errors import CausalError
from ..explain import Explanation, key_numbers
from ..parse import QuestionParser, active_parser
from ..pipeline import Analysis, analyze
from ..profile import profile
from ..schema import CausalQuery, Task
from .editor import QueryEditor
from .report import FIGURE_WIDTH_PX, adjusted_for, code, png, to_html, to_text

log = logging.getLogger(__name__)


@dataclasses.dataclass(frozen=True, kw_only=True)
class RunOptions:
    """How the panel parses and fits: the magic's line options and settings."""

    task: Task | None = None
    method: str | None = None
    seed: int = 0
    n_bootstrap: int = 200
    explain: bool | str = True
    parser: Callable[[], QuestionParser] = active_parser
    """Called when a question needs parsing, so the model loads only then (and shows its progress)."""


def _escaped(text: str, tag: str = "p") -> str:
    return f"<{tag}>{html.escape(text)}</{tag}>"


def _authorship(explanation: Explanation) -> str:
    """Who wrote the explanation, and why the template stood in for the model when it did."""
    if explanation.source == "model":
        return "Written by the model; every number, name and direction checked against the result."
    if explanation.fallback:
        return f"Written from the template: the model's text failed the check ({explanation.fallback})."
    return "Written from the template."


class CausalPanel(widgets.VBox):
    """Interactive view of one causal question about one DataFrame."""

    def __init__(
        self,
        df: pd.DataFrame,
        *,
        question: str | None = None,
        query: CausalQuery | None = None,
        data_name: str = "the data",
        df_name: str = "df",
        options: RunOptions = RunOptions(),
        on_analysis: Callable[[Analysis], None] | None = None,
    ) -> None:
        self.df = df
        self.question = question
        self.data_name = data_name
        self.df_name = df_name
        self.options = options
        self.analysis: Analysis | None = None
        self.failure: CausalError | None = None
        self._on_analysis = on_analysis
        self._profile = profile(df)
        self._parse_seconds: float | None = None
        self._parser_name: str | None = None

        self.question_view = widgets.HTML(_escaped(question, "b") if question else "<b>Query</b>")
        self.editor_box = widgets.VBox([])
        self.editor: QueryEditor | None = None
        self.run_button = widgets.Button(description="Run", icon="play", button_style="primary", disabled=True,
                                         tooltip="Run the analysis from the query above (no re-parsing)")
        self.run_button.on_click(lambda _: self.run())
        self.progress = widgets.IntProgress(min=0, max=3, layout=widgets.Layout(width="240px", display="none"))
        self.status = widgets.HTML()
        self.error = widgets.HTML()
        self.table = widgets.GridBox(layout=widgets.Layout(grid_template_columns="repeat(4, auto)", grid_gap="2px 16px"))
        self.warnings = widgets.VBox([])
        self.plots = widgets.HBox([], layout=widgets.Layout(flex_flow="row wrap"))
        self.explanation = widgets.HTML()
        self.code = widgets.Textarea(rows=8, layout=widgets.Layout(width="100%"))
        code_view = widgets.Accordion([self.code], titles=("Code",))
        self.results = widgets.VBox([self.table, self.warnings, self.plots, self.explanation, code_view],
                                    layout=widgets.Layout(display="none"))
        super().__init__([
            self.question_view, self.editor_box, widgets.HBox([self.run_button, self.progress]), self.error,
            self.results, self.status,
        ])
        self.add_class("jupyter-causal-panel")
        if query is not None:
            self._set_query(query)

    # --- actions -------------------------------------------------------------------------------

    def ask(self) -> Analysis | None:
        """Parse the question, then run the query it gives; returns the Analysis or None on failure."""
        if self.question is None:
            raise ValueError("This panel has no question to parse.")
        try:
            with self._busy("Loading the question parser", step=0):
                parser = self.options.parser()
            self._parser_name = parser.name
            with self._busy(f"Reading the question with {parser.name}", step=1):
                start = time.perf_counter()
                query = parser.parse(self.question, self._profile, task=self.options.task)
                self._parse_seconds = time.perf_counter() - start
        except (Exception, KeyboardInterrupt) as err:  # noqa: BLE001  (shown in the panel; the kernel stays usable)
            self._fail(err)
            return None
        self._set_query(query)
        return self.run()

    def run(self) -> Analysis | None:
        """Run the query in the editor as it stands; an invalid edit shows its message and runs nothing."""
        if self.editor is None or self.editor.query is None:
            reason = self.editor.error if self.editor is not None else None
            self._fail(reason or CausalError("There is no valid query to run.", fix="Fix the query above, then press Run."))
            return None
        query = self.editor.query
        try:
            with self._busy(f"Fitting {query.task.value}", step=2):
                analysis = analyze(query, self.df, data_name=self.data_name, method=self.options.method, seed=self.options.seed,
                                   n_bootstrap=self.options.n_bootstrap, explain=self.options.explain)
        except (Exception, KeyboardInterrupt) as err:  # noqa: BLE001  (shown in the panel; the kernel stays usable)
            self._fail(err)
            return None
        timings = dict(analysis.timings)
        if self._parse_seconds is not None:
            timings["parse"] = round(self._parse_seconds, 4)
        analysis = dataclasses.replace(analysis, question=self.question, parser=self._parser_name, timings=timings)
        self._show(analysis)
        if self._on_analysis is not None:
            self._on_analysis(analysis)
        return analysis

    # --- rendering -----------------------------------------------------------------------------

    def _set_query(self, query: CausalQuery) -> None:
        if self.editor is None:
            self.editor = QueryEditor(query, self._profile)
            self.editor.on_change(self._edited)
            self.editor_box.children = (self.editor,)
        else:
            self.editor.set_query(query)
        self._edited()

    def _edited(self) -> None:
        assert self.editor is not None
        self.run_button.disabled = self.editor.query is None

    @contextlib.contextmanager
    def _busy(self, text: str, *, step: int) -> Iterator[None]:
        """Show ``text`` and the progress bar at ``step`` while the block runs; Run is disabled meanwhile."""
        self.run_button.disabled = True
        self.progress.value = step
        self.progress.layout.display = None
        self.status.value = _escaped(f"{text}…", "i")
        try:
            yield
        finally:
            self.progress.layout.display = "none"
            self.run_button.disabled = self.editor is None or self.editor.query is None

    def _fail(self, err: BaseException) -> None:
        if isinstance(err, CausalError):
            problem, fix = err.problem, err.fix
        elif isinstance(err, KeyboardInterrupt):
            problem, fix = "Interrupted.", "Press Run to start again."
        else:
            log.exception("jupyter-causal failed unexpectedly")
            problem = f"Unexpected error ({type(err).__name__}): {err}"
            fix = "This is a bug in jupyter-causal; the query above can still be edited and run."
        self.failure = err if isinstance(err, CausalError) else CausalError(problem, fix=fix)
        text = f'<div style="color:#b00020"><b>Error:</b> {html.escape(problem)}'
        if fix:
            text += f"<br/><b>Fix:</b> {html.escape(fix)}"
        self.error.value = text + "</div>"
        self.status.value = _escaped("Nothing was run." if self.analysis is None else "The results below are from the previous run.", "i")

    def _show(self, analysis: Analysis) -> None:
        self.analysis, self.failure = analysis, None
        self.error.value = ""
        result = analysis.result
        cells: list[widgets.Widget] = [widgets.HTML(f"<b>{h}</b>") for h in ("quantity", "estimate", "interval", "note")]
        warnings: list[widgets.Widget] = []
        plots: list[widgets.Widget] = []
        if result is not None:
            for k in key_numbers(result):
                cells += [widgets.Label(k.label), widgets.Label(k.value), widgets.Label(k.interval), widgets.Label(k.note)]
            for w in result.warnings:
                label = widgets.HTML(f'<span style="color:#a15c00">&#9888; {html.escape(w)}</span>')
                label.add_class("jc-warning")
                warnings.append(label)
            plots = [widgets.Image(value=png(fig), format="png", width=FIGURE_WIDTH_PX) for fig in analysis.figures.values()]
        self.table.children = cells if result is not None else []
        self.warnings.children = warnings
        self.plots.children = plots
        text = ""
        if analysis.explanation is not None:
            text = _escaped(analysis.explanation.text)
            if analysis.explanation.caveats:
                text += "<ul>" + "".join(_escaped(c, "li") for c in analysis.explanation.caveats) + "</ul>"
            text += _escaped(_authorship(analysis.explanation), "small")
        self.explanation.value = text
        self.code.value = code(analysis, df_name=self.df_name)
        self.results.layout.display = None
        self.status.value = _escaped(self._status_line(analysis), "small")

    def _status_line(self, analysis: Analysis) -> str:
        parts = []
        if analysis.parser and "parse" in analysis.timings:
            parts.append(f"parsed by {analysis.parser} in {analysis.timings['parse']:.2f} s")
        if analysis.result is not None:
            parts.append(f"fitted with {analysis.result.method} in {analysis.result.seconds:.2f} s on {analysis.result.n_rows_used:,} rows")
            if (adjusted := adjusted_for(analysis.result)) is not None:
                parts.append(f"adjusted for {adjusted}")
        else:
            parts.append("nothing was fitted")
        line = "; ".join(parts)
        return line[0].upper() + line[1:] + "."

    def _repr_mimebundle_(self, **kwargs: Any) -> dict[str, Any]:
        """The widget view, plus text and HTML reports for front ends that cannot show widgets."""
        bundle = super()._repr_mimebundle_(**kwargs)
        if self.analysis is not None:
            bundle["text/plain"] = to_text(self.analysis)
            bundle["text/html"] = to_html(self.analysis)
        elif self.failure is not None:
            bundle["text/plain"] = f"Error: {self.failure.problem}" + (f"\nFix: {self.failure.fix}" if self.failure.fix else "")
        return bundle
