"""The parser contract and the process-wide active parser (loaded once per kernel)."""
from __future__ import annotations

from typing import Protocol, runtime_checkable

import pandas as pd

from ..errors import NoParserError
from ..profile import DataProfile, profile
from ..schema import CausalQuery


@runtime_checkable
class QuestionParser(Protocol):
    """Turns a question about a profiled DataFrame into a CausalQuery naming only its columns."""

    name: str

    def parse(self, question: str, profile: DataProfile) -> CausalQuery: ...


_active: QuestionParser | None = None


def use_parser(parser: QuestionParser | None) -> None:
    """Make ``parser`` the one :func:`parse` and ``analyze`` use (``None`` unsets it)."""
    global _active
    if parser is not None and not isinstance(parser, QuestionParser):
        raise TypeError("a parser needs a 'name' attribute and a 'parse(question, profile)' method")
    _active = parser


def active_parser() -> QuestionParser:
    """The active parser, or a :class:`NoParserError` saying how to proceed without one."""
    if _active is None:
        raise NoParserError(
            "No question parser is installed, so a natural-language question cannot be read yet.",
            fix='Pass a JSON query instead, e.g. {"task": "ATE", "treatment": "treat", "outcome": "re78"}, '
            "or register a parser with jupyter_causal.use_parser(...).",
        )
    return _active


def parse(question: str, df: pd.DataFrame) -> CausalQuery:
    """Parse ``question`` about ``df`` with the active parser; the parser sees only the profile."""
    return active_parser().parse(question, profile(df))
