"""The query editor: a form and the raw JSON of one CausalQuery, kept in sync and validated as you type."""
from __future__ import annotations

import html
import json
from collections.abc import Callable
from typing import Any

import ipywidgets as widgets

from ..errors import CausalError
from ..plan import check_query
from ..profile import DataProfile
from ..schema import CI_LEVEL, OPS, CausalQuery, Task
from ..tools import methods

UNSET = ""
"""Dropdown value for "no column" / "default method" (ipywidgets shows a None value as an empty box)."""
NONE = ("(none)", UNSET)
_SHOWN: dict[str, frozenset[Task]] = {
    "treatment": frozenset({Task.ATE, Task.HTE, Task.MA, Task.OPO}),
    "outcome": frozenset({Task.ATE, Task.HTE, Task.MA, Task.OPO}),
    "mediator": frozenset({Task.MA}),
    "condition": frozenset({Task.ATE, Task.HTE, Task.MA, Task.OPO, Task.CGL}),
    "nodes": frozenset({Task.CGL}),
    "controls": frozenset({Task.ATE, Task.HTE, Task.MA, Task.OPO}),
    "method": frozenset({Task.ATE, Task.HTE, Task.MA, Task.OPO, Task.CGL}),
    "reason": frozenset({Task.UNSUPPORTED}),
    "objective": frozenset({Task.OPO}),
    "ci_level": frozenset({Task.ATE, Task.HTE, Task.MA, Task.OPO, Task.CGL}),
}
"""Which form rows each task uses (the JSON view always shows every field)."""


def _value_text(value: Any) -> str:
    return json.dumps(list(value)) if isinstance(value, tuple) else str(value)


def _read_value(text: str) -> Any:
    """A condition value typed in the form: a JSON number, list or literal, else the text itself."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text.strip()


def _field_of(error: CausalError) -> str:
    """The form row an error belongs to (``condition[0].column`` -> ``condition``)."""
    return (error.field or "json").split("[")[0].split(".")[0]


class ConditionRow(widgets.HBox):
    """One ``column op value`` row of the condition list, with a button that removes it."""

    def __init__(self, columns: list[str], *, on_change: Callable[[], None], on_remove: Callable[[ConditionRow], None]) -> None:
        self.column = widgets.Dropdown(options=columns, layout=widgets.Layout(width="180px"))
        self.op = widgets.Dropdown(options=list(OPS), value="==", layout=widgets.Layout(width="70px"))
        self.value = widgets.Text(placeholder="value", continuous_update=False, layout=widgets.Layout(width="140px"))
        remove = widgets.Button(icon="times", tooltip="Remove this condition", layout=widgets.Layout(width="36px"))
        remove.on_click(lambda _: on_remove(self))
        for w in (self.column, self.op, self.value):
            w.observe(lambda _: on_change(), names="value")
        super().__init__([self.column, self.op, self.value, remove])

    def to_dict(self) -> dict[str, Any]:
        return {"column": self.column.value, "op": self.op.value, "value": _read_value(self.value.value)}


class QueryEditor(widgets.VBox):
    """Edit a query as a form or as JSON; ``query`` is the current valid query, ``error`` why there is none."""

    def __init__(self, query: CausalQuery, profile: DataProfile) -> None:
        self.profile = profile
        self.columns = list(profile.names)
        self.query: CausalQuery | None = query
        self.error: CausalError | None = None
        self._syncing = False
        self._observers: list[Callable[[], None]] = []
        choices = [NONE] + [(c, c) for c in self.columns]
        short = widgets.Layout(width="320px")
        self.task = widgets.Dropdown(options=[t.value for t in Task], description="task", layout=short)
        self.treatment = widgets.Dropdown(options=choices, description="treatment", layout=short)
        self.outcome = widgets.Dropdown(options=choices, description="outcome", layout=short)
        self.mediator = widgets.Dropdown(options=choices, description="mediator", layout=short)
        self.method = widgets.Dropdown(options=[("default", UNSET)], description="method", layout=short)
        self.nodes = widgets.SelectMultiple(options=self.columns, description="nodes", rows=min(6, len(self.columns)), layout=short)
        self.controls = widgets.SelectMultiple(options=self.columns, description="controls", rows=min(6, len(self.columns)),
                                               layout=short, tooltip="Nothing selected: all other columns")
        self.reason = widgets.Text(description="reason", layout=widgets.Layout(width="480px"), continuous_update=False)
        self.objective = widgets.Dropdown(options=[("as high as possible", "max"), ("as low as possible", "min")],
                                          description="aim", layout=short)
        self.ci_level = widgets.BoundedFloatText(value=CI_LEVEL, min=0.5, max=0.999, step=0.01, description="CI level", layout=short,
                                                 tooltip="Level of the intervals (a graph's tests: one minus their significance level)")
        self.conditions = widgets.VBox([])
        add = widgets.Button(description="Add condition", icon="plus", layout=widgets.Layout(width="160px"))
        add.on_click(lambda _: self._add_condition())
        self.json = widgets.Textarea(rows=12, layout=widgets.Layout(width="100%"), continuous_update=True)
        self.messages = {name: widgets.HTML() for name in (*_SHOWN, "task", "json")}
        for message in self.messages.values():
            message.add_class("jc-message")
        condition_box = widgets.VBox([widgets.HTML("<b>condition</b>"), self.conditions, add])
        self.rows: dict[str, widgets.Widget] = {
            name: widgets.HBox([widget, self.messages[name]])
            for name, widget in (
                ("task", self.task), ("treatment", self.treatment), ("outcome", self.outcome), ("mediator", self.mediator),
                ("condition", condition_box), ("nodes", self.nodes), ("controls", self.controls), ("method", self.method),
                ("reason", self.reason), ("objective", self.objective), ("ci_level", self.ci_level),
            )
        }
        form = widgets.VBox(list(self.rows.values()))
        raw = widgets.VBox([self.json, self.messages["json"]])
        tabs = widgets.Tab([form, raw])
        tabs.set_title(0, "Form")
        tabs.set_title(1, "JSON")
        for w in (self.task, self.treatment, self.outcome, self.mediator, self.method, self.nodes, self.controls, self.reason,
                  self.objective, self.ci_level):
            w.observe(lambda _: self._form_changed(), names="value")
        self.json.observe(lambda _: self._json_changed(), names="value")
        super().__init__([tabs])
        self.set_query(query)

    # --- public --------------------------------------------------------------------------------

    def set_query(self, query: CausalQuery) -> None:
        """Show ``query`` in both views (e.g. after parsing) and validate it."""
        self._syncing = True
        try:
            self.json.value = query.to_json()
            self._fill_form(query)
        finally:
            self._syncing = False
        self._validate(query)

    def on_change(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` after every edit (valid or not)."""
        self._observers.append(callback)

    # --- form <-> JSON -------------------------------------------------------------------------

    def _fill_form(self, query: CausalQuery) -> None:
        self.task.value = query.task.value
        self._update_methods(query.task)
        for name in ("treatment", "outcome", "mediator"):
            value = getattr(query, name)
            getattr(self, name).value = value if value in self.columns else UNSET
        self.nodes.value = tuple(n for n in query.nodes if n in self.columns)
        self.controls.value = tuple(n for n in query.controls or () if n in self.columns)
        self.method.value = query.method if query.method in {v for _, v in self.method.options} else UNSET
        self.reason.value = query.reason or ""
        self.objective.value = query.objective
        self.ci_level.value = query.ci_level
        self.conditions.children = ()
        for cond in query.condition:
            row = self._add_condition(notify=False)
            if cond.column in self.columns:
                row.column.value = cond.column
            row.op.value = cond.op
            row.value.value = _value_text(cond.value)
        self._show_rows(query.task)

    def _update_methods(self, task: Task) -> None:
        options = [("default", UNSET)] + [(m, m) for m in sorted(methods(task))]
        if list(self.method.options) != options:
            self.method.options = options

    def _show_rows(self, task: Task) -> None:
        for name, row in self.rows.items():
            row.layout.display = None if name == "task" or task in _SHOWN[name] else "none"

    def _form_dict(self) -> dict[str, Any]:
        task = Task(self.task.value)
        data: dict[str, Any] = {"task": task.value}
        for name in ("treatment", "outcome", "mediator"):
            data[name] = (getattr(self, name).value or None) if task in _SHOWN[name] else None
        data["condition"] = [row.to_dict() for row in self.conditions.children]
        data["nodes"] = list(self.nodes.value) if task is Task.CGL else []
        data["controls"] = list(self.controls.value) if self.controls.value and task in _SHOWN["controls"] else None
        data["method"] = self.method.value or None
        data["reason"] = (self.reason.value or None) if task is Task.UNSUPPORTED else None
        if task is Task.OPO and self.objective.value != "max":
            data["objective"] = self.objective.value
        if task is not Task.UNSUPPORTED and self.ci_level.value != CI_LEVEL:
            data["ci_level"] = self.ci_level.value
        return data

    def _add_condition(self, *, notify: bool = True) -> ConditionRow:
        row = ConditionRow(self.columns, on_change=self._form_changed, on_remove=self._remove_condition)
        self.conditions.children = (*self.conditions.children, row)
        if notify:
            self._form_changed()
        return row

    def _remove_condition(self, row: ConditionRow) -> None:
        self.conditions.children = tuple(r for r in self.conditions.children if r is not row)
        self._form_changed()

    def _form_changed(self) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            task = Task(self.task.value)
            self._update_methods(task)
            self._show_rows(task)
            data = self._form_dict()
            self.json.value = json.dumps(data, indent=2)
        finally:
            self._syncing = False
        self._read(lambda: CausalQuery.from_dict(data))

    def _json_changed(self) -> None:
        if self._syncing:
            return
        text = self.json.value
        query = self._read(lambda: CausalQuery.from_json(text))
        if query is not None:
            self._syncing = True
            try:
                self._fill_form(query)
            finally:
                self._syncing = False

    # --- validation ----------------------------------------------------------------------------

    def _read(self, build: Callable[[], CausalQuery]) -> CausalQuery | None:
        try:
            query = build()
        except CausalError as err:
            self._set_error(err)
            return None
        self._validate(query)
        return query

    def _validate(self, query: CausalQuery) -> None:
        try:
            check_query(query, self.profile)
            if query.method is not None and query.method not in methods(query.task):
                raise CausalError(f"method: {query.task.value} has no method {query.method!r}.",
                                  fix=f"Use one of: {', '.join(sorted(methods(query.task)))}.", field="method")
        except CausalError as err:
            self._set_error(err)
            return
        self.query, self.error = query, None
        for message in self.messages.values():
            message.value = ""
        self._notify()

    def _set_error(self, err: CausalError) -> None:
        self.query, self.error = None, err
        text = err.problem if err.fix is None else f"{err.problem} {err.fix}"
        for message in self.messages.values():
            message.value = ""
        self.messages["json"].value = _message_html(text)
        field = _field_of(err)
        if field in self.messages and field != "json":
            self.messages[field].value = _message_html(text)
        self._notify()

    def _notify(self) -> None:
        for callback in self._observers:
            callback()


def _message_html(text: str) -> str:
    return f'<span style="color:#b00020">{html.escape(text)}</span>'
