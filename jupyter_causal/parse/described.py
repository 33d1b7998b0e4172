"""A question opened by a description of its data, as benchmark prompts and papers write them.

"Mroz (1987) surveyed 753 married women in 1975: lfp is labor force participation, k5 the number of children under 6,
... Does the number of young children affect participation?" The description says what columns mean, never which rows
or values the question is about: its numbers (753, 1975, 6) are no subgroup. So the question is read from its asking
part alone, with the column each of the description's glosses names written after the words that echo the gloss ("the
number of young children (k5) affect participation (lfp)"), as a question naming a column in brackets writes it. The
sentences setting a question's scene without listing columns keep their words, but their numbers (sizes, years, shares)
name no subgroup either.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence

from .grounding import Grounding, content_words, names, writes_word

_LEAST_COLUMNS = 3
"""Columns a description writes by name: fewer, and the opening is part of the question ("Among smokers, ...")."""

_SENTENCE_END = re.compile(r"(?<=[.?!;])\s+(?=[\"'(]?[A-Z])|(?<=:)\s+(?=[A-Z][a-z]+ )|\s*\n\s*|\s*\b(?:Question|Q|Task)\s*:\s*")
"""Where a sentence ends: after a full stop, question mark or semicolon before a capital, after a colon before a
capitalised sentence, at a line's end (a list of columns, one a line) and at a label opening the question ("Question:
does ...")."""

_CAUSAL = re.compile(
    r"\b(?:effects?\s+(?:of|on)|affect\w*|caus(?:e[sd]?|ing|al)|impacts?|influenc\w*|through|via|mediat\w*|(?:may|might|could|can|"
    r"would|will|does|do)\s+(?:\w+\s+)?(?:raise|lower|increase|decrease|reduce|improve|worsen|change))\b|->|→", re.IGNORECASE)
"""Words of an effect: an opening writing them sets out the question's own hypothesis ("STORM may raise complaints, and
complaints may raise ... How much of the effect ...?"), no description of the data."""

_ROLES = re.compile(r"\b(?:treatments?|treated|outcomes?|mediators?|exposures?|interventions?|dependent|independent|targets?|"
                    r"instruments?|confounders?)\b", re.IGNORECASE)
"""Words giving columns their roles ("qsmk is the treatment and wt82_71 the outcome", "Outcome: re78"): a sentence writing
them is part of the question, not a description of the data."""

_NARROWING = re.compile(r"\b(?:only|just|focus\w*|consider\w*|restrict\w*|limit\w*|subset|subgroups?|among|interested|care|"
                        r"look(?:ing)? at|keep|exclud\w*|drop\w*|those|whose|who|where|when|if|for|with|over|under|above|below|"
                        r"older|younger|more|less|fewer|at least|at most)\b", re.IGNORECASE)
"""Words of a sentence that narrows the rows a question is about ("We only look at customers over 60")."""

_ANAPHOR = re.compile(r"\b(?:it|this|that|they|them|these|those|its|their)\b", re.IGNORECASE)
"""Words pointing back to an earlier sentence ("We rolled out 3 robots. Did it change milk yield?")."""

_NUMBER = re.compile(r"(?<![\w.$])\$?\d[\d,]*(?:\.\d+)?%?(?![\w])")
"""A number written alone (not inside a name like ``re78``), with its thousands commas, a dollar sign or a percent sign."""

_ASKING = re.compile(
    r"^(?:what|how|does|do|did|is|are|was|were|which|who|whom|should|can|could|would|will|has|have)\b|(?:^|,\s+)(?:estimate|"
    r"compute|calculate|find|learn|build|discover|determine|quantify|assess|evaluate|test|tell|give|show|draw|identify|measure|"
    r"please)\b", re.IGNORECASE)
"""How an asking sentence without a question mark opens: a question word or an imperative, at its start or after a
leading phrase ("Using inverse probability weighting, estimate ...")."""

_LINK = re.compile(
    r"^\s*(?:[=:|\-–]|(?:is|are|was|were|records?|marks?|indicates?|measures?|means|denotes?|gives?|shows?|stands for|equals|"
    r"holds?|contains?|captures?|counts?|tells?|for)\b)\s*", re.IGNORECASE)
"""Words linking a column's name to its gloss ("lfp is labor force participation", "tinc for the amount", "T = treatment")."""

_LISTED = re.compile(r"(?:^|[,;:(.\n|]|(?:^|\n)\s*(?:[-*•]|\d+[.)])|\b(?:and|or|plus|are|have|has|include[sd]?|including|contains?|records?|"
                     r"with|given|their|its))\s*$", re.IGNORECASE)
"""What comes before a name a description lists: its start, a line's start or a bullet, a comma, a stop, a colon, a
bracket, a table's bar ("| lfp | in the labor force |"), "and", "or", "plus", a verb or a possessive opening a list ("we
have violent (...), murder, ...", "with their age, sex, ...")."""

_DETERMINER = frozenset({"a", "an", "the", "their", "its", "his", "her", "whose", "each", "every", "any"})
"""Words opening the noun phrase a bracketed name glosses ("a random cash incentive (any)")."""

_AFTER_HEAD = re.compile(r"\s(?:of|to|in|on|at|for|from|with|by|per|under|over|between|excluding|among|during|after|before)\s",
                         re.IGNORECASE)
"""Where a gloss's head ends: its first preposition ("the distance | to the results centre")."""

_TRAILING_GLOSS = re.compile(r",?\s+where\s+(?P<name>[\w.]+)\s+(?:is|are|indicates|means|denotes|measures|records|stands for|=)\s+"
                             r"(?:the|a|an|whether|if|1 if)\b[^?]*(?P<end>\??)\s*$", re.IGNORECASE)
"""A clause glossing a name the question wrote, at its end: ", where k5 is the number of ... and lfp indicates ..."."""

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'-]*")
"""A word of a question or a description."""

_NEAR = 3
"""Words a gloss's echoes may lie apart and still be one mention ("the number of young children" for "the number of children")."""


@dataclasses.dataclass(frozen=True)
class Described:
    """A question split into its opening ``description`` and its ``asked`` part, with what the description says each
    column means (``glosses``: a column -> the words glossing it)."""

    description: str
    asked: str
    glosses: Mapping[str, str]


def _written(text: str, columns: Sequence[str]) -> list[tuple[int, int, str]]:
    """Where ``text`` writes a column's name as it is (any casing for names of three characters or more), longest names
    first, no two overlapping: (start, end, column) in order."""
    found: list[tuple[int, int, str]] = []
    for column in sorted(columns, key=len, reverse=True):
        flags = re.IGNORECASE if len(column) > 2 else 0
        for m in re.finditer(r"(?<![\w'])" + re.escape(column) + r"(?![\w'])", text, flags):
            if not any(s < m.end() and m.start() < e for s, e, _ in found):
                found.append((m.start(), m.end(), column))
    return sorted(found)


def described(question: str, columns: Sequence[str]) -> Described | None:
    """The description a question opens with, where it writes at least :data:`_LEAST_COLUMNS` column names before its
    first asking sentence (one ending in "?" or opening as :data:`_ASKING` does) and neither asks a question nor writes an
    effect itself (:data:`_CAUSAL`); else None."""
    sentences, first = _sentences(question)
    if not first:
        return None
    opening = "\n".join(sentences[:first])
    if len({c for _, _, c in _written(opening, columns)}) < _LEAST_COLUMNS or "?" in opening or _CAUSAL.search(opening) or (
            _ROLES.search(opening)):
        return None
    return Described(description=opening, asked=" ".join(sentences[first:]), glosses=_glosses(opening, columns))


def _sentences(question: str) -> tuple[list[str], int | None]:
    """The question's sentences (:data:`_SENTENCE_END`) and the index of the first asking one: ending in "?" or opening as
    :data:`_ASKING` does (None where none asks)."""
    sentences = [s for s in _SENTENCE_END.split(question.strip()) if s]
    return sentences, next((i for i, s in enumerate(sentences) if s.rstrip().endswith("?") or _ASKING.search(s)), None)


def _glosses(description: str, columns: Sequence[str]) -> dict[str, str]:
    """What the description says each column means: the words in brackets after its name ("agpop (household size)",
    shared by a list ending in "and": "re74, re75 and re78 (real earnings)"), the noun phrase before brackets opening with
    it ("a random cash incentive (any, tinc for the amount)") or after a linking word ("lfp is labor force participation"),
    else the words after it up to the next name or stop ("k5 the number of children under 6"). A name counts where a list
    places it (:data:`_LISTED`), not inside another's gloss ("bmprison is the Black male prison population" glosses no
    ``black``). Only glosses with a word that can write a column's count."""
    spots = [spot for spot in _written(description, columns) if _LISTED.search(description[:spot[0]])]
    found: dict[str, tuple[int, str]] = {}  # column -> (how plainly the gloss is marked, gloss)

    def keep(column: str, gloss: str, plain: int) -> None:
        gloss = re.sub(r"\s+(?:and|or)\s*$", "", gloss.strip())
        if content_words(gloss) and plain > found.get(column, (0, ""))[0]:
            found[column] = (plain, gloss)

    for i, (start, end, column) in enumerate(spots):
        if description[:start].rstrip().endswith("("):  # the noun phrase before brackets the name opens
            phrase = re.split(r"[,;.:()\n|]", description[:start].rstrip()[:-1])[-1].split()
            opening = max((k for k, w in enumerate(phrase) if w.lower() in _DETERMINER), default=max(0, len(phrase) - 4))
            if not _written(" ".join(phrase[opening:]), [column]):  # "violent (violent crimes per 100,000)" opens no gloss
                keep(column, " ".join(phrase[opening:]), 2)
        bracket = re.match(r"\s*\(([^()]*)\)", description[end:])
        if bracket and not any(c != column for _, _, c in _written(bracket[1], columns)):
            for listed in _listed_before(spots, i, description):
                keep(listed, bracket[1], 2)
            continue
        after = description[end:spots[i + 1][0]] if i + 1 < len(spots) else description[end:]
        linked = _LINK.sub("", after, count=1)
        if not after.lstrip(" ").startswith(("(", ",", ";", ".", "\n")):
            keep(column, re.split(r"[,;.:()\n|]", linked, maxsplit=1)[0], 2 if linked != after else 1)
    return {column: gloss for column, (_, gloss) in found.items()}


def _listed_before(spots: Sequence[tuple[int, int, str]], i: int, text: str) -> list[str]:
    """The column at ``spots[i]`` and the columns of its numbered family listed right before it ("re74, re75 and re78"),
    which brackets after it gloss alike; in other lists ("age, educ (years of schooling)") the brackets gloss the last."""
    family = re.sub(r"\d+", "", spots[i][2].lower())
    listed = [spots[i][2]]
    while i > 0 and re.fullmatch(r"\s*(?:,|,?\s+and|,?\s+or)\s+", text[spots[i - 1][1]:spots[i][0]]) and (
            re.sub(r"\d+", "", spots[i - 1][2].lower()) == family != spots[i - 1][2].lower()):
        i -= 1
        listed.append(spots[i][2])
    return listed


def annotated(question: str, columns: Sequence[str]) -> str:
    """The question to parse: one opening with a description (:func:`described`) is its asking part, with each column a
    gloss names written in brackets after the words of the asking part that echo the gloss best (:func:`_echo`); a column
    the asking part names already is not written again, nor one tied with another for the same words; it still keeps its
    words from others ("pupil-teacher ratio" is ``PTRATIO``'s, not ``PERSPENK``'s "per-pupil spending"). Other questions as
    they are but for a clause glossing their columns at their end (:func:`_without_trailing_glosses`) and the numbers of
    sentences setting their scene (:func:`_context_unnumbered`)."""
    question = _without_trailing_glosses(question, columns)
    found = described(question, columns)
    if found is None:
        return _context_unnumbered(question, columns)
    asked = found.asked
    tokens = list(_WORD.finditer(asked))
    said = [t.lower() for t in _WORD.findall(found.description)]
    words = [t[0].lower() for t in tokens]
    best = {column: echo for column, gloss in found.glosses.items() if (echo := _echo(words, gloss, said, [
        other for c, other in found.glosses.items() if c != column])) is not None}
    kept = {c: span for c, span in best.items() if not names(asked, c) and not any(
        o != c and other[1] <= span[2] and span[1] <= other[2] and other[0] >= span[0] for o, other in best.items())}
    for column, (_, _, last) in sorted(kept.items(), key=lambda kv: kv[1][2], reverse=True):
        end = tokens[last].end()
        asked = f"{asked[:end]} ({column}){asked[end:]}"
    return asked


def _without_trailing_glosses(question: str, columns: Sequence[str]) -> str:
    """The question without a clause after it glossing the columns it named ("Does k5 affect lfp, where k5 is the number
    of children under six and lfp ...?"): a gloss says what a column is, and its numbers ("under six") name no subgroup.
    A clause stating a value ("where age is over 30") is a condition and stays."""
    match = _TRAILING_GLOSS.search(question)
    if match is None or match["name"] not in columns or not _written(question[:match.start()], [match["name"]]):
        return question
    return question[:match.start()] + match["end"]


def _context_unnumbered(question: str, columns: Sequence[str]) -> str:
    """The question with the numbers of the sentences setting its scene before it asks taken out ("The program started in
    2018 and serves grades 6 to 12.", "About 40% of patients are women.", "We emailed 5,000 customers."): sizes, years,
    shares and ranges of the data name no subgroup; such a sentence naming no column at all is left out ("In star98, each
    of the 303 rows is a California school district in 1998.") unless the question points back to it ("Did it ...").
    Not where it writes an effect (:data:`_CAUSAL`), names roles (:data:`_ROLES`) or narrows the rows (:data:`_NARROWING`:
    "We only look at customers over 60.")."""
    sentences, first = _sentences(question)
    if not first:
        return question
    asked = " ".join(sentences[first:])
    scene = [_scene(sentence, asked, columns) for sentence in sentences[:first]]
    return question if scene == sentences[:first] else " ".join([s for s in scene if s] + sentences[first:])


def _scene(sentence: str, asked: str, columns: Sequence[str]) -> str:
    """A sentence before the ``asked`` part, as :func:`_context_unnumbered` keeps it ("" where it leaves it out)."""
    if not _NUMBER.search(sentence) or any(p.search(sentence) for p in (_CAUSAL, _NARROWING, _ROLES)):
        return sentence
    if not _ANAPHOR.search(asked) and not any(Grounding().bonus(sentence, c) for c in columns):
        return ""
    return re.sub(r"\s+(?=[\s.,;:])", "", _NUMBER.sub("", sentence))


def _echo(tokens: Sequence[str], gloss: str, said: Sequence[str], others: Sequence[str]) -> tuple[int, int, int] | None:
    """Where ``tokens`` (the asking part's words) echo ``gloss`` best: (how many of its words, first token, last token) of
    the run of echoes lying at most :data:`_NEAR` words apart with the most of them; None where two runs tie or none is
    written. A word the description (``said``) writes outside the gloss too echoes nothing ("results" of "distvct: the
    distance to the results centre" beside "to learn their HIV results") unless it is a word of the gloss's head
    (:data:`_AFTER_HEAD`) that no other gloss (``others``) writes ("learned HIV result" beside "for learning HIV test
    results" still echoes in "learning their result")."""
    own = [t.lower() for t in _WORD.findall(gloss)]
    glossed = [w.lower() for other in others for w in _WORD.findall(other)]
    head = {w for w in content_words(_AFTER_HEAD.split(gloss, maxsplit=1)[0]) if not any(writes_word(t, w) for t in glossed)}
    words = {w for w in content_words(gloss) if w in head or sum(writes_word(t, w) for t in said) <= sum(writes_word(t, w) for t in own)}
    runs: list[list[tuple[int, str]]] = []
    for k, word in sorted((k, w) for k, t in enumerate(tokens) for w in words if writes_word(t, w)):
        if runs and k - runs[-1][-1][0] <= _NEAR:
            runs[-1].append((k, word))
        else:
            runs.append([(k, word)])
    scored = sorted(((len({w for _, w in run}), run[0][0], run[-1][0]) for run in runs), reverse=True)
    return scored[0] if scored and (len(scored) == 1 or scored[1][0] < scored[0][0]) else None
