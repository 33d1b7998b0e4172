"""The causal query (the parser's output, the editable JSON) and the result types of the tools.

Everything here is frozen and JSON-serialisable. Text from a model is data: the LLM4Causal
reader walks Python literal syntax itself and never evaluates anything.
"""
from __future__ import annotations

import ast
import dataclasses
import json
import math
import operator
from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Any, ClassVar

from .errors import QueryError


class Task(StrEnum):
    """The five causal tasks of LLM4Causal, plus questions the tool does not answer."""

    CGL = "CGL"
    ATE = "ATE"
    HTE = "HTE"
    MA = "MA"
    OPO = "OPO"
    UNSUPPORTED = "UNSUPPORTED"


OPS: tuple[str, ...] = ("==", "!=", "<", "<=", ">", ">=", "in")
"""Comparison operators a condition may use; ``in`` takes a list of values."""
COMPARE: Mapping[str, Any] = MappingProxyType({
    "==": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge,
})
"""The element-wise comparison behind each operator but ``in`` (works on numpy arrays)."""

Scalar = int | float | str | bool
QUERY_FIELDS = ("task", "treatment", "outcome", "mediator", "condition", "nodes", "controls", "method", "reason", "objective", "ci_level")
OBJECTIVES = ("max", "min")
"""What a policy (OPO) optimises its outcome towards: as high as possible (the default) or as low."""
CI_LEVEL = 0.95
"""The level of intervals where the query asks for none."""


def freeze(value: Any) -> Any:
    """Recursively turn dicts into read-only mappings and lists into tuples."""
    if isinstance(value, Mapping):
        return MappingProxyType({k: freeze(v) for k, v in value.items()})
    if isinstance(value, (list, tuple)):
        return tuple(freeze(v) for v in value)
    return value


def thaw(value: Any) -> Any:
    """Inverse of :func:`freeze` into plain JSON types (dict, list, float, ...)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return value.to_dict()  # type: ignore[attr-defined]
    if isinstance(value, Mapping):
        return {str(k): thaw(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [thaw(v) for v in value]
    if isinstance(value, StrEnum):
        return str(value)
    if hasattr(value, "item") and callable(value.item):  # numpy scalars
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


@dataclasses.dataclass(frozen=True, kw_only=True)
class Condition:
    """A subgroup restriction such as ``age == 25`` or ``region in ['north', 'east']``."""

    column: str
    op: str = "=="
    value: Scalar | tuple[Scalar, ...]

    def __post_init__(self) -> None:
        if not isinstance(self.column, str) or not self.column:
            raise QueryError("condition: 'column' must be a non-empty column name.", field="condition")
        if self.op not in OPS:
            raise QueryError(
                f"condition: unknown operator {self.op!r}.", fix=f"Use one of {', '.join(OPS)}.", field="condition"
            )
        value = self.value
        if self.op == "in":
            if not isinstance(value, (list, tuple)) or not value:
                raise QueryError("condition: 'in' needs a non-empty list of values.", field="condition")
            object.__setattr__(self, "value", tuple(_check_scalar(v) for v in value))
        else:
            object.__setattr__(self, "value", _check_scalar(value))

    def to_dict(self) -> dict[str, Any]:
        return {"column": self.column, "op": self.op, "value": thaw(self.value)}

    def describe(self) -> str:
        """Human-readable form, e.g. ``age == 25``."""
        value = list(self.value) if isinstance(self.value, tuple) else self.value
        return f"{self.column} {self.op} {value!r}" if isinstance(value, str) else f"{self.column} {self.op} {value}"

    @classmethod
    def from_any(cls, item: Any) -> Condition:
        """Read ``{"column", "op", "value"}``, ``{column: value}``, or ``(column, value[, op])``."""
        if isinstance(item, Condition):
            return item
        if isinstance(item, Mapping):
            if "column" in item:
                unknown = set(item) - {"column", "op", "value"}
                if unknown or "value" not in item:
                    raise QueryError(
                        "condition: each entry needs 'column', 'op' and 'value'.",
                        fix='Example: {"column": "age", "op": ">=", "value": 60}.',
                        field="condition",
                    )
                return cls(column=item["column"], op=item.get("op", "=="), value=item["value"])
            if len(item) == 1:
                ((column, value),) = item.items()
                return cls(column=column, op="==", value=value)
        if isinstance(item, (list, tuple)) and len(item) in (2, 3) and isinstance(item[0], str):
            if len(item) == 3 and item[1] in OPS:
                return cls(column=item[0], op=item[1], value=item[2])
            if len(item) == 2:
                return cls(column=item[0], op="==", value=item[1])
        raise QueryError(
            f"condition: cannot read {item!r}.",
            fix='Write each condition as {"column": "age", "op": "==", "value": 25}.',
            field="condition",
        )


def _check_scalar(value: Any) -> Scalar:
    if isinstance(value, bool) or isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and math.isfinite(value):
        return value
    raise QueryError(f"condition: value {value!r} is not a number, string or boolean.", field="condition")


def _optional_name(data: Mapping[str, Any], key: str) -> str | None:
    value = data.get(key)
    if isinstance(value, (list, tuple)):  # LLM4Causal style one-element lists
        if len(value) == 0:
            return None
        if len(value) > 1:
            raise QueryError(f"{key}: expected one column name, got {len(value)}: {list(value)}.", field=key)
        value = value[0]
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise QueryError(f"{key}: expected a column name (string) or null, got {value!r}.", field=key)
    return value


def _name_list(data: Mapping[str, Any], key: str) -> tuple[str, ...] | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise QueryError(f"{key}: expected a list of column names, got {value!r}.", field=key)
    return tuple(dict.fromkeys(value))


@dataclasses.dataclass(frozen=True, kw_only=True)
class CausalQuery:
    """A structured causal question; field names are the JSON keys of DESIGN.md."""

    task: Task
    treatment: str | None = None
    outcome: str | None = None
    mediator: str | None = None
    condition: tuple[Condition, ...] = ()
    nodes: tuple[str, ...] = ()
    controls: tuple[str, ...] | None = None
    method: str | None = None
    reason: str | None = None
    objective: str = "max"
    """OPO: make the outcome as high ("max") or as low ("min") as possible; written in the JSON only when "min"."""
    ci_level: float = CI_LEVEL
    """The level of every interval, and one minus the significance level of a graph's independence tests; written in
    the JSON only when not 0.95."""

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "task", Task(self.task))
        except ValueError:
            raise QueryError(
                f"task: unknown task {self.task!r}.", fix=f"Use one of {', '.join(t.value for t in Task)}.", field="task"
            ) from None
        if self.objective not in OBJECTIVES:
            raise QueryError(f"objective: expected 'max' or 'min', got {self.objective!r}.",
                             fix='Write "objective": "min" to make the outcome as low as possible, else leave it out.', field="objective")
        level = self.ci_level
        if isinstance(level, bool) or not isinstance(level, (int, float)) or not 0.5 <= level < 1:
            fix = f'Write {level / 100:g} for a {level:g}% interval.' if isinstance(level, (int, float)) and 50 <= level < 100 else \
                'Write a level between 0.5 and 1, such as 0.9 for 90% intervals, or leave it out for 95%.'
            raise QueryError(f"ci_level: expected a confidence level between 0.5 and 1, got {level!r}.", fix=fix, field="ci_level")
        object.__setattr__(self, "ci_level", float(level))
        object.__setattr__(self, "condition", tuple(Condition.from_any(c) for c in self.condition))
        object.__setattr__(self, "nodes", tuple(self.nodes))
        if self.controls is not None:
            object.__setattr__(self, "controls", tuple(self.controls))

    def to_dict(self) -> dict[str, Any]:
        return {
            "task": self.task.value,
            "treatment": self.treatment,
            "outcome": self.outcome,
            "mediator": self.mediator,
            "condition": [c.to_dict() for c in self.condition],
            "nodes": list(self.nodes),
            "controls": None if self.controls is None else list(self.controls),
            "method": self.method,
            "reason": self.reason,
        } | ({"objective": self.objective} if self.objective != "max" else {}) | ({"ci_level": self.ci_level} if self.ci_level != CI_LEVEL else {})

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent)

    def columns(self) -> dict[str, str]:
        """Every column the query names, keyed by the field naming it (for validation)."""
        named: dict[str, str] = {}
        for key in ("treatment", "outcome", "mediator"):
            if getattr(self, key) is not None:
                named[key] = getattr(self, key)
        for i, c in enumerate(self.condition):
            named[f"condition[{i}].column"] = c.column
        for i, n in enumerate(self.nodes):
            named[f"nodes[{i}]"] = n
        for i, n in enumerate(self.controls or ()):
            named[f"controls[{i}]"] = n
        return named

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CausalQuery:
        """Build from the JSON form; the LLM4Causal form is recognised by its ``causal_problem`` key."""
        if not isinstance(data, Mapping):
            raise QueryError(f"A causal query must be a JSON object, got {type(data).__name__}.")
        if "causal_problem" in data:
            return _from_llm4causal_dict(data)
        unknown = sorted(set(data) - set(QUERY_FIELDS))
        if unknown:
            raise QueryError(f"Unknown query field(s): {', '.join(unknown)}.", fix=f"Allowed: {', '.join(QUERY_FIELDS)}.")
        if "task" not in data:
            raise QueryError("The query has no 'task'.", fix=f"Add one of {', '.join(t.value for t in Task)}.", field="task")
        condition = data.get("condition") or []
        if isinstance(condition, Mapping):
            condition = [condition] if "column" in condition else [{k: v} for k, v in condition.items()]
        if not isinstance(condition, (list, tuple)):
            raise QueryError("condition: expected a list of conditions.", field="condition")
        method = data.get("method")
        reason = data.get("reason")
        if method is not None and not isinstance(method, str):
            raise QueryError(f"method: expected a method name (string), got {method!r}.", field="method")
        if reason is not None and not isinstance(reason, str):
            raise QueryError("reason: expected a string.", field="reason")
        return cls(
            task=data["task"],
            treatment=_optional_name(data, "treatment"),
            outcome=_optional_name(data, "outcome"),
            mediator=_optional_name(data, "mediator"),
            condition=tuple(Condition.from_any(c) for c in condition),
            nodes=_name_list(data, "nodes") or (),
            controls=_name_list(data, "controls"),
            method=method,
            reason=reason,
            objective=data.get("objective") or "max",
            ci_level=CI_LEVEL if data.get("ci_level") is None else data["ci_level"],
        )

    @classmethod
    def from_json(cls, text: str) -> CausalQuery:
        """Read the JSON form, or the LLM4Causal form written as a Python literal."""
        text = text.strip()
        try:
            data = json.loads(text)
        except json.JSONDecodeError as err:
            try:
                data = safe_literal(text)
            except QueryError as literal_err:
                raise QueryError(
                    f"The query is neither JSON ({err.msg} at line {err.lineno} column {err.colno}) "
                    f"nor a Python literal ({literal_err.problem})."
                ) from None
        return cls.from_dict(data)

    @classmethod
    def coerce(cls, value: CausalQuery | Mapping[str, Any] | str) -> CausalQuery:
        """Accept a query object, its dict, or its JSON / LLM4Causal text."""
        if isinstance(value, CausalQuery):
            return value
        if isinstance(value, Mapping):
            return cls.from_dict(value)
        if isinstance(value, str):
            return cls.from_json(value)
        raise QueryError(f"Cannot read a causal query from a {type(value).__name__}.")


# --- LLM4Causal format -------------------------------------------------------------------------

_LLM4CAUSAL_TASKS: Mapping[tuple[str, str | None], Task] = {
    ("CSL", None): Task.CGL,
    ("CEL", "ATE"): Task.ATE,
    ("CEL", "HTE"): Task.HTE,
    ("CEL", "MA"): Task.MA,
    ("CPL", None): Task.OPO,
}
_LLM4CAUSAL_FIELDS = {"causal_problem", "dataset", "treatment", "response", "mediator", "condition", "nodes"}


def _from_llm4causal_dict(data: Mapping[str, Any]) -> CausalQuery:
    unknown = sorted(set(data) - _LLM4CAUSAL_FIELDS)
    if unknown:
        raise QueryError(
            f"Unknown LLM4Causal field(s): {', '.join(unknown)}.", fix=f"Allowed: {', '.join(sorted(_LLM4CAUSAL_FIELDS))}."
        )
    problem = data["causal_problem"]
    if isinstance(problem, str):
        problem = [problem]
    if not isinstance(problem, (list, tuple)) or not problem or not all(p is None or isinstance(p, str) for p in problem):
        raise QueryError(f"causal_problem: expected e.g. ['CEL', 'ATE'], got {problem!r}.", field="causal_problem")
    family = (problem[0] or "").upper()
    sub = problem[1].upper() if len(problem) > 1 and problem[1] else None
    task = _LLM4CAUSAL_TASKS.get((family, sub)) or _LLM4CAUSAL_TASKS.get((family, None))
    if task is None:
        raise QueryError(
            f"causal_problem: unknown code {list(problem)!r}.",
            fix="Use ['CSL', None], ['CEL', 'ATE'|'HTE'|'MA'] or ['CPL', None].",
            field="causal_problem",
        )
    condition = data.get("condition") or []
    if isinstance(condition, tuple) and len(condition) == 2 and isinstance(condition[0], str):
        condition = [condition]
    return CausalQuery(
        task=task,
        treatment=_optional_name(data, "treatment"),
        outcome=_optional_name(data, "response"),
        mediator=_optional_name(data, "mediator"),
        condition=tuple(Condition.from_any(c) for c in condition),
        nodes=_name_list(data, "nodes") or (),
    )


def from_llm4causal(text: str | Mapping[str, Any]) -> CausalQuery:
    """Read the LLM4Causal output format (single-quoted Python literal or dict)."""
    data = safe_literal(text) if isinstance(text, str) else text
    if not isinstance(data, Mapping) or "causal_problem" not in data:
        raise QueryError("Not an LLM4Causal query: expected a dict with a 'causal_problem' key.")
    return _from_llm4causal_dict(data)


_MAX_LITERAL_CHARS = 20_000
_MAX_DEPTH = 12
_LITERAL_NAMES = {"None": None, "True": True, "False": False, "null": None, "true": True, "false": False}


def safe_literal(text: str) -> Any:
    """Parse a Python/JSON literal (dicts, lists, tuples, strings, numbers, booleans, None).

    The syntax tree is walked by hand and anything else (calls, attributes, operators,
    comprehensions, lambdas) is rejected: nothing is ever evaluated.
    """
    if len(text) > _MAX_LITERAL_CHARS:
        raise QueryError(f"The query text is too long ({len(text)} characters, at most {_MAX_LITERAL_CHARS}).")
    try:
        tree = ast.parse(text.strip(), mode="eval")
    except SyntaxError as err:
        raise QueryError(f"not a literal: syntax error at column {err.offset}") from None
    return _literal(tree.body, 0)


def _literal(node: ast.AST, depth: int) -> Any:
    if depth > _MAX_DEPTH:
        raise QueryError("not a literal: nested too deeply")
    if isinstance(node, ast.Constant) and isinstance(node.value, (str, int, float, bool, type(None))):
        return node.value
    if isinstance(node, ast.Name) and node.id in _LITERAL_NAMES:
        return _LITERAL_NAMES[node.id]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        operand = _literal(node.operand, depth + 1)
        if isinstance(operand, (int, float)) and not isinstance(operand, bool):
            return -operand if isinstance(node.op, ast.USub) else operand
    if isinstance(node, (ast.List, ast.Tuple)):
        items = [_literal(e, depth + 1) for e in node.elts]
        return items if isinstance(node, ast.List) else tuple(items)
    if isinstance(node, ast.Dict):
        if any(k is None for k in node.keys):
            raise QueryError("not a literal: '**' unpacking is not allowed")
        keys = [_literal(k, depth + 1) for k in node.keys]  # type: ignore[arg-type]
        if not all(isinstance(k, str) for k in keys):
            raise QueryError("not a literal: dictionary keys must be strings")
        return dict(zip(keys, (_literal(v, depth + 1) for v in node.values)))
    kind = type(node).__name__
    raise QueryError(f"not a literal: found {kind} at column {getattr(node, 'col_offset', 0) + 1}; model output is data and is never executed")


# --- JSON Schema -------------------------------------------------------------------------------

_NAME = {"type": ["string", "null"]}
_SCALAR = {"type": ["number", "string", "boolean"]}
_QUERY_JSON_SCHEMA: Mapping[str, Any] = freeze(
    {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "CausalQuery",
        "type": "object",
        "additionalProperties": False,
        "required": ["task"],
        "properties": {
            "task": {"enum": [t.value for t in Task]},
            "treatment": _NAME,
            "outcome": _NAME,
            "mediator": _NAME,
            "condition": {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["column", "op", "value"],
                    "properties": {
                        "column": {"type": "string"},
                        "op": {"enum": list(OPS)},
                        "value": {"anyOf": [_SCALAR, {"type": "array", "items": _SCALAR, "minItems": 1}]},
                    },
                },
            },
            "nodes": {"type": "array", "items": {"type": "string"}},
            "controls": {"type": ["array", "null"], "items": {"type": "string"}},
            "method": {"type": ["string", "null"]},
            "reason": {"type": ["string", "null"]},
            "objective": {"enum": list(OBJECTIVES)},
            "ci_level": {"type": "number", "minimum": 0.5, "exclusiveMaximum": 1},
        },
    }
)


def query_json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of the query's JSON form, as a fresh plain dict."""
    return thaw(_QUERY_JSON_SCHEMA)


# --- Results -----------------------------------------------------------------------------------

Interval = tuple[float, float]


@dataclasses.dataclass(frozen=True, kw_only=True)
class Result:
    """Keys every task's result carries; numbers the explanation may state all live here."""

    task: ClassVar[Task]
    method: str
    n_rows_used: int
    n_rows_dropped: int = 0
    drop_reasons: Mapping[str, int] = dataclasses.field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    seconds: float = 0.0
    ci_level: float = 0.95
    controls: tuple[str, ...] = ()
    """The columns the estimate adjusted for, in the table's order (none for a graph)."""

    def __post_init__(self) -> None:
        for f in dataclasses.fields(self):
            object.__setattr__(self, f.name, freeze(getattr(self, f.name)))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"task": self.task.value}
        for f in dataclasses.fields(self):
            out[f.name] = thaw(getattr(self, f.name))
        return out

    def with_timing(self, seconds: float) -> Result:
        return dataclasses.replace(self, seconds=round(seconds, 4))

    @staticmethod
    def from_dict(data: Mapping[str, Any]) -> Result:
        """Rebuild the task's result type from :meth:`to_dict` output."""
        cls = RESULT_TYPES[Task(data["task"])]
        names = {f.name for f in dataclasses.fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in names}
        return cls(**kwargs)


@dataclasses.dataclass(frozen=True, kw_only=True)
class CGLResult(Result):
    """A learned causal graph over ``variables``; ``relations`` covers each pair of ``nodes``."""

    task: ClassVar[Task] = Task.CGL
    variables: tuple[str, ...]
    nodes: tuple[str, ...]
    edges: tuple[tuple[str, str], ...]
    undirected: tuple[tuple[str, str], ...]
    relations: tuple[Mapping[str, str], ...]
    ci_test: str | None = None
    alpha: float | None = None


@dataclasses.dataclass(frozen=True, kw_only=True)
class Contrast:
    """One treatment level against the reference level (or one unit more, for a continuous one)."""

    level: Scalar
    reference: Scalar
    estimate: float
    ci: Interval
    p_value: float

    def __post_init__(self) -> None:
        object.__setattr__(self, "ci", tuple(self.ci))

    def to_dict(self) -> dict[str, Any]:
        return {k: thaw(getattr(self, k)) for k in ("level", "reference", "estimate", "ci", "p_value")}


@dataclasses.dataclass(frozen=True, kw_only=True)
class ATEResult(Result):
    """Average effect; for a discrete treatment ``contrasts`` has each level vs ``reference_level``."""

    task: ClassVar[Task] = Task.ATE
    treatment: str
    outcome: str
    treatment_kind: str
    estimate: float
    ci: Interval
    p_value: float
    treatment_levels: tuple[Scalar, ...] | None = None
    reference_level: Scalar | None = None
    contrasts: tuple[Contrast, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "contrasts", tuple(c if isinstance(c, Contrast) else Contrast(**c) for c in self.contrasts))
        super().__post_init__()


@dataclasses.dataclass(frozen=True, kw_only=True)
class HTEResult(Result):
    """Effect where the condition holds (or overall), its spread and what drives it. For a treatment of more than
    two levels ``contrasts`` (where the condition holds) and ``overall_contrasts`` have each level vs
    ``reference_level``; ``estimate`` and ``overall_estimate`` are the first of them. ``effect_curve`` has the effect
    (``estimate``, ``ci``, ``rows``) in each group (``x``) along one covariate (``column``), estimated ``by`` the mean
    doubly robust score of the group (a discrete treatment) or the forest's mean over it."""

    task: ClassVar[Task] = Task.HTE
    treatment: str
    outcome: str
    treatment_kind: str
    condition: tuple[Mapping[str, Any], ...]
    subgroup_size: int
    estimate: float
    ci: Interval
    overall_estimate: float
    overall_ci: Interval
    cate_quantiles: Mapping[str, float]
    effect_modifiers: tuple[Mapping[str, Any], ...]
    cate_histogram: Mapping[str, tuple[float, ...]]
    effect_curve: Mapping[str, Any] | None = None
    treatment_levels: tuple[Scalar, ...] | None = None
    reference_level: Scalar | None = None
    contrasts: tuple[Contrast, ...] = ()
    overall_contrasts: tuple[Contrast, ...] = ()

    def __post_init__(self) -> None:
        for name in ("contrasts", "overall_contrasts"):
            object.__setattr__(self, name, tuple(c if isinstance(c, Contrast) else Contrast(**c) for c in getattr(self, name)))
        super().__post_init__()


@dataclasses.dataclass(frozen=True, kw_only=True)
class MAResult(Result):
    """Natural direct / indirect effects of switching the treatment from ``reference_level`` to ``level``: of a
    binary one's two levels, or of one unit more of a numeric one (``treatment_kind`` ``continuous``) from its mean."""

    task: ClassVar[Task] = Task.MA
    treatment: str
    outcome: str
    mediator: str
    level: Scalar
    reference_level: Scalar
    total: float
    direct: float
    indirect: float
    proportion_mediated: float | None
    ci: Mapping[str, Interval]
    n_bootstrap: int
    treatment_kind: str = "binary"


@dataclasses.dataclass(frozen=True, kw_only=True)
class OPOResult(Result):
    """A learned treatment policy, its doubly robust value and the baselines it beats (or not)."""

    task: ClassVar[Task] = Task.OPO
    treatment: str
    outcome: str
    condition: tuple[Mapping[str, Any], ...]
    treatment_levels: tuple[Scalar, ...]
    best_action: Scalar
    best_action_share: float
    subgroup_size: int
    policy_value: float
    policy_value_ci: Interval
    baseline_values: Mapping[str, float]
    action_values: Mapping[str, float]
    recommended_shares: Mapping[str, float]
    policy_rules: tuple[str, ...]
    policy_tree: Mapping[str, Any] | None = None
    objective: str = "max"
    """Whether the policy makes the outcome as high ("max") or as low ("min") as possible."""

    def recommend(self, df: Any) -> list[Scalar]:
        """Replay the learned tree on the rows of a DataFrame: the recommended treatment level of each."""
        if self.policy_tree is None:
            raise QueryError(f"Only a policy tree can be replayed; {self.method} keeps no single tree.")
        import numpy as np

        def leaf(node: Mapping[str, Any], rows: Any) -> None:
            if "action" in node:
                out[rows] = node["action"]
                return
            values = np.asarray(df[node["column"]])[rows]
            if node["level"] is None:
                go_left = values.astype(float) <= node["threshold"]
            else:
                go_left = values.astype(str) != str(node["level"])
            leaf(node["left"], rows[go_left])
            leaf(node["right"], rows[~go_left])

        out = np.empty(len(df), dtype=object)
        leaf(self.policy_tree, np.arange(len(df)))
        return out.tolist()


RESULT_TYPES: Mapping[Task, type[Result]] = MappingProxyType(
    {t.task: t for t in (CGLResult, ATEResult, HTEResult, MAResult, OPOResult)}
)
"""Result class of each task, for :meth:`Result.from_dict`."""


def level_key(level: Any) -> str:
    """JSON object keys for treatment levels (``1``, ``'gold'``)."""
    return str(thaw(level))

