"""Errors a user sees: each names the problem and how to fix it, never a library traceback."""
from __future__ import annotations


class CausalError(Exception):
    """Base class: ``problem`` says what is wrong, ``fix`` what to do about it."""

    def __init__(self, problem: str, *, fix: str | None = None, field: str | None = None) -> None:
        self.problem = problem
        self.fix = fix
        self.field = field
        super().__init__(problem if fix is None else f"{problem} {fix}")


class QueryError(CausalError, ValueError):
    """A causal query that is malformed in itself (bad JSON, unknown task, wrong types)."""


class PlanError(CausalError, ValueError):
    """A well-formed query that does not fit the DataFrame (columns, types, sample size)."""


class UnknownColumnError(PlanError):
    """A query names a column the DataFrame does not have; ``suggestions`` are the nearest names."""

    def __init__(self, column: str, *, field: str, suggestions: list[str]) -> None:
        self.column = column
        self.suggestions = suggestions
        hint = ", ".join(repr(s) for s in suggestions) if suggestions else "none close"
        super().__init__(
            f"{field}: the DataFrame has no column {column!r}.",
            fix=f"Nearest column names: {hint}.",
            field=field,
        )


class FitError(CausalError, RuntimeError):
    """A causal method failed on data that passed the checks."""


class NoParserError(CausalError, RuntimeError):
    """A natural-language question was given but no question parser is available."""
