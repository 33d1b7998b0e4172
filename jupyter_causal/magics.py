"""``%load_ext jupyter_causal`` and the ``%%causal`` cell magic.

Thin by design: read the magic line, find the DataFrame, hand the question (or JSON query) to the
panel or the pipeline, record the Analysis. Settings are traitlets, so ``%config CausalMagics.seed = 1``
works like any IPython setting.
"""
from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

import pandas as pd
from IPython.core.error import UsageError
from IPython.core.magic import Magics, cell_magic, line_magic, magics_class
from IPython.core.magic_arguments import argument, magic_arguments, parse_argstring
from IPython.display import display
from traitlets import Bool, Integer, Unicode

from . import kernel
from .errors import CausalError
from .parse import QuestionParser, active_parser
from .pipeline import analyze
from .plan import nearest_columns
from .render.panel import CausalPanel, RunOptions
from .schema import CausalQuery, Task


def _is_query(body: str) -> bool:
    return body.lstrip().startswith(("{", "["))


def _mentions(text: str, column: str) -> bool:
    return re.search(rf"(?<![\w]){re.escape(column.lower())}(?![\w])", text.lower()) is not None


def pick_dataframe(namespace: Mapping[str, Any], body: str, name: str | None = None) -> tuple[str, pd.DataFrame]:
    """The DataFrame a cell is about: the named one, the only one, or the one whose columns the body names."""
    frames = {k: v for k, v in namespace.items() if isinstance(v, pd.DataFrame) and not k.startswith("_")}
    if name is not None:
        if isinstance(namespace.get(name), pd.DataFrame):
            return name, namespace[name]
        what = "is not a DataFrame" if name in namespace else "is not defined"
        near = nearest_columns(name, sorted(frames)) if frames else []
        raise UsageError(f"%%causal {name}: {name!r} {what}. " + (f"DataFrames here: {', '.join(near)}." if near else "Define one first."))
    if not frames:
        raise UsageError("%%causal: no DataFrame in the namespace. Load one (df = pd.read_csv(...)) or name it: %%causal df")
    if len(frames) == 1:
        return next(iter(frames.items()))
    named = {k: sum(_mentions(body, str(c)) for c in v.columns) for k, v in frames.items()}
    best = max(named.values())
    top = [k for k, n in named.items() if n == best]
    if best > 0 and len(top) == 1:
        return top[0], frames[top[0]]
    candidates = top if best > 0 else sorted(frames)
    raise UsageError(f"%%causal: several DataFrames could be meant ({', '.join(candidates)}). Name one: %%causal {candidates[0]}")


@magics_class
class CausalMagics(Magics):
    """The ``%%causal`` magic and its settings."""

    seed = Integer(0, help="Random seed of every fit (repeatable answers).").tag(config=True)
    model = Unicode(None, allow_none=True, help="Adapter folder of the question parser (default: the shipped one).").tag(config=True)
    n_bootstrap = Integer(1000, help="Bootstrap resamples for mediation intervals.").tag(config=True)
    explain = Bool(True, help="Write the plain-language explanation.").tag(config=True)

    def __init__(self, shell: Any = None, **kwargs: Any) -> None:
        super().__init__(shell=shell, **kwargs)
        kernel.listen(self._remember)

    def _remember(self, entry: kernel.HistoryEntry) -> None:
        self.shell.user_ns["_causal"] = entry.analysis

    def _parser(self, model: str | None) -> QuestionParser:
        """The parser for this cell: ``--model``, else the ``model`` setting, else the kernel's active one."""
        chosen = model or self.model
        if chosen is None:
            return active_parser()
        from .parse import load_parser

        return load_parser(adapter=chosen, activate=False)

    def _cell_id(self) -> str | None:
        header = getattr(self.shell, "parent_header", None) or {}
        return (header.get("metadata") or {}).get("cellId")

    @magic_arguments()
    @argument("data", nargs="?", help="Name of the DataFrame (default: the only one, or the one the question names).")
    @argument("--task", choices=[t.value for t in Task if t is not Task.UNSUPPORTED], help="Fix the task; the parser reads the rest.")
    @argument("--method", help="Method to use, e.g. dr_learner, causal_forest, ges (jupyter_causal.methods(task) lists them).")
    @argument("--seed", type=int, help="Random seed for this cell.")
    @argument("--no-explain", action="store_true", help="Skip the plain-language explanation.")
    @argument("--explain", choices=["model", "template"],
              help="Who writes the explanation (default: the model where it is installed, checked, else the template).")
    @argument("--json", action="store_true", help="Print the Analysis as JSON instead of showing the panel.")
    @argument("--model", help="Adapter folder of the question parser to use for this cell.")
    @cell_magic
    def causal(self, line: str, cell: str) -> None:
        """Answer the causal question in the cell body (or run the JSON query in it) about a DataFrame."""
        args = parse_argstring(self.causal, line)
        body = cell.strip()
        if not body:
            raise UsageError("%%causal: the cell is empty. Write a question below the magic line, e.g. 'Does treat raise re78?'")
        df_name, df = pick_dataframe(self.shell.user_ns, body, args.data)
        seed = self.seed if args.seed is None else args.seed
        explain: bool | str = (args.explain or True) if self.explain and not args.no_explain else False
        task = None if args.task is None else Task(args.task)
        if args.json:
            return self._print_json(body, df, df_name=df_name, task=task, method=args.method, seed=seed, explain=explain, model=args.model)
        options = RunOptions(task=task, method=args.method, seed=seed, n_bootstrap=self.n_bootstrap, explain=explain,
                             parser=lambda: self._parser(args.model))
        cell_id = self._cell_id()
        panel_args: dict[str, Any] = {"data_name": df_name, "df_name": df_name, "options": options,
                                      "on_analysis": lambda a: kernel.record(a, df_name=df_name, cell_id=cell_id)}
        if _is_query(body):
            try:
                query = CausalQuery.coerce(body)
            except CausalError as err:
                raise UsageError(f"%%causal: the cell holds a query that cannot be read: {err}") from None
            if task is not None:
                query = CausalQuery.from_dict({**query.to_dict(), "task": task.value})
            panel = CausalPanel(df, query=query, **panel_args)
            handle = display(panel, display_id=True)
            panel.run()
        else:
            panel = CausalPanel(df, question=body, **panel_args)
            handle = display(panel, display_id=True)
            panel.ask()
        handle.update(panel)  # refresh the text / HTML fallbacks now that there is a result
        return None

    @line_magic
    def causal_history(self, line: str) -> None:
        """``%causal_history``: the analyses of this kernel; ``%causal_history N``: show analysis N again."""
        entries = kernel.entries()
        if line.strip():
            try:
                entry = entries[int(line) - 1]
            except (ValueError, IndexError):
                raise UsageError(f"%causal_history: no analysis {line.strip()!r}; there are {len(entries)}.") from None
            display(entry.analysis)
            return None
        for e in entries:
            m = e.message()
            print(f"{e.id:>3}  {m['time']}  {m['task']:<4} {m['question'] or '(JSON query)'}  {m['value'] or ''} {m['interval'] or ''}")
        return None

    def _print_json(self, body: str, df: pd.DataFrame, *, df_name: str, task: Task | None, method: str | None, seed: int,
                    explain: bool | str, model: str | None) -> None:
        """``--json``: the Analysis (or the error) as JSON on stdout, for scripts and diffing."""
        try:
            question = body if not _is_query(body) else CausalQuery.coerce(body)
            parser = None if not isinstance(question, str) else self._parser(model)
            analysis = analyze(question, df, data_name=df_name, task=task, method=method, seed=seed, n_bootstrap=self.n_bootstrap,
                               explain=explain, parser=parser)
        except CausalError as err:
            print(json.dumps({"error": {"problem": err.problem, "fix": err.fix, "field": err.field}}, indent=2))
            return None
        kernel.record(analysis, df_name=df_name, cell_id=self._cell_id())
        print(analysis.to_json())
        return None


def load_ipython_extension(ipython: Any) -> None:
    """``%load_ext jupyter_causal``: the magic, and the comm target the sidebar talks to."""
    ipython.register_magics(CausalMagics)
    kernel.register_comm_target()
