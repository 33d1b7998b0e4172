"""What a question grounds: the columns it names and the condition values it writes.

The decoder reads these two ways: as a constraint (a condition's value must be a number or a
level the question writes, 0/1 of a binary column it mentions, or a median it speaks of) and as a
prior (a column the question names is preferred over one it does not, and a comparison it writes
over one it does not, by a bonus added to the model's log-probability); and, where the phrasing
places a role ("Y responds to X"), as a constraint again: a column written in that role's place
plays it. All look only at the question's words and the table's column names and levels, the
same view the model has.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from typing import Any

from ..profile import DataProfile, Kind
from .prompt import literal, numbers_in

_MIDDLE = re.compile(r"\b(median|medians|upper half|lower half|top half|bottom half|middle|typical)\b", re.IGNORECASE)
_FILLER = frozenset({"has", "the", "and", "for", "per", "num", "with", "was", "are", "any", "all"})
"""Words of column names that say nothing about the variable (``has_garden``, ``num_visits``)."""


@dataclasses.dataclass(frozen=True, kw_only=True)
class Grounding:
    """How strongly the decoder prefers columns the question names (added to log-probabilities).

    ``named``: the column's name is written in the question (any casing, ``_`` or a case change
    read as a space, a plural). ``stems``: every word of the name shares its first four letters
    with a word of the question; a partial share earns that share of the bonus. ``place_roles``:
    where the phrasing places roles, offer a role the columns written in its place.
    """

    named: float = 2.0
    stems: float = 1.0
    place_roles: bool = True

    def bonus(self, question: str, column: str) -> float:
        """The bonus of ``column`` as a treatment, outcome, mediator or graph node."""
        return self.named if names(question, column) else self.stems * stem_share(question, column)

    def placed(self, spans: Mapping[str, str], field: str, options: Sequence[str], columns: Sequence[str]) -> list[str]:
        """The ``options`` for ``field`` where the phrasing places roles (:func:`.cues.role_spans`): the table's
        ``columns`` best grounded in the field's place if any is an option, else the options that are not the
        columns best grounded in another role's place; all options when neither narrows them."""
        if not self.place_roles or not spans:
            return list(options)
        here = set(self._best(spans[field], columns)) if field in spans else set()
        elsewhere = {c for role, text in spans.items() if role != field for c in self._best(text, columns)}
        return [c for c in options if c in here] or [c for c in options if c not in elsewhere] or list(options)

    def _best(self, text: str, columns: Sequence[str]) -> list[str]:
        """The columns ``text`` grounds most strongly (none when it grounds none)."""
        bonus = {c: self.bonus(text, c) for c in columns}
        top = max(bonus.values(), default=0.0)
        return [c for c in columns if top > 0 and bonus[c] == top]

    def op_bonus(self, question: str, op: str) -> float:
        """The ``named`` bonus for a comparison the question writes (">=", "at least", "below")."""
        return self.named if op in written_ops(question) else 0.0

    def condition_bonus(self, question: str, profile: DataProfile, column: str) -> float:
        """As :meth:`bonus`, and the full ``named`` bonus where the question writes one of the column's levels."""
        if written_levels(question, profile, column):
            return self.named
        return self.bonus(question, column)


_FILE = re.compile(r"[\w.-]+\.(?:csv|tsv|txt|json|parquet|feather|xlsx?|dta|sav|pkl)\b", re.IGNORECASE)


def prose(question: str) -> str:
    """The question without data-file names: ``parks_and_recreation.csv`` names the table, not a column."""
    return _FILE.sub(" ", question)


def _words(text: str) -> list[str]:
    """Lower-case words of a question or a column name, split at ``_``, spaces, case changes and digits."""
    spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", text)
    return [w.lower() for w in re.findall(r"[A-Za-z]{3,}", spaced)]


def _stems(text: str) -> set[str]:
    """First four letters of each word of three letters or more."""
    return {w[:4] for w in _words(text)}


def names(question: str, column: str) -> bool:
    """Whether the question writes the column's name (``re78``, ``PreventiveMaintenance``, ``cart items``)."""
    text = prose(question).lower()
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", column).replace("_", " ").lower()
    for variant in {column.lower(), spaced}:
        if variant and re.search(r"(?<![a-z0-9])" + re.escape(variant) + r"(?:e?s)?(?![a-z0-9])", text):
            return True
    return False


def stem_share(question: str, column: str) -> float:
    """Share of the column name's words whose stem the question writes (0 when the name has no words)."""
    words = [w for w in _words(column) if w not in _FILLER]
    if not words:
        return 0.0
    stems = _stems(prose(question))
    return sum(w[:4] in stems for w in words) / len(words)


_OP_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (">=", re.compile(r">=|≥|\bat least\b|\bor (?:more|above|higher|greater)\b|\bno (?:less|fewer|lower) than\b", re.IGNORECASE)),
    ("<=", re.compile(r"<=|≤|\bat most\b|\bor (?:less|below|lower|fewer)\b|\bno (?:more|greater|higher) than\b", re.IGNORECASE)),
    ("!=", re.compile(r"!=|≠|\bnot equal(?:s| to)?\b|\bother than\b", re.IGNORECASE)),
    (">", re.compile(r"(?<![<>=!-])>(?!=)|\b(?:over|above|exceeds?|exceeding)\b|\b(?:upper|top) half\b|\b(?:greater|higher|more) than\b", re.IGNORECASE)),
    ("<", re.compile(r"(?<![<>=!])<(?!=)|\b(?:under|below)\b|\b(?:lower|bottom) half\b|\b(?:less|lower|fewer) than\b", re.IGNORECASE)),
    ("==", re.compile(r"(?<![<>=!])==?(?!=)|\bequals?\b|\bequal to\b", re.IGNORECASE)),
)
"""Words that write each comparison, longest first: a match is taken out before the shorter ones are read."""


def written_ops(question: str) -> frozenset[str]:
    """The comparisons the question writes: "at least 3" is ``>=`` and not also ``>``."""
    text, ops = prose(question), set()
    for op, words in _OP_WORDS:
        if words.search(text):
            ops.add(op)
            text = words.sub(" ", text)
    return frozenset(ops)


def written_levels(question: str, profile: DataProfile, column: str) -> list[Any]:
    """The column's text levels that the question writes ("north", "premium")."""
    return [v for v in profile[column].levels if isinstance(v, str) and names(question, v)]


def mentions(question: str, column: str) -> bool:
    """Whether the question shares a word stem with the column's name."""
    return bool(_stems(column) & _stems(prose(question)))


def value_options(profile: DataProfile, column: str, question: str) -> list[str]:
    """The values a condition on ``column`` may take, each grounded in the question.

    A binary column offers the text levels the question writes, else 0 and 1 (or its two levels)
    where the question mentions it ("for units with X"); a categorical one only the levels the
    question writes; a numeric one the numbers written in the question, and its median where the
    question speaks of a median or a half. A column with no options cannot be a condition.
    """
    col = profile[column]
    written = written_levels(question, profile, column)
    if col.kind is Kind.BINARY:
        values: list[Any] = written or (list(col.levels or (0, 1)) if mentions(question, column) else [])
    elif col.kind in (Kind.CATEGORICAL, Kind.TEXT):
        values = written
    else:
        values = list(numbers_in(question))
        if col.median is not None and _MIDDLE.search(question):
            values.append(round(col.median, 2) if abs(col.median) < 10 else round(col.median))
    return list(dict.fromkeys(literal(v) + "}" for v in values))


def writes_a_value(question: str, profile: DataProfile) -> bool:
    """Whether the question writes a number, or a text level of some column: a subgroup may be meant."""
    return bool(numbers_in(question)) or any(written_levels(question, profile, c) for c in profile.names)


def grounds_subgroup(question: str, profile: DataProfile, column: str) -> bool:
    """Whether the question writes a condition on ``column``: one of its text levels, or its name (or a stem of it) and a value."""
    if written_levels(question, profile, column):
        return True
    return bool(value_options(profile, column, question)) and (names(question, column) or stem_share(question, column) > 0)

