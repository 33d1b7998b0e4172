"""Words that say what kind of analysis a question asks for, besides its variables.

A question that names a study design the tool does not run (an instrument, a difference-in-
differences, a regression discontinuity) is out of scope whatever else it says; an out-of-scope
reason needs some word of the question that points to it ("What difference does X make to Y?" is an
effect, not a difference-in-differences); a mediation names a path ("through", "via", "carries
the effect"). Words that belong to a column's name are not cues (a column ``plays_instrument``).
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence

from .grounding import prose


@dataclasses.dataclass(frozen=True)
class Cue:
    """Words pointing to an out-of-scope reason whose text contains ``key``; ``names_design``: the words
    name the design itself, so the question is out of scope whatever its task looks like."""

    key: str
    words: re.Pattern[str]
    names_design: bool


CUES: tuple[Cue, ...] = (
    Cue("instrumental", re.compile(r"\binstrument(s|al|ed|ing)?\b|\b2SLS\b|\btwo stage least squares\b", re.IGNORECASE), True),
    Cue("difference-in-differences", re.compile(
        r"(?i:\bdiff(erence)?s? in diff(erence)?s?\b|\bparallel trends?\b|\bpre and post\b|\bbefore and after\b)|\bDiD\b",
    ), True),
    Cue("regression discontinuity", re.compile(r"\bdiscontinuit(y|ies)\b|\bRDD?\b|\brunning variable\b|\bjump at\b", re.IGNORECASE), True),
    Cue("prediction", re.compile(r"\bpredict\w*|\bforecast\w*|\bclassif\w*|\bwill\b", re.IGNORECASE), False),
    Cue("correlation", re.compile(r"\bcorrelat\w*|\bpearson\b|\bassociat\w*", re.IGNORECASE), False),
    Cue("descriptive", re.compile(
        r"\bhow many\b|\baverage\b|\bmean\b|\bmedian\b|\bmax(imum)?\b|\bmin(imum)?\b|\bdistribution\b|\bsummar\w*|\bcount\w*|\btotal\b"
        r"|\bshare\b|\bproportion\b|\bpercent\w*|\bhistogram\b|\bshow\b|\blist\b|\bdescribe\b", re.IGNORECASE), False),
)

_MEDIATION = re.compile(
    r"\bthrough\b|\bvia\b|\bmediat\w*|\bcarr(y|ies|ied)\b|\bpathways?\b|\bchannel\w*|\bindirect\w*|\bmechanism\b"
    r"|\bexplained (away )?by\b|\bin turn\b|->|→", re.IGNORECASE)


def _cue_text(question: str, columns: Iterable[str]) -> str:
    """The question's words with those that belong to a column's name left out, joined by spaces."""
    owned = {w.lower() for c in columns for w in re.findall(r"[A-Za-z]+", re.sub(r"([a-z])([A-Z])", r"\1 \2", str(c)))}
    words = re.findall(r"[A-Za-z0-9]+|->|→", prose(question))
    return " ".join(w for w in words if w.lower() not in owned)


def named_design(question: str, columns: Iterable[str], reasons: Sequence[str]) -> str | None:
    """The out-of-scope reason (one of ``reasons``) of a design the question names, if it names one."""
    text = _cue_text(question, columns)
    for cue in CUES:
        if cue.names_design and cue.words.search(text):
            return next((r for r in reasons if cue.key in r), None)
    return None


def points_to(question: str, columns: Iterable[str], reason: str) -> bool:
    """Whether some word of the question points to ``reason`` (always, for a reason no cue knows)."""
    cues = [cue for cue in CUES if cue.key in reason]
    text = _cue_text(question, columns)
    return not cues or any(cue.words.search(text) for cue in cues)


def asks_mediation(question: str, columns: Iterable[str]) -> bool:
    """Whether the question names a path from treatment to outcome through a third variable."""
    return bool(_MEDIATION.search(_cue_text(question, columns)))
