"""Constrained decoding: the model can only write a valid query naming the table's own columns.

The query is written as fixed text (forced, fed to the model without asking it) and choices: the
task, each column, each operator, each condition value, list ends. At a choice the model's
next-token scores are masked to the tokens that continue some allowed option (a token trie), so
every output is schema-valid JSON whose names are all DataFrame columns. The model's output is
only ever read as data.
"""
from __future__ import annotations

import dataclasses
import json
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

import torch

from ..profile import DataProfile, Kind, fits_role
from ..schema import CausalQuery, Task
from .cues import (
    adjusted_for, adjusting_items, as_variation, asked_level, asked_methods, asks_counterfactual, asks_effect, asks_graph, asks_mediation,
    asks_on_treated, asks_policy, asks_risk_measure, banded_groups, caused_node, compared_groups, direction_items, facing_units, graded_groups,
    having_groups, in_words, listed_items, named_design, named_units, names_mediator, numbered_groups, objective, points_to, role_spans, varies_with,
    without_adjusting, without_amounts, without_codings, without_contrast, without_level, without_method,
)
from .described import annotated
from .grounding import (
    Grounding, another_group, coded_sex_written, counts_past_a_threshold, grounds_subgroup, is_identifier, is_sex_column, latest_outcomes,
    level_cover, level_words_written, level_written_whole, levels_in, log_twin, mentions, named_for, names, names_a_sex, names_rows, negated,
    outcome_events, placed_levels, prose, stem_share, unwritten_outcomes, value_options, with_digits, writes_a_value, writes_all_words,
    written_arms, written_levels, words_taken, written_exactly, written_ops, written_values,
)
from .prompt import FIELDS, OPS_LEVELS, OPS_NUMERIC, literal, numbers_in, render_prompt
from .spelling import respelled, vocabulary

MAX_CONDITIONS = 2
PACK_AFTER = 2
"""After this many options scored one pass each, :meth:`Session.choose_weighted` scores the options its bound has not cut
in one packed pass (:meth:`Session._run_packed`): on a wide table many names start alike and the bound cuts few."""
MAX_NODES = 8


class Session:
    """One incremental pass of a causal LM over a growing token sequence (with its KV cache).

    With ``hold_back``, tokens fed are held back until the next-token scores are read: forced text,
    the rest of a chosen option and the text after it then go through the model in one forward pass,
    which on a CPU costs far less than one pass each (the weights' reads dominate). Without it, each
    piece goes through the model as it is fed (``benchmarks/parser_speed.py`` compares the two).
    """

    def __init__(self, model: Any, tokenizer: Any, prompt: str, *, hold_back: bool = True) -> None:
        self.model = model
        self.hold_back = hold_back
        self.tokenizer = tokenizer
        self.device = next(model.parameters()).device
        self.past: Any = None
        self._logits: torch.Tensor | None = None
        self._pending: list[int] = []
        self._pieces: dict[str, list[int]] = {}
        self.feed(self.encode(prompt))

    def encode(self, text: str) -> list[int]:
        if text not in self._pieces:
            self._pieces[text] = self.tokenizer(text, add_special_tokens=False)["input_ids"]
        return self._pieces[text]

    @property
    def logits(self) -> torch.Tensor | None:
        """The next-token scores after everything fed (held-back tokens go through the model first)."""
        if self._pending:
            self._run()
        return self._logits

    @torch.inference_mode()
    def _run(self, ids: Sequence[int] = (), keep: int | None = None) -> torch.Tensor:
        """One forward pass over the held-back tokens and ``ids``; the scores after each of the last ``keep``
        tokens (all of ``ids`` by default; one more gives the scores before ``ids`` too)."""
        held, self._pending = self._pending, []
        inputs = torch.tensor([[*held, *ids]], device=self.device)
        out = self.model(input_ids=inputs, cache=self.past, use_cache=True, logits_to_keep=max(1, len(ids) if keep is None else keep))
        self.past = out.cache
        rows = out.logits[0].float()
        self._logits = rows[-1]
        return rows

    def feed(self, ids: Sequence[int]) -> None:
        """Append ``ids`` to what the model has read (with ``hold_back``, run through it when scores are next needed)."""
        self._pending.extend(ids)
        if not self.hold_back and self._pending:
            self._run()

    def force(self, text: str) -> None:
        self.feed(self.encode(text))

    def feed_all(self, ids: Sequence[int]) -> torch.Tensor:
        """Feed ``ids`` and return the next-token scores after each of them (one row per token)."""
        return self._run(ids)

    def length(self) -> int:
        """How many tokens the session has read."""
        return (0 if self.past is None else int(self.past.get_seq_length())) + len(self._pending)

    def rewind(self, length: int, logits: torch.Tensor) -> None:
        """Drop what was fed after the first ``length`` tokens; ``logits`` are the scores there."""
        self._pending = []
        self.past.crop(length - self.length())
        self._logits = logits

    def choose(self, options: Sequence[str]) -> int:
        """Index of the option the model writes, decoding greedily inside the options' token trie."""
        if not options:
            raise ValueError("no options to choose from")
        seqs = [self.encode(o) for o in options]
        alive = [i for i, s in enumerate(seqs) if s]
        k = 0
        while True:
            if len(alive) == 1:
                self.feed(seqs[alive[0]][k:])
                return alive[0]
            done = [i for i in alive if len(seqs[i]) == k]
            going = [i for i in alive if len(seqs[i]) > k]
            if done and not going:
                return done[0]
            assert self.logits is not None
            allowed = sorted({seqs[i][k] for i in going})
            scores = self.logits[allowed]
            best = allowed[int(torch.argmax(scores))]
            alive = [i for i in going if seqs[i][k] == best]
            self.feed([best])
            k += 1

    @torch.inference_mode()
    def _run_packed(self, seqs: Sequence[Sequence[int]]) -> list[torch.Tensor]:
        """The scores after each token of each of ``seqs``, every one read as if it alone followed what was fed, in one
        forward pass: the sequences go in one after another, each at the positions right after the text, with an
        attention mask that lets each token see the text and its own sequence's earlier tokens only. The cache keeps
        them; the caller rewinds."""
        assert not self._pending
        start = self.length()
        ids = [t for seq in seqs for t in seq]
        positions = torch.tensor([[start + k for seq in seqs for k in range(len(seq))]], device=self.device)
        dtype = next(self.model.parameters()).dtype
        mask = torch.full((len(ids), start + len(ids)), torch.finfo(dtype).min, dtype=dtype, device=self.device)
        mask[:, :start] = 0
        offset = 0
        for seq in seqs:
            span = torch.arange(len(seq), device=self.device)
            block = mask[offset: offset + len(seq), start + offset: start + offset + len(seq)]
            block[span[:, None] >= span[None, :]] = 0
            offset += len(seq)
        out = self.model(input_ids=torch.tensor([ids], device=self.device), position_ids=positions, attention_mask=mask[None, None],
                         cache=self.past, use_cache=True, logits_to_keep=len(ids))
        self.past = out.cache
        rows = out.logits[0].float()
        return list(torch.split(rows, [len(seq) for seq in seqs]))

    @staticmethod
    def _logp(before: torch.Tensor, rows: torch.Tensor, seq: Sequence[int]) -> float:
        """Log-probability of ``seq`` from the scores ``before`` it and ``rows`` after each of its tokens."""
        logp = torch.log_softmax(rows, -1)
        return float(torch.log_softmax(before, -1)[seq[0]]) + float(sum(logp[k - 1, seq[k]] for k in range(1, len(seq))))

    def choose_weighted(self, options: Sequence[str], bonus: Sequence[float]) -> int:
        """Index of the option whose whole token sequence has the highest log-probability plus its bonus.

        Exact, by branch and bound: an option's first-token log-probability bounds its whole
        sequence's, so options are scored best bound first (fed, then cropped off the cache) until no
        bound beats the best score. A confident model scores one or two. The option with the highest
        bonus is scored in the same forward pass as the held-back text before it, so where the model
        agrees with the question's words a choice costs one pass. The session moves past the chosen option.
        """
        assert len(options) == len(bonus)
        seqs = [self.encode(o) for o in options]
        start, scored, fed = self.length(), {}, None
        guess = max(range(len(seqs)), key=lambda i: bonus[i])
        if self._pending and len(seqs[guess]) > 1:
            rows = self._run(seqs[guess], keep=len(seqs[guess]) + 1)
            logits, fed = rows[0], guess
            scored[guess] = self._logp(logits, rows[1:], seqs[guess]) + bonus[guess]
        else:
            logits = self.logits
        assert logits is not None
        first = torch.log_softmax(logits, -1)
        bound = [float(first[s[0]]) + b for s, b in zip(seqs, bonus)]
        best, best_score = -1, -math.inf
        order = sorted(range(len(seqs)), key=lambda i: -bound[i])
        for n, i in enumerate(order):
            if bound[i] <= best_score:
                break
            if len(seqs[i]) == 1:
                score = bound[i]
            elif i in scored:
                score = scored[i]
            else:
                if fed is not None:
                    self.rewind(start, logits)
                unscored = [j for j in order[n:] if bound[j] > best_score and len(seqs[j]) > 1 and j not in scored] if n >= PACK_AFTER else []
                if len(unscored) > 1:  # the bound has cut little after PACK_AFTER options: score the rest in one pass
                    for j, rows in zip(unscored, self._run_packed([seqs[j] for j in unscored])):
                        scored[j] = self._logp(logits, rows, seqs[j]) + bonus[j]
                    fed = -1  # several sequences are in the cache: the chosen one is fed again
                    score = scored[i]
                else:
                    score = self._logp(logits, self.feed_all(seqs[i]), seqs[i]) + bonus[i]
                    fed = i
            if score > best_score:
                best, best_score = i, score
        if fed != best:
            if fed is not None:
                self.rewind(start, logits)
            self.feed(seqs[best])
        return best

def decode(
    model: Any, tokenizer: Any, question: str, profile: DataProfile, *, reasons: Sequence[str], task: Task | None = None,
    grounding: Grounding = Grounding(), hold_back: bool = True,
) -> CausalQuery:
    """Parse ``question`` about a table with ``profile`` into a CausalQuery, constrained to its columns.

    ``task`` fixes the task instead of letting the model choose it; the fields are still decoded.
    Otherwise the question's words check the model's task (:mod:`.cues`, :mod:`.grounding`): a
    question naming a design the tool does not run (an instrument, a difference-in-differences, a
    regression discontinuity) or counting rows ("how many rows have X above 3") is out of scope. The
    task is chosen again without the one read where that reading has nothing in the question to stand
    on: an out-of-scope reason no word points to, a subgroup effect (HTE) with no condition or, in a
    question writing no value (outside the treatment's place: "moving the gate from level 30 to level 40"), one whose
    subgroup it does not ground, a mediation (MA) in a question
    naming no path whose mediator it does not mention (outside the treatment's and outcome's
    names) or writes as the subgroup ("for units without text reminders"). An average effect (ATE) read from a question that writes a value or a yes/no
    condition is decoded as the subgroup effect at once, and kept as that where the question grounds
    the subgroup; an average or subgroup effect or a graph read from a question asking which treatment is best
    for whom is read as a policy (OPO); an average effect, a subgroup effect from a question writing
    no value or a policy from one not asking which treatment is best, read from a question naming a
    path ("through", "via", "carries the effect"), or a graph read from one that places all three
    roles ("X -> M -> Y"), as a mediation (for the former, when the mediator is a column the question
    mentions, one its mediator's place grounds ("because it changes purchase amount" for ``revenue``, a measure of money) or the
    phrasing gives the mediator its role outright: :func:`.cues.names_mediator`). A role is offered
    only the columns that can play it (:func:`fits_role`), where there
    are any, and a column its place names where it names none of those (:func:`role_options`: the
    planner then says why it cannot play it); columns are chosen by their whole names' log-probability
    plus ``grounding``'s bonus for the columns the question names, among those it writes in the role's
    place where its phrasing places roles; a graph's node list has as many columns as the question's
    written list has items (:func:`.cues.listed_items`), and each next node is a column grounded by an
    item not yet drawn, where every such item grounds one (:meth:`.Grounding.listed`; with no list, the treatment's and
    the outcome's places are the items, "a causal link between A and B", or the variable whose causes it asks for,
    :func:`.cues.caused_node`). The prompt is
    read once; every re-decode starts from its cached end (``hold_back``: see :class:`Session`). Small typos are first
    read as the words meant (:func:`.spelling.respelled`: "the efect of quiting"), and causal notation written in words
    ("E[Y | do(T=1)] - E[Y | do(T=0)]": :func:`.cues.in_words`). Numbers written as words in a value's place, and ordinal
    groups of a column's levels, are read as digits first (:func:`.grounding.with_digits`); last, a role
    the question does not ground at all goes to the one column it names that no field holds (:func:`_grounded`). A
    clause listing covariates to adjust for is read apart: its items become the query's ``controls`` (:func:`_adjusted`)
    and play no other part; so do the words naming an estimator or an interval level, which become the query's ``method``
    and ``ci_level``, and amounts of change ("if price goes up by 10") and the codes a description of the data gives a
    yes/no column ("qsmk is 1 if the person quit"), which name no subgroup; an average effect asked
    for the treated gets the method that estimates it (:func:`_aimed`). A question asking for a risk measure (the number
    needed to treat) is no policy question (:func:`.cues.asks_risk_measure`), nor one asking for "the effect of X on Y"
    or which of the groups it names benefits most, where no word asks which treatment is best (:data:`_EFFECT_OF`,
    :data:`_BENEFITS_MOST`); one asking for the graph of three or more
    variables it lists is a graph (:func:`.cues.asks_graph`), and one asking what would have been otherwise none
    (:func:`.cues.asks_counterfactual`), nor one whose phrasing places an effect's roles (:func:`.cues.asks_effect`).
    Groups named by a standard band of a measure ("obese patients"), by a high or low amount of a numeric column
    ("long-tenure customers"), by every word of a score's name ("risk-averse farmers": :func:`_named_at_median`) or asked
    to vary with one are written as their thresholds first, a column of levels asked
    to vary with as one level (:func:`_banded`, :func:`_graded_at_median`, :func:`_split_by_modifier`), groups named by a count
    ("8-cylinder cars") as the counted column's value (:func:`_numbered`), by having what a count counts ("students
    with past failures") as that count above 0 (:func:`_having_some`) and by lacking what a yes/no column says with "un"
    glued to its word ("unmarried mothers") as "non-" it (:func:`_unprefixed`).
    """
    table = [*profile.names, *(v for c in profile.names for v in profile[c].levels if isinstance(v, str))]
    question = as_variation(annotated(in_words(respelled(question, vocabulary(tokenizer), table)), profile.names))
    covariates, methods, level = adjusting_items(question), asked_methods(question, profile.names), asked_level(question)
    question = with_digits(without_codings(without_amounts(without_level(without_method(without_adjusting(question))))), profile)
    question = _having_some(_numbered(_banded(_unprefixed(question, profile), profile, grounding), profile, grounding), profile, grounding)
    question = _split_by_modifier(_named_at_median(_graded_at_median(question, profile, grounding), profile), profile, grounding)
    columns = profile.names
    if task is None and (design := named_design(question, columns, reasons)) is not None:
        return CausalQuery(task=Task.UNSUPPORTED, reason=design)
    if task is None and len(methods) == 1 and (named := next(iter(methods))) in (Task.CGL, Task.OPO):
        task = named  # a graph-discovery algorithm or a policy learner named by the question says what it asks for
    if task is None and asks_graph(question, columns):
        task = Task.CGL
    spans = role_spans(question, columns)
    session = Session(model, tokenizer, render_prompt(question, profile), hold_back=hold_back)
    session.force('{"task": "')
    prompt_end = (session.length(), session.logits)

    # An average effect read from a question that writes a value or a yes/no condition ("for units with
    # a garden") is decoded as the subgroup effect straight away, and as the average effect only where
    # the question does not ground the subgroup; a level written as the treatment's arm is no value ("the effect of
    # RHC" for levels "RHC", "No RHC"), and a column written in the outcome's place alone is no subgroup.
    beside_treatment = _without_places(question, spans, ("treatment",) if "treatment" in spans else ())
    arms = written_arms(spans, profile, columns)
    writes = writes_a_value(_without_event(without_contrast(question, spans), spans, profile), profile, arms=arms) or any(
        coded_sex_written(beside_treatment, profile, c) for c in columns)  # "larger for women"
    # "30-day death" names no group, nor does the treatment's place writing its arms ("the Mens E-Mail" beside ``mens``)
    beside_outcome = _without_places(question, spans, tuple(r for r in ("outcome", "treatment") if r in spans and (r == "outcome" or arms)))
    policy = asks_policy(question, columns)
    instead = {Task.ATE: Task.HTE} if (writes or "condition" in spans) and not policy else {}

    def once(task: Task | None, tasks: tuple[Task, ...]) -> tuple[CausalQuery, Task]:
        """One pass over the prompt read once: every re-decode starts from its cached end (the query's opening read too)."""
        session.rewind(*prompt_end)
        return _decode_once(session, question, profile, reasons=reasons, task=task, tasks=tasks, grounding=grounding, spans=spans,
                            instead=instead)

    # a risk measure or an effect on the treated is an effect, never a policy
    excluded: set[Task] = {Task.OPO} if asks_risk_measure(question) or asks_on_treated(question) and not policy else set()
    while True:
        query, chosen = once(task, tuple(t for t in Task if t not in excluded))
        if task is not None:
            return _adjusted(_aimed(query, question, profile, methods, level), covariates, profile, grounding)
        if chosen is not query.task:
            if not (query.condition and all(grounds_subgroup(question, profile, c.column) for c in query.condition)):
                query = once(Task.ATE, tuple(Task))[0]
            break
        if query.task is Task.UNSUPPORTED and not points_to(question, columns, query.reason or ""):
            excluded.add(Task.UNSUPPORTED)
        elif query.task is Task.CGL and (asks_counterfactual(question) or asks_effect(question, columns)):
            excluded.add(Task.CGL)
        elif query.task is Task.OPO and not policy and (asks_effect(question, columns) and _EFFECT_OF.search(question) or (
                "condition" in spans and _BENEFITS_MOST.search(question))):
            excluded.add(Task.OPO)
        elif query.task is Task.HTE and (not query.condition or not writes and not all(
                grounds_subgroup(beside_outcome, profile, c.column) for c in query.condition)):
            excluded.add(Task.HTE)
        elif query.task is Task.MA and not asks_mediation(question, columns) and not names_mediator(question) and (
                not mentions(_outside_roles(question, spans), query.mediator or "", besides=(query.treatment, query.outcome))
                or query.mediator in grounding.best_grounded(spans.get("condition", ""), columns)):
            excluded.add(Task.MA)
        else:
            break
    if query.task in (Task.ATE, Task.HTE, Task.CGL) and policy:
        query = once(Task.OPO, tuple(Task))[0]
    chain = query.task is Task.CGL and {"treatment", "mediator", "outcome"} <= spans.keys()
    effect = query.task is Task.ATE or query.task is Task.HTE and not writes or query.task is Task.OPO and not policy
    if effect and asks_mediation(question, columns) or chain:
        mediation = once(Task.MA, tuple(Task))[0]
        if mediation.mediator is not None and (chain or names_mediator(question) or mentions(
                question, mediation.mediator, besides=(mediation.treatment, mediation.outcome))
                or mediation.mediator in grounding.grounded_in_place(spans, "mediator", columns, profile=profile)):
            query = mediation
    query = _aimed(_grounded(query, question, profile, grounding, spans=spans), question, profile, methods, level)
    return _adjusted(query, covariates, profile, grounding)


_EFFECT_OF = re.compile(r"\b(?:effects?|impacts?|c?ates?|atts?)\s+of\b|\b(?:c?ate|att)\s*:", re.IGNORECASE)
"""An effect asked for in so many words ("estimate the effect of X on Y", "the ATE of X on Y", "ATE: treatment X"): a policy
read from it is no policy where no word asks which treatment is best."""
_BENEFITS_MOST = re.compile(r"\bbenefit(?:s|ed|ted)?\s+(?:the\s+)?(?:most|more|least|less)\b"
                            r"|\b(?:do|does|did)\s+(?:[\w-]+\s+){1,4}?work\s+(?:better|worse)\s+(?:for|among|in|with)\b", re.IGNORECASE)
"""Who benefits most, asked of named groups ("who benefits most: people with or without a degree", "does X work better for
people far from a clinic"): the groups' effects compared, no policy where no word asks which treatment is best."""


def _without_event(question: str, spans: Mapping[str, str], profile: DataProfile) -> str:
    """The question without its outcome's place where that place writes an event (:func:`.grounding.outcome_events`) or
    counts the units past a threshold (:func:`.grounding.counts_past_a_threshold`): the level is what the outcome counts
    ("the chance of earning over 50K" for ``income``, "the number of students above the median" for ``NABOVE``), not a subgroup."""
    if outcome_events(spans, profile, profile.names) or counts_past_a_threshold(spans.get("outcome", "")):
        return _without_places(question, spans, ("outcome",))
    return question


def _outside_roles(question: str, spans: Mapping[str, str]) -> str:
    """The question without its treatment's and outcome's places where its phrasing places both (:func:`.cues.role_spans`):
    a mediator the model reads must be written elsewhere ("does the first bill amount affect the default payment next
    month" writes no ``PAY_AMT1`` between them)."""
    return _without_places(question, spans, ("treatment", "outcome")) if {"treatment", "outcome"} <= spans.keys() else question


def _without_places(question: str, spans: Mapping[str, str], roles: Sequence[str]) -> str:
    """The question with the places of ``roles`` (:func:`.cues.role_spans`) cut out; a place joined from two parts of the
    question ("the new page  compared with the old page", the arm compared with written after the outcome) part by part."""
    for role in roles:
        parts = [spans[role]] if spans[role] in question else [part for part in re.split(r"\s{2,}", spans[role].strip()) if part]
        for part in parts:
            question = question.replace(part, " ")
    return question


def _unplaced(question: str, spans: Mapping[str, str]) -> str:
    """The question without the places of its roles (:func:`.cues.role_spans`) and the group an effect is asked to vary with
    (:func:`.cues.varies_with`): where a role is placed nowhere, what the rest grounds may be it ("Does the treatment effect
    vary with x2? Estimate it for x2 above 1." grounds no outcome, so a column named ``outcome`` is it)."""
    rest = _without_places(question, spans, tuple(spans))
    if (vary := varies_with(rest)) is not None:
        rest = rest[:vary.start("what")] + " " + rest[vary.end("what"):]
    return rest


def _bounds_a_number(place: str | None, profile: DataProfile, column: str) -> bool:
    """Whether the condition's ``place`` bounds a number other than 0 or 1 ("mothers who weighed under 110 pounds") and
    ``column`` is a yes/no one it does not name: no yes/no group is "under 110"."""
    if place is None or profile[column].kind is not Kind.BINARY or names(place, column):
        return False
    return bool(written_ops(place) - {"==", "!="}) and any(n not in (0, 1) for n in numbers_in(place))


def _unspent(values: Sequence[str], question: str, profile: DataProfile, conditions: Sequence[Mapping[str, Any]]) -> list[str]:
    """The value options (:func:`.grounding.value_options`) a further condition may still take: a number the question
    writes bounds as many conditions as it is written ("(hlthp = 1)" is no ``lpi`` of 1 as well, nor ``hlthf`` 0 or 1,
    offered for that 1); a level, or a value it does not write (a yes/no group it names, a median), is free."""
    written = Counter(written_values(question, profile))
    spent = Counter(c["value"] for c in conditions)
    numbers = [(v, json.loads(v[:-1])) for v in values]
    numbers = [(v, n) for v, n in numbers if isinstance(n, (int, float)) and not isinstance(n, bool)]
    offered_for_spent = any(0 < written[n] <= spent[n] for _, n in numbers)
    taken = {v for v, n in numbers if written[n] <= spent[n] and (written[n] > 0 or offered_for_spent)}
    return [v for v in values if v not in taken]


def _adjusted(query: CausalQuery, items: Sequence[str], profile: DataProfile, grounding: Grounding) -> CausalQuery:
    """An effect query with the covariates the question lists to adjust for (:func:`.cues.adjusting_items`) as its
    ``controls``: the one column each item grounds best (of names that extend another, as ``expersq`` does ``exper``,
    the shorter), where it grounds one that holds no role and does not name the rows; ``controls`` stays null (every
    usable column) where no item grounds one ("controlling for confounders")."""
    if query.task not in (Task.ATE, Task.HTE, Task.MA, Task.OPO):
        return query
    roles = {query.treatment, query.outcome, query.mediator}
    controls: list[str] = []
    for item in items:
        best = [c for c in grounding.best_grounded(item, profile.names) if c not in roles and not is_identifier(c)]
        best = [c for c in best if not any(o != c and c.lower().startswith(o.lower()) for o in best)]  # exper, not expersq
        if len(best) == 1 and best[0] not in controls:
            controls.append(best[0])
    return dataclasses.replace(query, controls=tuple(controls)) if controls else query


def _grounded(query: CausalQuery, question: str, profile: DataProfile, grounding: Grounding, *,
              spans: Mapping[str, str] | None = None) -> CausalQuery:
    """``query`` with the one role whose column the question does not ground at all (nor names by its role,
    ``treat``, nor compares two levels of, as a treatment: "the ads compared to the PSA", nor writes a level of in the
    treatment's place alone, a level of two words or more, where the places ``spans`` are given: "sending the womens
    email" for ``segment``, :func:`.grounding.placed_levels`, :func:`.grounding.level_cover`) given the one column the
    question names (:func:`.grounding.names`, the glossary too, or every word of
    the name but its unit: :func:`.grounding.writes_all_words`, but not for a name of the rows,
    :func:`.grounding.is_identifier`; nor another column naming them, :func:`.grounding.names_rows`, unless written exactly)
    that no field holds (nor is the log of one, or its log, :func:`.grounding.log_twin`:
    not ``lbwght`` beside ``bwght``), that can play the role and that is not a covariate it adjusts for
    (:func:`.cues.adjusted_for`): the model's knowledge of names is weaker than a name written ("eligible for a 401(k)" for ``e401``, not ``educ``).
    Anything less clear-cut is left to the model."""
    if query.task not in (Task.ATE, Task.HTE, Task.MA, Task.OPO):
        return query
    roles = {role: column for role in ("treatment", "outcome", "mediator") if (column := getattr(query, role)) is not None}
    bare = [role for role, column in roles.items() if grounding.role_bonus(question, profile, column) == 0
            and not named_for(column, role) and not (role == "treatment" and (
                len(levels_in(question, profile, column)) >= 2 or spans and column in placed_levels(spans, profile, [column])
                and level_cover(spans["treatment"], profile, column)))]
    if len(bare) != 1:
        return query
    held = set(roles.values()) | {c.column for c in query.condition}
    covariates = adjusted_for(question)
    held |= {c for c in profile.names if log_twin(c, profile.names) in held} | {log_twin(c, profile.names) for c in held} - {None}
    named = [c for c in profile.names if c not in held and (names(question, c) or writes_all_words(question, c) and not is_identifier(c))
             and not (names_rows(profile, c) and not written_exactly(question, [c]))
             and not (covariates and (names(covariates, c) or writes_all_words(covariates, c)))
             and fits_role(profile[c], bare[0], query.task)]
    return dataclasses.replace(query, **{bare[0]: named[0]}) if len(named) == 1 else query


def _graded_at_median(question: str, profile: DataProfile, grounding: Grounding) -> str:
    """The question with each group it names by a high or low amount of a numeric column, and no value
    (:func:`.cues.graded_groups`), written as the units with that column above or below its median: "for long-tenure
    customers" is "for customers with tenure above the median", "older patients" "patients with age above the median"
    (the age column named: "older mothers" are "mothers with mage above the median"), "heavy smokers" "smokers with
    smokeintensity above the median" (a doer's column named: "smokers" alone is graded by none), "less educated women"
    "women with educ below the median", "children far from a secondary school" "children with dist_sec above the median"
    (where the question writes no value but in its treatment's place: "does hybrid seed raise yields more on larger
    farms"); not a group that is the treatment's place ("do older clients pay late more often": their age is the
    treatment)."""
    if _writes_a_group_value(question, profile):
        return question
    treatment = role_spans(question, profile.names).get("treatment", "")
    for match, what, high in reversed(graded_groups(question)):
        if prose(match[0]) in treatment:  # "do older clients pay late more often": the graded units are the treatment's place
            continue
        if (column := _numeric_grounded(what, profile, grounding)) is not None:
            units, what = ((match["agent"], column) if match["agent"] else (match["units"], what) if match["units"]
                           else (match["units2"] or match["units3"] or match["units4"] or match["units5"] or match["units6"]
                                 or match["units7"] or "those", column))
            side = "above" if high else "below"
            question = question[:match.start()] + f"{units} with {what} {side} the median" + question[match.end():]
    return question


def _named_at_median(question: str, profile: DataProfile) -> str:
    """The question with each group named by every word of one continuous column's name before its units, and no value
    (:func:`.cues.named_units`), written as the units with that column above its median: "among risk-averse farmers" is
    "among farmers with risk_averse above the median" where ``risk_averse`` is a score; not a group inside the
    treatment's or the outcome's place ("more Black men in prison" for ``bmprison`` beside a share ``black``), nor one a
    yes/no column names ("literate farmers" for ``literacy`` 0 / 1 is read as its yes), with its units too ("black
    legislators" for ``leg_black`` beside a share ``blackpercent``). Units named by what they face
    ("those facing economic hardship", :func:`.cues.facing_units`) are so read for a score of four levels or more too."""
    if _writes_a_group_value(question, profile):
        return question
    spans = role_spans(question, profile.names)
    places = [spans[role] for role in ("treatment", "outcome") if role in spans]
    facing, replaced_from = facing_units(question), len(question)

    def scored(column: str, faced: bool) -> bool:
        """A continuous column, or for what units face a discrete one of four levels or more."""
        col = profile[column]
        return col.kind is Kind.CONTINUOUS or faced and col.kind is Kind.DISCRETE and col.n_distinct >= 4

    for match in sorted(named_units(question) + facing, key=lambda m: m.start(), reverse=True):
        if match.end() > replaced_from:
            continue  # inside a group already written
        faced = match in facing
        if any(prose(match[0]) in place for place in places) or any(
                writes_all_words(match["what"], c) or stem_share(match[0], c) == 1 for c in profile.names if not scored(c, faced)):
            continue
        named = [c for c in profile.names if scored(c, faced) and writes_all_words(match["what"], c)]
        if len(named) == 1:
            question = question[:match.start()] + f"{match['units']} with {named[0]} above the median" + question[match.end():]
            replaced_from = match.start()
    return question


def _numbered(question: str, profile: DataProfile, grounding: Grounding) -> str:
    """The question with each group it names by a count written before a hyphen (:func:`.cues.numbered_groups`) written
    as the counted column's value, where the count is in its range: "for 8-cylinder cars" is "for cars with cylinders = 8"
    (a number joined to a word names a variable otherwise: "7-day retention")."""
    for match, what, count in reversed(numbered_groups(question)):
        column = _numeric_grounded(what, profile, grounding)
        counted = profile[column] if column is not None else None
        if counted is not None and counted.min is not None and counted.max is not None and counted.min <= count <= counted.max:
            question = question[:match.start()] + f"{match['units']} with {column} = {count}" + question[match.end():]
    return question


def _writes_a_group_value(question: str, profile: DataProfile) -> bool:
    """Whether the question writes a value (:func:`.grounding.writes_a_value`) outside its treatment's place
    (:func:`.cues.role_spans`): a group it names by an amount may have its value then; a level in the treatment's place
    is the treatment's arm ("hybrid seed")."""
    treatment = role_spans(question, profile.names).get("treatment")
    return writes_a_value(question.replace(treatment, " ") if treatment else question, profile)


def _having_some(question: str, profile: DataProfile, grounding: Grounding) -> str:
    """The question with each group it names by having what a count column counts (:func:`.cues.having_groups`) written
    as that column above 0: "for students with past failures" is "for students with failures above 0" (a yes/no or
    measured column is left to the other readings: "patients with diabetes", "households with income"; where the question
    writes no value but in its treatment's place)."""
    if _writes_a_group_value(question, profile):
        return question
    for match, what in reversed(having_groups(question)):
        column = _numeric_grounded(what, profile, grounding)
        counts = profile[column] if column is not None else None
        if counts is not None and counts.min == 0 and (counts.kind is Kind.DISCRETE or "int" in counts.dtype.lower()):
            question = question[:match.start()] + f"{match['units']} with {column} above 0" + question[match.end():]
    return question


def _unprefixed(question: str, profile: DataProfile) -> str:
    """The question with each word "un<word>" whose word names a yes/no column (or what the glossary says it stands for) and
    that names no column itself written "non-<word>", the negation the groundings read: "unmarried mothers" is "non-married
    mothers", ``mmarried`` 0; "unemployed" stays where it is a column's name."""
    binary = [c for c in profile.names if profile[c].kind is Kind.BINARY]

    def negation(m: re.Match[str]) -> str:
        rest = question[m.end():m.end() + 40]  # the words after: a gloss of two words ("married mothers") names ``mmarried``

        def opens(word: str, columns: Sequence[str]) -> bool:
            return any(names(word + rest, c) and not names(rest, c) for c in columns)
        return m[0] if opens(m[0], profile.names) or not opens(m[1], binary) else "non-" + m[1]

    return re.sub(r"\b[Uu]n([a-z]{4,})\b", negation, question)


def _banded(question: str, profile: DataProfile, grounding: Grounding) -> str:
    """The question with each group it names by a standard band of a measure a numeric column holds (:func:`.cues.banded_groups`)
    written as that column's threshold: "for obese patients" is "for patients with bmi above 30", "for seniors" "for people
    with age at least 65"."""
    for match, measure, side, threshold in reversed(banded_groups(question)):
        if (column := _numeric_grounded(measure, profile, grounding)) is not None:
            units = match["units"] or "people"  # "seniors" are people of 65 and older
            question = question[:match.start()] + f"{units} with {column} {side} {threshold:g}" + question[match.end():]
    return question


def _split_by_modifier(question: str, profile: DataProfile, grounding: Grounding) -> str:
    """The question with what it asks an effect to vary with (:func:`.cues.varies_with`) written as a subgroup, where it
    writes no value: a numeric column above its median ("does the effect vary with age?" is read "vary with age above the
    median", "change as age rises" "change with age above the median"), a column of levels at one level, the first the
    question writes, else its last in order, or the first of a yes/no column the first group names negated ("differ between
    married and single clients" is read "differ for marital = married", "vary by sex" on a 0/1 ``sex`` "vary for sex =
    1", "between non-smokers and smokers" "for smoker = 0"). The subgroup's effect beside the overall one, the
    effect at each of the modifier's levels and the strongest modifiers answer it; an average effect would not. Words
    grounding several columns are written as the one :func:`_modifier_choice` picks ("vary with store income" for
    ``INCOME``); two groups set against each other ("men and women") must ground one column, and a column of levels
    that the rest of the question names is left as it is (the treatment's arms)."""
    match = varies_with(question)
    if match is None or writes_a_value(question, profile):
        return question
    groups = compared_groups(match["what"])
    column, among_several = _modifier_choice(groups[0], profile, grounding) if len(groups) == 1 else (_compared(groups, profile), False)
    if column is None:
        return question
    kind = profile[column].kind
    if kind in (Kind.CONTINUOUS, Kind.DISCRETE) and len(groups) == 1:
        what = column if among_several else match["what"]  # "store income": write INCOME
        if match["rises"] or match["by"].lower() == "as a function of":  # "change as BMI increases": "change with BMI above the median"
            end = match.end("rises") if match["rises"] else match.end("what")
            return question[:match.start("by")] + "with " + what + " above the median" + question[end:]
        return question[:match.start("what")] + what + " above the median" + question[match.end("what"):]
    rest = question[:match.start("what")] + question[match.end("what"):]
    if kind not in (Kind.BINARY, Kind.CATEGORICAL) or names(rest, column) or levels_in(rest, profile, column):
        return question  # "does the effect of treatment differ between A and B" compares the treatment's arms
    written, levels = levels_in(groups[0], profile, column), profile[column].levels
    level = written[0] if written else levels[0] if _negates(groups[0], column) else levels[-1]  # "non-black and black": 0
    return question[:match.start("by")] + f"for {column} = {level}" + question[match.end("rises" if match["rises"] else "what"):]


_NEGATION_PREFIX = re.compile(r"\b(?:non-?\s?|un)(?=[a-z])", re.IGNORECASE)
"""The prefix of a group named by what it lacks ("non-black", "unmarried")."""


def _negates(group: str, column: str) -> bool:
    """Whether ``group`` names the yes/no ``column`` by what it lacks: after a negation ("non-black", "without a garden") or
    with a prefix glued to its name ("unmarried" for ``married``)."""
    return negated(group, column) or not names(group, column) and names(_NEGATION_PREFIX.sub("", group), column)


def _compared(groups: Sequence[str], profile: DataProfile) -> str | None:
    """The one column whose levels every group names without its name ("married and single clients": ``marital``, but
    not ``treatment`` for "treatment A and treatment B", its arms), else the one yes/no column every group names with or
    without a negation and no level of ("black and non-black participants"); of several, or where none, a column of sex for groups of sex ("men
    and women": ``sex``, not a charge degree of levels "F" and "M")."""
    common = [c for c in profile.names if profile[c].kind.has_levels and all(levels_in(g, profile, c) and not names(g, c) for g in groups)]
    if not common:  # a yes/no column every group names, negated or not ("black and non-black participants": ``black``)
        common = [c for c in profile.names if profile[c].kind is Kind.BINARY
                  and all(names(_NEGATION_PREFIX.sub("", g), c) and not levels_in(g, profile, c) for g in groups)]
    if len(common) != 1 and all(names_a_sex(g) for g in groups):
        common = [c for c in (common or profile.names) if is_sex_column(c)]
    return common[0] if len(common) == 1 else None


def _numeric_grounded(text: str, profile: DataProfile, grounding: Grounding) -> str | None:
    """The one column ``text`` grounds best, where it is numeric (a median splits it): :func:`_modifier_choice`."""
    column = _modifier_choice(text, profile, grounding)[0]
    return column if column is not None and profile[column].kind in (Kind.CONTINUOUS, Kind.DISCRETE) else None


def _modifier_choice(text: str, profile: DataProfile, grounding: Grounding) -> tuple[str | None, bool]:
    """The one column ``text`` grounds best, or None; of several, the one its last word grounds ("store income" is an
    income: ``INCOME``, not ``store``); and whether it grounded several equally."""
    best = grounding.best_grounded(text, profile.names, profile=profile)
    among_several = len(best) > 1
    if among_several and (words := text.split()):
        best = [c for c in best if grounding.bonus(words[-1], c)] or best
    return (best[0] if len(best) == 1 else None), among_several


def _aimed(query: CausalQuery, question: str, profile: DataProfile, methods: Mapping[Task, str], level: float | None = None) -> CausalQuery:
    """A policy query with the objective the question asks for (:func:`.cues.objective`: "to minimise stroke risk"
    is "min"), an average effect of a treatment with levels asked for the treated (:func:`.cues.asks_on_treated`)
    with the method that estimates it (``dr_att``), else any query with the estimator the question names for its task
    (``methods``, :func:`.cues.asked_methods`); and the interval ``level`` it asks for (:func:`.cues.asked_level`). The model
    never writes these, having been trained on queries without them."""
    if level is not None:
        query = dataclasses.replace(query, ci_level=level)
    if query.task is Task.OPO:
        query = dataclasses.replace(query, objective=objective(question, profile.names))
    elif query.task is Task.ATE and query.treatment is not None and profile[query.treatment].kind.has_levels and asks_on_treated(question):
        return dataclasses.replace(query, method="dr_att")
    return dataclasses.replace(query, method=methods[query.task]) if query.task in methods and query.method is None else query


def role_options(profile: DataProfile, role: str, task: Task, options: Sequence[str], spans: Mapping[str, str], *,
                 question: str) -> list[str]:
    """The ``options`` that can play ``role`` in a ``task`` query (:func:`fits_role`; all where none can; a mediation's
    treatment binary where any is: it runs numeric too, but questions seldom mean one they do not name), and those
    the role's place in the question (``spans``) names (or writes every word of; for a mediation's treatment whose place
    shares no word with one that can, a word of its levels, "the email" for a three-level ``segment``, or the most of its words
    of all, "the freight cost" for ``freight_value``) where it names
    none that can (nor, for free text, grounds one that can by every word of its name: "fishery collapse" is ``collapsed``,
    not a ``fishery`` of 80 names), but not those another role's place names: the planner then says why such a column cannot play the
    role, where another column would answer a question not asked ("the effect of party size" for a six-level ``size``
    in a mediation); an outcome's place writing a level of a column only it writes names that column ("the chance of
    earning over 50K" for ``income``). A subgroup effect's treatment is not a column of more than two levels one of which the
    ``question`` writes, unless the treatment's place alone writes it (:func:`.grounding.placed_levels`): that level
    names the subgroup ("does featuring help books more" is ``category == 'books'``)."""
    place, others = spans.get(role), [text for other, text in spans.items() if other != role]
    fitting = [c for c in options if fits_role(profile[c], role, task)]
    if role == "treatment" and task is Task.MA:  # a mediation's treatment is binary unless its place names a numeric one
        fitting = [c for c in fitting if profile[c].kind is Kind.BINARY] or fitting
    if role == "treatment" and task is Task.HTE:
        arms = placed_levels(spans, profile, fitting)
        fitting = [c for c in fitting if profile[c].n_distinct <= 2 or not written_levels(question, profile, c) or c in arms
                   or place is not None and names(place, c)]
    if place is not None and not any(names(place, c) for c in fitting):
        by_levels = role == "treatment" and task is Task.MA and not any(stem_share(place, c) for c in fitting)
        shares = {c: stem_share(place, c) for c in options}
        most = max(shares.values(), default=0.0) if by_levels else 0.0  # "the freight cost" for freight_value, where no yes/no is written
        events = outcome_events(spans, profile, options) if role == "outcome" else set()
        whole = any(shares[c] == 1 for c in fitting)  # "fishery collapse" grounds ``collapsed`` whole: no free text ``fishery`` then
        fitting += [c for c in options if c not in fitting and ((names(place, c) or shares[c] == 1) and not (whole and profile[c].kind is Kind.TEXT)
                                                                or c in events
                                                                or 0 < most == shares[c] or by_levels and level_words_written(place, profile, c))
                    and not any(names(text, c) for text in others)]
    return fitting or list(options)


def _decode_once(
    s: Session, question: str, profile: DataProfile, *, reasons: Sequence[str], task: Task | None,
    tasks: tuple[Task, ...], grounding: Grounding, spans: dict[str, str], instead: Mapping[Task, Task],
) -> tuple[CausalQuery, Task]:
    """One constrained pass from the end of the prompt ``s`` has read (with the query's opening ``{"task": "``); the model chooses the task among
    ``tasks`` unless ``task`` is given, and a task it chooses that is a key of ``instead`` is decoded as
    that key's value. Returns the query and the task the model chose. ``spans``: where the question
    places each role (:func:`.cues.role_spans`); only the task's own roles count. A column naming the rows
    (:func:`.grounding.is_identifier`) plays no role unless the question names it, nor another column naming
    them (:func:`.grounding.names_rows`) unless it writes its name exactly as the table does.
    """
    columns = [c for c in profile.names if (not is_identifier(c) or names(question, c))
               and (not names_rows(profile, c) or written_exactly(question, [c]))] or list(profile.names)
    if task is None:
        before = (s.length(), s.logits)
        chosen = tasks[s.choose([f'{t.value}"' for t in tasks])]
        task = instead.get(chosen, chosen)
        if task is not chosen:
            s.rewind(*before)
            s.force(f'{task.value}"')
    else:
        chosen = task
        s.force(f'{task.value}"')
    query: dict[str, Any] = {"task": task.value}
    placed = {role: text for role, text in spans.items() if role in FIELDS[task]}
    used: list[str] = []
    for field in FIELDS[task]:
        if field in ("treatment", "outcome", "mediator"):
            s.force(f', "{field}": ')
            options = [c for c in columns if c not in used] or columns
            options = role_options(profile, field, task, options, spans, question=question)
            others = [text for role, text in placed.items() if role != field]
            named = grounding.role_named(_unplaced(question, placed) if field not in placed else question, field, options,
                                         placed.get(field), others)
            options = grounding.placed(placed, field, named, columns, profile=profile, question=question)
            if field == "outcome":
                options = latest_outcomes(question, options, columns)
                if field not in placed and not grounding.writes_outside(question, placed, options, profile):
                    options = unwritten_outcomes(options, columns)
            name = options[s.choose_weighted([literal(c) for c in options], [grounding.role_bonus(question, profile, c) for c in options])]
            used.append(name)
            query[field] = name
        elif field == "condition":
            s.force(', "condition": [')
            conditions = []
            for i in range(MAX_CONDITIONS + 1):
                more = '{"column": ' if i == 0 else ', {"column": '
                taken = used + [c["column"] for c in conditions]
                free = {c: _unspent(value_options(profile, c, question), question, profile, conditions) for c in columns if c not in taken}
                options = [c for c, values in free.items() if values]
                options = grounding.placed(placed, "condition", options, columns, profile=profile)
                options = [c for c in options if not _bounds_a_number(placed.get("condition"), profile, c)] or options
                if "condition" in placed:  # a level only the treatment's or outcome's place writes is no subgroup's: "does home
                    # internet access help rural students more" is no ``Mjob`` "at_home"
                    theirs = placed_levels(placed, profile, options) | placed_levels(placed, profile, options, role="outcome")
                    options = [c for c in options if c not in theirs]
                # a first condition the question places or writes a level for is preferred to none; a further one is
                # written where the condition's place names a column left ("for women over 65") or a yes/no group besides
                # the ones drawn ("for diabetic patients over 65") or a level of one ("for referred users on iOS"): the model
                # has hardly seen two conditions, so this is a constraint, not a bonus
                if i == 0:
                    hint = grounding.named * ("condition" in placed or any(
                        written_levels(question, profile, c) or coded_sex_written(question, profile, c) for c in options))
                else:
                    place, drawn = placed.get("condition"), [c["column"] for c in conditions]
                    hint = math.inf if place is not None and any(
                        names(place, c) and not words_taken(c, drawn) or another_group(place, profile, c, drawn)
                        or coded_sex_written(place, profile, c) or level_written_whole(place, profile, c) for c in options) else 0.0
                if i == MAX_CONDITIONS or not options or s.choose_weighted(["]", more], [0.0, hint]) == 0:
                    if i == MAX_CONDITIONS or not options:
                        s.force("]")
                    break
                column = options[s.choose_weighted([literal(c) for c in options],
                                                   [grounding.condition_bonus(question, profile, c) for c in options])]
                s.force(', "op": ')
                ops = OPS_LEVELS if profile[column].kind in (Kind.BINARY, Kind.CATEGORICAL, Kind.TEXT) else OPS_NUMERIC
                op = ops[s.choose_weighted([literal(o) for o in ops], [grounding.op_bonus(question, o) for o in ops])]
                s.force(', "value": ')
                values = free[column]
                value = values[s.choose(values)]
                conditions.append({"column": column, "op": op, "value": json.loads(value[:-1])})
            query["condition"] = conditions
        elif field == "nodes":
            s.force(', "nodes": [')
            nodes: list[str] = []
            items = listed_items(question)
            items = None if items is None else grounding.shared_heads(items, columns)  # "fixed and volatile acidity": two items
            listed = None if items is None else len(items)
            if items is None and (pair := direction_items(question, columns)) is not None:
                items, listed = pair, len(pair)  # "does X cause Y, or Y cause X": the graph of X and Y
            elif items is None and {"treatment", "outcome"} <= spans.keys():
                items = [spans["treatment"], spans["outcome"]]  # "a causal link between A and B": A and B are the nodes
            elif items is None and (node := caused_node(question)) is not None:
                items = [node]  # "what are the causes of Y": Y first
            exact = [] if listed is not None else written_exactly(question, columns)
            while len(nodes) < min(MAX_NODES, len(columns)):
                options = [c for c in columns if c not in nodes]
                options = grounding.listed(items, nodes, options, columns) if items else options
                options = [c for c in options if c in exact] or options  # names written as the table writes them first
                texts = ["]"] + [literal(c) if not nodes else ", " + literal(c) for c in options]
                end = grounding.list_end_bonus(question, listed, nodes, columns)
                pick = s.choose_weighted(texts, [end] + [grounding.bonus(question, c) for c in options])
                if pick == 0:
                    break
                nodes.append(options[pick - 1])
            else:
                s.force("]")
            query["nodes"] = nodes
        elif field == "reason":
            s.force(', "reason": ')
            query["reason"] = reasons[s.choose([literal(r) for r in reasons])]
    s.force("}")
    return CausalQuery.from_dict(query), chosen

