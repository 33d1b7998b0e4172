"""Words that say what kind of analysis a question asks for, besides its variables.

A question that names a study design the tool does not run (an instrument, a difference-in-
differences, a regression discontinuity), or asks how many rows have some property without a word
of an effect, is out of scope whatever else it says; an out-of-scope reason needs some word of the
question that points to it ("What difference does X make to Y?" is an effect, not a
difference-in-differences); a mediation names a path ("through", "via", "carries
the effect"). Words that belong to a column's name are not cues (a column ``plays_instrument``).
Some phrasings also say where each role is written: the outcome comes first in "Y responds to X" and
"Y is affected by X", the mediator after "through", each role in its place in "X -> M -> Y".
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
    unless: re.Pattern[str] | None = None
    """Words that keep ``words`` from naming the design ("how many" rows, but not "how many more")."""

    def names(self, text: str) -> bool:
        """Whether ``text`` (a question's cue words) names this cue's design."""
        return self.names_design and bool(self.words.search(text)) and not (self.unless and self.unless.search(text))


CUES: tuple[Cue, ...] = (
    Cue("instrumental", re.compile(r"\binstrument(s|al|ed|ing)?\b|\b2SLS\b|\btwo stage least squares\b", re.IGNORECASE), True),
    Cue("difference-in-differences", re.compile(
        r"(?i:\bdiff(erence)?s? in diff(erence)?s?\b|\bparallel trends?\b|\bpre and post\b|\bbefore and after\b)|\bDiD\b",
    ), True),
    Cue("regression discontinuity", re.compile(r"\bdiscontinuit(y|ies)\b|\bRDD?\b|\brunning variable\b|\bjump at\b", re.IGNORECASE), True),
    Cue("descriptive", re.compile(r"\bhow many\b(?!\s+(more|fewer|less|extra|additional|further)\b)", re.IGNORECASE), True,
        unless=re.compile(r"\b(effect|caus|impact|affect|influenc|chang|increas|decreas|rais|lower|boost|reduc|respon|driv|lead|lift"
                          r"|add|gain|los|sav|yield|generat|bring|brought|because|due|if|would|when|after|without|through|via)\w*",
                          re.IGNORECASE)),
    Cue("prediction", re.compile(r"\bpredict\w*|\bforecast\w*|\bclassif\w*|\bwill\b", re.IGNORECASE), False),
    Cue("correlation", re.compile(r"\bcorrelat\w*|\bpearson\b|\bassociat\w*", re.IGNORECASE), False),
    Cue("descriptive", re.compile(
        r"\bhow many\b|\baverage\b|\bmean\b|\bmedian\b|\bmax(imum)?\b|\bmin(imum)?\b|\bdistribution\b|\bsummar\w*|\bcount\w*|\btotal\b"
        r"|\bshare\b|\bproportion\b|\bpercent\w*|\bhistogram\b|\bshow\b|\blist\b|\bdescribe\b", re.IGNORECASE), False),
)

_MEDIATION = re.compile(
    r"(?<!-)\bthrough\b|\bvia\b|\bmediat\w*|\bcarr(y|ies|ied)\b|\bpathways?\b|\bchannel\w*|\bindirect\w*|\bmechanism\b"
    r"|\bexplained (away )?by\b|\bin turn\b|\bsits? between\b|\bbecause (it|they) (change|affect|raise|lower|increase|reduce)s?\b"
    r"|->|→", re.IGNORECASE)


def _cue_text(question: str, columns: Iterable[str]) -> str:
    """The question's words with those that belong to a column's name left out, joined by spaces."""
    owned = {w.lower() for c in columns for w in re.findall(r"[A-Za-z]+", re.sub(r"([a-z])([A-Z])", r"\1 \2", str(c)))}
    words = re.findall(r"[A-Za-z0-9]+|->|→", prose(question))
    return " ".join(w for w in words if w.lower() not in owned)


def named_design(question: str, columns: Iterable[str], reasons: Sequence[str]) -> str | None:
    """The out-of-scope reason (one of ``reasons``) of a design the question names, if it names one."""
    text = _cue_text(question, columns)
    for cue in CUES:
        if cue.names(text):
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


_ARROW = re.compile(r"\s*(?:->|→)\s*")
_OUTCOME_FIRST = re.compile(
    r"(?P<outcome>.+?)\b(?:(?:respond|react)(?:s|ed|ing)?\s+to|(?:affected|influenced|impacted|caused|changed)\s+by)\b(?P<treatment>.+)",
    re.IGNORECASE)
_MEDIATOR_AFTER = re.compile(
    r"(?<!-)\b(?:through|via|by way of|explained by|carried by|mediated by|because (?:it|they) \w+)\b(?P<mediator>.+)", re.IGNORECASE)
_BETWEEN = re.compile(
    r"(?P<mediator>.+?)\b(?:sits?|lies?|stands?|a mediator|the mediator|mediates?)\s+between\b(?P<treatment>.+?)\band\b(?P<outcome>.+)",
    re.IGNORECASE)
_OBJECTIVE = re.compile(
    r"\b(?:maximi[sz](?:e|es|ing)|optimi[sz](?:e|es|ing)|cares? about)\b(?P<outcome>[^?.;,]+)"
    r"|\bwith (?P<reward>.+?) as (?:the|our|my|its) (?:reward|outcome|target|objective|goal)\b", re.IGNORECASE)
_CONDITION_START = re.compile(
    r"\((?!\s*`?[\w .-]+`?\s*\))|\b(?:for|when|whenever|at|among|if|where|given|in|within|with)\b|[?;]|\.(?!\w)",
    re.IGNORECASE)


def _role_text(text: str) -> str:
    """A role's words up to where a condition or the sentence's end starts ("Y for units with Z = 3" -> "Y")."""
    match = _CONDITION_START.search(text)
    return text[: match.start()] if match else text


def role_spans(question: str) -> dict[str, str]:
    """The parts of the question where it writes its treatment, outcome or mediator, for phrasings that say.

    "X -> M -> Y", "X -> Y" and "M sits between X and Y" place every role; "Y responds to X" and "Y is
    affected by X" write the outcome first; the mediator follows "through", "via" or "because it
    changes"; an objective follows "maximise" or "care about", or reads "with Y as the reward".
    Roles no phrasing places are left out.
    """
    text = prose(question)
    parts = _ARROW.split(text)
    if len(parts) == 3:
        return {"treatment": parts[0], "mediator": parts[1], "outcome": _role_text(parts[2])}
    if len(parts) == 2:
        return {"treatment": parts[0], "outcome": _role_text(parts[1])}
    if match := _BETWEEN.search(text):
        return {"mediator": match["mediator"], "treatment": match["treatment"], "outcome": _role_text(match["outcome"])}
    spans: dict[str, str] = {}
    if match := _OUTCOME_FIRST.search(text):
        spans.update(outcome=match["outcome"], treatment=_role_text(match["treatment"]))
    if match := _MEDIATOR_AFTER.search(text):
        spans["mediator"] = _role_text(match["mediator"])
    if "outcome" not in spans and (match := _OBJECTIVE.search(text)):
        spans["outcome"] = _role_text(match["outcome"] or match["reward"])
    return spans
