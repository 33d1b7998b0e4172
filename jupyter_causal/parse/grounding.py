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
import functools
import itertools
import math
import os
import re
from collections.abc import Collection, Mapping, Sequence
from typing import Any

from ..profile import DataProfile, Kind, yes_level
from .glossary import MEASURES, TRAITS, name_glosses, word_glosses
from .glossary import key as glossary_key
from .prompt import NUMBER, literal, numbers_in

MIDDLE = re.compile(r"\b(median|medians|upper half|lower half|top half|bottom half|middle|typical)\b", re.IGNORECASE)
_FILLER = frozenset({"has", "the", "and", "for", "per", "num", "number", "total", "count", "avg", "average", "mean", "with", "was",
                     "are", "any", "all"})
"""Words of column names that say nothing about the variable (``has_garden``, ``num_visits``), counting and averaging
words among them: "more reviews" writes ``number_of_reviews`` whole, "the training score" ``avg_training_score``."""


ROLE_NAMES: Mapping[str, frozenset[str]] = {
    "treatment": frozenset({"t", "treat", "treated", "treatment", "intervention", "trt", "tx", "rx", "arm"}),
    "outcome": frozenset({"y", "outcome", "yfactual", "response"}),
    "mediator": frozenset({"m", "mediator"}),
}
"""Column names (lower case, letters only) that say which role the column plays (``treat``, ``y_factual``)."""
_TREATMENT_WORDS = frozenset({"treat", "treated", "treatment"})
"""Words that make a longer column name a treatment's (``treat_school``, ``treatment_group``)."""
_INTERVENTION_NOUNS = frozenset({"program", "programme", "intervention", "workshop", "campaign", "framing", "initiative", "scheme",
                                 "nudge", "experiment", "trial", "therapy", "manipulation", "training", "course", "session"})
"""Nouns that name what a study did to its treated units ("the job training program"): in a treatment's place they write
the treatment's role, whatever the words before them describe."""


def named_for(column: str, role: str) -> bool:
    """Whether the column's name says it plays ``role`` (:data:`ROLE_NAMES`), or for a treatment, whether a word of it
    does (``treat_school``): randomised studies name their arm so, and questions name the arm by what it was."""
    return re.sub(r"[^a-z]", "", column.lower()) in ROLE_NAMES.get(role, ()) or (
        role == "treatment" and bool(_TREATMENT_WORDS.intersection(_words(column))))


_SHARED_HEAD = re.compile(r"(?:the\s+)?(?P<first>[\w-]+)\s+(?:and|&)\s+(?P<second>[\w-]+)\s+(?P<head>[\w-]+(?:\s+[\w-]+)?)", re.IGNORECASE)
"""A listed item writing two modifiers of one head ("fixed and volatile acidity")."""


@dataclasses.dataclass(frozen=True, kw_only=True)
class Grounding:
    """How strongly the decoder prefers columns the question names (added to log-probabilities).

    ``named``: the column's name is written in the question (any casing, ``_`` or a case change
    read as a space, a plural). ``stems``: every word of the name is written in the question
    (:func:`_same_word`); a partial share earns that share of the bonus. ``place_roles``:
    where the phrasing places roles, offer a role the columns written in its place.
    """

    named: float = 2.0
    stems: float = 1.0
    place_roles: bool = True

    def bonus(self, question: str, column: str) -> float:
        """The bonus of ``column`` as a treatment, outcome, mediator or graph node: ``named`` also where the question
        writes every word of a name of two words or more besides its fillers and units (:func:`writes_all_words`:
        "health insurance" for ``health_ins``, which outranks ``health`` by the words it covers; not "price" for
        ``price_up``)."""
        if names(question, column) or _content_words(column) >= 2 and writes_all_words(question, column):
            return self.named
        return self.stems * stem_share(question, column)

    def role_named(self, question: str, role: str, options: Sequence[str], place: str | None = None,
                   others: Sequence[str] = ()) -> list[str]:
        """The ``options`` named for ``role`` (``treat``, ``treatment``, ``y``, ``outcome``, ``y_factual``) where the
        role's ``place`` in the question (else the whole question) grounds none of the options, but those another
        role's place (``others``) names ("the savings nudge" grounds ``savings_rate``, which "savings rates" names),
        or writes the role's word ("the JOBS intervention") or, in a treatment's place, ends in a noun naming an
        intervention that is no word of an option's name ("the job training program", not "the job" of ``job_seek``;
        "the JOBS II workshop", not the "work" of ``work1``): data sets name them so, and the model does not know it;
        else all ``options``."""
        named = [c for c in options if named_for(c, role)]
        text = question if place is None else place
        words = [_singular(w) for w in _words(prose(text))]
        says_role = bool(ROLE_NAMES.get(role, frozenset()).intersection(words)) or (
            role == "treatment" and place is not None and bool(words) and words[-1] in _INTERVENTION_NOUNS
            and not any(words[-1] in {_singular(w) for w in _words(c)} for c in options))
        grounded = [c for c in options if self.bonus(text, c) and not (place is not None and any(names(o, c) for o in others))]
        return named if named and (says_role or not grounded) else list(options)

    def role_bonus(self, question: str, profile: DataProfile, column: str, *, whole_levels: bool = False) -> float:
        """As :meth:`bonus`, and the ``named`` bonus where the question writes a word of one of the column's text
        levels (:func:`level_words_written`) but no whole level ("emails" for a ``segment`` of "Mens E-Mail", "No
        E-Mail"; "right heart catheterization" for levels "RHC", "No RHC"): a level written whole names a subgroup,
        but in a treatment's place (``whole_levels``) the arm ("being in a small class" for ``stark``'s "small");
        where the question asks for the last or first of columns named alike but for a number (:func:`numbered_end`),
        and where it names the sex a yes/no ``female`` or ``male`` stands for (:func:`sex_named`).
        A name written whole counts as its words only where the table has it with a number joined that the question names
        as a step (``health4`` for "health at year 4", :func:`_numbered_twin_named`).
        None for the log of another column (``lre78`` beside ``re78``; ``lwage``, which the glossary reads in "wages",
        beside ``wage``) unless the question writes a log (:func:`writes_log`), nor for a column with a log beside it
        where it does, unless the question writes the column's own name. A yes/no column is no log (``lbweight``, low
        birth weight, beside ``bweight``)."""
        text, log = prose(question), writes_log(question)
        measured = [c for c in profile.names if profile[c].kind is not Kind.BINARY]
        if column in measured and (log_twin(column, measured) and not log and not _written_name(column).search(text) or (
                log and logged(column, measured) and not _written_name(column).search(_LOGGED.sub(" ", text)))):
            return 0.0
        bonus = self.bonus(question, column)
        if bonus >= self.named and _numbered_twin_named(text, profile.names, column):
            bonus = self.stems * stem_share(question, column)  # "health at year 4" names ``health4``, not ``health``
        if whole_levels and written_levels(question, profile, column):
            return self.named
        if bonus >= self.named or written_levels(question, profile, column):
            return bonus
        return self.named if level_words_written(question, profile, column) or numbered_end(question, profile.names, column) or (
            sex_named(question, profile, column)) else bonus

    def placed(self, spans: Mapping[str, str], field: str, options: Sequence[str], columns: Sequence[str], *,
               profile: DataProfile | None = None, question: str | None = None) -> list[str]:
        """The ``options`` for ``field`` where the phrasing places roles (:func:`.cues.role_spans`): the table's
        ``columns`` best grounded in the field's place (and not better in another role's place) if any is an
        option, else the options that are not the columns best grounded in another role's place; all options
        when neither narrows them. With the table's ``profile``, a place grounds by levels too (:meth:`role_bonus`), and
        a treatment's place writing two levels of a column compares them: that column is the treatment; a level that only
        the treatment's place writes grounds its column there (:func:`placed_levels`), and so does an outcome's event
        (:func:`outcome_events`). A place that grounds no column but names a kind of measure ("customer spend", "prices")
        grounds the columns measuring the same (:func:`measures`: ``purchase_amount``, ``fare``), and so does one grounding
        only groupings by a word that modifies the measure (:func:`_grouped_by_a_modifier`: "customer spend" on a table with
        ``customer_segment``). A name the place writes exactly
        in backticks or brackets, where it names no other column and no other role's place grounds that name, is its
        grounding alone; a name another role's place writes so is none of its grounding (:func:`_quotes`). Given the
        ``question``, a field it places nowhere and writes nowhere outside the places (no option grounded there,
        :meth:`writes_outside`) is offered none of the columns the places ground at all."""
        if not self.place_roles or not spans:
            return list(options)
        if field == "treatment" and "treatment" in spans and profile is not None and (
                compared := [c for c in options if len(levels_in(spans[field], profile, c)) >= 2]):
            return compared  # two of a column's levels compared in the treatment's place: "the ads compared to the PSA"
        elsewhere = self._elsewhere(spans, field, columns, profile)
        here = self._grounded_here(spans, field, columns, profile, elsewhere)
        if question is not None and field not in spans and not self.writes_outside(question, spans, options, profile):
            # a role the question writes nowhere takes no column the other roles' places ground at all: "Did the mindset
            # intervention help first-generation students more?" is not about ``school_mindset``
            elsewhere |= {c for text in spans.values() for c in columns if self._score(text, c, profile) > 0}
        return [c for c in options if c in here] or [c for c in options if c not in elsewhere] or list(options)

    def grounded_in_place(self, spans: Mapping[str, str], field: str, columns: Sequence[str], *,
                          profile: DataProfile | None = None) -> set[str]:
        """The table's ``columns`` that ``field``'s place grounds (see :meth:`placed`): best grounded there and not better in
        another role's place, a name written exactly in backticks or brackets, or else (or where those are groupings a measure's
        modifier grounds) the columns measuring what it names."""
        return self._grounded_here(spans, field, columns, profile, self._elsewhere(spans, field, columns, profile))

    def _grounded_here(self, spans: Mapping[str, str], field: str, columns: Sequence[str], profile: DataProfile | None,
                       elsewhere: set[str]) -> set[str]:
        """:meth:`grounded_in_place`, given the columns best grounded in the other roles' places (``elsewhere``)."""
        if field not in spans:
            return set()
        others = [text for role, text in spans.items() if role != field]
        arms = (set() if profile is None else placed_levels(spans, profile, columns) if field == "treatment"
                else outcome_events(spans, profile, columns) if field == "outcome" else set())
        # a name another role's place writes exactly in backticks or brackets is that role's ("How much would `emissions`
        # change from emissions taxes": the tax's place writes the name too, but the outcome's quotes it)
        theirs = {c for c in columns if any(_quotes(text, c) for text in others) and not _quotes(spans[field], c)}
        here = {c for c in self.best_grounded(spans[field], [c for c in columns if c not in theirs], profile=profile, arms=arms)
                if all(self._score(text, c, profile) <= self._score(spans[field], c, profile, whole_levels=c in arms) for text in others)}
        quoted = {c for c in columns if c not in elsewhere and _quotes(spans[field], c)}
        if quoted and not any(names(spans[field], c) for c in columns if c not in quoted):
            here = quoted  # "child height (`height_cm`)": no other name read with a slip ("height" for ChildWeight) outranks it
        kinds = measures(spans[field], slips=True)
        measured = {c for c in columns if measures(c) & kinds and c not in elsewhere} if kinds else set()
        if here and profile is not None and measures(spans[field]) and all(_grouped_by_a_modifier(spans[field], profile, c) for c in here):
            here = {c for c in measured if profile[c].kind in _AMOUNTS} or here
        if not here and not measured and field == "condition" and profile is not None:
            return dated(spans[field], profile, columns)
        return here or measured

    def writes_outside(self, question: str, spans: Mapping[str, str], columns: Sequence[str], profile: DataProfile | None) -> bool:
        """Whether the question, outside the roles' places (``spans``), grounds any of ``columns`` (a role's options: the
        columns other roles took are written for them)."""
        rest = question
        for text in spans.values():
            rest = rest.replace(text, " ")
        return any(self._score(rest, c, profile) > 0 for c in columns)

    def _elsewhere(self, spans: Mapping[str, str], field: str, columns: Sequence[str], profile: DataProfile | None) -> set[str]:
        """The columns best grounded in the places of roles other than ``field``."""
        return {c for role, text in spans.items() if role != field for c in self.best_grounded(text, columns, profile=profile)}

    def best_grounded(self, text: str, columns: Sequence[str], *, profile: DataProfile | None = None,
                      arms: Collection[str] = ()) -> list[str]:
        """The columns ``text`` grounds most strongly and, of those, the ones with most words of their names
        written ("competitor price" grounds ``competitor_price`` before ``price_up``), then most written by the starts of
        words (:func:`_started`: "real investment" grounds ``realinv`` before ``realint``); none when it grounds none.
        Where it names none outright, a column with more words of its name written, at least half of them, comes first
        ("the review rating" grounds ``review_scores_rating`` before ``number_of_reviews``, written whole).
        With the table's ``profile``, by levels too (:meth:`role_bonus`; whole levels as well for the columns ``arms``,
        whose words written are then those of a level of two words or more, :func:`level_cover`)."""
        score = {c: (self._score(text, c, profile, whole_levels=c in arms),
                     max(_covered(text, c), level_cover(text, profile, c) if profile is not None and c in arms else 0), _started(text, c))
                 for c in columns}
        top = max(score.values(), default=(0.0, 0))
        if 0 < top[0] < self.named:
            # more words of a name written, most of its words, outrank fewer written whole where no name is written outright:
            # "the review rating" grounds review_scores_rating, not number_of_reviews
            wide = {c: s for c, s in score.items() if s[0] >= self.stems / 2 and s[1] > top[1]}
            top = max(wide.values(), key=lambda s: (s[1], s[0], s[2]), default=top)
        return [c for c in columns if top[0] > 0 and score[c] == top]

    def _score(self, text: str, column: str, profile: DataProfile | None, *, whole_levels: bool = False) -> float:
        """How strongly ``text`` grounds ``column``: by levels too where the table's ``profile`` is given."""
        return self.bonus(text, column) if profile is None else self.role_bonus(text, profile, column, whole_levels=whole_levels)

    def listed(self, items: Sequence[str], nodes: Sequence[str], options: Sequence[str], columns: Sequence[str]) -> list[str]:
        """The ``options`` for a graph's next node where the question lists ``items``: the columns best grounded
        (:meth:`best_grounded`) by the items no node in ``nodes`` stands for yet (each node stands for one item),
        where every such item grounds a column not drawn yet ("fare, age, class and survival" offers ``pclass`` for
        "class", not ``sex``); else all (in "turnouts, past turnout" both items ground ``turnout``)."""
        claimed: set[str] = set()
        left = []
        for item in items:
            best = self.best_grounded(item, columns)
            if (drawn := next((c for c in best if c in nodes and c not in claimed), None)) is not None:
                claimed.add(drawn)
            else:
                left.append([c for c in best if c not in nodes])
        if not left or not all(left):
            return list(options)
        return [c for c in options if any(c in best for best in left)] or list(options)

    def shared_heads(self, items: Sequence[str], columns: Sequence[str]) -> list[str]:
        """The listed ``items`` with one that writes two names sharing their last words as the two ("fixed and volatile
        acidity" -> "fixed acidity", "volatile acidity"; "math and reading scores"), where each grounds a column of its own."""
        out: list[str] = []
        for item in items:
            match = _SHARED_HEAD.fullmatch(item.strip())
            pair = [f"{match['first']} {match['head']}", f"{match['second']} {match['head']}"] if match else []
            best = [self.best_grounded(part, columns) for part in pair]
            split = len(best) == 2 and all(len(b) == 1 for b in best) and best[0] != best[1] and all(
                names(part, b[0]) for part, b in zip(pair, best))
            out += pair if split else [item]
        return out

    def list_end_bonus(self, question: str, listed: int | None, nodes: Sequence[str], columns: Sequence[str]) -> float:
        """The bonus of ending a graph's node list after ``nodes``: where the question lists ``listed`` items, the
        list ends there and not before (an infinite bonus either way); where it lists none, not while a column the
        question writes by its exact name is left out ("Do ad_spend and loyalty have causal relationships with sales and
        visits?"), and ``-named`` while some column it names otherwise is."""
        if listed is not None:
            return -math.inf if len(nodes) < listed else math.inf
        left = [c for c in columns if c not in nodes]
        if written_exactly(question, left):
            return -math.inf
        return -self.named if any(names(question, c) for c in left) else 0.0

    def op_bonus(self, question: str, op: str) -> float:
        """The ``named`` bonus for a comparison the question writes (">=", "at least", "below"), twice that
        where a value follows it ("higher than 4988", "below the median") or comes before it ("5+"), and no other comparison is the
        condition's where it is the only one the question writes before a value ("built before 1950")."""
        ops = written_ops(question)
        if op not in ops:
            return 0.0
        before = [o for o in ops if _BEFORE_VALUE[o].search(prose(question)) or o == ">=" and _PLUS.search(question)]
        return math.inf if before == [op] else 2 * self.named if op in before else self.named

    def condition_bonus(self, question: str, profile: DataProfile, column: str) -> float:
        """As :meth:`bonus`, and the full ``named`` bonus where the question writes one of the column's levels or a sex its
        codes stand for."""
        if written_levels(question, profile, column) or coded_sex_written(question, profile, column):
            return self.named
        return self.bonus(question, column)


_FILE = re.compile(r"[\w.-]+\.(?:csv|tsv|txt|json|parquet|feather|xlsx?|dta|sav|pkl)\b", re.IGNORECASE)


_SEX_WORDS = re.compile(r"\b(?:(?P<female>women|woman|girls)|(?P<male>men|boys))\b", re.IGNORECASE)
"""Everyday words for the groups a ``female`` / ``male`` column or a sex column's levels name."""


_AGE_WORDS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(pattern, re.IGNORECASE), replacement) for pattern, replacement in (
    (r"\bolder than (\d+)(?:(?:\s+|-)years?(?:(?:\s+|-)olds?)?)?", r"over \1 years of age"),
    (r"\byounger than (\d+)(?:(?:\s+|-)years?(?:(?:\s+|-)olds?)?)?", r"under \1 years of age"),
    (r"\bbefore (?:the )?age(?: of)? (\d+)", r"under \1 years of age"),
    (r"\bafter (?:the )?age(?: of)? (\d+)", r"over \1 years of age"),
    (r"\b(?:the )?age of (\d+)", r"\1 years of age"),
    (r"\baged (\d+)", r"\1 years of age"),
    (r"(\d+)(?:\s+|-)years?(?:\s+|-)olds?\b", r"\1 years of age"),
    (r"\b(?:the\s+)?(over|under)[- ](\d{2})s\b", r"people \1 \2 years of age"),
    (r"\b(patients|people|persons|adults|individuals|participants|respondents|female|male|females|males|workers|employees|mothers|fathers"
     r"|residents|retirees|smokers|drivers|customers|clients|borrowers|applicants|members|voters|passengers|subscribers"
     r"|policyholders|buyers|shoppers|consumers|travellers|travelers|guests|subjects|cardholders)\s+(over|under|above|below)\s+"
     r"(\d{1,2}|1[01]\d)\b(?!\s*(?:[%$.,]\d|%|(?!(?:with|and|or|who|in|on|at"
     r"|for|to|does|do|did|is|are|was|were|have|has|had|that|which|whose|than)\b)[A-Za-z]))", r"\1 \2 \3 years of age"),
))
"""Everyday ways of writing an age ("over 50 years old", "older than 60", "aged 40", "patients over 65", "before age
13", "the over-65s"), each rewritten as "over 60 years of age": a comparison :data:`_OP_WORDS` reads, and the word "age" after the number."""


_DATA_NAMED = re.compile(r"\b(?:the|this|our|my)\s+(?:[\w-]+\s+){1,3}(?:data(?:\s*set)?|dataset|table|sample)\b", re.IGNORECASE)
"""A data set named in words ("the auto mpg data"): its words name the table, not a column."""
_ALL_VARIABLES = re.compile(r"\ball\s+(?:(?:the|of\s+the|its|their)\s+)?(?:variables|columns|features|nodes|fields)\b", re.IGNORECASE)
"""A graph asked of every column ("all the variables"): no name written holds its node list open."""


def written_exactly(question: str, columns: Sequence[str]) -> list[str]:
    """The ``columns`` whose names the question writes bare and exactly as the table does, each as a word of its own
    ("loyalty", ``ad_spend``, a backticked ``budget``; not in single quotes), outside a data set's name ("the auto mpg
    data"); none where it asks for all the variables."""
    if _ALL_VARIABLES.search(question):
        return []
    text = _DATA_NAMED.sub(" ", _FILE.sub(" ", question))
    return [c for c in columns if re.search(rf"(?<![\w.'-]){re.escape(c)}(?![\w'-])", text)]


def _quotes(text: str, column: str) -> bool:
    """Whether ``text`` writes the column's name exactly in backticks or brackets (a backticked ``emissions``, "(click_rate)")."""
    return re.search(rf"[`(]\s*{re.escape(column)}\s*[`)]", text) is not None


def _ages(text: str) -> str:
    """``text`` with the everyday ways of writing an age (:data:`_AGE_WORDS`) as "over 60 years of age"."""
    for pattern, replacement in _AGE_WORDS:
        text = pattern.sub(replacement, text)
    return text


_BRACKETED_SUFFIX = re.compile(r"(?<=[A-Za-z0-9])\(([A-Za-z]{1,2})\)(?=[\W_]|$)")
"""One or two letters in brackets that end a word: "401(k)", "403(b)", "customer(s)"."""


def _joined(question: str) -> str:
    """``question`` with a bracketed word ending joined to its word ("401(k)" -> "401k"): the bracket is part of the
    name, not a column named in brackets after it."""
    return _BRACKETED_SUFFIX.sub(r"\1", question)


def prose(question: str) -> str:
    """The question without data-file names (``parks_and_recreation.csv`` names the table, not a column), with
    "women", "girls", "men", "boys" written as the words data sets use for them ("female", "male"), ages
    written as "over 60 years of age" (:data:`_AGE_WORDS`) and bracketed word endings joined (:func:`_joined`)."""
    return _ages(_SEX_WORDS.sub(lambda m: "female" if m["female"] else "male", _FILE.sub(" ", _joined(question))))


_NUMBER_WORDS: Mapping[str, int] = {
    **{w: n for n, w in enumerate("two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                                  "seventeen eighteen nineteen twenty".split(), start=2)},
    **{w: 10 * n for n, w in enumerate("thirty forty fifty sixty seventy eighty ninety".split(), start=3)},
}
"""Numbers written as words that can be a condition's value ("one" is left out: "one more year" is not a value)."""
_ORDINALS: Mapping[str, int] = {w: n for n, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth".split(), start=1)}
_NUMBER_WORD = "|".join(_NUMBER_WORDS)
_WORD_VALUES = tuple(re.compile(pattern, re.IGNORECASE) for pattern in (
    # after a comparison or a word that states a value: "more than two", "at least three", "with four", "is five"
    rf"\b(?:than|least|most|exactly|over|under|above|below|with|is|are|equals|equal to)\s+(?P<n>{_NUMBER_WORD})\b(?![-'])",
    # after "of" only before the sentence's end, a comma or "or": "parties of four", not "the effect of two doses"
    rf"\bof\s+(?P<n>{_NUMBER_WORD})(?=\s*(?:[?.,;:!)]|$)|\s+or\b)",
    # before "or more": "three or more children"
    rf"\b(?P<n>{_NUMBER_WORD})(?=\s+or\s+(?:more|fewer|less|over|under|above|below|older|younger)\b)",
))
_ORDINAL_GROUP = re.compile(rf"\b(?P<before>among|amongst|for|within)\s+(?P<the>the\s+)?(?P<n>{'|'.join(_ORDINALS)})[\s-]+(?P<word>[A-Za-z]+)",
                            re.IGNORECASE)


def with_digits(question: str, profile: DataProfile) -> str:
    """The question with the numbers it writes as words in a value's place as digits ("parties of four" -> "parties
    of 4", "more than two children", "three or more visits"; not a number a column's name carries: "child under
    five" for ``under5``), and a group named by an ordinal and a word of a column with that numeric level as the word
    and the number ("among third-class passengers" -> "among class 3 passengers" where ``pclass`` has levels 1-3;
    not a binary flag's 1): the model and the grounding read values as digits. An ordinal elsewhere names an arm,
    not a subgroup ("Did travelling first class raise survival?"), and is left as it is."""
    words = [w for c in profile.names for w in _words(c)]

    def digits(m: re.Match[str]) -> str:
        word, number = m["n"].lower(), str(_NUMBER_WORDS[m["n"].lower()])
        if word in words or any(number in re.findall(r"\d+", w) for w in words):  # "child under five" names ``under5``
            return m.group(0)
        text, n = m.group(0), slice(m.start("n") - m.start(), m.end("n") - m.start())
        return text[:n.start] + number + text[n.stop:]

    for pattern in _WORD_VALUES:
        question = pattern.sub(digits, question)

    def ordinal(m: re.Match[str]) -> str:
        n, word = _ORDINALS[m["n"].lower()], m["word"]
        stem = _singular(word.lower())
        has_level = any(stem in c.name.lower() and n in c.levels for c in profile.columns
                        if c.kind is not Kind.BINARY and c.levels and all(isinstance(v, (int, float)) for v in c.levels))
        return f"{m['before']} {m['the'] or ''}{word} {n}" if has_level else m.group(0)

    return _ORDINAL_GROUP.sub(ordinal, question)


def _words(text: str, shortest: int = 3) -> list[str]:
    """Lower-case words of a question or a column name, split at ``_``, spaces and case changes
    (``co2_mt`` -> co2, ``VO2Max`` -> vo2, max, ``BIMUse`` -> bim, use); a word starts with a letter and has
    ``shortest`` characters or more."""
    spaced = re.sub(r"([A-Z])([A-Z][a-z]{2,})", r"\1 \2", re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", text))
    return [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z0-9]{%d,}" % (shortest - 1), spaced)]


def _singular(word: str) -> str:
    """The word without a plural ``s`` ("bmis" -> "bmi", "uses" -> "use"; "class" and "gas" stay)."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


_UNIT_NOUNS = ("user", "customer", "client", "patient", "person", "subject", "participant", "respondent", "household", "member",
               "account", "order", "session", "transaction", "visitor", "player", "student", "employee", "listing", "record", "row",
               "case", "booking", "device", "host", "school", "store", "firm", "plot", "cell", "farm", "village", "classroom", "pupil",
               "child", "hh", "individual")
"""What a table's rows are: ``userid`` is a ``user`` identifier."""


def measures(text: str, *, slips: bool = False) -> frozenset[str]:
    """The kinds of measure (:data:`.glossary.MEASURES`) that words of ``text``, a question's or a column's name, stand for,
    read in the singular; with ``slips``, also a word with two letters swapped or one left out or doubled, in the singular
    or the plural ("prcies", "wights", "fnds"; not a wrong letter: "having" is no slip of "saving", nor "health" of "wealth")."""
    written = set(_words(text, shortest=2))
    words = {_singular(w) for w in written}
    return frozenset(kind for kind, lexicon in MEASURES.items() if words & lexicon or slips and any(
        _one_slip(w, x, wrong_letter=False) or _one_slip(w, x + "s", wrong_letter=False) for w in (written | words) - _FUNCTION for x in lexicon))


_AMOUNTS = (Kind.CONTINUOUS, Kind.DISCRETE)
"""The kinds of column that can hold an amount of money, a distance, a duration, a mass or a temperature."""


_PERIODS = frozenset({"day", "week", "month", "year", "hour", "daily", "weekly", "monthly", "yearly", "annual", "quarterly"})
"""Words of a column's levels that make it a length of time (``contract_type``: "monthly", "one_year", "two_year")."""


def _grouped_by_a_modifier(place: str, profile: DataProfile, column: str) -> bool:
    """Whether a role's ``place`` grounds ``column``, a yes / no or categorical one whose levels are no lengths of time,
    only by words that name no kind of measure (:data:`.glossary.MEASURES`) while not writing its name whole: in "customer
    spend" or "ticket price" the measure is the head and "customer" or "ticket" its modifier, so ``customer_segment`` or
    ``ticket_class`` is not what the place means; "contract length" may well mean a ``contract_type`` of "one_year"."""
    hits = [w for w, hit in _word_hits(place, column) if hit]
    periods = {_singular(w) for level in profile[column].levels for w in _words(str(level))} & _PERIODS
    return (profile[column].kind in (Kind.BINARY, Kind.CATEGORICAL) and bool(hits) and stem_share(place, column) < 1
            and not names(place, column) and not measures(" ".join(hits)) and not periods)


def is_identifier(column: str) -> bool:
    """Whether the column names its rows rather than measures them (``id``, ``user id``, ``CustomerID``, ``userid``, and
    ``Unnamed: 0``, the saved index ``pd.read_csv`` reads back): no question is about the causes or effects of an
    identifier, but its digits are easily read as a condition."""
    if re.fullmatch(r"Unnamed: \d+", column):
        return True
    words = _words(column, shortest=2)
    return bool(words) and (words[-1] in ("id", "uuid") or any("".join(words) == unit + "id" for unit in _UNIT_NOUNS))


_TIME_NAMES = frozenset({"t", "time", "date", "day", "week", "month", "quarter", "year", "yr", "hour", "minute", "period", "wave", "round",
                         "step", "season", "session", "age", "rank", "ranking", "position"})
"""Words naming a step of time or a place in an order: a column of them running 0, 1, 2, ... measures when or where, not which row."""


def names_rows(profile: DataProfile, column: str) -> bool:
    """Whether the column names the table's rows, in a table of 20 rows or more: a distinct whole number per row running
    without a gap (a ``household`` of 0, 1, 2, ... saved beside the measures), its name no step of time (:data:`_TIME_NAMES`:
    a ``day`` running so is a time, which a subgroup may be); whole numbers or text nearly all distinct (99%) under the name
    of what a row is (:data:`_UNIT_NOUNS`: a ``client`` or ``cell`` number); or text distinct in every row (a ``player``'s
    name). Like an identifier (:func:`is_identifier`) it is no treatment, outcome or subgroup, though its name is a word
    questions write for the units ("for big households", "by getting clients to log in")."""
    col, n = profile[column], profile.n_rows
    if n < 20 or col.n_missing:
        return False
    whole = col.numeric and col.dtype.lower().startswith(("int", "uint"))
    if whole and col.n_distinct == n and col.min is not None and col.max is not None and col.max - col.min + 1 == n:
        return not _TIME_NAMES & set(_words(column, shortest=1))
    unit = "".join(_words(column, shortest=1)) in _UNIT_NOUNS
    return (whole or col.kind is Kind.TEXT) and unit and col.n_distinct >= 0.99 * n or col.kind is Kind.TEXT and col.n_distinct == n


def _same_word(written: str, word: str) -> bool:
    """Whether a question's word writes a column name's word: the same word up to its ending, both read in the
    singular (four first letters shared, and five or all but two of the shorter's: "distances" and "smoker" for
    ``dist`` and ``smoking``, not "district" for ``distance``; also after a slip, :func:`_unswapped`), the word of five
    letters or more after one or two letters of a glued prefix, up to its last letter ("weight" for ``bweight``, "smoking" for ``mbsmoke``) or a
    compound word of that prefix and that word ("birthweight" for ``bweight``), the end of it after four letters or more
    of a glued word ("rounds" for ``gamerounds``, "consumption" for ``WORLDCONSUMPTION``, not "count" for ``discount`` nor
    "action" for ``satisfaction``, a common ending of fewer than eight letters), the
    start of it after a count's ``n``
    ("pregnancies" for ``npreg``; :func:`_counted`) or an average's ``avg`` or a total's ``tot`` or ``num`` ("employees"
    for ``totemp``, a plural; :data:`_TOTALLED`), the word of five letters or more after a share's, an average's or a
    log's short word, or its start ("poverty" for ``PERPOVERTY``; :data:`_MARKED`), an abbreviation of three letters it starts with ("revenue" for
    ``rev``), another word of the same three-letter verb ("owning" for ``ownership``; :func:`_stem3`), a slip of it but for a
    function word's (:func:`_typo_of`; "does" is no slip of ``dose``), or its consonants, after one or two letters of a glued
    prefix too ("weight" for ``bwght``; :func:`_skeleton_of`)."""
    a, b = _singular(written), _singular(word)
    if a in _LIKELIHOOD or written in _LIKELIHOOD:  # "the chance a booking gets cancelled" writes no booking_changes
        return a == b
    shared = max(len(os.path.commonprefix([s, b])) for s in (a, *_unswapped(a)))
    if a == b or shared >= 4 and (shared >= 5 or shared >= min(len(a), len(b)) - 2):
        return True
    if _counted(b) and a.startswith(b[1:]):  # "pregnancies" for npreg
        return True
    if len(b) >= 6 and b[:3] in _TOTALLED and a.startswith(b[3:]) and (b[:3] == "avg" or a != written):
        return True  # "employees" for totemp, "sentence" for avgsen; not "participation" for totpart, a total of participants
    if any(len(core := word[len(m):]) >= 5 and (_singular(core) == a or written.startswith(core)) for m in _MARKED if word.startswith(m)):
        return True  # "poverty" for PERPOVERTY, "black" for pctblack, "coinsurance" for lncoins
    if any(len(b) - k >= 5 and (len(os.path.commonprefix([a, b[k:]])) >= len(b) - k - 1
                                or len(a) > len(b) and a.startswith(b[:k]) and a.endswith(b[k:])) for k in (1, 2)):
        return True
    if len(a) >= 5 and len(b) - len(a) >= 4 and b.endswith(a) and (len(a) >= 8 or not _SUFFIX.search(a)):  # "rounds" for gamerounds
        return True
    if (stem := _stem3(a)) is not None and stem == _stem3(b) and a != stem != b:
        return True  # "owning" for ownership, "paying" for payment
    return len(b) == 3 and len(a) > 4 and a.startswith(b) or written not in _FUNCTION and _typo_of(written, word) or any(
        _skeleton_of(a, b[k:]) and len(b) - k >= (3 if k == 0 else 4) for k in (0, 1, 2))


def writes_word(written: str, word: str) -> bool:
    """Whether a question's word is the whole word ``word`` up to its ending (both in the singular; four first letters
    shared, and all but two of the shorter's: "quitting" for "quit", "learning" for "learned") or another word made of
    its three-letter verb (:func:`_stem3`: "owning" for "owner"): how a question echoes a description's words, which are
    no abbreviations ("lower" does not write "low", as :func:`_same_word` reads it for a name's ``low``)."""
    a, b = _singular(written), _singular(word)
    shared = len(os.path.commonprefix([a, b]))
    return a == b or shared >= 4 and shared >= min(len(a), len(b)) - 2 or (
        (stem := _stem3(a)) is not None and stem == _stem3(b) and a != stem != b)


def content_words(text: str) -> list[str]:
    """The words of ``text`` that can write a column's (:func:`_content`), lower case and in the singular."""
    return [_singular(w) for w in _words(text) if _content(w)]


_DERIVED = re.compile(r"^(?P<stem>[a-z]{3})(?:ing|ed|ers?|ership|ment|ments)?$")
"""A word of three letters and an ending that makes a verb's noun or participle ("own": "owning", "owner", "ownership")."""


def _stem3(word: str) -> str | None:
    """The three-letter verb a word is made of (:data:`_DERIVED`), else None: words of such short stems share too few
    letters for :func:`_same_word`'s shared start."""
    return match["stem"] if (match := _DERIVED.match(word)) else None


def _unswapped(word: str) -> tuple[str, ...]:
    """A word of six letters or more with two neighbouring letters among its second to sixth swapped back, one pair at
    a time: a slip before an ending ("canvsasing" for ``canvassed``) that :func:`_typo_of`, which compares whole words,
    does not read."""
    if len(word) < 6:
        return ()
    return tuple(word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(1, 5) if word[i] != word[i + 1])


_SUFFIX = re.compile(r"(?:tion|sion|ment|ness|ance|ence|ity|ing)$")
"""Endings that make a short word the end of many others ("action" of ``satisfaction``): no glued word's end then."""
_LIKELIHOOD = frozenset({"chance", "likelihood", "odds", "probability"})
"""Words saying how likely an outcome is, which write a column's word only where it is the same word ("chance" shares
the start of ``changes`` with it)."""


_TOTALLED = frozenset({"tot", "avg", "num"})
"""Shortened words for a total, an average or a number that tables glue before the word they count (``totemp``,
``avgsen``); a total or a number counts things, written in the plural."""


_MARKED = ("per", "pct", "perc", "av", "ave", "med", "ln", "log")
"""Short words for a share, an average, a median or a log that tables glue before the word of five letters or more they
measure (``PERBLACK``, ``pctwhite``, ``avincome``, ``lncoins``): the question writes that word, or a longer one it opens."""


def _counted(word: str) -> bool:
    """Whether a one-word name is a count's: ``n`` and a consonant before a word or its start (``npreg``, ``npvis``)."""
    return bool(re.fullmatch(r"n[b-df-hj-np-tv-z][a-z]{3,}", word))


def _skeleton(word: str) -> str:
    """The word's first letter and its consonants after it ("weight" -> "wght")."""
    return word[:1] + re.sub(r"[aeiou]", "", word[1:])


def _shortens(piece: str, word: str) -> bool:
    """Whether a piece of a column word of three letters or more is a longer word shortened by dropping letters after its
    first, no vowel kept but its last letter, within twice the piece's length: "atnd" of "attendance", "rte" of "rate",
    "fnl" of "final" (``atndrte``, ``stndfnl``); not "ges" of "gets" (a vowel inside) nor "ship" of "sponsorship" (too
    far apart). Two letters would be too loose: "tr" and "ee" of "treatment effect" are no ``tree``."""
    if len(piece) < 3 or len(word) <= len(piece) or piece[0] != word[0] or re.search(r"[aeiou]", piece[1:-1]):
        return False
    at = 0
    for letter in piece[1:]:
        at = word.find(letter, at + 1)
        if at < 0:
            return False
    return at <= 2 * len(piece)


def _skeleton_of(written: str, word: str) -> bool:
    """Whether a column word of three letters or more without vowels after its first is a question word's
    consonants ("weight" for ``wght``, "years" for ``yrs``)."""
    return len(word) >= 3 and word == _skeleton(word) and len(written) > len(word) and _skeleton(written) == word


def _carries(word: str, number: str) -> bool:
    """Whether a written number ("401", "1978") is the one inside a column name's word (``e401``, ``re78``)."""
    return any(number == d or len(d) == 2 and len(number) == 4 and number[:2] in ("19", "20") and number.endswith(d)
               for d in re.findall(r"\d{2,}", word))


def _typo_of(written: str, word: str) -> bool:
    """Whether ``written`` is ``word`` with one slip, as written or both in the singular: two neighbouring
    letters swapped (words of four letters or more), a letter left out or doubled (five or more), or one
    letter wrong (six or more)."""
    return _one_slip(written, word) or _one_slip(_singular(written), _singular(word))


def _one_slip(a: str, b: str, *, wrong_letter: bool = True) -> bool:
    if a == b or len(b) < 4 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
        return swapped or (wrong_letter and len(diff) == 1 and len(b) >= 6)
    short, long = sorted((a, b), key=len)
    return len(b) >= 5 and any(long[:i] + long[i + 1:] == short for i in range(len(long)))


_FUNCTION = _FILLER | frozenset({
    "its", "their", "his", "her", "our", "your", "from", "into", "than", "that", "this", "these", "those", "were", "have",
    "had", "does", "did", "who", "what", "when", "where", "which", "how", "why", "below", "above", "over", "under", "more",
    "less", "each", "not", "but", "can", "will", "would", "should", "could", "there", "then", "also", "only", "among",
    "between", "about", "after", "before", "whose",
})
"""Words no acronym is made of (the name fillers and other function words): "below its median" is not "bim"."""

_SHORT_FILLER = frozenset({"is", "in", "on", "of", "no", "to", "at", "by", "an", "or", "id"})
"""Words of two letters in column names that are words, not initials (``is_urban``, ``no_fee``, ``clinic_id``)."""


def _initials(text: str, sizes: tuple[int, ...] = (3, 4)) -> set[str]:
    """Initials of every ``sizes`` words in a row with no function word among them ("building information
    modelling" -> "bim"), and of every word of a hyphenated compound of that many, short words too ("debt-to-income"
    -> "dti")."""
    words = _words(text)
    runs = (words[i:i + n] for n in sizes for i in range(len(words) - n + 1))
    return {"".join(w[0] for w in run) for run in runs if not _FUNCTION.intersection(run)} | {
        initials for initials in _compound_initials(text) if len(initials) in sizes}


def _compound_initials(text: str) -> set[str]:
    """The initials of every hyphenated compound of three or four words ("debt-to-income" -> "dti", "loan-to-value" ->
    "ltv"): finance and health write ratios so, and name their columns by these initials."""
    compounds = (m.lower().split("-") for m in re.findall(r"(?<![\w-])[A-Za-z]+(?:-[A-Za-z]+){2,3}(?![\w-])", text))
    return {"".join(w[0] for w in parts) for parts in compounds}


@functools.lru_cache(maxsize=4096)
def _word_hits(question: str, column: str) -> tuple[tuple[str, float], ...]:
    """Each word of the column's name and whether the question writes it (:func:`_same_word`), the starts of its
    words (:func:`_abbreviates`), what it abbreviates (:func:`_glossed`), the number in it (:func:`_number_hit`, which
    may write it half), or its initials for an acronym name ("click-through rate" for ``ctr``); all of them where it
    writes the name's acronym (:func:`names`). A word of two letters (but a unit or a filler) is written where two
    words in a row of the question have it as initials ("heart rate" for ``resting_hr``), it writes what the word
    abbreviates, or :func:`_two_letters_written`, and unwritten otherwise ("college GPA" writes half of ``hsGPA``);
    one of three letters ending in such initials is half written ("blood pressure" for ``sbp``). A number standing apart in
    the name is a word of it too, written where the question writes it ("1-day retention" for ``retention_1``)."""
    words = _words(column)
    if _acronym_written(question, column):
        return tuple((w, True) for w in words)
    text = _read_for(question, column)
    written, initials, numbers = _words(text), _initials(text), set(re.findall(r"\d+", text))
    content = tuple(q for q in written if q not in _FUNCTION)
    hits = tuple((w, _unnumbered(w, numbers, w in initials or any(_same_word(q, w) for q in written) or _abbreviates(w, content)
                                 or _glossed(w, text)) or _number_hit(w, text, numbers) or 0.5 * _held_inside(w, content)) for w in words)
    pairs = _initials(text, (2,))
    # a word of three letters ending in two words' initials is half written ("blood pressure" for sbp, systolic or not)
    hits = tuple((w, hit or 0.5 * (len(w) == 3 and w[1:] in pairs and w[1:] not in _SHORT_FILLER)) for w, hit in hits)
    tokens = _words(text, shortest=2)
    counted = tuple((n, float(_number_named(n, text) or any(_carries(n, m) for m in numbers))) for n in _NUMBER_PART.findall(column)) if words else ()
    # a number joined to a word counts again where the question names it ("health at year 4" for ``health4``, not ``health``)
    counted += tuple((n, 1.0) for w in words if (n := _joined_number(w)) and _number_named(n, text))
    return hits + counted + tuple((w, float(w in pairs or _glossed(w, text) or _two_letters_written(w, tokens)))
                                  for w in _words(column, shortest=2) if len(w) == 2 and w.isalpha() and w not in _SHORT_FILLER and w not in _UNITS)


_INFLECTION = re.compile(r"(?:ing|ed|s)$")
"""Endings a question's word drops where it is held inside a glued name ("reading" in ``gktreadss``)."""


def _held_inside(word: str, content: Sequence[str]) -> bool:
    """Whether a glued column word of eight letters or more holds one of the question's content words (or its stem before
    "-ing", "-ed", "-s"), four letters or more, between a prefix and a suffix of one to three letters each: codes of a grade,
    a wave or a unit round it ("math" in ``gktmathss``, "reading" in ``gktreadss``); a word ending the name ("count" of
    ``discount``) is none."""
    if len(word) < 8 or not word.isalpha():
        return False
    stems = {stem for q in content for stem in (q, _INFLECTION.sub("", q)) if len(stem) >= 4}
    starts = {stem: word.find(stem, 1, len(word) - 1) for stem in stems}
    return any(1 <= at <= 3 and 1 <= len(word) - at - len(stem) <= 3 for stem, at in starts.items())


_AGE_YEARS = re.compile(r"(\d+) years of age\b")
"""An age as :func:`prose` writes it ("50 years of age"): its "years" is written for an age column only."""


def _read_for(question: str, column: str) -> str:
    """The question as :func:`prose` writes it, for grounding ``column``: an age's years (:data:`_AGE_YEARS`) are no
    word of a name without an age ("smokers above 50 years old" writes no ``smokeyrs``)."""
    text = prose(question)
    return text if any(w.startswith("age") for w in _words(column)) else _AGE_YEARS.sub(r"\1 of age", text)


_NUMBER_PART = re.compile(r"(?<=[A-Za-z][_ -])\d+(?![A-Za-z0-9])")
"""A number standing apart after a word of a column's name (the 1 of ``retention_1``; not the 5 of ``pm2_5`` nor a range
in brackets, "(1-100)")."""


def _joined_number(word: str) -> str | None:
    """The number ending a word of letters (the 4 of ``health4``, the 78 of ``re78``), or ``None``."""
    return match[1] if (match := re.fullmatch(r"[a-z]+(\d+)", word)) else None


STEP = r"(?:day|week|month|year|wave|round|period|phase|visit|stage|grade|level|quarter)s?"
"""A word for a period or step that a number after it names ("year 4", "wave 2")."""


def _numbered_twin_named(text: str, columns: Sequence[str], column: str) -> bool:
    """Whether one of ``columns`` is ``column``'s name with a number joined (``health4`` of ``health``) that ``text`` names
    as a step (:func:`_number_named`: "health at year 4")."""
    stem = column.lower()
    numbers = (c.lower()[len(stem):] for c in columns if c.lower().startswith(stem) and stem[-1:].isalpha())
    return any(n.isdigit() and _number_named(n, text) for n in numbers)


def _number_named(number: str, text: str) -> bool:
    """Whether ``text`` writes ``number`` as part of a name: joined to a word ("1-day", "day-7") or after a word for a
    period or step (:data:`STEP`: "day 1", "week 7", "wave 2"), not as a value ("with 2 purchases")."""
    return bool(re.search(rf"(?<![\w.]){number}-[A-Za-z]|[A-Za-z]-{number}(?![\w.])|\b{STEP}\s+{number}(?![\w.])", text, re.IGNORECASE))


def _two_letters_written(word: str, tokens: Sequence[str]) -> bool:
    """Whether the question writes a column word of two letters as a word ("IQ", "co-owned"), or a word of four letters
    or more starts with it or with it as its consonants ("advertising" for ``ad``, "function" for ``kidney_fn``)."""
    return any(t == word or len(t) >= 4 and (t.startswith(word) or _skeleton(t).startswith(word)) for t in tokens)


_LOG_NAME = re.compile(r"^(?P<log>log|ln|l)_?(?P<head>[a-z].*)$|^(?P<tail>.*[a-z0-9])_?(?:log|ln)$", re.IGNORECASE)
_LOG_OF = r"\b(?:logs?|logged|ln|logarithms?)(?:\s+of)?(?:\s+the)?\s+"
_LOGGED = re.compile(_LOG_OF + r"\w+", re.IGNORECASE)
"""A log word and the word it takes the log of ("log wages")."""
_LOG_WORDS = re.compile(r"\b(?:logs?|logged|log-\w+|logarithms?|logarithmic|ln|elasticit(?:y|ies))\b", re.IGNORECASE)


def log_twin(column: str, columns: Sequence[str]) -> str | None:
    """The column whose log ``column`` is by its name (``lre78``, ``log_wage``, ``income_ln``), where the table has it."""
    match = _LOG_NAME.match(column)
    if match is None:
        return None
    base = (match["head"] or match["tail"]).lower()
    return next((c for c in columns if c != column and c.lower() == base), None)


def logged(column: str, columns: Sequence[str]) -> bool:
    """Whether the table has the log of ``column`` beside it (:func:`log_twin`)."""
    return any(log_twin(c, columns) == column for c in columns)


def writes_log(question: str) -> bool:
    """Whether the question asks about a log scale ("log wages", "logged income", "the elasticity")."""
    return bool(_LOG_WORDS.search(question))


def _unnumbered(word: str, numbers: set[str], hit: bool) -> float:
    """A hit on the letters of a word ending in a number the question does not write counts half ("education" for
    ``educ0``, beside ``educ``), and not at all for a year's two digits where it writes another year ("earnings in
    1978" for ``re74``)."""
    numbered = _joined_number(word)
    if hit and numbered and not any(_carries(word, n) or n == numbered for n in numbers):
        other_year = len(numbered) == 2 and any(len(n) == 4 and n[:2] in ("19", "20") for n in numbers)
        return 0.0 if other_year else 0.5
    return float(hit)


def _glossed(word: str, text: str) -> bool:
    """Whether ``text`` writes what a word of a column's name abbreviates (:func:`.glossary.word_glosses`: "household"
    for ``hh``), or the letters of a word ending in a number do ("earnings" for ``re78``)."""
    glosses = word_glosses(word) or word_glosses(re.sub(r"\d+$", "", word))
    return any(_written_name(gloss).search(text) for gloss in glosses)


def _abbreviates(word: str, written: tuple[str, ...]) -> bool:
    """Whether a column word of four letters or more is the starts of two to four of the question's words in order
    (or the words shortened, :func:`_shortens`: "birth weight" for ``bwght``, "attendance rate" for ``atndrte``), the
    first of two letters or more, passing over one word at most ("median home values" for ``medv``)."""
    return _abbreviated(word, written) > 0


@functools.lru_cache(maxsize=4096)
def _abbreviated(word: str, written: tuple[str, ...], first: int = 2, *, shortened: bool = True) -> int:
    """How many of the question's words a column word abbreviates (:func:`_abbreviates`; 0 where it abbreviates none):
    "standardized final" writes ``stndfnl`` over two words, where "final" writes ``final`` over one; a piece may be an
    abbreviation the glossary knows, written as what it stands for, where it opens the word ("homework completion rate" for
    ``hwrte``; not the ``re`` of ``store`` in "store income"); a piece of five
    letters or more may end in a plural "s" the written word does not have ("mailings per year" for ``mailsyear``); a
    piece has two letters or more ("recurrence rtime" does not write ``recur`` over two words), the first ``first``; with
    ``shortened`` false, each piece is a word's start, none a word shortened (:func:`_shortens`)."""
    if len(word) < 4 or not word.isalpha():
        return 0

    def rest(left: str, at: int, pieces: int, skips: int) -> int:
        if not left:
            return pieces if pieces >= 2 else 0
        if pieces == 4 or at >= len(written):
            return 0
        for k in range(len(left), 0, -1):
            piece = left[:k - 1] if k >= 5 and left[k - 1] == "s" else left[:k]  # a plural inside the name: "mails" of mailsyear
            if (k >= 2 or not pieces and first == 1) and (written[at].startswith(piece) or shortened and _shortens(left[:k], written[at])) and (
                    n := rest(left[k:], at + 1, pieces + 1, skips)):
                return n
            for gloss in _piece_glosses(left[:k]) if k >= 2 and not pieces else ():  # "homework" of hwrte, "household" of hhsize
                if tuple(written[at:at + len(gloss)]) == gloss and (n := rest(left[k:], at + len(gloss), pieces + len(gloss), skips)):
                    return n
        return rest(left, at + 1, pieces, 1) if pieces and skips == 0 else 0

    return max((rest(word, i, 0, 0) for i in range(len(written))), default=0)


@functools.lru_cache(maxsize=1024)
def _piece_glosses(piece: str) -> tuple[tuple[str, ...], ...]:
    """The words of what the glossary says a piece of a glued column word abbreviates (``hw``: ("homework",)), the
    longest first."""
    return tuple(sorted({tuple(_words(gloss)) for gloss in word_glosses(piece)} - {()}, key=len, reverse=True))


_ASKING = frozenset({"effect", "effects", "affect", "affects", "estimate", "impact", "average", "causal", "cause", "does", "did", "what", "how"})
"""Words of asking about an effect, which say nothing of a column's letters ("effect of 401(k)" is not ``e401``)."""


def _number_hit(word: str, text: str, numbers: set[str]) -> float:
    """How far ``text`` writes a column word made of letters and a number it writes (:func:`_carries`): wholly where
    the letters are written as a word ("the top 10%" for ``top10perc``), a word of five letters or more starts with the
    letters or their last letter, or the letters are the initials of
    two words or more in a row, or their starts (:func:`_abbreviated`, the first of one letter), within four words of the
    number ("eligible for a 401(k)" for ``e401``, "(real) earnings in 1978" for ``re78``, "the number of arrests in
    1986" for ``narr86``), or there are none; half where only the number is written (``p401`` there); not
    at all where the number is not written."""
    written = [n for n in numbers if _carries(word, n)]
    if not written:
        return 0.0
    letters = re.match(r"[a-z]*", word)[0]
    if not letters:
        return 1.0
    tokens = [t.lower() for t in re.findall(r"[A-Za-z]+|\d+", text)]
    for i in (i for i, t in enumerate(tokens) if t in written):
        near = [t for t in tokens[max(0, i - 4): i] + tokens[i + 1: i + 5] if t not in _ASKING and not t.isdigit()]
        runs = ("".join(t[0] for t in near[j:j + len(letters)]) for j in range(len(near)))
        if any(t == letters or len(t) >= 5 and (t.startswith(letters) or t[0] == letters[-1]) for t in near) or (
                len(letters) > 1 and letters in runs) or _abbreviated(letters, tuple(t for t in near if len(t) > 2), 1):
            return 1.0
    return 0.5


def _acronym_written(question: str, column: str) -> bool:
    """Whether the question writes the acronym of a column name of three or four words ("CTR" for ``ClickThroughRate``)."""
    words = _words(column)
    return len(words) in (3, 4) and _singular("".join(w[0] for w in words)) in {_singular(q) for q in _words(prose(question))}


_WORD_GAP = re.compile(r"\\ |(?<![A-Za-z])\\-|\\-(?![A-Za-z])")
"""A space between two words of an escaped name, or a hyphen beside a digit or another sign."""
_HYPHEN_IN_WORD = re.compile(r"(?<=[A-Za-z])\\-(?=[A-Za-z])")
"""A hyphen inside a word of an escaped name ("E-Mail", "Non-smoker")."""
_POSSESSIVE = re.compile(r"(?<=[a-z]{2}[b-df-hj-np-rtv-z])s(?=\\ |$)", re.IGNORECASE)
"""A word's closing "s" after a consonant but s, as in "Womens" or "Mens", which a question may write "women's"."""


_IRREGULAR = {"child": "children", "man": "men", "woman": "women", "person": "people"}
"""Plurals not made with an "s", of the words naming people ("for children" writes a level "child")."""


@functools.lru_cache(maxsize=4096)
def _written_name(column: str) -> re.Pattern[str]:
    """The column's name as a question writes it: as is or with ``_`` and case changes read as spaces, in any casing,
    a space or a hyphen between its words ("lower-status" for "lower status"), a hyphen inside a word or none ("email"
    for "E-Mail"), an apostrophe before a word's closing "s" ("women's" for "Womens"), a plural allowed ("tech companies"
    for ``tech_company``, "children" for "child"), not inside a longer word."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", column).replace("_", " ")
    forms = {column, spaced} | {f[:-1] + "ies" for f in (column, spaced) if f[-1:] in "yY" and f[-2:-1].lower() not in "aeiou"} | {
        f[:len(f) - len(one)] + many for f in (column, spaced) for one, many in _IRREGULAR.items()
        if f.lower().endswith(one) and not f[:len(f) - len(one)][-1:].isalpha()}
    variants = "|".join(_HYPHEN_IN_WORD.sub(r"[\\s-]?", _WORD_GAP.sub(r"[\\s-]", _POSSESSIVE.sub(r"'?s", re.escape(v))))
                        for v in sorted(forms, key=len, reverse=True))
    return re.compile(r"(?<![A-Za-z0-9])(?:" + variants + r")(?:e?s)?(?![A-Za-z0-9])", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def names(question: str, column: str) -> bool:
    """Whether the question writes the column's name (``re78``, ``PreventiveMaintenance``, ``cart items``;
    :func:`_written_name`), what the glossary says it stands for ("maximum heart rate" for ``thalach``;
    :mod:`.glossary`) or, for a name of three or four words, its acronym (``CTR``), or is the initials of a hyphenated
    compound the question writes ("debt-to-income" for ``dti``), or is a log's name it writes (:func:`_log_written`)."""
    if not column:
        return False
    text = _read_for(question, column)
    return _acronym_written(question, column) or column.lower() in _compound_initials(text) or bool(_initialled(text, column)) or (
        _contracted(text, column) or any(_written_name(name).search(text) for name in (column, *_glosses(column)))
        or _log_written(text, column))


_LOGGED_TWO = re.compile(_LOG_OF + r"(?P<what>\w+(?:\s+\w+)?)", re.IGNORECASE)
"""A log word and the two words after it ("log hourly wage")."""


def _log_written(text: str, column: str) -> bool:
    """Whether a log's name (``lnw``, ``lnearn``, ``linc``) is the log word and the start of one of the two words after it that
    ``text`` writes ("log wage", "the log of hourly earnings"): the start may be one letter after ``ln`` or ``log``, three
    after an ``l`` alone (``lw`` is too short to read)."""
    match = _LOG_NAME.match(column)
    if match is None or not (match["head"] or "").isalpha() or len(match["head"]) < (1 if len(match["log"]) > 1 else 3):
        return False
    head = match["head"].lower()
    return any(word.lower().startswith(head) for found in _LOGGED_TWO.finditer(text) for word in found["what"].split())


@functools.lru_cache(maxsize=4096)
def _glosses(column: str) -> tuple[str, ...]:
    """What the glossary says the column's name stands for, written as :func:`prose` writes questions ("unemployment of
    young urban men" as "... male")."""
    return tuple(prose(gloss) for gloss in name_glosses(column))


_LETTER_HYPHENED = re.compile(r"(?<=(?<![\w-])[A-Za-z])-(?=[A-Za-z]{2})")
"""The hyphen of a single letter joined to a word ("T-bill", "e-mail", "X-ray")."""


def _contracted(text: str, column: str) -> bool:
    """Whether a one-word name of five letters or more is the starts or consonants of two words or more of ``text``
    (:func:`_abbreviated`): "standardized final" for ``stndfnl``, "birth weight" for ``bwght``, and a count's after its
    ``n`` (:func:`_counted`): "prenatal visits" for ``npvis``; a letter hyphened to a word is one word with it ("T-bill
    rate" for ``tbilrate``, "e-mail opens" for ``emailopens``)."""
    content = tuple(q for q in _words(_LETTER_HYPHENED.sub("", text)) if q not in _FUNCTION)
    return len(column) >= 5 and column.isalpha() and column.islower() and (
        _abbreviated(column, content) >= 2 or _counted(column) and _abbreviated(column[1:], content, 1) >= 2)


def _wholly_initialled(text: str, name: str) -> bool:
    """Whether every letter of ``name`` is the initial of a word of ``text``, the words in a row and none of them a function
    word, a word of asking or shorter than three letters ("children ever born" for ``ceb``) but a word joining the two
    around it ("days on market" for ``dom``, "cost per click" for ``cpc``)."""
    words = _words(text, shortest=1)
    runs = (words[i:i + len(name)] for i in range(len(words) - len(name) + 1))
    return any("".join(w[0] for w in run) == name and all(_content(w) for w in (run[0], run[-1])) and all(
        _content(w) or w in _INITIAL_JOINING for w in run[1:-1]) for run in runs)


def _content(word: str) -> bool:
    """A word of three letters or more that is no function word nor a word of asking."""
    return len(word) > 2 and word not in _FUNCTION and word not in _ASKING


_INITIAL_JOINING = frozenset({"of", "on", "to", "at", "in", "per", "for", "from"})
"""Words between two others whose initials a name keeps ("length of stay", "return on investment", "work from home")."""


@functools.lru_cache(maxsize=4096)
def _initialled(text: str, column: str) -> int:
    """How many words of ``text`` write a one-word name as the initials of some and then the last whole, joined by up to
    two words as "in" or "of" ("black male prison" or "black men in prison" for ``bmprison``, "high school gpa" for
    ``hsgpa``), or a name of three or four letters as the initials of as
    many words in a row (:func:`_wholly_initialled`: "children ever born" for ``ceb``; not "session ends in a purchase"
    for a level "Sep"): 0 where it does not."""
    name = column.lower()
    if not name.isalpha():
        return 0
    if len(name) in (3, 4) and _wholly_initialled(text, name):
        return len(name)
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text)]
    for k in range(1, min(4, len(name) - 4) + 1):
        head, rest = name[:k], _singular(name[k:])
        for i in range(len(words) - k):
            if "".join(w[0] for w in words[i:i + k]) != head:
                continue
            after = words[i + k:]
            joined = next((j for j, w in enumerate(after[:3]) if w not in _JOINING), 0)  # "black men in prison": "in" joins
            if after[joined:] and _singular(after[joined]) == rest:
                return k + 1
    return 0


_JOINING = frozenset({"in", "of", "at", "on", "for", "the"})
"""Words that join the initialled words to the whole last one ("black male in prison" for ``bmprison``)."""


def _covered(text: str, column: str) -> int:
    """How many words of the column's name the text writes (:func:`_word_hits`), a word it abbreviates counted for the
    words it abbreviates (:func:`_abbreviated`), or of the text it spans where it writes the name as initials and a
    word (:func:`_initialled`) or writes what the glossary says the name stands for ("below-average looks" for
    ``belavg`` spans two words, ``looks`` one)."""
    prosed = prose(text)
    content = tuple(q for q in _words(prosed) if q not in _FUNCTION)
    words = sum(max(hit, hit == 1 and _abbreviated(w, content)) for w, hit in _word_hits(text, column) if w not in _FILLER)
    glossed = (len(_words(gloss, shortest=2)) for gloss in _glosses(column) if _written_name(gloss).search(prosed))
    return max(words, _initialled(prosed, column), *glossed)


def _started(text: str, column: str) -> int:
    """How many words of the column's name the text writes by the starts of its words alone, none shortened: "real
    investment" writes ``realinv`` so, but ``realint`` only by reading "int" as "investment" shortened (:func:`_shortens`)."""
    content = tuple(q for q in _words(prose(text)) if q not in _FUNCTION)
    return sum(_abbreviated(w, content, shortened=False) > 0 for w in _words(column) if w not in _FILLER)


def _content_words(column: str) -> int:
    """How many words of the column's name are neither fillers nor units nor the "of" joining a count to what it counts
    (``dist_road_km``: 2, ``price_up``: 1, ``number_of_reviews``: 1, which "the review rating" does not write whole)."""
    return sum(w not in _FILLER and w not in _UNITS and w != "of" for w in _words(column, shortest=2))


def stem_share(question: str, column: str) -> float:
    """Share of the column name's words the question writes (:func:`_word_hits`; 0 when the name has no words)."""
    hits = [hit for w, hit in _word_hits(question, column) if w not in _FILLER]
    return sum(hits) / len(hits) if hits else 0.0


_UNITS = frozenset({"days", "usd", "eur", "gbp", "dollars", "pct", "hrs", "mins", "secs", "kg", "lbs", "cm", "km", "mm", "ms", "m2", "sqm",
                    "ha", "gb", "mb", "mg", "ml", "mt", "gw", "kw", "up", "thousands", "millions", "billions", "minutes", "seconds"})
"""Words of column names that give the unit (``los_days``, ``rent_usd``, ``SalesInThousands``) or a direction
(``price_up``), which questions seldom write."""


def _written_together(question: str, column: str) -> bool:
    """Whether the question writes the words of a name of two words or more near one another, three other words between
    them at most ("black legislators", "legislators who are not black"), not apart in different phrases ("legislators ...
    emails from black senders" writes no ``leg_black`` group); a word written otherwise than as one of the question's
    words (its initials, a gloss) does not bound where."""
    tokens = _words(_read_for(question, column))
    content = [w for w in _words(column) if w not in _FILLER]
    places = [[i for i, t in enumerate(tokens) if _same_word(t, w)] for w in content]
    if len(content) < 2 or not all(places):
        return True
    return min(max(pick) - min(pick) for pick in itertools.product(*places)) <= len(content) + 2


def writes_all_words(question: str, column: str) -> bool:
    """Whether the question writes every word of the column's name but its fillers and units (:data:`_UNITS`) wholly
    (not half, as "401" alone for ``p401``), a word of three letters or fewer only as a whole word ("before age 13" for
    ``age_at_move``) or by what the glossary says it abbreviates ("responds" starts with ``res`` but does not write it),
    and one at least: "the length of stay" for ``los_days``."""
    text = prose(question)
    whole = {_singular(q) for q in _words(text, shortest=2)}
    hits = [hit == 1 and (len(w) > 3 or _glossed(w, text) or _singular(w) in whole) for w, hit in _word_hits(question, column)
            if w not in _FILLER and w not in _UNITS]
    return bool(hits) and all(hits)


_PLUS = re.compile(r"(?<![\w.])\d+(?:\.\d+)?\+(?![\w+])")
"""A number with a plus after it: that number or more ("5+ people", "the 65+ group"), its value written before the sign."""
_OP_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (">=", re.compile(r">=|≥|\bat least\b|\bor (?:more|above|higher|greater)\b|\bno (?:less|fewer|lower) than\b|" + _PLUS.pattern, re.IGNORECASE)),
    ("<=", re.compile(r"<=|≤|\bat most\b|\bor (?:less|below|lower|fewer)\b|\bno (?:more|greater|higher) than\b", re.IGNORECASE)),
    ("!=", re.compile(r"!=|≠|\bnot equal(?:s| to)?\b|\bother than\b", re.IGNORECASE)),
    (">", re.compile(r"(?<![<>=!-])>(?!=)|\b(?:over|above|exceeds?|exceeding)\b|\b(?:upper|top) half\b|\b(?:greater|higher|more) than\b"
                     r"|\b(?:after|later than)(?=\s+[12]\d{3}\b)", re.IGNORECASE)),
    ("<", re.compile(r"(?<![<>=!])<(?!=)|\b(?:under|below)\b|\b(?:lower|bottom) half\b|\b(?:less|lower|fewer) than\b"
                     r"|\b(?:before|prior to|earlier than)(?=\s+[12]\d{3}\b)", re.IGNORECASE)),
    ("==", re.compile(r"(?<![<>=!])==?(?!=)|\bequals?\b|\bequal to\b", re.IGNORECASE)),
)
"""Words that write each comparison, longest first: a match is taken out before the shorter ones are read; "before" and
"after" only before a year ("built before 1950"); a number with a plus after it is that number or more (:data:`_PLUS`)."""


_BEFORE_VALUE = {op: re.compile(f"(?:{words.pattern})" + r"\s*(?:the\s+|its\s+)?(?:-?\d|median\b)", re.IGNORECASE) for op, words in _OP_WORDS}
"""Each comparison's words followed by a value."""


_IS_VALUE = re.compile(r"\b(?:is|are|was|were)\s+(?=-?\d)", re.IGNORECASE)
"""A value written as what a column is ("whose growth is -5"): an equality where no other comparison is written."""


def written_ops(question: str) -> frozenset[str]:
    """The comparisons the question writes: "at least 3" is ``>=`` and not also ``>``; a value written after "is"
    (:data:`_IS_VALUE`) is ``==`` where no other comparison is written."""
    text, ops = prose(question), set()
    for op, words in _OP_WORDS:
        if words.search(text):
            ops.add(op)
            text = words.sub(" ", text)
    return frozenset(ops or ({"=="} if _IS_VALUE.search(text) else ()))


COMPARED_WITH = r"compared (?:with|to)|relative to|versus|vs\.?"
"""The words before the arm an effect is compared with (a regular expression's alternatives)."""
_BASELINE = re.compile(rf"\b(?:{COMPARED_WITH}|against)\s+(?:the\s+|a\s+|an\s+)?[\w-]+\s+"
                       r"(?:group|arm|condition)s?\b", re.IGNORECASE)
"""The arm an effect is compared with ("compared with the control group"), which names no subgroup."""
_EFFECT_PART = re.compile(
    r"\b(?:in)?direct\s+(?:and|or|vs\.?|versus|&)\s+(?:[\w`-]+-mediated|(?:in)?direct)\b"
    r"|\b(?:in)?direct(?=\s+(?:effects?|parts?|paths?|pathways?|components?|portions?|shares?|impacts?)\b)"
    r"|\b(?:treatment|outcome)(?=\s+(?:variables?|effects?|columns?|fields?|features?)\b)|\bcontrol(?=\s+(?:variables?|for)\b)", re.IGNORECASE)
""""Direct" and "indirect" naming a part of an effect ("the direct effect", "direct and indirect", "into direct and
M-mediated parts"), not a level ("direct" traffic); nor is "treatment" in "the treatment variable" or "the average
treatment effect", nor "control" in "control for" (a ``group`` of "control" and "treatment")."""


@functools.lru_cache(maxsize=4096)
def _without_compound_names(question: str, columns: tuple[str, ...]) -> str:
    """The question without where it writes a name of two words or more of ``columns`` (:func:`_written_name`)."""
    for column in columns:
        if len(_words(column, shortest=1)) >= 2:
            question = _written_name(column).sub(" ", question)
    return question


def written_levels(question: str, profile: DataProfile, column: str) -> list[Any]:
    """The column's text level that the question writes ("north", "premium"), but not as the arm an effect is
    compared with (:data:`_BASELINE`) nor as a part of an effect (:data:`_EFFECT_PART`); none where it writes two or more:
    levels compared ("treatment A or B") are the column's own values, not a subgroup. A "no" before a count's name
    is that count's zero (:func:`none_of`), not a level "no" ("with no past failures" is not ``internet`` "no"). Words
    that write another column's name of two words or more are that column's ("higher monthly charges" writes
    ``MonthlyCharges``, not ``Contract``'s "Month-to-month"). A level naming a lack is written by its word negated, and
    that word's level is then not ("unmarried" writes "notmarried", not "married")."""
    written = levels_in(_EFFECT_PART.sub(" ", _BASELINE.sub(" ", question)), profile, column)
    return written if len(written) == 1 else []


def level_written_whole(text: str, profile: DataProfile, column: str) -> bool:
    """Whether ``text`` writes a text level of the column with two letters or more (:func:`written_levels`) letter for
    letter, as a word of its own ("on iOS" for "ios"; not "12 months" for "Month-to-month", nor "3 mm" for a code "3",
    nor "stores of type b" for another column's code "b")."""
    return any(len(re.findall(r"[A-Za-z]", str(v))) >= 2 and re.search(rf"(?<![\w-]){re.escape(str(v))}(?![\w-])", text, re.IGNORECASE)
               for v in written_levels(text, profile, column))


def levels_in(question: str, profile: DataProfile, column: str) -> list[Any]:
    """Every text level of the column the question writes (:func:`written_levels`, which takes one alone), but a level
    whose words are all words of another it writes ("never married" writes "Never Married", not "Married"); "women"
    writes an "F" level only where no other column's name says it holds sex."""
    question = _without_compound_names(question, tuple(c for c in profile.names if c != column))
    levels = profile[column].levels
    sex_initials = {"F", "M"} <= {str(v).upper() for v in levels} <= {"F", "M", "U", "O", "X"} and not any(  # and unknown or other
        is_sex_column(c) for c in profile.names if c != column)  # a sex column beside it holds the sexes, not a charge's "F" and "M"
    written = [v for v in levels if isinstance(v, str) and (_level_written(question, v) or sex_initials and _sex_written(question, v))]
    lacked = {_negation_written(question, v) for v in written}  # "unmarried" writes "notmarried", not "married"
    written = [v for v in written if v.lower() not in lacked]
    wholes = [set(_words(str(v), shortest=2)) for v in written]  # "never married" writes "1. Never Married", not "2. Married" too
    # (a word of two letters counts: "no email" writes "No E-Mail" beside "Mens E-Mail")
    written = [v for v, own in zip(written, wholes) if not (own and any(own < whole for whole in wholes))]
    if any(str(v).lower() == "no" for v in written) and any(none_of(question, profile, c) for c in profile.names):
        written = [v for v in written if str(v).lower() != "no"]
    return written


def level_cover(text: str, profile: DataProfile, column: str) -> int:
    """How many words has the longest of the column's levels that ``text`` writes (:func:`written_levels`), where it has
    two or more, else 0: "the womens email" writes two of ``segment``'s "Womens E-Mail", more than it writes of ``womens``;
    "the number of ads" writes a level "ad" of one word, no more than it writes of ``total ads``; a joining word is none
    ("at_home" is one word, no more than ``internet`` in "home internet access")."""
    return max((n for v in written_levels(text, profile, column)
                if (n := sum(w not in _SHORT_FILLER and w not in _FUNCTION for w in _words(str(v), shortest=2))) >= 2), default=0)


def placed_levels(spans: Mapping[str, str], profile: DataProfile, columns: Sequence[str], *, role: str = "treatment") -> set[str]:
    """The ``columns`` one of whose levels the ``role``'s place (:func:`.cues.role_spans`) writes and no other role's
    place does: the level is the treatment's arm ("being in a small class" for ``stark``) or the outcome's event ("the
    chance of earning over 50K" for ``income`` ">50K"), not a subgroup ("Is the lift from the new page bigger on
    mobile?" places "the new page bigger on mobile" and "on mobile")."""
    place, others = spans.get(role), [text for other, text in spans.items() if other != role]
    if place is None:
        return set()
    return {c for c in columns if written_levels(place, profile, c) and not any(written_levels(t, profile, c) for t in others)}


_SEX = re.compile(r"\b(?:genders?|sex(?:es)?)\b", re.IGNORECASE)
_SEX_NAMES = ("sex", "gender")
"""Names of a column holding the sexes as its levels."""
_SEXES = ("female", "male")
"""Names of a yes/no column of one sex."""


def sex_named(question: str, profile: DataProfile, column: str) -> bool:
    """Whether the question writes "gender" or "sex" ("the gender wage gap") and ``column`` is a yes/no ``female`` or
    ``male``, in a table with no column of that name: the glossary cannot say so, as it would read levels "female" and
    "male" in the word too."""
    return (profile[column].kind is Kind.BINARY and glossary_key(column) in _SEXES and bool(_SEX.search(question))
            and not any(glossary_key(c) in _SEX_NAMES for c in profile.names))


def coded_sex_written(question: str, profile: DataProfile, column: str) -> bool:
    """Whether the question writes a group of one sex ("larger for women", "among men") and ``column`` holds the sexes as
    number codes (``sex`` of 0 and 1, or 1 and 2): no level to write, so the group names the column; which code is which
    the table does not say, and the condition shows the code read."""
    levels = profile[column].levels
    return glossary_key(column) in _SEX_NAMES and 2 <= len(levels) <= 3 and all(
        re.fullmatch(r"\d+(?:\.0)?", str(v)) for v in levels) and bool(re.search(r"\b(?:fe)?males?\b", prose(question), re.IGNORECASE))


def is_sex_column(column: str) -> bool:
    """Whether the column's name says it holds sex (``sex``, ``Gender``, a yes/no ``female`` or ``male``)."""
    return glossary_key(column) in _SEX_NAMES + _SEXES


def names_a_sex(group: str) -> bool:
    """Whether ``group`` is a group of one sex ("women", "boys", "males"; :func:`prose` reads the everyday words)."""
    return bool(re.fullmatch(r"(?:fe)?males?", prose(group).strip(), re.IGNORECASE))


def written_arms(spans: Mapping[str, str], profile: DataProfile, columns: Sequence[str]) -> set[str]:
    """The columns whose level the treatment's place (:func:`.cues.role_spans`) writes as the treatment's arm: placed there
    alone (:func:`placed_levels`) by a place of at most one content word more than the level ("RHC", "the Mens E-Mail",
    "van types") that writes no other value, no comma and no "=". A place running on over a subgroup ("generic (insurance
    type (InsuranceType) = private)", "'older', is antidepressants") writes that subgroup's level too. Two levels of a
    column the place compares are its arms however many words it has ("the Mens E-Mail compared with sending no email")."""
    place = spans.get("treatment")
    if place is None or re.search(r"[,=]", place):
        return set()
    content = sum(w not in _FUNCTION for w in _words(place))
    short = {c for c in placed_levels(spans, profile, columns)
             if content <= 1 + max(len(_words(str(v), shortest=2)) for v in written_levels(place, profile, c))}
    compared = {c for c in columns if len(levels_in(place, profile, c)) >= 2}
    return {c for c in short | compared if not writes_a_value(place, profile, arms={c})}


_PRONOUN = re.compile(r"\s*(?:it|them|this|that|these|those)\s*", re.IGNORECASE)
"""A place holding a pronoun only ("does X move it"), which writes no level ("it" of a ``department``)."""


def outcome_events(spans: Mapping[str, str], profile: DataProfile, columns: Sequence[str]) -> set[str]:
    """The ``columns`` one of whose levels the outcome's place alone writes (:func:`placed_levels`), where that place
    writes no word of any column's name: the level is the event the outcome counts ("the chance of earning over 50K" for
    ``income``'s ">50K"), not a subgroup ("clicks on mobile" is ``clicked`` among ``device`` "mobile")."""
    if "outcome" not in spans or _PRONOUN.fullmatch(spans["outcome"]) or any(mentions(spans["outcome"], c) for c in profile.names):
        return set()
    return placed_levels(spans, profile, columns, role="outcome")


PERIOD = re.compile(r"\b(?:after|before|since|until)\s+(?:the\s+year\s+)?(?P<year>1[89]\d\d|20\d\d)\b(?!\s*(?:-|to|and)\s*\d)", re.IGNORECASE)
"""A period named by a year after "after", "before", "since" or "until", not a range of years: a subgroup of a column of
years ("After 1990, did X still raise Y?")."""


def dated(place: str, profile: DataProfile, columns: Sequence[str]) -> set[str]:
    """The columns of years (a word ``year`` or ``yr`` in the name) whose range holds the year a condition's place writes
    after "after", "before", "since" or "until" ("After 1993, did X raise Y?": ``year`` above 1993); none where it writes
    none, or a range of years."""
    if (match := PERIOD.search(place)) is None:
        return set()
    year = int(match["year"])
    return {c for c in columns if {"year", "yr"} & set(_words(c, shortest=2)) and profile[c].min is not None
            and profile[c].max is not None and profile[c].min <= year <= profile[c].max}


def counts_past_a_threshold(place: str) -> bool:
    """Whether an outcome's place counts the units past a threshold ("the number of students above the national median",
    "the share of loans over 30 days late"): the threshold is what the outcome counts, not a subgroup."""
    return bool(_COUNTED_PAST.search(place))


_COUNTED_PAST = re.compile(r"\b(?:number|count|share|percentage|percent|proportion|fraction)\s+of\s+(?:[a-z]+\s+){1,3}?"
                           r"(?:above|below|over|under|exceeding)\b"
                           r"|\b(?:above|below|over|under|exceeding)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s*\(\s*`?[\w.-]+`?\s*\)", re.IGNORECASE)
"""A number, share or count "of" a few words then a comparison, or a comparison before the place's name in brackets
("students score above the median (NABOVE)"): units counted past a threshold."""


def _sex_written(question: str, initial: str) -> bool:
    """Whether the question writes the group an "F" or "M" level of a sex column stands for ("women", "female")."""
    word = "female" if initial.upper() == "F" else "male"
    return bool(re.search(rf"\b{word}s?\b", prose(question), re.IGNORECASE))


_NEGATED = re.compile(r"(?:\bnon-?|\bnot\s+(?:a\s+|an\s+)?|\bno\s+|\bwithout\s+(?:a\s+|an\s+)?)$", re.IGNORECASE)


def negated(question: str, column: str) -> bool:
    """Whether the question writes the column's name after a negation ("non-smokers", "without a garden")."""
    text = prose(question)
    return any(_NEGATED.search(text[:m.start()]) for m in _written_name(column).finditer(text))


def glossed_value(question: str, column: str) -> int | None:
    """The value of a 0 / 1 column the question writes by what the glossary says it stands for (:mod:`.glossary`): 1, or
    0 where every such phrase follows a negation; None where it writes none. A gloss says what the 1 means, negation and
    all ("mothers did not finish high school" is ``mom.lths`` 1, not 0 for its "not")."""
    text = prose(question)
    hits = [m for gloss in _glosses(column) for m in _written_name(gloss).finditer(text)]
    if not hits:
        return None
    return 0 if all(_NEGATED.search(text[:m.start()]) for m in hits) else 1


_NEGATIVE_NAME = re.compile(r"(?:non|no|un)_?(?P<word>[a-z]{4,})")
"""A yes/no column named for the lack of something (``nodegree``, ``nonwhite``, ``unemployed``)."""
_NEGATION_BEFORE = re.compile(r"(?:\b(?:no|not|non|without|lacks?|lacking|never)\b|n't\b)[\w\s-]{0,30}$", re.IGNORECASE)


def _affirmed(question: str, column: str) -> bool:
    """Whether the question writes every word of a yes/no column's name of two words or more together, none after a
    negation ("a search was conducted" for ``search_conducted``; not "no search was conducted" nor "a search was not
    conducted"): it asks for the yes."""
    content = [w for w in _words(column) if w not in _FILLER]
    if len(content) < 2 or stem_share(question, column) < 1 or not _written_together(question, column):
        return False
    text = prose(question)
    hits = [m for w in content for m in re.finditer(r"[A-Za-z]+", text) if _same_word(m[0].lower(), w)]
    return bool(hits) and not any(_NEGATION_BEFORE.search(text[:m.start()]) for m in hits)


def affirms(question: str, column: str) -> bool:
    """Whether the question writes the word a yes/no column's name negates, with no negation before it ("has a high
    school degree" for ``nodegree``, "white workers" for ``nonwhite``) and not the name itself: it asks for the 0."""
    match = _NEGATIVE_NAME.fullmatch(column.lower())
    if match is None or names(question, column):
        return False
    text = prose(question)
    hits = list(re.finditer(rf"\b{match['word']}", text, re.IGNORECASE))
    return bool(hits) and not any(_NEGATION_BEFORE.search(text[:m.start()]) for m in hits)


_LACK_BEFORE = re.compile(r"\b(?:no|non|without|lacks?|lacking|lacked)(?:[\s-]+(?!(?:and|or|but|with)\b)[\w-]+){0,3}?[\s-]*$", re.IGNORECASE)


def lacks(question: str, column: str) -> bool:
    """Whether the question writes the word a yes/no column's name negates right after a word of lack ("no degree",
    "without a high school degree" for ``nodegree``): it asks for the 1."""
    match = _NEGATIVE_NAME.fullmatch(column.lower())
    if match is None:
        return False
    text = prose(question)
    return any(_LACK_BEFORE.search(text[:m.start()]) for m in re.finditer(rf"\b{match['word']}", text, re.IGNORECASE))


_NONE = re.compile(r"\b(?:no|zero)\s+(?P<what>(?:[\w-]+\s+){0,2}[\w-]+)", re.IGNORECASE)


def none_of(question: str, profile: DataProfile, column: str) -> bool:
    """Whether the question writes "no" or "zero" before the name of ``column`` or every word of it, an amount or a count
    (numeric, more than two values, zero in its range): "students with no past failures" is ``failures`` equal to 0, "zero
    earnings in 1975" ``re75``."""
    col = profile[column]
    if col.kind not in (Kind.DISCRETE, Kind.CONTINUOUS) or col.min is None or col.max is None or not col.min <= 0 <= col.max:
        return False
    return any(names(m["what"], column) or stem_share(m["what"], column) == 1.0 for m in _NONE.finditer(prose(question)))


_ENUMERATOR = re.compile(r"\d{1,2}[.)]\s+(?=[A-Za-z<>=])")
"""The number a table puts before each text level to order them ("1. Never Married", "2. Married")."""


def _level_written(question: str, level: str) -> bool:
    """Whether the question writes a text level (:func:`names`, or as written: a level "women"), every word of a level
    of two words or more ("college graduates" for "college_grad"; :func:`writes_all_words`) and its numbers (a level "10
    or more" is no "more likely"), a bound in words ("over 50K" for ">50K"; :func:`_bound_written`), a level cut short by
    its whole word ("Hispanic" for "hispan"; :func:`_truncated`), an amount with its unit ("60-month" for " 60 months"),
    a doing by its doers ("renters" for "RENT";
    :func:`_doers_written`), a level numbered to order it by its words ("married"
    for "2. Married"), a month or weekday
    written short by its name ("November" for "Nov"), an ordinal in figures by its word ("third class" for "3rd
    class"), a level of two or three capitals in capitals or as the initials of
    as many words in a row ("orange juice" for "OJ"; "does it move it" writes no "IT"), or a level of one letter in its own
    case and not as a word of the sentence: "(A or B)", "store b", but not "by a dollar" nor 'running a "Promo"'."""
    if enumerated := _ENUMERATOR.match(level):  # "2. Married", as R's ISLR tables number their levels
        return _level_written(question, level[enumerated.end():])
    if _doers_written(question, level):  # "renters" for "RENT", in capitals or not
        return True
    if re.fullmatch(r"[A-Z]{2,3}", level):  # in capitals: "does it help us" writes no "IT" or "US"
        return level.lower() in _initials(prose(question), (len(level),)) or bool(
            re.search(rf"(?<![\w-]){level}s?(?![\w-])", question)) or any(
            _written_name(gloss).search(prose(question)) for gloss in _glosses(level))
    if _negation_written(question, level) or _shortened(question, level) or _truncated(question, level) or _bound_written(question, level):
        return True
    if (day := _CALENDAR.get(level.lower())) and re.search(rf"\b{day}s?\b", question, re.IGNORECASE):  # "November" for "Nov"
        return True
    if (amount := re.fullmatch(r"\s*(\d+)\s+([A-Za-z]+?)s?\s*", level)) and re.search(
            rf"(?<![\w.]){amount[1]}[\s-]{amount[2]}s?\b", question, re.IGNORECASE):  # "60-month loans" for " 60 months"
        return True
    if (spelled := _ORDINAL_NUMERAL.sub(lambda m: _ORDINAL_NAMES.get(int(m[1]), m[0]), level)) != level and _level_written(question, spelled):
        return True  # "third class" for "3rd class"
    if len(level) != 1 or not level.isalpha():  # the question as written too: prose() reads "women" as "female"
        return names(question, level) or bool(_written_name(level).search(question)) or (
            len(_words(level, shortest=2)) >= 2 and not _NEGATION_FIRST.match(level) and writes_all_words(question, level)
            and set(re.findall(r"\d+", level)) <= set(re.findall(r"\d+", question)))
    letter = re.escape(level)
    return bool(re.search(rf"(?<![\w'-]){letter}(?![\w'-])(?!\s+(?!(?:or|and|nor|vs|versus)\b)[\"'`\u201c\u2018]?[A-Za-z])", prose(question)))


_ORDINAL_NUMERAL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b", re.IGNORECASE)
_ORDINAL_NAMES = {n: w for w, n in _ORDINALS.items()}
"""Ordinals written in figures in a level ("3rd class") and their words ("third class")."""
_CALENDAR = {short: name for name in ("january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
                                      "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
             for short in (name[:3],)} | {"sept": "september", "thur": "thursday", "thurs": "thursday", "tues": "tuesday"}
"""Month and weekday levels written short ("Nov", "Sept", "Sat") and the names a question writes for them."""
_BOUND_LEVEL = re.compile(r"\s*(?P<op>>=?|<=?|≥|≤)\s*\$?(?P<n>\d[\d.,]*\s*[kKmM]?)\s*|\s*\$?(?P<n2>\d[\d.,]*[kKmM]?)\s*\+\s*")
"""A level that is a bound on a number (">50K", "<=50K", "65+")."""
_ABOVE = r"(?:over|above|more than|greater than|at least|exceeding|in excess of|>=?|≥)"
_BELOW = r"(?:under|below|less than|at most|up to|no more than|<=?|≤)"


def _bound_written(question: str, level: str) -> bool:
    """Whether the question writes a level that bounds a number (:data:`_BOUND_LEVEL`) in words: ">50K" as "over 50K",
    "<=50K" as "50K or less", "65+" as "over 65" or "65 and older"."""
    if (m := _BOUND_LEVEL.fullmatch(level)) is None:
        return False
    number = re.escape(re.sub(r"\s+", "", m["n"] or m["n2"]))
    above = m["n2"] is not None or m["op"] in (">", ">=", "≥")
    before, after = (_ABOVE, r"(?:or|and) (?:more|over|above|higher|older)") if above else (_BELOW, r"(?:or|and) (?:less|under|below|lower|younger)")
    return bool(re.search(rf"{before}\s*\$?{number}(?![\w.,]\d)\b|\$?\b{number}\s+{after}\b", question, re.IGNORECASE))


_NEGATION_FIRST = re.compile(r"(?:no|not|non|without)\b", re.IGNORECASE)
"""A level opening with a negation ("No E-Mail"), which its other words do not write ("the women's e-mail")."""
_NEGATIVE_LEVEL = re.compile(r"(?:not|non|no|un)[\s_-]?(?P<word>[a-z]{4,})", re.IGNORECASE)
"""A level naming the lack of something ("notmarried", "non-smoker", "No insurance")."""


def _negation_written(question: str, level: str) -> str | None:
    """The word a level names the lack of, where the question writes that word negated in any of the usual ways
    ("unmarried", "not married", "non-married" for a level "notmarried"); else None."""
    if (m := _NEGATIVE_LEVEL.fullmatch(level)) is None:
        return None
    word = re.escape(m["word"])
    return m["word"].lower() if re.search(rf"\b(?:un|non-?|not\s+|no\s+){word}s?\b", prose(question), re.IGNORECASE) else None


def _shortened(question: str, level: str) -> bool:
    """Whether a level of four to six lower-case letters is the starts (two or three letters each) of two words of five
    letters or more written one after the other: "African-American" for "afam"."""
    if not re.fullmatch(r"[a-z]{4,6}", level):
        return False
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", prose(question))]
    return any(len(a) >= 5 and len(b) >= 5 and level[:k] == a[:k] and b.startswith(level[k:])
               for a, b in zip(words, words[1:]) for k in (2, 3) if 2 <= len(level) - k <= 3)


def _truncated(question: str, level: str) -> bool:
    """Whether a level of five to seven lower-case letters is a word of the question cut short by one to three letters:
    "Hispanic" for "hispan"."""
    return bool(re.fullmatch(r"[a-z]{5,7}", level)) and any(
        w.startswith(level) and 1 <= len(w) - len(level) <= 3 for w in re.findall(r"[a-z]+", question.lower()))


def _doers_written(question: str, level: str) -> bool:
    """Whether a level of one word of three letters or more that is something done is written by those who do it, as
    units: "renters" for "RENT", "owners" for "OWN", "smokers" for "smoke"; not a comparative ("higher" for "HIGH") nor
    the verb one makes ("lowers" for "LOW", :data:`_COMPARATIVE_VERBS`)."""
    if not re.fullmatch(r"[A-Za-z]{3,}", level) or level.lower() in _COMPARATIVE_VERBS:
        return False
    doer = level.lower() + ("r" if level.lower().endswith("e") else "er")
    return bool(re.search(rf"\b{doer}s\b", question, re.IGNORECASE))


_COMPARATIVE_VERBS = frozenset({"low"})
"""Levels whose "doers" are a verb made of a comparative: "X lowers Y" names no one who lows."""


def level_words_written(question: str, profile: DataProfile, column: str) -> bool:
    """Whether the question writes a word of five letters or more of one of the column's text levels, one of four
    letters as it is (in the singular: "higher" is not the "high" of "high school"), or the initials of a shorter one
    (:func:`_word_hits`; "E-Mail" read as "email", "right heart catheterization" as "RHC"); not a grade alone ("high" of
    "high_carb" in "high-altitude camps")."""
    levels = [v for v in profile[column].levels if isinstance(v, str)]
    text = prose(question)
    initials, written = _initials(text), {_singular(w) for w in _words(text)}
    return any(hit for v in levels for w, hit in _word_hits(question, re.sub(r"(?<=\w)-(?=\w)", "", v.lower()))
               if w not in _FUNCTION and w not in _GRADES and (len(w) >= 5 or len(w) == 4 and _singular(w) in written or w in initials))


_GRADES = frozenset({"high", "low", "medium", "large", "small", "other", "none"})
"""Words of levels that grade or leave out ("high_carb", "other"): written alone, they name no level's column."""


_NUMBERED = re.compile(r"([A-Za-z]+)_?(\d+)")
_LAST = re.compile(r"\b(?:final|last|latest|end-of-\w+)\s+(?P<next>\w+(?:\s+\w+)?)", re.IGNORECASE)
_FIRST = re.compile(r"\b(?:initial|baseline|earliest|starting)\s+(?P<next>\w+(?:\s+\w+)?)", re.IGNORECASE)


def _family(column: str, columns: Sequence[str]) -> list[str]:
    """The numbers of the columns named like ``column`` but for their number (``re74``, ``re75``, ``re78`` -> 74, 75,
    78), its own among them; empty for a name without a number."""
    match = _NUMBERED.fullmatch(column)
    if match is None:
        return []
    return [m[2] for c in columns if (m := _NUMBERED.fullmatch(c)) and m[1].lower() == match[1].lower()]


def numbered_end(question: str, columns: Sequence[str], column: str) -> bool:
    """Whether ``column`` is the last of columns named alike but for a number (``G1``, ``G2``, ``G3``) and the question
    asks for a final or last one ("final grades"), or the first of them and it asks for an initial or baseline one;
    one of the two words after "final" starts as the name does ("final grades" is ``G3``, "final earnings" is not ``re78``)."""
    family = [int(n) for n in _family(column, columns)]
    if len(family) < 2:
        return False
    match = _NUMBERED.fullmatch(column)
    text, number, letter = prose(question), int(match[2]), match[1][0].lower()

    def asks(words: re.Pattern[str]) -> bool:
        return any(w.lower().startswith(letter) for m in words.finditer(text) for w in m["next"].split())

    return number == max(family) and asks(_LAST) or number == min(family) and asks(_FIRST)


def _latest_unwritten(question: str, columns: Sequence[str], column: str) -> bool:
    """Whether ``column`` is the last of columns named alike but for a number (``re74``, ``re75``, ``re78``) and the
    question writes none of their numbers nor asks for a first one."""
    family = _family(column, columns)
    if len(family) < 2 or _FIRST.search(prose(question)):
        return False
    written = set(re.findall(r"\d+", question))
    return int(_NUMBERED.fullmatch(column)[2]) == max(map(int, family)) and not any(
        n == number or _carries(number, n) for number in family for n in written)


def latest_outcomes(question: str, options: Sequence[str], columns: Sequence[str]) -> list[str]:
    """The ``options`` for an outcome but the earlier of columns named alike but for a number where the question
    grounds the last of them without writing a number of theirs (:func:`_latest_unwritten`): an outcome is measured
    after its treatment, so "earnings" is ``re78``, and ``re74`` and ``re75`` are what came before. So too a column
    named as an earlier measurement of another option the question grounds (:func:`_later_twin`: ``pre_takeup_rate``
    beside ``takeup_survey``, ``lagdemocrat`` beside ``democrat``) where the question grounds that option or neither (an
    outcome left unsaid is the later one), unless the question writes a word for earlier."""
    latest = [c for c in options if _latest_unwritten(question, columns, c) and stem_share(question, c) > 0]
    stems = {_NUMBERED.fullmatch(c)[1].lower() for c in latest}
    later = [c for c in options if c in latest or not ((m := _NUMBERED.fullmatch(c)) and m[1].lower() in stems)]
    if _asks_earlier(question):
        return later
    return [c for c in later if (twin := _later_twin(c, columns)) is None or twin not in later
            or stem_share(question, twin) == 0 and stem_share(question, c) > 0]


_EARLIER = frozenset({"pre", "prior", "prev", "previous", "past", "lag", "lagged", "baseline"})
"""Words naming a column as an earlier measurement of another (``pre_takeup_rate``, ``earnings_prev``, ``lagdemocrat``)."""
_EARLIER_WORDS = _EARLIER | {"previously", "before", "beforehand", "earlier", "initial"}
_LAST_TIME = re.compile(r"\bpre-|\blast (?:year|period|election|term|time|wave|round)\b", re.IGNORECASE)


def _asks_earlier(question: str) -> bool:
    """Whether the question writes a word for an earlier measurement (:data:`_EARLIER`, "before", "last year"), in a
    name it writes too (``past_purchases``) or with a slip ("piror claims")."""
    words = _words(prose(question), shortest=2)
    return bool(_LAST_TIME.search(question)) or any(
        w in _EARLIER_WORDS or len(w) >= 5 and any(_typo_of(w, m) for m in _EARLIER_WORDS if len(m) >= 5) for w in words)


def _later_twin(column: str, columns: Sequence[str]) -> str | None:
    """The column ``column`` is named as an earlier measurement of (:data:`_EARLIER`): the rest of a glued name
    (``lagdemocrat`` -> ``democrat``), or a column with no such word whose name's other words are the same but for
    words of a measurement (:data:`_MEASURED`: ``pre_takeup_rate`` -> ``takeup_survey``, ``earnings_prev`` ->
    ``earnings``; not ``prev_births`` -> ``birth_weight_g``); None for any other name."""
    low = column.lower()
    for marker in sorted(_EARLIER, key=len, reverse=True):  # the longest first: "previous" before "prev" and "pre"
        rest = low[len(marker):].lstrip("_")
        if low.startswith(marker) and len(rest) >= 3 and (twin := next((c for c in columns if c.lower().replace("_", "") == rest.replace("_", "")
                                                                        and c != column), None)):
            return twin
    words = {_singular(w) for w in _words(column)} - _FILLER
    if not _EARLIER.intersection(words) or not (words := words - _EARLIER):
        return None
    return next((c for c in columns if c != column and not _EARLIER.intersection(_words(c)) and (
        twin := {_singular(w) for w in _words(c)} - _FILLER) & words and (twin ^ words) <= _MEASURED), None)


_MEASURED = frozenset({"survey", "rate", "cost", "amount", "value", "score", "level", "current", "post", "now", "after"})
"""Words a measurement's name may add or leave out and still be the same measurement (``pre_takeup_rate``,
``takeup_survey``)."""


def unwritten_outcomes(options: Sequence[str], columns: Sequence[str]) -> list[str]:
    """The ``options`` for an outcome the question writes nowhere ("Did the training help dropouts more?"): no fixed trait
    of a unit (:data:`.glossary.TRAITS`: age, sex, race are set before any treatment, so no effect of it) and only the last
    of columns named alike but for a number (``re78``, not ``re74``: an outcome is measured after its treatment) or of a
    measure taken before and after (``posttest``, not ``pretest``; :func:`_after_twin`), and where the table measures
    something again so, that later measure alone (``re78``, ``posttest``: what a study measures twice is what it studies);
    all ``options`` where that leaves none."""
    def earlier(column: str) -> bool:
        family = [int(n) for n in _family(column, columns)]
        return len(family) >= 2 and int(_NUMBERED.fullmatch(column)[2]) < max(family) or _after_twin(column, columns) is not None

    def latest(column: str) -> bool:
        family = [int(n) for n in _family(column, columns)]
        return len(family) >= 2 and int(_NUMBERED.fullmatch(column)[2]) == max(family) or any(
            _after_twin(c, columns) == column for c in columns)

    kept = [c for c in options if not TRAITS.intersection(map(_singular, _words(c))) and not earlier(c)]
    return [c for c in kept if latest(c)] or kept or list(options)


_BEFORE_AFTER = (("pre", "post"), ("before", "after"), ("baseline", "followup"), ("baseline", "endline"), ("baseline", "final"))
"""Words that name a measure taken before a treatment and the same measure taken after it (``pretest``, ``posttest``)."""


def _after_twin(column: str, columns: Sequence[str]) -> str | None:
    """The column measuring after a treatment what ``column`` measures before it, named alike but for :data:`_BEFORE_AFTER`'s
    words at the start of a word (``pretest`` -> ``posttest``, ``score_before`` -> ``score_after``); None where none is."""
    lowered = {c.lower(): c for c in columns}
    low = column.lower()
    for before, after in _BEFORE_AFTER:
        for match in re.finditer(rf"(?:^|(?<=[_\s.-])){before}", low):
            twin = low[:match.start()] + after + low[match.end():]
            if twin in lowered and lowered[twin] != column:
                return lowered[twin]
    return None


def mentions(question: str, column: str, *, besides: Sequence[str | None] = ()) -> bool:
    """Whether the question writes some word of the column's name (:func:`_word_hits`), outside the names of the
    columns ``besides`` that it writes (:func:`names`; "voter_age" does not mention ``voted``)."""
    for other in filter(None, besides):
        question = _written_name(other).sub(" ", question)
    return any(hit for _, hit in _word_hits(question, column))


def _numbered_words(columns: Sequence[str]) -> list[str]:
    """The words of the columns' names that may carry a number: those of :func:`_words` and those starting with digits
    (``12m`` of ``er_any_12m``, ``71`` of ``wt82_71``)."""
    return [w for c in columns for w in (*_words(c), *re.findall(r"(?<![A-Za-z0-9])\d+[A-Za-z]*", c))]


def carried_numbers(question: str, columns: Sequence[str]) -> frozenset[str]:
    """The numbers the question writes that name a column ("1978" for ``re78``, "401" for ``e401``, "12 months" for
    ``er_any_12m``, "20 weeks" in "CD4 count at 20 weeks", what the glossary says ``cd420`` stands for, "year 4" for
    ``earny4``), but a number
    written after a comparison, which is a value ("poverty above 15" beside ``trend_15``; :data:`_COMPARED`), and one
    glued into a word, which no value is read from anyway (:data:`.prompt.NUMBER`): the "25" of "pm25" leaves "pm25
    above 25" a value."""
    words, glossed = _numbered_words(columns), _glossed_numbers(question, columns)
    found = ((m[0], _COMPARED.search(question, 0, m.start())) for m in re.finditer(r"(?<![\w.])\d+", question))
    return frozenset(n for n, compared in found if n in glossed or not compared and any(
        _carries(w, n) or _joined_number(w) == n and _number_named(n, question) for w in words))


_COMPARED = re.compile(rf"(?<![A-Za-z])(?:{_ABOVE}|{_BELOW}|\w+ than|exceeds?|beyond|=)\s*\$?$", re.IGNORECASE)
"""A comparison (:data:`_ABOVE`, :data:`_BELOW`, "older than", "=") ending just before a number: the number is a value
compared with, not part of a column's name."""


def written_values(question: str, profile: DataProfile) -> list[float]:
    """The numbers the question writes (:func:`.prompt.numbers_in`) but those that name a column ("1978" for ``re78``;
    :func:`carried_numbers`) and those inside a text level it writes as written ("the 20-25-30 prompt", "the 18-34 group")."""
    carried = carried_numbers(question, profile.names)
    for level in _numbered_levels(profile):
        question = re.sub(rf"(?<![\w.-]){re.escape(level)}(?![\w-])", " ", question, flags=re.IGNORECASE)
    return [v for v in numbers_in(question) if not (v.is_integer() and str(int(v)) in carried)]


def _numbered_levels(profile: DataProfile) -> list[str]:
    """The text levels of the table that write numbers with other signs between or after them ("20-25-30", "65+")."""
    return [v for c in profile.names for v in profile[c].levels or ()
            if isinstance(v, str) and re.search(r"\d", v) and re.search(r"[^\d\s.,]", v.strip()) and len(v.strip()) >= 3]


def _glossed_numbers(question: str, columns: Sequence[str]) -> set[str]:
    """The numbers inside the glossary phrases the question writes for its columns ("20" of "CD4 count at 20 weeks")."""
    text = prose(question)
    return {n for c in columns for gloss in _glosses(c) if re.search(r"\d", gloss) and _written_name(gloss).search(text)
            for n in re.findall(r"\d+", gloss)}


def value_options(profile: DataProfile, column: str, question: str) -> list[str]:
    """The values a condition on ``column`` may take, each grounded in the question.

    A binary column offers the text levels the question writes, else 0 and 1 (or its two levels)
    where the question writes every word of its name ("for units with a garden" for ``has_garden``,
    not "price" for ``PriceIncrease``) or some word of it and one of its values ("altitude camp equal
    to 1"), of a no / yes text column named so only its "Yes" ("for smokers"; its "No" after a negation,
    :func:`negated`), of a 0 / 1 column named for a lack only 0 where the question affirms it (:func:`affirms`), of one
    the question names by what it stands for the value that says (:func:`glossed_value`), of a sex's codes both where
    the question writes a sex (:func:`coded_sex_written`), of a false / true or no / yes column (not a 0 / 1 one, whose
    codes the model reads) whose words of two or more the question writes together, none negated, only its true
    (:func:`_affirmed`); a categorical one only the levels the question writes (a
    sex's codes alike); a numeric one the numbers written
    in the question (and 0 where it writes "no" before the name, :func:`none_of`), and its median where the
    question speaks of a median or a half (a percentage as a fraction, for a column of shares from 0 to 1: "more than
    40% of pupils" is 0.4); of a numeric column the question does not name, only numbers in its
    observed range (a value outside selects no rows or all of them: "cart values of 667" is not about a
    ``cart_items`` of 1 to 34, whatever the model prefers). A column with no options cannot be a condition.
    """
    col = profile[column]
    written = written_levels(question, profile, column)
    if col.kind is Kind.BINARY:
        levels = list(col.levels or (0, 1))
        named = names(question, column) or stem_share(question, column) == 1.0 and _written_together(question, column)
        valued = mentions(question, column) and set(written_values(question, profile)) & set(levels)
        values: list[Any] = written or (levels if named or valued or coded_sex_written(question, profile, column) else [])
        if not written and names(question, column) and (yes := yes_level(col)) is not None:
            # "for smokers" is Smoker "Yes", "for non-smokers" its "No"
            values = [next(v for v in levels if v != yes) if negated(question, column) else yes]
        elif not written and col.numeric and set(levels) == {0, 1} and lacks(question, column):
            values = [1]  # "without a degree" is nodegree 1
        elif not written and col.numeric and set(levels) == {0, 1} and names(question, column) and negated(question, column):
            values = [0]  # "non-smokers" is smoker 0
        elif not written and col.numeric and set(levels) == {0, 1} and affirms(question, column):
            values = [0]  # "with a high school degree" is nodegree 0
        elif not written and col.numeric and set(levels) == {0, 1} and (glossed := glossed_value(question, column)) is not None:
            values = [glossed]  # "whose mothers did not finish high school" is mom.lths 1
        elif not written and (yes := next((v for v in levels if str(v).strip().lower() in ("true", "yes", "y")), None)) is not None and (
                _affirmed(question, column)):
            values = [yes]  # "given a search was conducted" is search_conducted True
    elif col.kind in (Kind.CATEGORICAL, Kind.TEXT):
        values = written or (list(col.levels) if coded_sex_written(question, profile, column) else [])
    else:
        values = [v for v in written_values(question, profile)
                  if col.min is None or col.max is None or col.min <= v <= col.max or names(question, column)]
        if col.min is not None and col.max is not None and 0 <= col.min and col.max <= 1:  # "40%" of a share is 0.4
            shares = {v: v / 100 for v in _percents(question) if col.min <= v / 100 <= col.max}
            values = [shares.get(v, v) for v in values] + [share for v, share in shares.items() if v not in values]
        values += [0.0] * none_of(question, profile, column)
        if col.median is not None and MIDDLE.search(question):
            values.append(_readable_median(col.median, col.min, col.max))
    return list(dict.fromkeys(literal(v) + "}" for v in values))


_PERCENT = re.compile(rf"(?P<number>{NUMBER.pattern})\s*(?:%|per\s*cent\b|percent\b)", re.IGNORECASE)


def _percents(question: str) -> list[float]:
    """The numbers the question writes as percentages ("40%", "15 percent")."""
    return [n for m in _PERCENT.finditer(question) for n in numbers_in(m["number"])]


def _readable_median(median: float, low: float | None, high: float | None) -> float:
    """The median as a condition writes it: whole from 10 on, else to two decimals, and to two decimals also where the
    whole number would move it by more than 1% of the column's range (a log income of 10.3 to 10.9 has median 10.6, not 11)."""
    whole = round(median, 2) if abs(median) < 10 else round(median)
    spread = (high - low) if low is not None and high is not None else 0.0
    return round(median, 2) if spread > 0 and abs(whole - median) > 0.01 * spread else whole


def another_group(place: str, profile: DataProfile, column: str, taken: Sequence[str]) -> bool:
    """Whether a condition's ``place`` writes every word of the yes/no ``column`` besides words of the condition columns
    ``taken``: "diabetic patients over 65 years of age" is ``diabetes`` beside ``age``; "past turnouts equal to 0" no
    ``turnout`` beside ``PastTurnout``; "married providers" no ``nevermarried`` beside ``married``, whose name is inside its own."""
    if profile[column].kind is not Kind.BINARY or stem_share(place, column) < 1:
        return False
    if any(glossary_key(name) in glossary_key(column) for name in taken):
        return False
    return not words_taken(column, taken)


def words_taken(column: str, taken: Sequence[str]) -> bool:
    """Whether every word of the column's name is a word of the names ``taken`` (``voted`` beside ``voted_last``): words
    that wrote those conditions write no further one."""
    return set(_words(column)) <= {word for name in taken for word in _words(name)}


def writes_a_value(question: str, profile: DataProfile, *, arms: Collection[str] = ()) -> bool:
    """Whether the question writes a number, a median or half, a text level of some column but the ``arms`` (columns
    whose levels it writes as the treatment's arms, :func:`written_arms`) or "no" before a count's name
    (:func:`none_of`): a subgroup may be meant."""
    return bool(written_values(question, profile) or MIDDLE.search(question)) or any(
        c not in arms and written_levels(question, profile, c) or none_of(question, profile, c) for c in profile.names)


def grounds_subgroup(question: str, profile: DataProfile, column: str) -> bool:
    """Whether the question writes a condition on ``column``: one of its text levels, a sex its codes stand for
    (:func:`coded_sex_written`), a year in its range after "after", "before" or "since" for a column of years
    (:func:`dated`), or its name (or a stem of it) and a value."""
    if written_levels(question, profile, column) or coded_sex_written(question, profile, column) or column in dated(
            question, profile, [column]):
        return True
    return bool(value_options(profile, column, question)) and (names(question, column) or stem_share(question, column) > 0)

