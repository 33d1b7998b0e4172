"""The parser contract and the process-wide active parser (loaded once per kernel)."""
from __future__ import annotations

from typing import Protocol, runtime_checkable

import pandas as pd

from ..errors import NoParserError
from ..profile import DataProfile, profile
from ..schema import CausalQuery, Task


@runtime_checkable
class QuestionParser(Protocol):
    """Turns a question about a profiled DataFrame into a CausalQuery naming only its columns."""

    name: str

    def parse(self, question: str, profile: DataProfile, *, task: Task | None = None) -> CausalQuery:
        """``task``, when given, is fixed by the caller (the magic's ``--task``); the parser fills the fields."""
        ...


_active: QuestionParser | None = None


def use_parser(parser: QuestionParser | None) -> None:
    """Make ``parser`` the one :func:`parse` and ``analyze`` use (``None`` unsets it)."""
    global _active
    if parser is not None and not isinstance(parser, QuestionParser):
        raise TypeError("a parser needs a 'name' attribute and a 'parse(question, profile)' method")
    _active = parser


def active_parser() -> QuestionParser:
    """The active parser; the first call loads the default one (embedded model + shipped adapter)."""
    if _active is None:
        from .model import load_parser

        try:
            load_parser()
        except NoParserError as err:
            raise NoParserError(
                f"No question parser is available, so a natural-language question cannot be read: {err.problem}",
                fix=f"{err.fix} Or pass a JSON query instead, e.g. "
                '{"task": "ATE", "treatment": "treat", "outcome": "re78"}.',
            ) from None
    assert _active is not None
    return _active


def parse(question: str, df: pd.DataFrame) -> CausalQuery:
    """Parse ``question`` about ``df`` with the active parser; the parser sees only the profile."""
    return active_parser().parse(question, profile(df))
