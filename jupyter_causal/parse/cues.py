"""Words that say what kind of analysis a question asks for, besides its variables.

A question that names a study design the tool does not run (an instrument, a difference-in-
differences, a regression discontinuity), or asks how many rows have some property, what the average
of a column is or the share of rows with some property ("What was the average price of organic avocados?",
"What share of passengers are satisfied?") without a word of an effect, is out of scope whatever else it
says; an out-of-scope reason needs some word of the question that points to it ("What difference does X make to Y?" is an effect, not a
difference-in-differences); a mediation names a path ("through", "via", "carries
the effect"). Words that belong to a column's name are not cues (a column ``plays_instrument``).
Some phrasings also say where each role is written: the outcome comes first in "Y responds to X" and
"Y is affected by X", the mediator after "through", each role in its place in "X -> M -> Y".
"""
from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable, Mapping, Sequence

from ..schema import Task
from .grounding import COMPARED_WITH, MIDDLE, PERIOD, STEP, carried_numbers, names, prose, writes_all_words
from .prompt import NUMBER


@dataclasses.dataclass(frozen=True)
class Cue:
    """Words pointing to an out-of-scope reason whose text contains ``key``; ``names_design``: the words
    name the design itself, so the question is out of scope whatever its task looks like."""

    key: str
    words: re.Pattern[str]
    names_design: bool
    unless: re.Pattern[str] | None = None
    """Words that keep ``words`` from naming the design or pointing to it ("how many" rows, but not "how many more"; not
    "correlation" in "or is it just correlation")."""
    reason: str | None = None
    """The reason to give where none the model was trained with names this design (a synthetic control)."""
    as_written: bool = False
    """Read the question as written, its columns' words too ("the average price" where ``AveragePrice`` is a column)."""

    def names(self, text: str, written: str | None = None) -> bool:
        """Whether ``text`` (a question's cue words; ``written``, the question as written, for a cue read so) names
        this cue's design."""
        text = written if self.as_written and written is not None else text
        return self.names_design and bool(self.words.search(text)) and not (self.unless and self.unless.search(text))


_EFFECT_WORDS = re.compile(
    r"(?<!-)\b(effect|caus|impact|affect|influenc|chang|increas|decreas|rais|lower|boost|reduc|respon|driv|lead|lift|uplift|benefit"
    r"|add|gain|los|sav|yield|generat|bring|brought|because|due|if|would|when|after|without|through|via|prevent|avert|avoid|spar|attribut)\w*",
    re.IGNORECASE)
"""Words of a question about an effect: "how many more sales does X bring" and "what is the average gain from X" ask for one."""

CUES: tuple[Cue, ...] = (
    Cue("instrumental", re.compile(r"\binstrument(s|al|ed|ing)?\b|\b2SLS\b|\btwo[\s-]stage least squares\b"
                                   r"|(?-i:\bIV\b)\s+(?:estimates?|estimators?|estimation|regressions?|approach|analysis|models?|methods?)\b"
                                   r"|\b(?:as|an|the)\s+(?-i:IV)\s+(?:for|of|to)\b",
                                   re.IGNORECASE), True),
    Cue("difference-in-differences", re.compile(
        r"(?i:\bdiff(erence)?s?[\s-]in[\s-]diff(erence)?s?\b|\bparallel[\s-]trends?\b|\bpre[\s-]and[\s-]post\b|\bbefore[\s-]and[\s-]after\b"
        r"|\bevent[\s-]stud(?:y|ies)\b)|\bDiD\b",
    ), True),
    Cue("regression discontinuity", re.compile(r"\bdiscontinuit(y|ies)\b|\bRDD?\b|\brunning[\s-]variable\b"
                                               r"|\bjumps?\s+(?:in\s+(?:\w+\s+){0,3})?at\b", re.IGNORECASE), True),
    Cue("regression discontinuity", re.compile(  # read as written: "score" may be a word of a column's name
        r"\b(?:score|eligibility|test|exam|vote)[\s-](?:cut-?offs?|thresholds?)\b|\b(?:just|right|barely) (?:above|below|over|under)"
        r" (?:the |a )?(?:cut-?off|threshold)\b|\b(?:either|both) sides? of (?:the |a )?(?:cut-?off|threshold)\b"
        r"|\b(?:use|using|exploit|exploiting)\s+(?:the|a|an)\s+(?:[\w%.-]+\s+){0,3}?(?:cut-?offs?|thresholds?)\b", re.IGNORECASE), True,
        as_written=True),
    Cue("descriptive", re.compile(r"\bhow many\b(?!\s+(more|fewer|less|extra|additional|further)\b)", re.IGNORECASE), True,
        unless=_EFFECT_WORDS),
    Cue("descriptive", re.compile(r"^\W*(?:please\s+)?(?:plot|chart|tabulate|visuali[sz]e|make\s+a\s+(?:histogram|bar\s+chart|scatter\s*plot))\b",
                                  re.IGNORECASE), True, unless=re.compile(r"\b(?:causal|DAGs?|graphs?|networks?|structures?|effects?|impacts?)\b",
                                                                          re.IGNORECASE)),
    Cue("descriptive", re.compile(r"^\W*what (?:is|was|are|were) the (?:average|mean|median|typical|total) (?!(?:\w+ )?effects?\b)"
                                  r"|^\W*what (?:share|proportion|fraction|percentage|percent) of\b"
                                  r"(?!\s+(?:the\s+)?(?:variance|variation|variability)\b)", re.IGNORECASE), True,
        unless=_EFFECT_WORDS, as_written=True),
    Cue("synthetic control", re.compile(r"\bsynthetic[\s-]controls?\b|\binterrupted[\s-]time[\s-]series\b|\bgranger\b", re.IGNORECASE),
        True, reason="synthetic control, interrupted time series and Granger causality (designs on a time series) are not supported"),
    Cue("survival", re.compile(r"\bhazards?\s+(?:ratios?|rates?|functions?|models?)\b|\bproportional[\s-]hazards?\b|\bcox\b"
                               r"|\bkaplan[\s-]meier\b|\bsurvival\s+(?:curves?|analys[ie]s|models?)\b"
                               r"|\btime[\s-]to[\s-](?:event|death|failure|relapse|churn)\b", re.IGNORECASE),
        True, reason="survival analysis (hazard ratios, survival curves, time to event) is not supported"),
    Cue("correlation", re.compile(
        r"\bR-?squared\b|\bR²|\b(?:share|proportion|fraction|percent(?:age)?|much) of (?:the )?(?:variance|variation|variability)\b"
        r"|\b(?:variance|variation|variability) (?:explained|accounted)\b"
        r"|\bexplains? (?:the |most of the |much of the )?(?:variance|variation|variability)\b", re.IGNORECASE), True),
    Cue("prediction", re.compile(r"^\W*(?:please\s+)?(?:predict|forecast|classify)\b"
                                 r"|\b(?:can|could) (?:we|you|i|one) (?:predict|forecast)\b|\bpredict(?:s|ing)? (?:whether|which|who|if)\b"
                                 r"|\b(?:model|classifier|regressor) (?:to|that|which) (?:predicts?|forecasts?)\b", re.IGNORECASE), True),
    Cue("prediction", re.compile(r"\bpredict\w*|\bforecast\w*|\bclassif\w*|\bwill\b", re.IGNORECASE), False),
    Cue("correlation", re.compile(r"\bcorrelat\w*|\bpearson\b|\bassociat\w*", re.IGNORECASE), False, unless=re.compile(
        r"\b(?:or|than|not|beyond)\s+(?:is\s+it\s+|it\s+is\s+|it's\s+|just\s+|merely\s+|only\s+|simply\s+|mere\s+|an?\s+)*(?:correlat|associat)",
        re.IGNORECASE)),  # "does X increase Y, or is it just correlation?" asks for the effect
    Cue("descriptive", re.compile(
        r"\bhow many\b|\baverage\b|\bmean\b|\bmedian\b|\bmax(imum)?\b|\bmin(imum)?\b|\bdistribution\b|\bsummar\w*|\bcount\w*|\btotal\b"
        r"|\bshare\b|\bproportion\b|\bpercent\w*|\bhistogram\b|\bshow\b|\blist\b|\bdescribe\b", re.IGNORECASE), False),
)

_THROUGH = r"(?<!-)(?<!\bput )(?<!\bputting )\bthrough\b"
"""A path's "through", not a hyphenated "click-through" nor "put (users) through" a programme (a treatment given)."""
_BY_CHANGING = (r"\bby (?:increasing|raising|reducing|lowering|improving|changing|boosting|cutting|decreasing|shifting|altering"
                r"|bringing(?: in)?|drawing in|attracting|getting|encouraging|preventing|avoiding|speeding up|slowing down|building"
                r"|rebuilding|restoring|strengthening|weakening|expanding|shrinking|creating|generating|adding|removing|stimulating)\b")
"""A path written as the means: "X raises Y by increasing M" ("by bringing in more customers", "by getting kids to school on
time", "prevent deaths by preventing hospital admission")."""
_MEDIATION = re.compile(
    _THROUGH + r"|\bvia\b|\bmediat\w*|\bcarr(y|ies|ied)\b|\bpathways?\b|\bchannel\w*|\bindirect\w*|\bmechanism\b"
    r"|\bexplained (away )?by\b|\bin turn\b|\bsits? between\b|\bbecause (it|they) (change|affect|raise|lower|increase|reduce)s?\b"
    r"|\b(?:is|was) (?:that|this|it) (?:partly |mainly |largely |just )?because\b"
    r"|(?:->|→)[^?;]*?(?:->|→)|\bhow much of\b[^?]*\beffects?\b[^?]*\b(?:comes?|came|stems?|arises?) from\b"
    r"|\bhow much of (?:it|that|this|the (?:effect|change|gain|rise|drop))\b[^?]*\b(?:because of|due to)\b"
    r"|\beffects?\b[^?]*\bdriven by\b|" + _BY_CHANGING, re.IGNORECASE)


_NAME_FUNCTION_WORDS = frozenset({"is", "was", "has", "had", "of", "the", "a", "an", "to", "in", "on", "at", "by", "for", "per", "and", "or",
                                  "with"})
"""Words of a column's name that join its other words (``is_canceled``, ``number_of_visits``) and write no part of it alone."""


@functools.lru_cache(maxsize=64)
def _snake_names(columns: tuple[str, ...]) -> re.Pattern[str] | None:
    """A pattern of the columns' names joined by underscores, written whole (``is_member``), longest first; None where none is."""
    snake = sorted({c for c in columns if "_" in c}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, snake)) + r")(?![\w-])", re.IGNORECASE) if snake else None


_WHICH_OF = re.compile(r"\b(?:which|what)\s+(?:level|value|option|version|arm|type|kind|setting|amount|dose|dosage|quantity)\s+of\b", re.IGNORECASE)
"""The frame of "which level of X is best": its words ask the question, never name a column (``stock_level``)."""
_JOINING = frozenset({"through", "via"})
"""Words of a name that join its other words (``ClickThroughRate``): written beside none of them, they are the question's own
("a part through site visits")."""


def _cue_text(question: str, columns: Iterable[str]) -> str:
    """The question's words with those that belong to a column's name left out, joined by spaces; a
    hyphenated word stays whole ("click-through" is no path) unless all its parts are a column's. A name's function
    words stay where written alone (the "is" of ``is_canceled``, the "of" of ``total_of_special_requests``: "is that
    because of M"), not in a name written whole ("(is_member)"); so do the words of "which level of" (:data:`_WHICH_OF`)
    and a joining word of a name written beside none of that name's other words (:data:`_JOINING`)."""
    names = [{w.lower() for w in re.findall(r"[A-Za-z]+", re.sub(r"([a-z])([A-Z])", r"\1 \2", str(c)))} - _NAME_FUNCTION_WORDS for c in columns]
    owned = set().union(*names)
    text = prose(question)
    if (whole := _snake_names(tuple(str(c) for c in columns))) is not None:
        text = whole.sub(" ", text)
    framed = [m.span() for m in _WHICH_OF.finditer(text)]
    tokens = list(re.finditer(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*|->|→", text))
    words = [t[0].lower() for t in tokens]

    def named(i: int) -> bool:
        if any(a <= tokens[i].start() < b for a, b in framed):
            return False
        if words[i] in _JOINING:
            beside = {words[j] for j in (i - 1, i + 1) if 0 <= j < len(words)}
            return any(words[i] in name and beside & name for name in names)
        return all(part in owned for part in words[i].split("-"))
    return " ".join(t[0] for i, t in enumerate(tokens) if not named(i))


def named_design(question: str, columns: Iterable[str], reasons: Sequence[str]) -> str | None:
    """The out-of-scope reason (one of ``reasons``) of a design the question names, if it names one."""
    text = _cue_text(question, columns)
    for cue in CUES:
        if cue.names(text, prose(question)):
            return next((r for r in reasons if cue.key in r), cue.reason)
    return None


def points_to(question: str, columns: Iterable[str], reason: str) -> bool:
    """Whether some word of the question points to ``reason`` (always, for a reason no cue knows)."""
    cues = [cue for cue in CUES if cue.key in reason]
    text = _cue_text(question, columns)
    return not cues or any(cue.words.search(text) and not (cue.unless and cue.unless.search(text)) for cue in cues)


_ARM = (r"(?!(?:factors?|variables?|features?|columns?|predictors?|causes?|of|customers?|patients?|users?|people|persons?"
        r"|students?|households?|units?|groups?|stores?|regions?|employees?|members?|clients?|kids|children|ones?)\b)[\w-]+(?: [\w-]+)?")
"""The treatment of "which mailer gets the most votes": not "which factor" (a question about causes) nor "which
customers" (about units)."""
_GETS_MOST = (r"(?:gets?|brings?|yields?|produces?|generates?|gives?|wins?|earns?|leads? to) (?:us )?(?:the )?"
              r"(?:most|highest|largest|biggest|greatest|best|lowest|fewest|least)\b")
"""What an arm does in "which mailer gets the most votes"."""
_SHOULD_GET = (r"(?:be (?:treated with|given|offered|sent|shown|targeted(?: with| by)?|assigned(?: to)?|enrolled in)|get|receive|turn on"
               r"|switch (?:on|to)|adopt|enable"
               r"|take|join|enrol+ in|sign up for)")
"""What units should do in "which listings should turn on X", "who should be offered X"."""
_WHICH_OF_BEST = (r"\bwhich of (?:the|these|those|our|its|their)\s+(?:(?:two|three|four|five|\d)\s+)?(?P<treatment>" + _ARM + r")\s+"
                  r"(?:works?|performs?|does|is|would be) (?:the )?best\b")
"""The arms of "which of the three mailers works best (for Y)"."""
_OPTIMISES = r"maximi[sz]es?|minimi[sz]es?|optimi[sz]es?"
"""What the best arm does to the outcome ("which dose of X maximises Y")."""
_POLICY = re.compile(
    r"\bwhich (?:level|value|option|version|arm|type|kind|setting) of\b.+\b(?:best|optimal|ideal)\b"
    r"|\bwhich (?:[\w-]+\s+){1,2}(?:level|amount|dose|dosage|setting|intensity) (?:is|would be|works?) (?:the )?(?:best|optimal|ideal)\b"
    r"|\b(?:which|what) (?:level|value|amount|dose|dosage|setting|quantity) of\b.+\b(?:" + _OPTIMISES + r")\b"
    r"|\b(?:optimal|best) (?:policy|rule|treatment rule|assignment)\b|\bwhom (?:to|should)\b"
    r"|\b(?:who|which [\w-]+(?: [\w-]+)?) should " + _SHOULD_GET + r"\b"
    r"|\bwhich (?:" + _ARM + r" )?" + _GETS_MOST + r"|\bwhich " + _ARM + r" (?:works?|performs?|does) best\b|" + _WHICH_OF_BEST
    + r"|\bwhich (?:" + _ARM + r" )?(?:" + _OPTIMISES + r")\b",
    re.IGNORECASE)


def asks_policy(question: str, columns: Iterable[str]) -> bool:
    """Whether the question asks which treatment is best for whom ("which level of X is best", "what dose of X maximises
    Y", "who should get X", "which mailer gets the most votes")."""
    return bool(_POLICY.search(_cue_text(question, columns)))


_AIM = re.compile(
    r"\b(?P<max>maximi[sz]\w*|as (?:high|large|much) as possible|highest|largest|to (?:increase|raise|boost|improve|grow|lift))\b"
    r"|\b(?P<min>minimi[sz]\w*|as (?:low|small|little) as possible|lowest|smallest|fewest|(?:to|and|or) (?:reduce|lower|cut|decrease|avoid|prevent)"
    r"|(?:keep|bring|push|drive)s?\b[^?.;,]*?\b(?:low|lowest|down)(?=\s*(?:[?.!;,]|$|as possible)))\b", re.IGNORECASE)


def objective(question: str, columns: Iterable[str]) -> str:
    """What a policy question asks to do with its outcome: "min" where its last word of aim asks for it as low as
    possible ("to minimise stroke risk", "to reduce death", "keep attrition lowest"; "to minimise... sorry, maximise
    attendance" is "max"), else "max"."""
    aims = list(_AIM.finditer(_cue_text(question, columns)))
    return "min" if aims and aims[-1]["min"] else "max"


_TREATED = (r"treated\b(?!\s+(?!(?:units|group|ones|people|individuals|patients|workers|for|in|on|of|with|among|and|or|is|was|at|by"
            r"|only)\b)[a-z])")
""""treated" as the treated units: alone or before a noun for them, not as an adjective ("treated wood")."""
_ON_TREATED = re.compile(
    r"\bATT\b|\beffects? (?:of (?:[\w-]+ ){1,4})?on (?:the )?" + _TREATED + r"|\b(?:for|among) the " + _TREATED + r"|\bparticipants'\s"
    r"|\b(?:on|for|of|among|amongst)\s+(?:the\s+)?(?:participants|treat(?:ed|ment)\s+(?:units|group|people|individuals|workers|patients|ones))\b"
    r"|\b(?:on|for|of|among|amongst)\s+(?:those|the ones|people|units|individuals|workers|patients|participants)\s+(?:who|that)\s+"
    r"(?:took part|participated|enrolled|complied|joined|signed up|quit|(?:were|got) treated"
    r"|(?:received|took|got|joined|completed|attended) (?:it|them|the (?:treatment|program(?:me)?|training|intervention|course|offer)))\b"
    r"|\bhad (?:they|he|she) not\b|\bif (?:they|he|she) had(?:n't| not)\b",
    re.IGNORECASE)
"""Ways of asking for the effect on the treated: the treated, participants, those who took part or received "it", what
they would have had otherwise ("for smokers had they not smoked")."""


def asks_on_treated(question: str) -> bool:
    """Whether an average effect is asked for the treated alone ("the effect on the treated", "ATT", "for those who
    took part", "on participants' earnings"): the textbook estimand where the treated differ from most controls."""
    return bool(_ON_TREATED.search(prose(question)))


_COUNTERFACTUAL = re.compile(r"\bcounterfactual\b|\bhad (?:[\w-]+\s+){1,3}?not\b|\bwould\b[^?.;]*?\bhave been\b", re.IGNORECASE)


def asks_counterfactual(question: str) -> bool:
    """Whether the question asks what would have been otherwise ("the counterfactual charge for smokers had they not
    smoked"): an effect, never a graph."""
    return bool(_COUNTERFACTUAL.search(question))


def asks_mediation(question: str, columns: Iterable[str]) -> bool:
    """Whether the question names a path from treatment to outcome through a third variable."""
    return bool(_MEDIATION.search(_cue_text(question, columns)))


_GRAPH = re.compile(r"\b(?:graphs?|DAGs?|networks?|skeletons?|structures?|diagrams?|edges|wiring|webs?|causal maps?)\b", re.IGNORECASE)


def asks_graph(question: str, columns: Sequence[str]) -> bool:
    """Whether the question asks for the graph of three or more variables it lists ("recover the signalling network among
    raf, mek, erk and akt") or for the causes of one variable (:func:`caused_node`: "what drives weight change?"), naming
    no path and placing no treatment: a graph, whatever the list's words suggest, and on a wide table too, where the
    model reads an effect of some column; or which way causation runs (:func:`asks_direction`)."""
    items = listed_items(question)
    listed = items is not None and len(items) >= 3 and bool(_GRAPH.search(_cue_text(question, columns)))
    return asks_direction(question) or (listed or caused_node(question) is not None) and not asks_mediation(question, columns) and (
        "treatment" not in role_spans(question, columns))


_CAUSES = r"(?:cause|drive|affect|influence|determine)s?"
_DIRECTION = re.compile(
    r"\bor\s+(?:is\s+it\s+)?(?:vice\s+versa|the\s+other\s+way\s+a?round|the\s+reverse|(?:in\s+)?the\s+opposite\s+direction)\b"
    rf"|\b(?:which|what)\s+{_CAUSES}\s+(?:which|what)\b|\bin\s+which\s+direction\b"
    r"|\bdirection\s+of\s+(?:the\s+)?(?:causality|causation|causal\s+(?:links?|relationships?|influences?|arrows?|edges?|relations?))\b"
    r"|\bwhich\s+way\s+(?:does|do|did)\s+(?:the\s+)?(?:causality|causation|causal\s+\w+|arrow|influence)\s+(?:run|go|point|flow)\b",
    re.IGNORECASE)
_REVERSED = re.compile(rf"\b(?:(?:does|do|did|is|are|can|could)\s+)?(?P<a>[\w`' -]+?)\s+{_CAUSES}\s+(?P<b>[\w`' -]+?)\s*,?\s+or\s+"
                       rf"(?:does\s+|do\s+|is\s+it\s+)?(?P<b2>[\w`' -]+?)\s+(?:that\s+)?{_CAUSES}\s+(?P<a2>[\w`' -]+?)\s*(?:[?.!]|$)", re.IGNORECASE)


def _reversed_pair(question: str) -> list[str] | None:
    """The two sides of "does X cause Y, or does Y cause X" (:data:`_REVERSED`, the second clause the first turned round,
    a side written again with a word more or less: "does Y risk drive X"), else None."""
    match = _REVERSED.search(question)

    def words(text: str) -> set[str]:
        return {w for w in re.findall(r"[a-z0-9_]+", text.lower()) if w not in ("the", "a", "an", "does", "do", "is", "it")}

    def same(one: str, other: str) -> bool:  # a side said again with a word more or less: "readmission" and "readmission risk"
        return bool(words(one)) and bool(words(other)) and (words(one) <= words(other) or words(other) <= words(one))
    if match is None or not same(match["a"], match["a2"]) or not same(match["b"], match["b2"]):
        return None
    return [match["a"], match["b"]]


_EDGE_ASKED = re.compile(r"(?:\b(?:(?:direct|causal)\s+){0,2}(?:edges?|arrows?|arcs?)\s+(?:from|between)"
                         r"|\b(?:is|are)\s+there\s+(?:an?\s+|any\s+)?(?:direct\s+)?causal\s+(?:relationships?|links?|connections?|relations?)"
                         r"\s+between)"
                         r"\s+(?P<a>[^?;,:]+?)\s+(?:to|into|and)\s+(?P<b>[^?;,:]+?)"
                         r"(?:\s+in\s+the\s+(?:[\w-]+\s+)?(?:graph|DAG|network|model|data(?:\s*set)?))?\s*[?.!]*\s*$", re.IGNORECASE)
"""An edge of the graph asked about by its ends, ending the question: "is there a direct causal edge from X to Y", "an arrow
between X and Y in the graph", "is there a causal relationship (link) between X and Y", as the training questions'
"is there a causal link between ..." (not "an arrow from X to Y, or from Y to Z", a list)."""


def asks_direction(question: str) -> bool:
    """Whether the question asks which way causation runs between its variables: "does X cause Y, or does Y cause X",
    "or vice versa", "which causes which", "the direction of causality", or whether an edge joins them ("is there a direct
    edge from X to Y", :data:`_EDGE_ASKED`): a graph's question, not one effect's."""
    return bool(_DIRECTION.search(question)) or _reversed_pair(question) is not None or bool(_EDGE_ASKED.search(question))


_PAIR = re.compile(r"\bbetween\s+(?P<a>[^?;,:]+?)\s+and\s+(?P<b>[^?;,.:]+)|:\s*(?P<a2>[^?;,:]+?)\s+(?:or|and|vs\.?|versus)\s+(?P<b2>[^?;,.:]+)",
                   re.IGNORECASE)


def direction_items(question: str, columns: Sequence[str] = ()) -> list[str] | None:
    """The two variables a question asking which way causation runs (:func:`asks_direction`) writes: the sides of "does X
    cause Y, or does Y cause X", the ends of an edge asked about, of "between X and Y" or "which causes which: X or Y",
    else the treatment's and outcome's places of its first clause ("does X affect Y or vice versa"); None for any other question."""
    if (pair := _reversed_pair(question)) is not None:
        return pair
    if edge := _EDGE_ASKED.search(question):
        return [edge["a"], edge["b"]]
    if not _DIRECTION.search(question):
        return None
    text = _DIRECTION.sub(" ", question)
    if match := _PAIR.search(text):
        return [match["a"] or match["a2"], match["b"] or match["b2"]]
    spans = role_spans(text, columns)
    return [spans["treatment"], spans["outcome"]] if {"treatment", "outcome"} <= spans.keys() else None


def asks_effect(question: str, columns: Sequence[str]) -> bool:
    """Whether the phrasing places a treatment and an outcome one way round and names no graph ("do chains with more
    locations get better inspection scores"): an effect, never a graph; "a causal link between A and B" is either."""
    spans = role_spans(question, columns)
    return {"treatment", "outcome"} <= spans.keys() and not _GRAPH.search(_cue_text(question, columns)) and not re.search(
        r"\bbetween\b", question, re.IGNORECASE)


def names_mediator(question: str) -> bool:
    """Whether the phrasing gives the mediator its role outright ("M sits between X and Y", "M carries the effect of X
    on Y", "X -> M -> Y"), so that a third column is asked for even where the question's words for it ground none."""
    text = prose(question)
    return bool(_BETWEEN.search(text)) or len(_ARROW.split(text)) == 3


_ADJUSTING = re.compile(r"\b(?:holding|conditional on|net of)\b(?P<held>[^?;.!]*)", re.IGNORECASE)


_CLAUSE_STARTS = ("what|what's|how|does|do|did|is|are|was|were|has|have|can|could|would|will|should|which|who|why|when|estimate"
                  "|tell|show|find|give|please|i|we")
_ADJUSTED_CLAUSE = re.compile(
    r"(?:,\s*)?\b(?:(?:after|while|when|by)\s+)?(?:(?:controlling|adjusting|accounting|correcting)\s+for\s+(?P<items>.+?)"
    rf"(?=\s*(?:[?;!]|\.(?:\s|$)|$|,\s*(?:{_CLAUSE_STARTS}|for|among|within|where|if)\b))"
    r"|holding\s+(?P<held>.+?)\s+(?:constant|fixed|equal|the same)\b"
    r"|beyond\s+what\s+(?P<beyond>.+?)\s+(?:explains?|accounts?\s+for)\b"
    r"|\b(?:covariates|confounders|control variables|controls)\s*(?::|(?:are|include)\b)\s*(?P<listed>.+?)(?=\s*(?:[?;!]|\.(?:\s|$)|$)))",
    re.IGNORECASE)
_ITEM_BREAK = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&|plus|as well as)\s+", re.IGNORECASE)


def adjusting_items(question: str) -> list[str]:
    """The covariates a question lists to adjust for ("controlling for age, sex and income", "holding tenure
    constant", "beyond what tenure explains", "Covariates: age, educ, re74."), one item each; the clause of the first
    ends at its sentence's end or at a comma opening the question ("Adjusting for age and sex, does X raise Y?"), the
    list of the last at its sentence's end."""
    found = [m["items"] or m["held"] or m["listed"] or m["beyond"] for m in _ADJUSTED_CLAUSE.finditer(prose(question))]
    return [item.strip(" `'\"") for clause in found for item in _ITEM_BREAK.split(clause) if item.strip(" `'\"")]


def without_adjusting(question: str) -> str:
    """The question without its "controlling for ..." or "holding ... constant" clause (:func:`adjusting_items`): the
    covariates it lists are neither roles nor a subgroup ("adjusting for sex, race and age" asks for no effect among
    one sex)."""
    return re.sub(r"\s+(?=[?.!;,])", "", _ADJUSTED_CLAUSE.sub("", question)).strip(" ,;:")


def adjusted_for(question: str) -> str:
    """The words after "holding", "conditional on" or "net of" to the end of their sentence, in a question without its
    adjusting clause (:func:`without_adjusting`): the covariates it names there play no role of the query."""
    return " ".join(m["held"] for m in _ADJUSTING.finditer(prose(question)))


_METHOD_NAMES: tuple[tuple[Task, str, str], ...] = (
    (Task.CGL, "lingam", r"(?:direct[\s-]?)?lingam"),
    (Task.CGL, "ges", r"ges|greedy equivalence search"),
    (Task.CGL, "pc", r"pc(?:[\s-]stable)?[\s-]algorithm|peter[\s-]clark(?:[\s-]algorithm)?"),
    (Task.ATE, "dr_learner", r"doubly[\s-]robust|dr[\s-]?learner|aipw|augmented inverse[\s-]probability(?:[\s-]of[\s-]treatment)?[\s-]weighting"),
    (Task.ATE, "linear_dml", r"(?:double|debiased)(?:[\s/-]+debiased)?[\s-]machine[\s-]learning|(?:linear[\s-]?)?dml"),
    (Task.HTE, "causal_forest", r"causal[\s-]forests?"),
    (Task.MA, "g_formula", r"g[\s-]?formula|g[\s-]computation"),
    (Task.OPO, "policy_forest", r"(?:doubly[\s-]robust[\s-])?policy[\s-]forest"),
    (Task.OPO, "policy_tree", r"(?:doubly[\s-]robust[\s-])?policy[\s-]tree"),
)
"""Estimators a question may ask for by name: (task, registered method of that task, its names)."""
_ANY_METHOD = "|".join(pattern for _, _, pattern in _METHOD_NAMES)
_METHOD_CLAUSE = re.compile(
    rf"(?:,\s*)?\b(?:using|use|with|via|by|through|by means of|based on)\s+(?:an?\s+|the\s+)?(?:{_ANY_METHOD})"
    r"(?:[\s-]+(?:algorithm|method|estimator|estimation|approach|model|learner))?\b", re.IGNORECASE)


def asked_methods(question: str, columns: Iterable[str]) -> dict[Task, str]:
    """The estimator the question names for each task it could be ("using LiNGAM": CGL ``lingam``; "a doubly robust
    estimate": ATE ``dr_learner``), the first named where it names two; not a name that is one of the ``columns``."""
    text, columns = prose(question), list(columns)
    found: dict[Task, tuple[int, str]] = {}
    for task, method, pattern in _METHOD_NAMES:
        match = re.search(rf"\b(?:{pattern})\b", text, re.IGNORECASE)
        if match and not any(names(match.group(0), c) for c in columns) and (task not in found or match.start() < found[task][0]):
            found[task] = (match.start(), method)
    return {task: method for task, (_, method) in found.items()}


def without_method(question: str) -> str:
    """The question without its "using <estimator>" clause (:func:`asked_methods`): "via double machine learning" names
    no mediator, and "machine learning" no column."""
    return _cut(_METHOD_CLAUSE, question)


def _cut(clause: re.Pattern[str], question: str) -> str:
    """The question without what ``clause`` matches, its spacing and punctuation tidied; as written where it matches none."""
    if not clause.search(question):
        return question
    text = re.sub(r"\s+(?=[?.!;,])", "", re.sub(r"\s{2,}", " ", clause.sub("", question)))
    return re.sub(r"([?!.])\.", r"\1", text).strip(" ,;:")


_PERCENT = r"(?P<percent>\d{1,2}(?:\.\d+)?)\s*(?:%|per\s*cent|percent)"
_LEVEL = re.compile(
    rf"{_PERCENT}[\s-]*(?:(?P<significance>significance|significant)[\s-]+)?(?:confidence[\s-]+|credible[\s-]+|uncertainty[\s-]+)?"
    r"(?:intervals?|levels?|CIs?|bands?|bounds?)\b"
    r"|\b(?:significance|alpha)[\s-]+(?:level[\s-]+)?(?:of[\s-]+|=\s*)?(?P<alpha>0?\.\d+)\b|\bα\s*=\s*(?P<alpha2>0?\.\d+)"
    r"|\bp(?:[\s-]*values?)?\s*(?:<=?|≤|=|(?:is\s+)?(?:below|under|less than|smaller than|of))\s*(?P<alpha3>0?\.(?:0\d*|1\d*|20*))\b"
    r"|\bconfidence[\s-]+level[\s-]+(?:of[\s-]+|=\s*)?(?:(?P<share>0?\.\d+)\b|(?P<percent2>\d{2}(?:\.\d+)?)\s*%)",
    re.IGNORECASE)
_LEVEL_CLAUSE = re.compile(
    r"(?:,\s*|\s*\(\s*)?(?:\b(?:with|at|using|give|giving|report|reporting|show|showing|and|plus|under|for)\s+)?(?:(?:a|an|the|me)\s+)?"
    rf"(?:{_LEVEL.pattern})(?:\s*\))?", re.IGNORECASE)
"""A level with the words that bring it in: ", with a 90% confidence interval", " (99% CI)", "at the 1% level"."""


def asked_level(question: str) -> float | None:
    """The confidence level the question asks for ("a 90% confidence interval", "99% CIs", "confidence level 0.9"), or
    one minus the significance level it asks for ("significant at the 1% level", "alpha = 0.01", "at significance level
    0.01", "p < 0.05"); a percent under 50 is a significance level ("at the 5% level"). None where it asks for none."""
    match = _LEVEL.search(question)
    if match is None:
        return None
    if (alpha := match["alpha"] or match["alpha2"] or match["alpha3"]) is not None:
        level = 1.0 - float(alpha)
    elif match["share"] is not None:
        level = float(match["share"])
    else:
        percent = float(match["percent"] or match["percent2"])
        level = 1.0 - percent / 100 if match["significance"] or percent < 50 else percent / 100
    return round(level, 6) if 0.5 <= level < 1 else None


def without_level(question: str) -> str:
    """The question without the words asking for a level (:func:`asked_level`): "at the 90% level" writes no value 90."""
    return _cut(_LEVEL_CLAUSE, question)


_CHANGE_VERB = (r"(?:rais|increas|reduc|lower|cut|boost|improv|decreas|chang|shift|mov|grow|grew|drop|fall|fell|rise|rose|risen|shr[iu]nk"
                r"|go(?:es)? up|go(?:es)? down|went up|went down|gone up|gone down|climb|jump|declin|lift|bump|push)\w*")
_AMOUNT = re.compile(
    rf"(\b{_CHANGE_VERB}(?:\s+[\w'`-]+){{0,6}}?)\s+by\s+(?:(?:more than|less than|at least|at most|over|under|about|around|roughly|nearly"
    r"|almost|up to|as much as)\s+)?[$£€]?\d[\d,]*(?:\.\d+)?(?:\s*(?:%|(?:percent|per cent|percentage points?|points?|pp|units?|dollars?"
    r"|pounds?|euros?|cents?|kg|kilos?|grams?|cm|years?|months?|weeks?|days?|hours?|minutes?|times)\b))?", re.IGNORECASE)
"""An amount of change: "raise price by 10", "goes up by 5%", "increase sales by at least 2 units"."""
_MORE = (r"(?:more|fewer|less|higher|lower|greater|larger|bigger|smaller|longer|shorter|better|worse|faster|slower|sooner|later"
         r"|richer|poorer|older|younger|heavier|lighter|cheaper|dearer|happier|unhappier|healthier|wealthier|safer|stronger|weaker)")
"""Comparatives of an amount: "units with more X get better Y" sets two amounts against each other."""
_AMOUNT_MORE = re.compile(
    r"(?<![\w.])[$£€]?\d[\d,]*(?:\.\d+)?\s*(?:(?:%|percent|per cent|percentage points?|points?|pp|units?|dollars?|pounds?|euros?|cents?|kg"
    rf"|kilos?|grams?|cm|inches|years?|months?|weeks?|days?|hours?|minutes?|times)\s*)?\b(?P<more>{_MORE})\b(?!\s+than\b)", re.IGNORECASE)
"""An amount a comparative is reckoned by: "if a car were 500 pounds lighter", "a 10% higher price" (not "5 years older than")."""


def without_amounts(question: str) -> str:
    """The question without the amounts of change it writes (:data:`_AMOUNT`, :data:`_AMOUNT_MORE`): how much a treatment is
    moved or an effect should reach names no subgroup ("if price goes up by 10" is no ``price == 10``, "if a car were 500
    pounds lighter" no ``weight == 500``)."""
    return _AMOUNT_MORE.sub(r"\g<more>", _AMOUNT.sub(r"\1", question))


_CODING = re.compile(r"(?:\b(?:is|equals|equal to|coded(?: as)?|=)\s*)?\b[01]\s+(?=if\s+(?!(?:we|you|I|our|one)\b"
                     r"|the (?:goal|aim|objective|target|purpose)\b)|(?:means|indicates|stands for|otherwise)\b)"
                     r"|(?<![\w.=<>!])\d{1,2}\s*=\s*[A-Za-z][^,;)]*", re.IGNORECASE)
"""How a column is coded, in a description of the data ("qsmk is 1 if the person quit", "(1 if treated, 0 otherwise)",
"sex (0 = female, 1 = male)", with the labels of the last): no subgroup; not "equal to 1 if we want more Y", "1 if the
goal is", "z = 1 when ..." nor "z = 1"."""


_COLUMN_LIST = re.compile(r"(?:^|(?<=[.;!?]))\s*(?:the\s+)?(?:variables|columns|features|fields)(?:\s+are|\s+include)?\s*:"
                          r"(?![^.;!?]*\b(?:treatments?|outcomes?|mediators?|exposures?|responses?|effects?)\b)[^.;!?]*(?:[.;!]|$)",
                          re.IGNORECASE)
"""A sentence listing the table's columns ("Columns: survived, pclass, sex, age."), which names no subgroup, where it
names no role ("Variables: outcome = re78, treatment = treat." does)."""


def without_codings(question: str) -> str:
    """The question without the codes its description of the data gives a column (:data:`_CODING`) and without a
    sentence listing the table's columns (:data:`_COLUMN_LIST`)."""
    return _COLUMN_LIST.sub(" ", _CODING.sub(" ", question))


_RISES = r"(?:increases?|rises?|grows?|goes up|go up|gets? (?:higher|larger|bigger|older)|decreases?|falls?|drops?|goes down|go down)"
"""What a variable an effect changes with does in "does the effect change as BMI increases"."""
_ONE_OR_TWO = r"[\w`'-]+(?:\s+(?!" + _RISES + r"\b)[\w`'-]+)?"
_OR = r"\s+(?:and|or|versus|vs\.?)\s+"
_VARIES_WITH = re.compile(
    r"\b(?:effects?|impacts?|benefits?|uplift|lift|response|CATEs?)\b[^?;]*?\b(?:(?:var(?:y|ies|ied|ying)|differ(?:s|ed|ing|ent)?"
    r"|chang(?:e|es|ed|ing)|depend(?:s|ed|ing)?|heterogeneous|grows?|shrinks?)\s+|(?=as a function of\b))"
    r"(?P<by>as a function of|with|by|across|on|upon|over|according to|as|between"
    r"|(?:for|among|in)(?=\s+(?:the\s+)?" + _ONE_OR_TWO + _OR + r"))\s+(?:the\s+|a\s+|their\s+|its\s+)?"
    r"(?:(?:different\s+)?(?:levels?|values?) of\s+)?(?P<what>" + _ONE_OR_TWO
    + r"(?:" + _OR + _ONE_OR_TWO + r")?)"
    r"\s*(?=[?.;,!]|$|\s+(?P<rises>" + _RISES + r")\s*(?:[?.;,!]|$))", re.IGNORECASE)


def varies_with(question: str) -> re.Match[str] | None:
    """Where the question asks whether an effect varies with something it names without a value ("does the effect of X
    on Y vary with age?", "depend on education", "vary with the mother's age", "change as BMI increases", "is the effect
    different across races", "differ between men and women"): its ``what`` group (``by`` the word before it, ``rises``
    the verb after it where it has one)."""
    return _VARIES_WITH.search(question)


_EFFECT_PHRASE = r"(?:the|an?|its|their)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:effects?|impacts?)\s+(?:of|on)\b[^?;,]+?"
_MODERATOR = r"(?:(?:living|being|residing|located)\s+(?:in\s+)?)?(?:the\s+)?(?P<what>[^?;,]+?)"
_CLAUSE_END = r"(?=\s*(?:[?.!,;]|$))"
_MODERATED = (
    re.compile(r"\b(?P<ask>does|do|did|can|could|would|will|might)\s+(?!the\s+(?:[\w-]+\s+)?(?:effects?|impacts?)\b)" + _MODERATOR
               + r"\s+(?:moderate|modify)\s+(?P<effect>" + _EFFECT_PHRASE + ")" + _CLAUSE_END, re.IGNORECASE),
    re.compile(r"\b(?P<ask>is|was|are|were)\s+(?P<effect>" + _EFFECT_PHRASE + r")\s+(?:moderated|modified)\s+by\s+" + _MODERATOR
               + _CLAUSE_END, re.IGNORECASE),
    re.compile(r"\b(?P<ask>is|was|are|were)\s+" + _MODERATOR + r"\s+an?\s+(?:moderator|effect modifier|modifier)\s+(?:of|for)\s+"
               r"(?P<effect>" + _EFFECT_PHRASE + ")" + _CLAUSE_END, re.IGNORECASE),
    re.compile(r"\b(?P<ask>is|was|are|were)\s+there\s+(?:any\s+)?effect\s+modification\s+of\s+(?P<x>[^?;,]+?)\s+on\s+(?P<y>[^?;,]+?)\s+"
               r"(?:by|with|across)\s+" + _MODERATOR + _CLAUSE_END, re.IGNORECASE),
    re.compile(r"\b(?P<ask>is|was|are|were)\s+there\s+(?:any\s+)?(?:effect\s+modification|(?:(?:treatment\s+)?effect\s+)?heterogeneity)\s+"
               r"(?:by|across|with|over|between)\s+" + _MODERATOR + r"\s+(?:in|for|of)\s+(?P<effect>" + _EFFECT_PHRASE + ")" + _CLAUSE_END,
               re.IGNORECASE),
    re.compile(r"^\W*(?:(?:please\s+)?(?:test|check|look|estimate|assess|examine)\s+(?:for\s+|at\s+)?|(?P<ask>is|are)\s+there\s+)(?:any\s+|an?\s+)?"
               r"interactions?\s+between\s+(?P<x>[^?;,]+?)\s+and\s+" + _MODERATOR + r"\s+(?:in|on)\s+(?:their|the|its)\s+effects?\s+on\s+"
               r"(?P<y>[^?;,]+?)" + _CLAUSE_END, re.IGNORECASE),
    re.compile(r"\b(?P<ask>does|do|did|can|could|would|will|might)\s+" + _MODERATOR + r"\s+(?:change|alter|affect|modify|shape|influence"
               r"|determine)\s+how (?:much|strongly|well)\s+(?P<x>[^?;,]+?)\s+(?:raises?|increases?|affects?|changes?|improves?|lowers?"
               r"|reduces?|boosts?|helps?|lifts?|cuts?)\s+(?P<y>[^?;,]+?)" + _CLAUSE_END, re.IGNORECASE),
    re.compile(r"\b(?P<ask>is|are)\s+there\s+(?:any\s+)?(?:(?:treatment\s+)?effect\s+)?heterogeneity\s+in\s+(?P<effect>" + _EFFECT_PHRASE
               + r")\s+(?:by|across|with|over)\s+" + _MODERATOR + _CLAUSE_END, re.IGNORECASE),
    re.compile(r"\b(?:the\s+)?(?:CATEs?|conditional\s+(?:average\s+)?(?:treatment\s+)?effects?)\s+of\s+(?P<x>[^?;,]+?)\s+on\s+(?P<y>[^?;,]+?)\s+"
               r"(?:by|across|for\s+each|within\s+each)\s+(?!(?:an?\s+|the\s+)?(?:causal|double|doubly|dml|dr|[strx]-?learners?|meta|linear|ipw"
               r"|inverse|matching|propensity|regression|bootstrap)\b)" + _MODERATOR + _CLAUSE_END, re.IGNORECASE),
    re.compile(r"^\W*(?:(?:please\s+)?(?:run|do|perform|conduct|carry out)\s+)?(?:an?\s+)?(?:subgroup|heterogeneity|stratified)\s+analys[ie]s\s+"
               r"of\s+(?P<effect>" + _EFFECT_PHRASE + r"|the\s+[\w-]+\s+effects?\s+on\b[^?;,]+?)\s+(?:by|across|over)\s+" + _MODERATOR
               + _CLAUSE_END, re.IGNORECASE),
)
"""Moderation asked for in its own words: "does Z moderate the effect of X on Y", "is the effect of X on Y modified by Z",
"is Z a moderator of the effect of X on Y" (the moderator without "living in", "being", "the": "south" of "living in
the south"), "does Z change how much X raises Y", "is there effect modification of X on Y by Z" (or "by Z in the effect
of X on Y", "treatment effect heterogeneity across Z for X's impact on Y", "heterogeneity in the X effect on Y across Z"),
"the CATE of X on Y by Z" (not by a method: "by causal forest"), "test for an interaction
between X and Z in their effect on Y", "a subgroup analysis of the effect of X on Y by Z"."""


def as_variation(question: str) -> str:
    """The question with a moderation it asks for (:data:`_MODERATED`) written as the variation it is: "Does living in the
    south moderate the effect of nearc4 on lwage?" is read "does the effect of nearc4 on lwage vary with south?"
    (:func:`varies_with`), a subgroup effect by the moderator."""
    for pattern in _MODERATED:
        if (m := pattern.search(question)) is not None:
            ask = (m.groupdict().get("ask") or "is").lower()
            ask = "does" if ask in ("is", "was", "are", "were") else ask
            effect = m["effect"] if "effect" in m.groupdict() else f"the effect of {m['x']} on {m['y']}"
            return f"{question[:m.start()]}{ask} {effect} vary with {m['what']}{question[m.end():]}"
    return question


_NAME_TOKEN = r"[`'\"\u2018\u2019\u201c\u201d]?[A-Za-z_][\w.]*[`'\"\u2018\u2019\u201c\u201d]?"
_DO = re.compile(
    r"\b(?:E|P|Pr)\s*[\[(]\s*(?P<y>" + _NAME_TOKEN + r")(?:\s*(?:=|==)\s*[\w.]+)?\s*\|\s*do\s*\(\s*(?P<t>" + _NAME_TOKEN
    + r")\s*(?:=|==)\s*[^()]*?\)\s*(?:,\s*(?P<given>[^\[\]()]+?))?\s*[\])]")
"""An expectation (or probability) of Y under an intervention on T, possibly given a subgroup: "E[Y | do(T=1), Z=1]"."""
_DO_TERMS = re.compile(r"(?:\s*(?:-|\u2212|vs\.?|versus|minus|and|compared (?:to|with))\s*)?" + _DO.pattern)
_GIVEN_BAR = re.compile(r"\s+\|\s+(?=" + _NAME_TOKEN + r"\s*(?:[=<>!]=?|\bin\b|\bis\b|\bequals?\b))")
"""A bar before a comparison ("effect of T on Y | Z = 1"): the subgroup's "for"."""


def in_words(question: str) -> str:
    """The question with causal notation written in the words the parser reads: expectations under interventions,
    "E[Y | do(T=1)] - E[Y | do(T=0)]", become "the effect of T on Y" (and "for Z = z" where they are given one), and a
    bar before a comparison ("effect of T on Y | age > 30") becomes "for"."""
    if (first := _DO.search(question)) is not None:
        end = first.end()
        while (more := _DO_TERMS.match(question, end)) is not None and more["t"] == first["t"]:
            end = more.end()
        words = f"the effect of {first['t']} on {first['y']}" + (f" for {first['given']}" if first["given"] else "")
        question = question[:first.start()] + words + question[end:]
    return _GIVEN_BAR.sub(" for ", question)


def compared_groups(what: str) -> list[str]:
    """The groups that :func:`varies_with`'s ``what`` sets against each other ("married and single clients": "married",
    "single clients"), or ``what`` alone."""
    return re.split(_OR, what, flags=re.IGNORECASE)


_UNITS_OF = (r"(?:customers|clients|users|patients|people|persons|individuals|households|families|students|pupils|schools|workers|employees"
             r"|firms|companies|stores|shops|branches|members|participants|respondents|visitors|accounts|borrowers|applicants|drivers"
             r"|homes|houses|countries|regions|counties|cities|districts|hospitals|babies|mothers|children|kids|adults|ones|defendants"
             r"|offenders|inmates|prisoners|voters|passengers|riders|subjects|teachers|residents|athletes|players|tenants|farms|farmers"
             r"|neighbourhoods|neighborhoods|towns|villages|states|classes|classrooms|sites|cars|vehicles|apartments|flats|properties"
             r"|buildings|listings|women|men|girls|boys|wives|husbands|legislators|politicians|officials|doctors|physicians|nurses"
             r"|claimants|recipients|beneficiaries|enrollees|enrolees|trainees|providers|sellers|buyers|owners|cardholders)")
_NOT_JOINED = r"(?!(?:of|in|for|among|on|at|to|from|with)\b)"
"""No word that joins a measure to its units ("earnings of married workers" is no group of workers)."""
_UNIT = r"(?:customer|client|user|patient|person|student|worker|employee|member|visitor|household|account|units?)"
"""One unit of analysis, in the singular ('should each customer get ...')."""
_NOT_LINKING = (r"(?!(?:for|with|in|among|of|to|at|on|than|the|a|an|and|or|but|who|that|which|whose|where|when|if|is|are|was|were|be"
                r"|because|since|although|though|while|unless|so"
                r"|married|single|female|male|treated|untreated)\b)")
"""A word that can be what a group is graded by: not a word linking a comparison to its group ("bigger for people") nor a
conjunction ("improve CSAT because people wait less")."""
_SIZED = (r"(?:farms|firms|companies|businesses|stores|shops|branches|households|families|schools|classes|classrooms|hospitals|clinics"
          r"|cities|towns|villages|countries|teams|houses|homes|apartments|flats|buildings|properties|restaurants|districts|plants)")
"""Units whose size is a measure of them ("larger farms" are farms with a larger farm size)."""
_NOT_RESULTS = r"(?!(?:effects|impacts|outcomes|results|changes|trends|consequences|benefits|gains|costs|risks|returns)\b)"
"""Not a word for what an effect does ("high-dose effects" grade no units)."""
_HIGH = frozenset({"high", "higher", "long", "longer", "large", "larger", "big", "bigger", "heavy", "heavier", "frequent", "older", "elderly",
                   "more", "greater", "most", "better", "highly", "well", "far from", "farther from", "further from"})
_GRADED = re.compile(
    rf"\b(?P<adj>high|higher|long|longer|large|larger|big|bigger|heavy|heavier|frequent|low|lower|short|shorter|small|smaller|light|lighter"
    rf"|infrequent)[\s-]+(?P<what>{_NOT_LINKING}[A-Za-z]+(?:[\s-]{_NOT_LINKING}[A-Za-z]+)?)\s+(?P<units>{_UNITS_OF})\b"
    rf"|\b(?P<age>older|elderly|younger)\s+(?P<units2>{_UNITS_OF})\b"
    rf"|\b(?P<adj2>heavy|heavier|light|lighter|big|bigger|frequent|infrequent|occasional)[\s-]+(?P<agent>[A-Za-z]+(?:ers|ors))\b"
    rf"|\b(?P<units3>{_UNITS_OF}|those)\s+with\s+(?:an?\s+)?(?P<adj3>more|fewer|less|higher|lower|larger|smaller|greater|longer|shorter|high|low|long"
    rf"|short|large|small|big)\s+"
    rf"(?P<what3>{_NOT_LINKING}[A-Za-z][A-Za-z0-9]*(?:[\s-]{_NOT_LINKING}[A-Za-z]+){{0,2}})(?=\s*(?:[?.,;!]|$|\b(?:and|or|than|but)\b))"
    rf"|\b(?P<adj4>more|less|most|least|better|highly|poorly|well)[\s-]+(?P<what4>[A-Za-z]+(?:ed|ent|ive|ful))\s+(?P<units4>{_UNITS_OF})\b"
    rf"|\b(?P<units5>{_UNITS_OF})\s+(?:(?:who|that)\s+(?:live|lives|are|is)\s+|living\s+|located\s+)?(?P<adj5>far from|farther from"
    rf"|further from|close to|closer to|near|nearer to)\s+(?P<what5>(?:(?:an?|the|their)\s+)?[A-Za-z]+(?:\s+[A-Za-z]+)?)"
    rf"(?=\s*(?:[?.,;!]|$|\b(?:and|or|but)\b))"
    rf"|\b(?P<adj6>larger|bigger|smaller|large|big|small)\s+(?P<units6>{_SIZED})\b"
    rf"|\b(?P<adj7>high|low)-(?P<what7>(?!(?:school|term|level|end|risk)\b)[A-Za-z][A-Za-z0-9]*)\s+(?P<units7>{_NOT_RESULTS}[A-Za-z]+s)\b"
    rf"|\bthe\s+(?P<adj8>more|less|most|least|better|highly|poorly|well)[\s-]+(?P<what8>[A-Za-z]+(?:ed|ent|ive|ful))\b(?!\s+{_UNITS_OF})",
    re.IGNORECASE)


_AUXILIARY = r"(?!(?:do|does|did|have|has|had|will|would|can|could|should|may|might|must)\b)"
_NAMED_UNITS = re.compile(rf"\b(?P<what>{_AUXILIARY}{_NOT_LINKING}[A-Za-z]+(?:[\s-]{_NOT_LINKING}[A-Za-z]+)?)\s+(?P<units>{_UNITS_OF})\b",
                          re.IGNORECASE)


def named_units(question: str) -> list[re.Match[str]]:
    """Units named by one or two words before them ("risk-averse farmers", "educated women"): each match, its ``what``
    and its ``units``. Whether the words name a column is the grounding's to say."""
    return list(_NAMED_UNITS.finditer(question))


_FACING = re.compile(rf"\b(?P<units>those|people|ones|{_UNITS_OF})\s+(?:facing|experiencing|reporting|suffering(?:\s+from)?|under|in"
                     r"|(?:who|that)\s+(?:are|were|is|was|feel|felt)(?:\s+(?:more|very|highly|quite))?)\s+"
                     r"(?:(?:severe|serious|high|great|heavy|extreme|much)\s+)?"
                     rf"(?P<what>{_NOT_LINKING}[A-Za-z]+(?:[\s-]{_NOT_LINKING}[A-Za-z]+)?)(?=\s*(?:[?.,;!]|$)|\s+(?!(?:of|and|or)\b))",
                     re.IGNORECASE)


def facing_units(question: str) -> list[re.Match[str]]:
    """Units named by what they face or report, or are, ending a clause ("those facing (severe) economic hardship", "workers
    reporting burnout", "households that are risk averse"): each match, its ``units`` and its ``what``, a score's words for
    the grounding to read."""
    return list(_FACING.finditer(question))


def graded_groups(question: str) -> list[tuple[re.Match[str], str, bool]]:
    """The groups the question names by a high or low amount of something, without a value ("high-income
    households", "long-tenure customers", "older patients", "heavy smokers", "districts with more rooms", "less educated
    women", "more experienced workers", "children far from a secondary school", "larger farms", "high-alcohol wines": any
    units after a hyphenated high or low; "the less educated", units unsaid): each match,
    what it grades (the units' age for older and younger: "mothers' age", which a mother's-age column's name stands
    for; the whole phrase for a doer: "heavy smokers") and whether it means the high side."""
    found = []
    for match in _GRADED.finditer(question):
        adj = (match["adj"] or match["age"] or match["adj2"] or match["adj3"] or match["adj4"] or match["adj5"] or match["adj6"]
               or match["adj7"] or match["adj8"]).lower()
        units = match["units2"] or ""
        age = units + ("' age" if units.lower().endswith("s") else "'s age")
        distance = f"distance to {match['what5']}" if match["what5"] else None
        size = f"{_one_of(match['units6'])} size" if match["units6"] else None
        found.append((match, match["what"] or match["what3"] or match["what4"] or match["what7"] or match["what8"] or distance or size
                      or (match[0] if match["agent"] else age), adj in _HIGH))
    return found


def _one_of(units: str) -> str:
    """One of the ``units``, in the singular ("families" -> "family", "classes" -> "class", "farms" -> "farm")."""
    return re.sub(r"ies$", "y", re.sub(r"(ss|ch|sh|x)es$", r"\1", units)) if re.search(r"(?:ies|(?:ss|ch|sh|x)es)$", units) else units[:-1]


_NUMBERED_UNITS = re.compile(rf"\b(?P<n>\d+)-(?P<what>[A-Za-z]+)\s+(?P<units>{_UNITS_OF})\b", re.IGNORECASE)


def numbered_groups(question: str) -> list[tuple[re.Match[str], str, int]]:
    """The groups the question names by a count written before a hyphen ("8-cylinder cars", "3-bedroom homes"): each
    match, what it counts and how many."""
    return [(m, m["what"], int(m["n"])) for m in _NUMBERED_UNITS.finditer(question)]


_HAVING = re.compile(
    rf"\b(?P<units>{_UNITS_OF})\s+with\s+(?:(?:any|some)\s+)?(?P<what>(?:(?:past|prior|previous|earlier)\s+)?"
    rf"(?!(?:more|fewer|less|higher|lower|larger|smaller|greater|longer|shorter|high|low|no|an?)\b){_NOT_LINKING}[A-Za-z]+"
    rf"(?:\s+(?:(?:at|in|of)\s+)?{_NOT_LINKING}[A-Za-z]+)?)(?=\s*(?:[?.,;!]|$|\b(?:and|or|but)\b))", re.IGNORECASE)


def having_groups(question: str) -> list[tuple[re.Match[str], str]]:
    """The groups the question names by having some of what a column may count, without a value ("students with past
    failures", "customers with complaints"): each match and what it has."""
    return [(m, m["what"]) for m in _HAVING.finditer(question)]


_BANDS = {"obese": ("body mass index", "above", 30), "overweight": ("body mass index", "above", 25),
          "underweight": ("body mass index", "below", 18.5), "hypertensive": ("systolic blood pressure", "at least", 140),
          "elderly": ("age", "at least", 65)}
"""Groups named by a standard band of a measure (the WHO's body-mass-index bands, the classic 140 mmHg of hypertension,
65 years and older): what, which side, the threshold."""
_BANDED = re.compile(rf"\b(?P<band>{'|'.join(_BANDS)})\s+(?P<units>{_UNITS_OF})\b"
                     r"|\b(?:seniors|senior citizens|pensioners|retirees|the elderly)\b", re.IGNORECASE)
"""A band before its units ("obese patients"), or units named by their age band alone ("seniors", "the elderly")."""


def banded_groups(question: str) -> list[tuple[re.Match[str], str, str, float]]:
    """The groups the question names by a standard band of a measure ("obese patients", "seniors"): each match (its
    ``units`` group the units' words), the measure, the side and the threshold ("body mass index", "above", 30)."""
    return [(m, *_BANDS[(m["band"] or "elderly").lower()]) for m in _BANDED.finditer(question)]


_RISK_MEASURE = re.compile(r"\bnumbers? needed to (?:treat|harm)\b|\bNN[TH]\b|\babsolute risk (?:reduction|difference|increase)\b"
                           r"|\brisk differences?\b", re.IGNORECASE)


def asks_risk_measure(question: str) -> bool:
    """Whether the question asks for a measure of an average effect on a yes/no outcome ("the number needed to treat",
    "the absolute risk reduction"): an effect, not a policy, whatever "to treat" or "to prevent" suggest."""
    return bool(_RISK_MEASURE.search(question))


_ARROW = re.compile(r"\s*(?:->|→)\s*")
_FORMULA = re.compile(r"(?<![\w~`])(?P<outcome>`?[A-Za-z_][\w.]*`?)\s*~\s*(?P<treatment>`?[A-Za-z_][\w.]*`?)")
"""A model formula as R and statsmodels write it ("churn ~ Contract + tenure"): the outcome, then the treatment first."""
_ASSIGNED = {role: re.compile(rf"(?<![\w.'`-])(?:{keys})\s*(?:=(?!=)|:)\s*(?P<name>{_NAME_TOKEN})(?=\s*(?:[,;.?!)]|$|\s+(?:and|with|for|among"
                              r"|when|where|if|on|condition\w*|controlling|adjusting|given)\b|\s+[A-Za-z_]\w*\s*(?:=(?!=)|:)))", re.IGNORECASE)
             for role, keys in (("treatment", "treatment|treat|t|exposure|intervention"), ("outcome", "outcome|y|response|target"),
                                ("mediator", "mediator|m"))}
"""Roles assigned by name, as estimator arguments are ("y = lwage, t = educ", "treatment: qsmk; outcome: wt82_71")."""
_ROLE_WORD = r"(?:\s+(?:variable|indicator|column))?"
_DECLARED = {role: re.compile(rf"(?<![\w.'`-])(?P<name>{_NAME_TOKEN})\s+(?:is\s+|as\s+)?(?:the|an?|our)\s+(?:(?:binary|continuous|dichotomous"
                              rf"|main|primary)\s+)?(?:{nouns}){_ROLE_WORD}(?=\s*(?:[,;.?!)]|$|\s+and\b))|\b(?:the|our)\s+(?:{nouns}){_ROLE_WORD}"
                              rf"\s+(?:is|=)\s+(?P<name2>{_NAME_TOKEN})(?=\s*(?:[,;.?!(]|$|\s+and\b))", re.IGNORECASE)
             for role, nouns in (("treatment", "treatment|exposure|intervention"), ("outcome", "outcome|response|target|dependent variable"),
                                 ("mediator", "mediator"))}
"""Roles declared in a sentence by a column's name ("z is a binary treatment and y the outcome", "the outcome variable is
re78", "with educ as the treatment")."""
_BECOME = r"(?:be|get|become|change|rise|fall|go up|go down|increase|decrease|improve)\b"
_WERE_MORE = (r"[^,;?]+?\s+(?:were|was|got|became|had been)\s+(?:(?:a lot|much|slightly|a bit|far)\s+)?" + _MORE
              + r"(?:\s+(?!(?:than|for|in|on|at|and)\b)[\w-]+)?")
"""A change supposed ("if a car were lighter", "if tuition were much higher"): the unit's changed amount is a treatment's place."""
_NO_EFFECT = (r"(?![^?]*\b(?:effects?|impacts?|lifts?|uplift|boosts?|gains?|gaps?|differences?|returns?|payoffs?|benefits?|changes?"
              r"|premiums?|advantages?|penalt(?:y|ies)|discrimination|bias|rises?|drops?|increases?|decreases?)\b)")
"""No word naming an effect, a gap or a change ("how much of the gain in Y from X is due to M" asks for a path, "is the
union wage premium larger in the south" for a subgroup's effect): what such a phrasing places is no outcome."""
_OUTCOME_FIRST = re.compile(
    r"(?P<outcome>.+?)\b(?:(?:respond|react)(?:s|ed|ing)?\s+(?:(?:more|less|most|least|differently|strongly|positively|negatively"
    r"|better|worse|at all)\s+){0,2}to|(?:affected|influenced|impacted|caused|changed)\s+by)\b(?P<treatment>.+)"
    r"|\b(?:change|gain|lift|drop|rise|increase|decrease|shift)s?(?:\s+(?:the\s+)?(?:most|more|least|less))? in (?P<outcome2>.+?)\b"
    r"(?:from|due to|caused by)\b(?P<treatment2>.+)"
    r"|\b(?:does|do|did|would|will|could) (?P<outcome3>.+?)\b(?:change|shift|move|differ)\s+(?:from|with|due to|because of)\b(?P<treatment3>.+)"
    r"|\b(?:does|do|did|would|will|could|has|have|is|are|was|were) (?P<outcome13>.+?)\s+(?:rise|risen|fall|fallen|increase|decrease|drop|grow"
    r"|grown|improve|decline|go up|go down|gone up|gone down|higher|lower|better|worse|larger|smaller|greater|bigger|different)\s+"
    r"(?:because of|due to|as a result of|thanks to|owing to)\b(?P<treatment13>.+)"
    r"|\bhow (?:(?:much|many(?:\s+\w+)?|far)\s+)?(?:does|do|did|would|will|could|can|might) (?P<outcome4>.+?)\b(?:change|shift|move|rise|fall"
    r"|drop|grow|increase|decrease|go up|go down|respond|react|differ|be different)\s+(?:if|when|as|after|once|whenever)\s+(?:(?:we|you|they|I)\s+"
    r"(?:raise|raised|increase|increased|cut|lower|lowered|reduce|reduced|double|doubled|halve|halved|change|changed)\s+(?P<treatment4>.+)"
    r"|(?P<treatment5>.+?)\s+(?:goes up|go up|goes down|go down|rises|rise|rose|falls|fall|fell|increases|increased|decreases|decreased"
    r"|doubles|drops|(?:is|are|was|were|gets?|get) (?:raised|increased|cut|lowered|reduced|doubled|halved|changed))\b"
    r"|(?:(?:all|every|each|no)\s+(?P<units>(?:[\w-]+\s+){0,2}?)|(?:nobody|no one|everyone|everybody)\s+)(?:had|got|received|required|used"
    r"|took|paid|bought|chose|switched to|moved to"
    r"|(?:were|was) (?:given|offered|sent|shown|assigned))\s+(?P<treatment12>.+))"
    r"|\b(?:incremental|additional)\s+(?P<outcome6>(?:[\w`-]+\s+){0,2}?[\w`-]+)\s+(?:from|due to|caused by|generated by|driven by)\b"
    r"(?P<treatment7>.+)"
    r"|\bcounterfactual (?P<outcome7>.+?)\s+(?:for|of|among)\s+(?P<treatment9>.+?)\s+(?:had|if)\s+(?:they|he|she|it|we)\b"
    r"|\bwould (?:(?:they|these|those|the|such|our|their)\s+(?:[\w-]+\s+)?)?(?:have been|be) (?:(?:any|much|a lot|far)\s+)?(?:more|less) likely"
    r" to (?P<outcome20>[^?;,]+?)\s+(?:without|in the absence of|absent|but for|had|if)\b(?P<treatment20>.+)"
    r"|\bwould (?P<outcome8>.+?)\s+(?:have been|be) (?:(?:any|much|a lot|far)\s+)?(?:lower|higher|different|smaller|larger|greater|better|worse"
    r"|less|more)\s+(?:without|in the absence of|absent|but for|had|if)\b(?P<treatment10>.+)"
    r"|\b(?:risk |average |mean )?differences? in (?P<outcome9>(?:(?!\b(?:effects?|impacts?)\b)[^?;,])+?)\s+(?:between|for)\s+"
    r"(?P<treatment11>[^?;,]+?\s+(?:and|versus|vs\.?|compared (?:with|to))\s+[^?;,]+)"
    r"|\bwhat would (?P<outcome5>.+?)\s+(?:have been|be|have looked like|look like)\s+(?:without|with|in the absence of|absent|but for"
    r"|had (?:we |they |there been |it not been for )?|if (?:we |they |there were |there had been |nobody |no one |everyone )?)(?P<treatment6>.+)"
    r"|^\W*(?:is|are|was|were|has|have)\s+(?P<outcome18>(?![^?]*\b(?:effects?|impacts?|gains?|benefits?|gaps?|differences?)\b)[^?;,]+?)\s+"
    r"(?:(?:been|being|mostly|largely|partly|really|actually)\s+)?(?:driven|shaped|determined|swayed)\s+by\b(?P<treatment18>.+)"
    r"|\b(?:how much|what (?:share|part|fraction|portion|proportion|percentage))\s+of\s+"
    r"(?P<outcome23>(?!(?:it|this|that|them)\b)" + _NO_EFFECT + r"(?![^?]*\bfrom\b)"
    r"[^?;,]+?)\s+(?:is|was|are|were)\s+"
    r"(?:(?:really|actually|causally)\s+)?(?:due to|caused by|because of|attributable to|driven by)\s+(?P<treatment23>[^?;,]+)"
    r"|^\W*(?:is|are|was|were)\s+(?P<outcome24>(?!(?:it|this|that|there)\b)" + _NO_EFFECT + r"[^?;,]+?)\s+(?:lower|higher|better|worse|bigger"
    r"|smaller|larger"
    r"|greater|longer|shorter)\s+(?:on|in|for|during|with|among|after)\s+(?P<treatment24>[^?;,]+)"
    r"|\bhow (?:sensitive|responsive|elastic) (?:is|are|was|were) (?P<outcome19>[^?;,]+?)\s+to\s+(?P<treatment19>[^?;,]+)"
    r"|\bwhat (?:(?:would|will|might|could)\s+)?happens?\s+to\s+(?P<outcome17>[^,;?]+?)\s+(?:if|when|once)\s+(?:(?:every|all|each|no)\s+[\w-]+\s+"
    r"|(?:everyone|everybody|nobody|no one|we|they|you|I|people)\s+)?(?P<treatment17>[^,;?]+)"
    r"|\bhow (?:much|many) (?:more |less |fewer )?(?P<outcome14>[^?]+?)\s+(?:does|do|did|would|will|could)\s+(?:[\w-]+\s+){1,2}?"
    r"(?:gain|lose|earn|put on|save|get|make)\s+(?:because (?:of |they |he |she |it |we )?|due to |as a result of )(?P<treatment14>.+)"
    r"|\bhow (?:much|many) (?:more |less |fewer )?(?P<outcome15>[^?]+?)\s+(?:does|do|did|would|will|could)\s+(?P<treatment15>[^?]+?)\s+"
    r"(?:cause|bring|produce|add|generate|create)(?:\s+(?:them|people|it|us|him|her|you)\s+to\s+\w+)?\s*(?:[?.!]|$)"
    r"|\bhow (?:much|many) (?:more|less|fewer|extra|additional)\s+(?P<outcome21>[^?;,]+?)\s+(?:when|if|as|once|whenever)\s+(?P<treatment21>[^?;,]+?)"
    r"\s+(?:goes up|go up|goes down|go down|rises|rise|falls|fall|increases|decreases|drops|doubles|(?:is|are|gets?) (?:raised|increased|cut"
    r"|lowered|reduced|doubled|halved))\b"
    r"|\bhow (?:much|many|far)(?:\s+[\w-]+)?\s+(?:would|will|could|might)\s+(?P<outcome16>[^,;?]+?)\s+" + _BECOME + r"\s+if\s+"
    r"(?P<treatment16>" + _WERE_MORE + ")"
    r"|^\W*(?:are|is|were|was)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:" + _UNITS_OF + r"|female|male|those|ones)\s+(?:more|less)\s+likely\s+to\s+"
    r"(?P<outcome25>[^?;,]+?)\s+(?:when|if|once|after|whenever)\s+(?P<treatment25>[^?;,]+)"
    r"|\bthe\s+(?P<outcome26>(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:gain|loss|change|rise|drop|increase|decrease|growth|decline|improvement)s?)\s+"
    r"(?:from|due to|caused by)\s+(?P<treatment26>[^?;,]+)"
    r"|\bhow (?:much|many)(?:\s+[\w-]+)?\s+(?:does|do|did|would|will|can|could)\s+(?P<outcome27>[^,;?]+?)\s+(?:increase|rise|grow|change|go up"
    r"|go down|fall|drop|decrease|decline|improve)\s+(?:for\s+|with\s+)?(?:per|each|every|an?|one)\s+(?:additional\s+|extra\s+|more\s+"
    r"|further\s+)?(?:[\w$%-]+\s+)?(?:of|in|on)\s+(?P<treatment27>[^?;,]+)",
    re.IGNORECASE)
_ASKS_WHETHER = (r"(?:^|[,:;]\s*|[.!?]\s+|\s[-–—]\s+)"
                 r"(?:(?:by )?how much |by how many [\w-]+ |by what (?:percent(?:age)?|share|amount|factor|margin) )?"
                 r"(?:does|do|did|would|will|can|could) "
                 r"(?P<treatment>(?:(?:an?|the|this|that|its|their)\s+)?(?:(?!\b(?:because|partly|that|which|who|whose|when|if|for|with"
                 r"|through|via)\b)[^,;?])+?"
                 r"|(?-i:[a-z]+ing)\s+(?:(?!\b(?:because|partly|that|which|who|whose|when|if|for|through|via)\b)[^,;?])+?)\b")
"""A question "does X ..." (or "how much does X ...") opening a sentence or clause: its X (more than an article: "does a
change in X reduce Y"), not read across a clause ("... partly because it ...", "do guests who make requests cancel less");
a doing goes on over "with" ("does going out with friends hurt grades")."""
_MOVES = (r"(?<![(`])(?:brings? in|leads? to|results? in|adds? to|(?:raise|increase|lower|reduce|decrease|cut|boost|improve|worsen|hurt|affect|change"
          r"|move|shift|drive|cause|bring|attract|generate|produce|prolong|shorten|lengthen|extend|delay|prevent|impact|alter|lift|harm"
          r"|regulate|modulate|inhibit|activate|suppress|stimulate|promote|trigger|block|enhance|strengthen|weaken|sway|shape|spur|fuel"
          r"|dampen|curb|hamper|hinder|drag)s?(?:\s+(?:up|down)(?=\s))?|push(?:es)?\s+(?:up|down)(?=\s)|weighs? on)\b")
"""The verbs of "does X <verb> Y" that say X moves Y, with "up" or "down" after some ("does X push up (drive down) Y"); not
a column's name in brackets ("changing the medication (change)")."""
_NAME_WORD = r"(?!(?:is|are|was|were|there|any|the|a|an)\b)[\w`-]+"
"""A word of what a gap is between ("the gender gap", not "is there gender"), neither a verb of being nor an article."""
_OF_INSIDE = ("number", "numbers", "amount", "hours", "time", "use", "rate", "share", "level", "cost", "price", "count", "type", "years",
              "days")
"""Nouns whose "of" stays inside a name ("the effect on number of arrests of X"), not the "of" before the treatment."""
_EDGE = r"(?!(?:of|in|to|for|on|at|by|and|or|the|an?)\s)"
"""No word a name's words are joined by (the "of" of "probability of disaster") at the edge of a role's words."""
_RESPONDING = r"(?:(?:any\s+)?differently|more|less|better|worse|(?:more|less)\s+(?:strongly|positively|negatively))"
"""How a group's response to a treatment differs ("did black legislators respond differently to the letters")."""
_UNITS_QUALIFIER = r"\s+(?:with|without|who|from|in|under|over|aged|above|below)\s+[^?;,.!]+?"
"""What singles out units after their noun ("participants with no degree", "claimants under 35", "workers who quit")."""
_UNITS_RESPONDING = (r"^\W*(?:(?:do|does|did)\s+(?P<units>(?:[\w'-]+\s+){0,3}?(?:" + _UNITS_OF + r"|female|male)"
                     r"(?:" + _UNITS_QUALIFIER + r")?)"
                     r"\s+(?:respond|react)\s+"
                     + _RESPONDING + r"|(?:are|is|were|was)\s+(?P<units2>(?:[\w'-]+\s+){0,3}?[\w'-]+)\s+"
                     r"(?:more|less)\s+(?:responsive|receptive))\s+to\b")
_GROUP_RESPONDING = re.compile(_UNITS_RESPONDING, re.IGNORECASE)
"""Units whose response to a treatment differs ("did Hispanic participants react differently to the training", "did claimants
under 35 respond more to X", "were literate farmers more responsive to X"): the units a subgroup, not an outcome."""
_NOT_RESPONSE = (r"(?![^?.;]*\b(?:benefit|gain|profit|(?:respond|react)(?!\w*\s+(?:more|less)\s+(?:often|frequently))|responsive|receptive"
                 r"|effects?|impacts?|from"
                 r"|treatment)\b)")
"""No word of a response to a treatment after graded units ("do older patients respond more to X"): their effect differs, the
units are no treatment; but "respond more often" is an outcome ("did black legislators respond more often")."""
_NOT_RETURNED = r"(?!(?:work|normal|baseline|health|the office|office|duty|play|school)\b)"
"""What "the return to" is not a return on ("the return to work", "to school")."""
_HAVE_VERBS = (r"(?:have|has|had|get|gets|got|see|sees|make|makes|take|takes|show|shows|receive|use|uses|go|goes|do|does|are|is|were|was"
               r"|become)\b")
"""Verbs of having or getting, which write no outcome of their own ("do patients who exercise have fewer heart attacks")."""
_TREATMENT_FIRST = tuple(re.compile(pattern, re.IGNORECASE) for pattern in (
    r"\belasticit(?:y|ies) of (?P<outcome>.+?)\s+(?:with respect to|w\.r\.t\.?|to)\s+(?P<treatment>.+?)"
    r"(?=\s+(?:for|among|in|when|where|at|by)\b|\s*[?.,;!]|$)",
    r"(?P<treatment>\b(?!(?:the|an?|its|their)\b)[\w`-]+(?:\s+[\w`-]+)?)\s+elasticit(?:y|ies) of\b(?P<outcome>.+)",
    r"\b(?:effects?|impacts?|influence|uplift|lift|payoffs?|pay-offs?|(?-i:C?ATEs?|ATTs?|ATCs?)) of (?P<treatment>.+?)\b(?:on|upon)\b(?P<outcome>.+)",
    r"(?:(?<=\bthe )|(?<=\ban )|(?<=causal )|(?<=average )|(?<=\btotal ))(?:effects?|impacts?|influence) (?:on|upon) (?P<outcome>[^?;,]+?)"
    + "".join(rf"(?<!\b{noun})" for noun in _OF_INSIDE) + r"\s+(?:of|from)\s+(?P<treatment>[^?;,]+?)"
    r"(?=\s+(?:for|among|when|where|if|in|at|with|by)\b|\s*\((?!\s*`?[\w .-]+`?\s*\))|\s*[?.;,!]|$)",
    r"\b(?:effects?|impacts?|influence) (?:that |which )?(?P<treatment>.+?)\b(?:has|have|had|would have|will have) (?:on|upon)\b(?P<outcome>.+)",
    r"(?:^|[,:;]\s*)(?:does|do|did|would|will|can|could) (?P<treatment>[^,;?]+?)\s+(?:really |actually |even |still )?(?:have|has) "
    r"(?:(?:an?|any|some|the|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:effects?|impacts?|influence) (?:on|upon)\b(?P<outcome>.+)",
    r"(?:^\W*|\b(?:that|whether|if)\s+)(?P<treatment>(?:(?!\b(?:that|whether|if)\b)[^,;?])+?)\s+(?:really |actually |ever )?"
    r"(?:has|have|had)\s+(?:(?:no|an?|any|some|zero"
    r"|the|its|their)\s+)(?:[\w-]+\s+){0,2}?(?:effects?|impacts?|influence) (?:on|upon)\b(?P<outcome>.+)",
    r"(?<![\w`()-])(?P<treatment>(?:(?!(?:is|are|was|were|does|do|did|how|much|of|what|whats)\b)[\w`()-]+\s+){0,2}[\w`()-]+?)'s"
    r" (?:effects?|impacts?|influence)"
    r" on\b(?P<outcome>.+)",
    r"(?P<treatment>\b(?!(?:the|an?|its|their|causal|average|total|direct|indirect|treatment|overall|is|was|are|were|does|did|has|had"
    r"|what|how)\b)[\w`()-]+(?:\s+(?!(?:the|an?|its|their)\b)[\w`()-]+)?)\s+(?:effects?|impacts?) (?:on|upon)\b(?P<outcome>.+)",
    r"(?<!average )(?<!conditional )\b(?P<treatment>treatment) effects? (?:on|upon)\b(?P<outcome>.+)",
    r"\b(?:(?:hypothesis|claim|conjecture|h1)\s*:|is it true that|is there (?:any |some |strong |good )?(?:evidence|proof|indication|sign)"
    r" that|(?:do|does) the data (?:show|suggest|indicate|support) that|can we (?:say|conclude|claim) that"
    r"|(?:test|check|verify|assess|examine|evaluate)\s+(?:(?:the|our|my)\s+"
    r"(?:hypothesis|claim|idea|belief)\s+)?(?:whether|if|that)|(?:wonder(?:ing)?|curious|know|tell me|find out|learn|see|sure|ask(?:ing)?"
    r"|question (?:is|was))\s+(?:whether|if))\s*(?P<treatment>[^,;?]+?)\s+" + _MOVES + r"\s*(?P<outcome>.+)",
    r"\bbenefits?\s+(?:(?:the\s+)?(?:most|more|least|less)\s+)?from\s+(?P<treatment>.+?)(?:\s+in terms of\b(?P<outcome>.+)"
    r"|(?=\s+(?:to|for|among|when|where|if|in|on|with)\b|\s*[?.,;:!]|$))",
    r"\bif (?:we |you |they |I )?(?:raise|increase|lower|reduce|cut|change|double|halve|add|remove|set)\s+(?P<treatment>[^,;?]+?)"
    r"\s*,\s*(?:how (?:much |many )?)?(?:does|do|did|would|will|could|can)\s+(?P<outcome>.+?)\b"
    r"(?:change|shift|move|rise|fall|respond|react|go up|go down|increase|decrease|drop|grow)",
    r"\b(?:if|when|as|once) (?P<treatment>[^,;?]+?)\s+(?:goes up|go up|goes down|go down|rises|rise|rose|falls|fall|fell|increases|increased"
    r"|decreases|decreased|doubles|drops|(?:is|are|was|were|gets?) (?:raised|increased|cut|lowered|reduced|doubled|halved|changed))\b[^,;?]*,"
    r"\s*(?:how (?:much |many |far )?)?(?:does|do|did|would|will|could|can|might)\s+(?P<outcome>.+?)\b"
    r"(?:change|shift|move|rise|fall|respond|react|go up|go down|increase|decrease|drop|grow)",
    r"\bif (?P<treatment>" + _WERE_MORE + r")\s*,\s*how (?:much|many|far)(?:\s+[\w-]+)?\s+(?:would|will|could|might)\s+(?P<outcome>[^,;?]+?)\s+"
    + _BECOME,
    r"\bif (?:we|you|they|I|the \w+) (?:offered|gave|sent|paid|assigned|provided|showed|introduced|required)\s+(?:(?:everyone|everybody|all|each"
    r"|every)\s+(?:(?!(?:an?|the)\s)[\w-]+\s+)?)?(?P<treatment>[^,;?]+?)\s*,\s*(?:how (?:much|many)\s+(?:[\w-]+\s+)?)?(?:would|will|could|might)\s+"
    r"(?:(?:more|fewer|less)\s+)?(?:(?:people|they|them|(?:of\s+)?them)\s+)?(?P<outcome>[^?;]+)",
    r"^\W*(?:do|does|did)\s+(?:(?:the|our|their)\s+)?(?:[\w-]+\s+){0,2}?(?:" + _UNITS_OF + r"|those|ones)(?:\s+(?:with|who|in|from)\s+[^?;,]+?)??"
    r"\s+(?P<outcome>(?!(?:median|mean|average)\b)(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:more|less)(?:\s+(?:often|frequently|likely))?\s+"
    r"(?:when|if|once|after)\s+"
    r"(?:they\s+are\s+|they're\s+)?(?:given|offered|shown|sent|assigned|treated with|exposed to)\s+(?P<treatment>[^?;,]+)",
    r"^\W*(?:had (?P<treatment>[^,;?]+?)|if (?![^,;?]*\b(?:fixed|constant|controlled|adjusted|held)\b)(?P<treatment2>[^,;?]+?\b(?:had|hadn't"
    r"|were|weren't)\b[^,;?]*?))\s*,\s*(?:(?:by )?how (?:much|many|far)\s+(?:[\w-]+\s+)?)?(?:would|will|could|might)\s+"
    r"(?:(?:they|he|she|it|we|you|these|those|the|their|its|such)\s+)?(?P<outcome>[^?;,]+)",
    r"\bwhat if (?:(?:every|all|each|no|nobody|everyone|everybody)\b\s*(?:[\w-]+\s+)?)?(?:had|got|received|used|took|were (?:given|on|in"
    r"|offered|sent)|was (?:given|on|in))\s+(?P<treatment>[^,;?]+?)\s*[,;]\s*(?:how (?:much|many|far)\s+(?:\w+\s+)?)?(?:would|will|does|do|could)"
    r"\s+(?P<outcome>.+?)\s+(?:drop|change|rise|fall|go up|go down|increase|decrease|grow|shrink|move|be)\b",
    r"^\W*should (?!(?:we|I|they|you|it|he|she|there)\b|(?:(?:the|our|all|every|each|a|an)\s+)?(?:" + _UNITS_OF + "|" + _UNIT + r")"
    r"\s+(?:get|receive)\b)"
    r"(?P<condition>(?:(?:the|our|a|an)\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:get|receive)\s+(?P<treatment>.+?)\s+(?:to|so|if|in order)\b",
    r"\bshould (?:we|I|they|you|the \w+) (?:send|give|offer|show|roll out|launch|apply|assign|provide|extend|recommend|prescribe"
    r"|require|introduce|adopt|use|charge|ask for|implement|enforce|mandate)\s+(?!(?:for|to|on|in|at|with|from)\s)"
    r"(?!(?:(?:each|every|all|our|the|these|those|some|any)\s+)?(?:customers?|users?|patients?|people|persons?|clients?|members?|students?"
    r"|households?|employees?|workers?|visitors?|accounts?|them|everyone|anyone)\b)(?P<treatment>.+?)\s+(?:to|for|if|so|in order|only|from"
    r"|among|at)\b",
    r"^\W*(?:please\s+)?(?:recommend|suggest|choose|pick|find|assign)\s+(?:(?:the|a|an)\s+)?(?:(?:best|optimal|right|ideal)\s+)?"
    r"(?P<treatment>[^?;,]+?)\s+for\s+(?:each|every)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:to|so|that)\b",
    r"\b(?:numbers? needed to (?:treat|harm)|NN[TH]|absolute risk (?:reduction|difference|increase)|risk differences?)\s+(?:with|for|of|from)\s+"
    r"(?P<treatment>.+?)(?=\s+(?:among|for|in|when|where|to|on|with)\b|\s*[?.,;]|$)(?:\s+(?:on|in|of)\b(?P<outcome>[^?.,;]+))?",
    r"\b(?:is|are|was|were) (?P<treatment>.+?)\s+(?:an?|the|one|another) (?:(?:main|major|key|real|true|direct|leading|important)\s+)?"
    r"(?:cause|driver|determinant|risk factor|source|contributor)s? (?:of|for|to|behind)\b(?P<outcome>.+)",
    r"\b(?:link|relationship|association|connection|effect|gap) between (?P<treatment>.+?)\band\b(?P<outcome>.+)",
    r"\b(?:(?:causal|direct|indirect)\s+)?(?:paths?|pathways?|links?|routes?|chains?)\s+(?:(?:running|leading|going)\s+)?from\s+"
    r"(?P<treatment>.+?)\s+(?:to|into|towards?)\s+(?P<outcome>.+)",
    r"\b(?:how|where|at what (?:level|value)) (?:should|would|could|do|can) (?:we|I|you|they|one) (?:set|choose|pick|fix|adjust|tune"
    r"|allocate|target|assign)\s+(?P<treatment>.+?)\s+(?:to|so|in order|if)\b",
    r"\bhow (?:much )?(?:does |do |did |would |will |can |could )?(?P<treatment>.+?)\b(?:affects?|influences?|impacts?"
    r"|(?:changes?|alters?|shapes?)(?!\s+(?:with|when|if|as|across|by|for|from|due|after|because|in|over|under|between|among)\b|\s*[?.!,;]|\s*$))"
    r"\b(?P<outcome>.+)",
    r"\btreatment:?\s(?P<treatment>[^,;]+?),?\s+outcome:?\s(?P<outcome>.+)",
    r"\bwhich (?:level|value|option|version|arm|type|kind|setting) of (?P<treatment>.+?)\b(?:is|would be|works?)"
    r" (?:the )?(?:best|optimal|ideal)\b(?:\s+for\b)?(?P<outcome>.+)",
    r"\b(?:which|what) (?:level|value|amount|dose|dosage|setting|quantity) of (?P<treatment>.+?)\s+(?:" + _OPTIMISES + r")\b(?P<outcome>.+)",
    r"\bwhich (?P<treatment>(?:[\w-]+\s+){1,2}(?:level|amount|dose|dosage|setting|intensity))\s+(?:is|would be|works?)"
    r" (?:the )?(?:best|optimal|ideal)\b(?:\s+for\b)?(?P<outcome>.+)",
    _WHICH_OF_BEST + r"(?:\s+(?:for|on|at)\b)?(?P<outcome>.+)",
    r"\bwhat (?:does|do|did|would|will|can|could|might) (?P<treatment>.+?)\bdo (?:to|for)\b(?P<outcome>.+)",
    r"^\W*(?:do|does|did|are|is|were|was)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:with|having|in|who (?:have|had)|that (?:have|had))\s+"
    r"(?:an?\s+)?" + _MORE + r"\s+(?!than\b)(?P<treatment>(?:[\w`-]+\s+){0,3}?" + _EDGE + r"[\w`-]+)\s+"
    r"(?P<outcome>" + _EDGE + r"(?:[\w-]+\s+)?" + _MORE + r"\b.+)",
    r"\b(?:what|how (?:big|large|important|much)(?: of)? an?)\s+role (?:does|do|did|would|will|could|might) (?P<treatment>.+?)\s+play\s+"
    r"(?:in|for)\b(?P<outcome>.+)",
    r"\b(?:the|a|an|its|their) (?:(?:causal|main|key|real|true)\s+)?(?:role|contribution) of (?P<treatment>.+?)\s+(?:in|to|for)\b(?P<outcome>.+)",
    r"\b(?:is|are|was|were) (?P<treatment>.+?)\s+(?:really |actually |partly |mainly )?behind\s+(?:(?:the|a|an|any)\s+)?(?:(?:rise|fall|drop"
    r"|increase|decrease|growth|decline|changes?|gaps?|differences?|variation|surge|jump|spike)\s+in\s+)?(?P<outcome>.+)",
    r"(?P<outcome>\b(?!(?:the|an?|is|are|was|were|there)\b)(?:[\w`-]+\s+)?[\w`-]+)\s+gaps?\s+(?:from|due to|caused by|created by)\s+"
    r"(?P<treatment>[^?;,]+?)(?=\s+(?:smaller|larger|bigger|greater|wider|narrower|different|for|among|in|when|at)\b|\s*[?.;,!]|$)",
    _ASKS_WHETHER + r"(?:really |actually |even )?(?:matters?|counts?)\s+(?:more|less|most)\b",
    _ASKS_WHETHER + r"(?:really |actually |even )?(?:matters?|counts?)\s+(?:for|to)\b(?P<outcome>.+)",
    _ASKS_WHETHER + r"(?P<outcome>pays?)\s+(?:more|less|better|off more|off less)\s+(?P<condition>(?:in|for|among|to)\s+[^?;,]+)",
    _ASKS_WHETHER + r"(?:really |actually |even )?(?:pays? off|translates?)\s+(?:in terms of|into|in|for)\b(?P<outcome>.+)",
    r"(?:^|[,:;]\s*|[.!?]\s+)(?:is|are|was|were)\s+(?P<treatment>(?:(?!\bworth\b)[^,;?])+?)\s+(?:really |actually )?worth\s+"
    r"(?:it|the\s+(?:cost|money|investment|effort|price))\s*,?\s*(?:in terms of|for|when it comes to)\b(?P<outcome>.+)",
    _ASKS_WHETHER + r"(?:really |actually |even )?(?:moves? the needle|makes? (?:a|any) (?:dent|difference)|contributes?)\s+(?:on|in|to|for)\b"
                    r"(?P<outcome>.+)",
    _ASKS_WHETHER + r"(?:push|drive|nudge)(?:es|s)?\s+(?P<outcome>[^?;,]+?)\s+(?:up|down|higher|lower)\b",
    _ASKS_WHETHER + r"(?:push|drive|nudge|lead|tip)(?:es|s)?\s+(?:(?:people|them|us|him|her|patients|users|customers|students|workers"
                    r"|voters|units)\s+)?(?:into|towards?)\b(?P<outcome>.+)",
    _ASKS_WHETHER + r"(?:keeps?|stops?|prevents?|deters?|discourages?)\s+(?:(?:people|them|us|him|her|patients|users|customers|students"
                    r"|workers|voters|units)\s+)?from\b(?P<outcome>.+)",
    _ASKS_WHETHER + r"(?:keeps?|drives?|pushes?|forces?|takes?)\s+(?:(?:people|them|us|him|her|" + _UNITS_OF + r")\s+)?out of\b(?P<outcome>.+)",
    _ASKS_WHETHER + r"(?:stops?|prevents?)\s+(?:people|them|us|him|her|patients|users|customers|students|workers|voters|units)\s+"
                    r"(?P<outcome>[\w-]+ing\b.+)",
    _ASKS_WHETHER + r"(?:actually |really |truly )?makes? (?P<outcome>.+)",
    _ASKS_WHETHER + r"gets? (?:worse|better|more|less|fewer|higher|lower|bigger|smaller)\s+(?!(?:faster|sooner|quicker|more quickly)\b)"
                    r"(?P<outcome>.+)",
    r"^\W*(?:does|do|did|would|will|can|could)\s+(?P<treatment>having\s+(?:an?|the|one|no)\s+[\w-]+\s+(?:who|that|which)\s+[^?;,]+?)\s+"
    + _MOVES + r"\s*(?P<outcome>.+)",
    _ASKS_WHETHER + r"(?:help|hurt|harm|benefit|raise|boost|lift|improve|lower|reduce|cut)s?\s+(?P<condition>(?!(?:the|their|its|our|your|his"
                    r"|her|my)\b)(?:[\w-]+\s+){1,2}?[\w-]+(?:'s|s'|\u2019s|s\u2019))\s+(?P<outcome>.+)",
    _ASKS_WHETHER + r"(?:cause|make|lead|get)s?\s+(?P<outcome>[^?;,]+?)\s+to\s+(?:change|rise|fall|increase|decrease|go up|go down|grow|drop"
                    r"|shift|move)\b",
    _ASKS_WHETHER + r"(?:hurt|harm)s?\s+(?=(?:" + _NOT_JOINED + r"[\w'-]+\s+){0,3}?" + _UNITS_OF
    + r"(?:" + _UNITS_QUALIFIER + r")?\s*(?:[?;.!]|$))",  # units hurt are no outcome
    _ASKS_WHETHER + _MOVES + r"(?!\s*[(`]|\s+(?:with|when|if|as|after|because|due)\b)(?P<outcome>.+)",
    _ASKS_WHETHER + r"(?:help|benefit)s?\b",
    _ASKS_WHETHER + r"(?<!\bto )work(?:s|ed)?(?=\s+(?:better|best|worse|well|at all)\b|\s*[?.!]|$)",  # not "the return to work"
    r"^\W*(?:do|does|did|are|is|were|was)\s+(?:the\s+)?(?P<treatment>(?:older|younger|heavier|lighter|richer|poorer|wealthier|taller"
    r"|larger|bigger|smaller|longer)\s+(?:[\w-]+\s+)?(?:[A-Za-z]+s|people|men|women|children|female|male))\s+"
    r"(?P<outcome>" + _NOT_RESPONSE + _EDGE + r"(?:[\w-]+\s+){0,2}?"
    + _MORE + r"\b.+)",
    r"^\W*(?:do|did|are|were)\s+(?P<treatment>(?!(?:the|an?|any|all|most|some|many|more|fewer|less|these|those|our|their|your|such|other"
    r"|both|each|every)\b)[\w-]+\s+(?:[\w-]+\s+)?[A-Za-z]+s)\s+"
    r"(?P<outcome>" + _NOT_RESPONSE + _EDGE + r"(?:[\w-]+\s+){0,2}?"
    + _MORE + r"\b.+)",
    r"^\W*(?:do|did)\s+(?:(?:the|our|their)\s+)?(?:[\w-]+\s+){0,2}?(?:[A-Za-z]+(?:s|men|people)|female|male)\s+(?:with|having)\s+"
    r"(?!(?:more|less|fewer|higher|lower|an?|the|no)\b)(?P<treatment>(?:[\w`-]+\s+){0,2}?[\w`-]+)\s+"
    r"(?P<outcome>" + _NOT_RESPONSE + r"(?!(?:have|has|get|gets|see|sees|show|shows|are|is|were|was)\b)[\w-]+\s+(?:more|less)\b.+)",
    r"\b(?:policy|rule|strategy) for (?P<treatment>.+?)\b(?:that|which|so|with\b.+\bas (?:the|our|my|its))\b",
    r"\b(?:policy|rule|strategy) for (?P<treatment>.+?)\bon\b(?P<outcome>.+)",
    r"\bwhich (?:treatment|option|action|arm|level|value|version|setting) (?:should|would|to|do|does|can) (?:\w+ )*?"
    r"(?:pick|choose|give|assign|use|select|set) (?:for|of) (?P<treatment>.+?)(?:\(|\bso\b|\bto\b|\bin order\b|\bwhere\b|\bwhen\b|$)",
    r"\b(?:would|will|is|was)\s+(?:giving|offering|sending|showing|assigning|applying|using|providing|rolling out|switching on|turning on)\s+"
    r"(?P<treatment>(?:(?!(?:for|to|among|when|where|if|with|in|at|on|be)\b)[\w`'-]+\s*(?:\(\s*`?[\w .-]+`?\s*\)\s*)?)+?)"
    r"(?:\s+[^?;]*?)?\s*\bbe (?:the |a )?(?:right|best|correct|wise|smart|good|optimal) (?:call|choice|decision|move|idea|option)"
    r"\s+(?:for|if we (?:want|care about)|to (?:improve|raise|boost|increase|maximi[sz]e))\b(?P<outcome>.+)",
    r"\b(?:is|are|was|were) (?P<treatment>.+?)\b(?:good|bad|helpful|harmful|beneficial)(?: or (?:good|bad|helpful|harmful))? for\b(?P<outcome>.+)",
    r"\bdifference (?:does|do|did|would|will|can|could) (?P<treatment>.+?)\bmakes? (?:to|for|in|on)\b(?P<outcome>.+)",
    r"\b(?:is|are|was|were) (?P<treatment>.+?)\bresponsible for (?:(?:the )?(?:differences?|changes?|variations?|gaps?) in\b)?(?P<outcome>.+)",
    r"\bwhich (?P<treatment>" + _ARM + r") (?:" + _GETS_MOST + r"|(?:" + _OPTIMISES + r")\b)(?P<outcome>.+)",
    r"\bthe (?P<outcome>(?!(?:causal|average|total|direct|indirect|treatment|overall|net|mean|marginal|estimated|true|real|full"
    r"|whole|same|expected|conditional|heterogeneous|main|long-term|short-term|possible|likely|biggest|largest)\b)[\w`-]+(?:\s+[\w`-]+)?)"
    r"\s+(?:effects?|impacts?) of (?P<treatment>.+?)(?=\s+(?:concentrated|among|for|in|on|when|within|across|by|at|is|was|are|were"
    r"|differ\w*|depend\w*|var(?:y|ies|ied)|bigger|larger|smaller|stronger|weaker|greater)\b|\s*[?;,.(]|$)",
    r"\b(?:who |which (?:[\w-]+ ){1,2}?)(?:should )?(?:is given|gets?|receives?|" + _SHOULD_GET + r") (?P<treatment>.+?)"
    r"\b(?:to|so|if|for|in order)\b",
    # the treatment as what we do to them: "who should we email to maximise spend"
    r"\bwho(?:m)? should (?:we|I|you|they) (?P<treatment>(?!(?:target|treat|choose|pick|select|prioriti[sz]e|focus|help|reach|be)\b)"
    r"[\w-]+(?:\s+(?!(?:to|so|if|in)\b)[\w-]+)?)\s+(?:to|so|if|in order)\b",
    r"(?<![\w`-])(?P<treatment>(?:" + _NAME_WORD + r"\s+){0,2}?" + _NAME_WORD + r")\s+(?:gaps?|discrimination|bias|penalty|premium)\s+in\b"
    r"(?P<outcome>.+)",
    r"\b(?P<treatment>(?!(?:the|an?|any|is|there)\b)[\w`-]+)\s+(?P<outcome>(?:wage|pay|earnings|income|salary|wealth|health|mortality"
    r"|achievement|test[- ]score|employment|unemployment)s?)\s+gaps?\b",
    r"\bwhich (?P<treatment>(?!(?:[\w`-]+\s+){0,2}(?:" + _UNITS_OF + "|" + _UNIT + r"|one|ones|of|variables?|factors?|columns?|features?|groups?)\b)"
    r"(?:[\w`-]+\s+){0,2}?[\w`-]+(?:\s*\(\s*`?[\w.-]+`?\s*\))?)\s+"
    r"(?:should|would|could|to|do|does|can)\s+(?:(?:each|every|a|an|the|our|this|that|we|I|you|they)\s+)?(?:\w+\s+)?"
    r"(?:get|receive|see|be (?:given|sent|offered|shown|assigned)|send|give|offer|show|assign)\b",
    r"\bwhat (?P<treatment>(?!(?:is|are|was|were|would|should|could|does|do|did|can|will|if|about)\b)(?!(?:[\w`-]+\s+){0,2}(?:" + _UNITS_OF
    + "|" + _UNIT + r"|one|ones|of|variables?|factors?|columns?|features?|groups?)\b)(?:[\w`-]+\s+){0,2}?[\w`-]+)\s+should\s+"
    r"(?:each|every|a|an|the|our|this|that)\s+(?:\w+\s+)?(?:choose|pick|select|use|adopt|set|get|receive|have|see"
    r"|be (?:given|sent|offered|shown|assigned))\b",
    r"\b(?:the|a|an|its|their)\s+(?:[\w-]+\s+)?returns? to " + _NOT_RETURNED +
    r"(?P<returns>)(?P<treatment>.+?)(?:\s+(?:on|in)\b(?P<outcome>.+)|(?=\s+(?:for|among|when|where|at|by|is|was|are|were|bigger|larger|smaller"
    r"|greater|higher|lower|differ\w*|var(?:y|ies|ied)|using|with|as)\b|\s*[?.,;:!]|$))",
    r"^\W*(?!(?:based|using|in|from|for|with|given)\b)(?P<treatment>[^:?;,]+?)\s+(?:and|&|vs\.?|versus)\s+(?P<outcome>[^:?;,]+?)"
    r"\s*[:\u2014\u2013-]+\s*(?:what(?:'s| is| was)|how (?:big|large"
    r"|strong) is|estimate|is there)\s+(?:the\s+|an?\s+|any\s+)?(?:causal\s+|average\s+|real\s+|true\s+)?(?:effect|impact)",
    r"^\W*(?!(?:does|do|did|is|are|was|were|what|how|which|who|why|can|could|would|will|should)\b)"
    r"(?P<treatment>(?:[\w-]+\s+)?[\w`'\"$.-]+\s+(?:vs\.?|versus)\s+[\w`'\"$.-]+)\s+on\s+(?P<outcome>[^:?;,\u2014\u2013]+?)"
    r"\s*(?:[:?\u2014\u2013]|\s-\s|$)",
    r"\bhow (?:many|much) (?:extra|more|additional)\s+(?P<outcome>[^?;,]+?)\s+(?:does|do|did|would|will|can|could)\s+(?:each|every|one|an?"
    r"|another)\s+(?:(?:extra|additional|more)\s+)?(?P<treatment>[^?;,]+?)\s+(?:give|add|bring|buy|produce|generate|yield|create|cause"
    r"|earn|deliver|raise|make)s?\b",
    r"^\W*(?:do|does|did|are|were|will|would)\s+(?:(?:the|our|their)\s+)?(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:who|that)\s+(?P<treatment>[^?,;]+?)\s+"
    r"(?!" + _HAVE_VERBS + r")(?P<outcome>[\w-]+)\s+(?:less|more|fewer)\b(?:\s+(?:often|frequently|likely|times|money))?"
    r"(?=\s*[?.,;!]|\s*$|\s+(?:than|on|in|when|if|for)\b)",
    r"^\W*(?:do|does|did|are|were|will|would)\s+(?:(?:the|our|their)\s+)?(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:who|that)\s+(?P<treatment>[^?,;]+?)\s+"
    r"(?:(?P<outcome>[\w-]+\s+(?:less|more|fewer)\s+(?!(?:often|frequently|likely|times)\b)[\w-]+(?:\s+[\w-]+)?)(?=\s+than\b)"
    r"|(?!" + _HAVE_VERBS + r")(?P<outcome2>[\w-]+\s+(?:less|more|fewer)\s+(?!(?:often|frequently|likely|times)\b)[\w-]+(?:\s+[\w-]+)?)"
    r"(?=\s*[?.;!]|\s*$))",
    r"(?:^|[.;:]\s*)compare\s+(?P<treatment>.+?)\s+(?:on|in terms of|with respect to)\s+(?P<outcome>.+)",
    r"^\W*(?:do|does|did)\s+(?P<condition>(?:(?:the|our|their)\s+)?(?:[\w-]+\s+){0,2}?(?:" + _UNITS_OF + r"|those|ones|[A-Za-z]+s|female|male)"
    r"(?:\s+(?:with|who|in|from)\s+[^?;,]+?)?)\s+(?:(?:gain|lose|put on|spend|save|get)\s+(?:more|less|fewer)\s+(?P<outcome>[^?;,]+?)"
    r"|(?P<outcome2>earn\s+(?:more|less)(?:\s+[^?;,]+?)?))\s+(?:after|once|when)\s+(?:they\s+)?(?P<treatment>[^?;,]+)",
    r"(?:^\W*(?:do|does|did)\s+(?P<condition>(?:[\w'-]+\s+){0,5}?[\w'-]+)\s+)?\b(?:respond|react)\s+" + _RESPONDING
    + r"\s+to\s+(?P<treatment>[^?;,.]+?)(?=\s+(?:than|for|among|when|if|in|on)\b|\s*[?;,.]|$)",
    r"\b(?:more|less)\s+(?:responsive|receptive)\s+to\s+(?P<treatment>[^?;,.]+?)(?=\s+(?:than|for|among|when|if|in|on)\b|\s*[?;,.]|$)",
    r"^\W*(?:is|are|was|were)\s+(?P<treatment>[^?;,.]+?)\s+(?:more|less)\s+(?:rewarding|lucrative|profitable)\b(?P<returns>)",
    r"^\W*(?:are|is|were|was)\s+[^?;,.]+?\s+(?:helped|hurt|harmed|affected)\s+(?:more|less|most)\s+by\s+(?P<treatment>[^?;,.]+?)"
    r"(?=\s+(?:than|for|among|when|if|in|on)\b|\s*[?;,.]|$)",
    r"^\W*(?:is|are|was|were)\s+(?P<treatment>[^?;,.]+?)\s+(?:more|less)\s+(?:helpful|useful|beneficial|effective|successful)\s+"
    r"(?:against|at)\s+(?P<outcome>[^?;,.]+?)(?=\s+(?:for|among|when|if|in|with)\b|\s*[?;,.]|$)",
    r"^\W*(?:is|are|was|were)\s+(?P<treatment>[^?;,.]+?)\s+(?:more|less)\s+(?:helpful|useful|beneficial|effective|successful)"
    r"(?=\s+(?:for|among|when|if|in|with)\b|\s*[?;,.]|$)",
    r"\b(?:earn|get|receive|pay|charge|command)(?:s|ed)?\s+(?:an?|any|the)\s+(?:premium|penalty|discount|markup|mark-up)\s+for\s+"
    r"(?P<treatment>[^?;,.]+?)(?=\s+(?:than|for|among|when|if|in|on)\b|\s*[?;,.]|$)",
    r"\b(?:benefit(?:s|t?ed)?|gain(?:s|ed)?|profit(?:s|ed)?)\s+(?:more|less|most|the most)\s+from\s+(?P<treatment>[^?;,.]+?)"
    r"(?=\s+(?:than|for|among|when|if|in|on)\b|\s*[?;,.]|$)",
))
"""Phrasings that write the treatment first, tried in this order."""
_MEDIATOR_AFTER = (
    re.compile(r"(?<!-)\b(?:(?<!\bput )(?<!\bputting )through|via|by way of|explained by|carried by|mediated by|because (?:it|they) \w+"
               r"|(?:is|was) (?:that|this|it) (?:partly |mainly |largely |just )?because(?: of)?"
               r"|(?:comes?|came|stems?|arises?) from(?: (?:changes?|shifts?|differences?) in)?)\b(?P<mediator>.+)"
               r"|\beffects?\b[^?]*?\bdriven by\b(?P<mediator3>.+)|" + _BY_CHANGING + r"(?P<mediator2>.+)"
               r"|\b(?:with|using|taking|treating)\s+(?P<mediator4>[^?;,]+?)\s+as\s+(?:the\s+|a\s+|its\s+)?(?:mediator|mediating\s+variable)\b"
               r"|\b(?:direct|indirect)\s+and\s+(?P<mediator5>[\w`'.]+(?:\s+[\w`'.]+)?)-mediated\b",
               re.IGNORECASE),
    re.compile(r"\b(?:because of|due to)\b(?P<mediator>.+)", re.IGNORECASE),
)
_M_OPENS = (r"(?:^(?!\s*(?:does|do|did|can|could|would|will)\b)|.*\b(?:if|whether|does|do|did|can|could|would|will)\s+|.*[,:;]\s*)"
            r"(?!(?:you|we|I|they|what|which|who|it|this|that)\b)")
"""Where a mediator opens a clause ("can M explain ...", "M carries ..."), not at the one asked or a question word ("can you
explain the effect of X on Y", "what explains ...")."""
_BETWEEN = re.compile(
    r"(?P<mediator>.+?)\b(?:sits?|lies?|stands?|a mediator|the mediator|mediates?)\s+between\b(?P<treatment>.+?)\band\b(?P<outcome>.+)"
    r"|" + _M_OPENS + r"(?P<mediator2>[^,:;]+?)\s+(?:carr(?:y|ies)|transmits?"
    r"|conveys?|explains?|mediates?)\s+(?:(?:the|an?|some|part of the|much of the)\s+)?(?:effects?|impacts?|influence)\s+of\b(?P<treatment2>.+?)"
    r"\b(?:on|upon)\b(?P<outcome2>.+)"
    r"|" + _M_OPENS + r"(?P<mediator4>[^,:;]+?)\s+explains?\s+(?:why|how)\s+"
    r"(?P<treatment4>.+?)\s+" + _MOVES + r"(?P<outcome4>.+)"
    r"|" + _ASKS_WHETHER.replace("?P<treatment>", "?P<treatment3>") + _MOVES + r"(?P<mediator3>[^,;?]+?),?\s+and,?\s+(?:(?:so|thus|thereby"
    r"|hence)\s+)?(?:through|via|by way of)\s+(?:it|that|this|them)\b,?\s+(?:(?:also|in turn)\s+)?(?:" + _MOVES + r"\s+)?(?P<outcome3>.+)"
    r"|" + _ASKS_WHETHER.replace("?P<treatment>", "?P<treatment5>") + _MOVES + r"(?P<mediator5>[^,;?]+?),?\s+which\s+(?:(?:in turn|then)\s+)?"
    + _MOVES + r"(?P<outcome5>.+)",
    re.IGNORECASE)
"""Phrasings that name the mediator's role outright: "M sits between X and Y", "M carries (explains, mediates) the effect of X on
Y", "can M explain why X affects Y", "does X raise M, and through it Y", "does X raise M, which in turn raises Y"."""
_OBJECTIVE = re.compile(
    r"\b(?:maximi[sz](?:e|es|ing)|minimi[sz](?:e|es|ing)|optimi[sz](?:e|es|ing)|cares? about"
    r"|to (?:increase|raise|boost|improve|grow|lift|reduce|lower|cut|decrease|prevent|avoid))\b"
    r"(?P<outcome>(?:(?!\bto (?:get|gain|win|earn|attract|have|see|increase|raise|boost|improve|maximi[sz]e|minimi[sz]e)\b)[^?.;,])+)"
    r"|\bso (?:that )?(?P<outcome2>[^?.;,]+?) (?:is|are|gets?|becomes?|stays?) (?:maximi[sz]ed|minimi[sz]ed|(?:the )?(?:highest|largest|greatest|lowest|smallest)"
    r"|as (?:high|large|low|small) as possible)\b"
    r"|\bso (?:that )?(?P<outcome5>[^?.;,]+?) (?:goes up|go up|goes down|go down|rises|rise|increases|increase|grows|grow|improves|improve"
    r"|falls|fall|drops|drop|decreases|decrease)\b"
    r"|\bto keep (?P<outcome3>[^?.;,]+?) (?:as )?(?:low|lowest|down)\b"
    r"|\bto (?:get|gain|win|earn|attract|have|see) (?:the )?(?:most|more|highest|largest|greatest|fewest|least|lowest|best) (?P<outcome4>[^?.;,]+)"
    r"|\bwith (?P<reward>.+?) as (?:the|our|my|its) (?:reward|outcome|target|objective|goal)\b", re.IGNORECASE)
_CONDITION_START = re.compile(
    r"\((?!\s*`?[\w .-]+`?\s*\))|(?<!-)\b(?:for|when|whenever|at(?!\s+(?:least|most)\b)|among|if|where|given|in|within|with)\b(?!-)"
    r"|[?;]|\.(?!\w)"
    r"|\b(?:depend(?:s|ed|ing)?\s+(?:up)?on|condition(?:ing|ed)?\s+on|var(?:y|ies|ied|ying)\s+(?:with|by|across)"
    r"|differ(?:s|ed|ing)?\s+(?:by|across|with)|heterogeneous\s+(?:across|by|with|over))\b",
    re.IGNORECASE)
_ROLE_END = re.compile(
    _CONDITION_START.pattern + r"|[,:]|(?<![-\w])by\b|\b(?:that|which|who|via|into|because|due to|is due|flows?|runs?|goes|operates?"
    r"|(?:explained|carried|mediated|driven) by"
    r"|(?:comes?|came|stems?|arises?) from)\b|" + _THROUGH + "|" + _BY_CHANGING,
    re.IGNORECASE)
_DASH = re.compile(r"\s+[-–—]\s+")
"""A dash between spaces, which ends a clause."""
_VALUE = re.compile(f"{NUMBER.pattern}|{MIDDLE.pattern}", re.IGNORECASE)
"""A value a condition writes: a number, or a median or half."""
_VERSUS = re.compile(rf"\s+(?:{COMPARED_WITH}|rather than|instead of)\s+[^?;,.]+", re.IGNORECASE)
"""The arm the treatment is compared with, written after the outcome ("raise conversion compared to the PSA")."""
_AND_VALUE = re.compile(
    r"\s*(?:,\s*)?(?:and|&)\s+(?:(?:with|for|where|when)\s+)?(?:`[^`]+`|[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?)\s*"
    r"(?:==?|!=|>=?|<=?|≥|≤|(?:is\s+)?(?:equal to|equals|over|under|above|below|more than|less than|at least|at most|of|is))\s*"
    rf"(?:{NUMBER.pattern})", re.IGNORECASE)
"""A second condition with its value joined to the first by "and": "and educ = 12", "and income over 50000"."""
_COUNTED = re.compile(r"(?:\s+(?!(?:the|an?|and|or|is|are|was|were|on|to|of|in|for|at|when|what|how|does|do|did|has|have|had)\b)"
                      r"[A-Za-z][\w-]*){1,3}", re.IGNORECASE)
"""The words after a number that say what it counts ("2 prior inpatient visits")."""


_WITH = re.compile(r"(?:\b(?:for|among)|:)\s+(?:the\s+)?(?:\w+\s+)?(?P<with>with(?:\s+or\s+without)?|without(?:\s+or\s+with)?)\b"
                   r"(?![^?;,.]*\bas (?:the|our|my|its)\b)[^?;,.]+",
                   re.IGNORECASE)
"""A condition on a yes/no column, written without a value ("for units without a garden", "who benefits: people with or
without a degree")."""
_DIFFERS = re.compile(
    r"\b(?:differ(?:s|ent|ed|ing)?|bigger|larger|smaller|stronger|weaker|greater|(?:works?|worked|working)\s+(?:better|worse)"
    r"|(?:more|less|most|least)\s+(?:effective|rewarding|lucrative|profitable)|matter(?:s|ed)?\s+(?:more|less|most))\s+"
    r"(?P<group>(?:for|among|in|on|between|to)\s+[^?;,.]+)"
    r"|\bdepend(?:s|ed|ing)?\s+on\s+(?P<whether>whether\s+[^?;,.]+)"
    r"|\b(?:do|does|did)\s+(?P<see>(?:[\w'-]+\s+){0,3}?[\w'-]+)\s+(?:see|get|show|experience|have)\s+(?:a\s+|an\s+)?"
    r"(?:bigger|larger|smaller|stronger|weaker|greater)\s+(?:effect|impact|benefit|gain|response)\b"
    r"|\b(?:help(?:s|ed)?|benefit(?:s|t?ed)?)\s+(?P<helped>(?!(?:them|it|us|you|people|everyone|anyone)\s+more\b)(?:[\w'-]+\s+){0,6}?[\w'-]+)"
    r"\s+(?:more|less|most|the most)\s*(?:than\b|[?;,.]|$)"
    r"|\b(?:help(?:s|ed)?|benefit(?:s|t?ed)?|hurt(?:s)?|harm(?:s|ed)?)\s+(?P<helped3>(?!(?:the|its|their|our|your|these|those|all|most|some|many"
    r"|any|other)\b)(?:" + _NOT_JOINED + r"[\w'-]+\s+){1,3}?" + _UNITS_OF + r"|(?:(?:the|their)\s+)?" + _UNITS_OF + _UNITS_QUALIFIER
    + r")\s*(?:[?;.!]|$)"
    r"|\b" + _MOVES + r"\s+[^?;,.]{1,40}?\s+(?:more|less|most)\s+(?P<moved>(?:for|among)\s+[^?;,.]+)"
    r"|\b(?:do|does|did)\s+(?P<gained>(?:[\w'-]+\s+){0,4}?[\w'-]+)\s+(?:benefit|gain|profit)\s+(?:more|less|most)\b"
    r"|" + _UNITS_RESPONDING.replace("?P<units>", "?P<responded>") +
    r"|^\W*(?:are|is|were|was)\s+(?P<helped2>(?:[\w'-]+\s+){0,5}?[\w'-]+)\s+(?:helped|hurt|harmed|affected)\s+(?:more|less|most)\s+by\b"
    r"|\b(?:more|less)\s+(?:helpful|useful|beneficial|effective|successful)\s+(?:against|at|in)\s+[^?;,.]+?\s+(?P<against>(?:for|among)\s+[^?;,.]+)",
    re.IGNORECASE)
"""A group the effect differs for, named without a value ("different for married participants", "worked better for
black participants", "more effective among women", "matter more for people living far away", "depends on whether the owner
is a woman", "do first-time mothers see a bigger effect", "did the training help dropouts more", "did the program help Hispanic
participants" (or "participants with no degree"), "did married participants
benefit more", "did black legislators respond differently to X", "were literate farmers more responsive to X", "was X more
helpful against Y for those facing hardship", "were participants facing hardship helped more by X")."""
_GROUP = re.compile(r"\b(?:for|among|in|of)\s+(?:the\s+)?(?:\w+\s+)?(?:female|male)(?:\s+\w+)?\s*(?=[?.,;!]|$)", re.IGNORECASE)
"""A group of women or men (read as "female" / "male") named at the end of a clause ("the hourly wage of women?")."""
_LEADING = re.compile(r"^\s*(?:(?:among|for|within|during|given(?:\s+that)?|conditional\s+on)\s+(?:[\w-]+\s+){0,5}[\w-]+"
                      r"(?:\s+(?:who|that|with|without|whose)(?:\s+[\w'-]+){1,5})?"
                      r"|(?:when|while|whenever)\s+(?:[\w-]+\s+){0,3}(?:is|are|was|were)\s+(?:running|on|active|live|open|underway"
                      r"|in (?:place|effect|force)|switched on|turned on|enabled|available))(?=\s*,)", re.IGNORECASE)
"""A group named before the question, without a value ("Among women, does ...", "For people who earned nothing in 1975, did
...", "Given a search was conducted, does ...", "For app users at outlet stores, what ...", "During promo weeks, ..."), or a
state a yes/no column records ("When a promo is running, how much ...")."""
_SUBGROUP = re.compile(r"\bsub-?groups?\b:?\s+(?:(?:of|among|for|where|with|in)\s+)?(?P<rest>[^?;,.]+)", re.IGNORECASE)
"""A subgroup named without a value ("subgroup among `staff_pick` cases")."""
_CASES = re.compile(r"\b(?:among|for|in)\s+(?!(?:all|most|some|many|these|those|such|both|either|each|other|which|what)\b)(?:the\s+)?"
                    r"(?:(?!\b(?:among|for|in)\b)[^?;,.]){3,40}?\s+(?:cases|units|rows|observations|records)\b", re.IGNORECASE)
"""A subgroup named by what its cases are, without a value ("among safety training (`safety_training`) cases")."""


def _role_text(text: str) -> str:
    """A role's words up to where a condition, a clause or the sentence's end starts ("Y for units with Z = 3" -> "Y"); the
    "with" of "compared with" starts none: the arm compared with follows (:data:`_VERSUS`)."""
    match = next((m for m in _ROLE_END.finditer(text) if not _COMPARED.search(text, 0, m.start())), None)
    return text[: match.start()] if match else text


_COMPARED = re.compile(r"\bcompared\s*$", re.IGNORECASE)
"""Text ending in "compared", before the "with" of the arm compared with."""


_BARE_BOUND = re.compile(r"\s*(?:(?:more|less|greater|fewer|higher|lower)\s+than|over|under|above|below|at\s+(?:least|most)|[<>]=?|[≥≤=])?\s*",
                         re.IGNORECASE)
"""What comes before a value in brackets that names no column: a comparison at most ("(more than 20 km)", "(> 65)")."""


def _condition_text(text: str, carried: frozenset[str] = frozenset()) -> str | None:
    """The words of the first condition written with a value: from the condition's first word to its value
    ("... for those with `renovated` equal to 1" -> "with `renovated` equal to 1"; a value with no such word
    before it, as "1978" in "effect on 1978 earnings", is none), and on to the column a median or half is of
    ("for the lower half of units sold"), to an age's "years of age", to what a share is of ("more than 40% of pupils get
    free school meals") or to what a count "with" counts ("with more than 2 prior
    inpatient visits"); else a yes/no condition ("for units without a garden", "the subgroup
    of `smoker` cases", "among safety training cases"), a group of women or men ending a clause ("the wage of women?"), a group the effect differs for
    ("bigger for married people", "depends on whether the owner is a woman", "do first-time mothers see a bigger
    effect") or a group named before the question
    ("Among women, ..."); else ``None``."""
    for value in _VALUE.finditer(text):
        if value[0] in carried:
            continue
        starts = [m.start() for m in _CONDITION_START.finditer(text, 0, value.start())]
        if len(starts) > 1 and text[starts[-1]] == "(" and text[starts[-2]].isalpha() and (
                _BARE_BOUND.fullmatch(text, starts[-1] + 1, value.start()) and not re.search(r"[,;:?!)]|\.\s", text[starts[-2]:starts[-1]])):
            starts.pop()  # a bound alone in brackets glosses the group before it: "for people far from a clinic (more than 20 km)"
        if starts:
            rest = text[value.end():]
            # "the lower half of units sold": a median or a half names its column after it
            column_after = _role_text(rest) if MIDDLE.fullmatch(value[0]) and re.match(r"\s+of\b", rest) else ""
            # an age names its column after the number: "over 50 years of age" (:func:`.grounding.prose`)
            column_after = column_after or (" years of age" if rest.startswith(" years of age") else "")
            # a share names its column after the number: "where more than 40% of pupils get free school meals"
            if not column_after and re.match(r"\s*(?:%|per\s*cent|percent)\s+of\b", rest, re.IGNORECASE):
                column_after = re.match(r"[^?;,]*", rest)[0]
            # a count names its column after the number: "patients with more than 2 prior inpatient visits"
            if not column_after and re.match(r"with\b", text[starts[-1]:], re.IGNORECASE) and (counted := _COUNTED.match(rest)):
                column_after = _role_text(counted[0])
            if not column_after and (more := _AND_VALUE.match(text, value.end())):
                column_after = more[0]  # a second condition joined to the first: "for age = 30 and educ = 12"
            if who := re.match(r"\s+(?:who|whose)\s+[^?;,.()]+", rest[len(column_after):]):
                column_after += who[0]  # a group's further trait: "for people older than 50 who speak English"
            return text[starts[-1]: value.end()] + column_after
    if year := PERIOD.search(text):  # a period named by a year: "After 1990, did X still raise Y?"
        return year[0]
    if binary := _WITH.search(text):
        return text[binary.start(): binary.end("with")] + _role_text(text[binary.end("with"): binary.end()])
    if subgroup := _SUBGROUP.search(text):
        return text[subgroup.start(): subgroup.start("rest")] + _role_text(subgroup["rest"])
    if cases := _CASES.search(text):
        return cases[0]
    if group := _GROUP.search(text):
        return group[0]
    if differs := _DIFFERS.search(text):
        return next(group for group in differs.groups() if group is not None)
    return leading[0] if (leading := _LEADING.match(text)) else None


def _verb_is_a_column(match: re.Match[str], columns: Sequence[str]) -> bool:
    """Whether the words joining an outcome-first phrasing's roles write a column's whole name: in "customers more likely
    to respond to the offer" "respond" is the outcome ``Response``, not the word placing it."""
    found = {k: match.span(k) for k, v in match.groupdict().items() if v is not None}
    outcome, treatment = (next(span for k, span in found.items() if k.startswith(role)) for role in ("outcome", "treatment"))
    start, end = found.get("units", (treatment[0], treatment[0]))  # the units written between ("if all bookings had X") are no verb
    return any(writes_all_words(match.string[outcome[1]:start] + " " + match.string[end:treatment[0]], c) for c in columns)


def _groups(match: re.Match[str]) -> dict[str, str]:
    """The roles a pattern of alternatives matched, by role name (``treatment2`` -> ``treatment``)."""
    return {k.rstrip("0123456789"): v for k, v in match.groupdict().items() if v is not None}


def _assigned(text: str, columns: Sequence[str]) -> dict[str, str]:
    """The roles assigned by name ("t = educ") or declared by a column's whole name ("educ is the treatment"), by role."""
    assigned = {role: m["name"] for role, pattern in _ASSIGNED.items() if (m := pattern.search(text))}
    names = {c.lower() for c in columns}
    for role, pattern in _DECLARED.items():
        declared = (name for m in pattern.finditer(text) if (name := m["name"] or m["name2"]).strip("`'\"\u2018\u2019\u201c\u201d").lower() in names)
        if role not in assigned and (name := next(declared, None)):
            assigned[role] = name
    return assigned


def role_spans(question: str, columns: Sequence[str] = ()) -> dict[str, str]:
    """The parts of the question where it writes its treatment, outcome, mediator or condition, for phrasings that say.

    "X -> M -> Y", "X -> Y", "Y ~ X" (a model formula), "M sits between X and Y" and "M carries the effect of X on Y" place
    every role; "Y responds
    (more strongly) to X", "Y is
    affected by X", "the change in Y from X", "would Y change from X" and "did Y rise (is Y higher) because of X" write
    the outcome first (not where the verb writes one of the ``columns``: "likely to respond to X" for ``Response``); "the
    effect of X on Y", "the effect on Y of X", "the effect that X has on Y", "does X have a (direct) effect on Y", "X's effect on Y", "the X
    effect on Y", "if we raise X,
    how much does Y change", "the link between X and Y", "how X affects Y", "treatment X,
    outcome Y", "which level of X is best for Y" (or "which X level is best", "what amount of X maximises Y"), "what does X
    do to Y", "does X make Y better", "(how
    much) does X raise Y" (or bring in, cause, get better / worse / more / less, ...; not at a verb followed by a bracketed name, "does price increase
    (`higher_price`) raise Y") and "does X help" or "does X work (better)" (the treatment only; all opening a sentence or
    clause), "a policy for X that", "is X good or bad for Y",
    "what difference does X make to Y", "is X responsible for differences in Y", "which X gets the most Y",
    "the Y effect of X", "who should be treated
    with X" (or "who gets X", "which patients should get X", "which listings should turn on X"), "a rule for X with Y as the
    reward", "would giving X be the right call for Y", "which treatment should we pick for
    X", "the X gap (discrimination, bias, penalty, premium) in Y", "the X wage (pay, earnings, ...) gap" and "benefit (gain) more
    from X" (the treatment only) the treatment first, tried in that order; the mediator follows "through", "via", "because it
    changes", "by increasing" or "comes from (changes in)" (else "because of" or "due to", where that is not the
    treatment's place); an objective
    follows "maximise", "care about", "to increase" or "to get the most", or reads "with Y as the reward", "so that Y is
    maximised" or "so that Y goes up" (the last of them: "optimise X to get the most Y"); a condition is the words from
    "for", "when", "among", "depends on", "varies with" (..., but not
    "at least", "at most") to the first value written after such a word ("when age is over 60") but a number that names one of
    the ``columns`` ("in 1978" for ``re78``), or a yes/no one written without a value, or a group named
    before the question ("Among women, ...").
    Failing those, and where the treatment and outcome are placed, a condition is a group one of the ``columns``
    names (or writes every word of) at the end of a clause ("on weekends", "for repeat guests").
    Outcome first also: "how much does Y change if X goes up" (or "if we raise X", "when X rises", "if all bookings
    required X"), "the incremental
    Y from X", "what would Y have been without X"; treatment first also: "if X goes up, how much does Y change", "should
    we send / offer X to ...", "the number needed to treat with X", "is X a cause (driver, risk factor) of Y", "what if
    every <unit> had X, how much would Y change", "which X should each <unit> get", "do <units> with more X get better
    (more, less, ...) Y", "do older (heavier, larger, ...) <units> Y more (less, ...)" (the graded units the treatment's
    place: "do heavier cars cost more", not where they benefit or respond more), and "should <group> get X to ..."
    (the group its condition), "which of the three X works best for Y", "X and Y: what's the effect?", "how many extra Y
    does each X give" and "do guests who X cancel (Y) less often?" (or "miss more
    appointments"); outcome first also "the counterfactual Y for
    <units> had they not ...", "would Y be (have been) lower (higher, different, ...) without (if) X" and "the difference in Y
    between (for) A and (versus) B" (the arms A and B the treatment's). A role's place
    ends at "by" ("the effect of X on Y by region") and goes on over "in X" where the words name a column together ("the
    number of black men in prison" for ``bmprison``); "the treated" is no outcome's place ("the effect of X on the treated"),
    and the arm a treatment is compared with after the outcome is the treatment's ("raise conversion compared to the PSA").
    Everyday idioms place both, the treatment first: "what role does X play in Y", "the contribution of X to Y", "is X
    behind (the rise in) Y", "does X matter for (pay off in terms of, translate into, move the needle on, make a dent in,
    keep people from, push people into, weigh on, sway) Y", "the Y gap from X", "a causal path from X to Y" and "how
    should we set X to ..." (the treatment only); the outcome first: "is Y driven by X", "how sensitive is Y to X" and
    "what would happen to Y if (everyone) X".
    Counterfactuals, comparisons and negations place both too: "had X not ..., how much less would Y", "if X had ...,
    would Y ...", "if we offered everyone X, would (more people) Y", "would units have been more likely to Y if X", "how
    would Y differ if nobody had X", "how many more Y when X falls", "do people who X gain more Y than those who ...",
    "do units Y more when given X", "(is it true) that X has no effect on Y", "is there
    evidence (do the data show, can we conclude) that X lowers Y", "does X cause Y to change", "does having a
    husband who X change Y", "does X help <group>'s Y" (the group the condition), "(by) how many dollars does X raise Y",
    "recommend an X for each unit to ..." (the treatment only). A treatment written "it" or "this" is the sentence before
    ("How far people live from the centre: does it stop them learning?"), and words before a "Question:" label set the
    scene, placing nothing.
    Roles assigned by name ("y = lwage, t = educ", "T: educ; Y: lwage") or declared by a column's name ("z is the
    treatment and y the outcome") place both; units that respond (react) differently
    to X, are more receptive to X, are helped more by X or gain (earn) more Y after X place X, and the units as the
    condition; "are units more likely to Y when X", "the Y gain from X" and "how much does Y rise per additional unit of X"
    place the outcome first; "is X more rewarding"
    and a treatment's place "the return to X" are paid in earnings; an effect on Y that no phrase gives a treatment places
    the outcome alone, and the question's first sentence as the treatment where it has several ("Customers were emailed.
    Was the effect on Y bigger for new ones?"); "they" refers back as "it" does.
    "The X elasticity of Y" and "the elasticity of Y with respect to X" place both (tried first); "the return to X (on Y)"
    places X (tried last but one; not "the return to work"), and Y, or without it "earnings" as the outcome's words (the
    return to schooling or experience is paid in earnings), and "compare X on Y" both (tried last).
    Roles no phrasing places are left out.
    """
    text = _ON_THE_TREATED_OF.sub("", prose(question))  # "the effect on the treated of X on Y": X, then Y
    if labels := list(_ASKED.finditer(text)):
        text = text[labels[-1].end():]  # "Context: we emailed legislators. Question: did black legislators respond more?"
    if carried := carried_numbers(text, columns):
        # a number that names one of the ``columns`` is part of the name, not a condition: "earnings in 1978" for ``re78``
        # and so is one after a step ("health at year 4" for ``health4``)
        text = re.sub(r"\b(?:in|for|at|of|from)\s+(?:the\s+)?((?:" + STEP + r"\s+)?(?:" + "|".join(carried) + r"))\b", r"\1", text,
                      flags=re.IGNORECASE)
    spans: dict[str, str] = {}
    if (condition := _condition_text(_ARMS_VERSUS.sub(" ", text), carried)) is not None:
        spans["condition"] = _DASH.split(condition)[0]  # a spaced dash ends the clause: "for units without X - does T cause Y"
    if match := _FORMULA.search(text):
        return spans | _groups(match)
    if {"treatment", "outcome"} <= (assigned := _assigned(text, columns)).keys():
        return spans | assigned
    parts = _ARROW.split(text)
    if len(parts) == 3:
        return spans | {"treatment": parts[0], "mediator": parts[1], "outcome": _role_text(parts[2])}
    if len(parts) == 2:
        return spans | {"treatment": parts[0], "outcome": _role_text(parts[1])}
    if match := _BETWEEN.search(text):
        found = _groups(match)
        return spans | {"mediator": found["mediator"], "treatment": found["treatment"], "outcome": _role_text(found["outcome"])}
    if (match := _OUTCOME_FIRST.search(text)) and not _verb_is_a_column(match, columns) and not _GROUP_RESPONDING.match(text):
        found = _groups(match)
        spans.update(outcome=found["outcome"], treatment=_role_text(found["treatment"]))
    elif match := next((m for pattern in _TREATMENT_FIRST if (m := pattern.search(text))), None):
        found = _groups(match)
        spans["treatment"] = found["treatment"]
        if "outcome" in found and not _TREATED_UNITS.match(found["outcome"]):  # "the effect of X on the treated" names the units
            spans["outcome"] = _role_text(found["outcome"])
        if "condition" in found:
            spans.setdefault("condition", found["condition"])
        if "returns" in found and "outcome" not in spans:
            spans["outcome"] = "earnings"  # "the return to education" with no "on Y": a return to schooling is paid in earnings
    if "outcome" not in spans and (effect := _EFFECT_ON.search(text)):
        spans["outcome"] = _role_text(effect["outcome"])  # "use an instrument to estimate its effect on Y": the outcome alone
        if "treatment" not in spans and (before := _SENTENCE_BEFORE.match(text)) is not None and before.end() <= effect.start():
            spans["treatment"] = before["what"]  # "Customers were randomly emailed. Was the effect on conversion bigger ...?"
    if spans.get("treatment", "").strip().lower() in ("it", "this", "that", "they") and (antecedent := _ANTECEDENT.match(text)):
        spans["treatment"] = antecedent["what"]  # "How far people live from the centre: does it stop them learning?"
    if "outcome" not in spans and (returned := _RETURN_TO.match(spans.get("treatment", ""))):
        spans.update(treatment=returned["what"], outcome="earnings")  # "does the return to schooling matter more in the South"
    if "treatment" in spans and (versus := _VERSUS.search(spans.get("outcome", ""))):  # the arm compared with is the treatment's
        spans.update(treatment=spans["treatment"] + versus[0], outcome=spans["outcome"][:versus.start()])
    for mediator in _MEDIATOR_AFTER:
        if match := mediator.search(text):
            place = _role_text(_groups(match)["mediator"])
            if place.strip() != spans.get("treatment", "").strip():  # "did Y rise because of X": X is the cause, not a path
                spans["mediator"] = place
            break
    if "outcome" not in spans and (objectives := list(_OBJECTIVE.finditer(text))):
        match = objectives[-1]  # "optimise X to get the most Y": the last aim names the outcome
        found = _groups(match)
        spans["outcome"] = _role_text(found.get("outcome") or found["reward"])
    if "condition" not in spans and {"treatment", "outcome"} <= spans.keys() and (group := _named_group(text, columns, spans)):
        spans = {role: place.replace(group, " ") for role, place in spans.items()} | {"condition": group}
    return {role: _named_on(text, place, columns) if role in ("treatment", "outcome", "mediator") else place for role, place in spans.items()}


_EFFECT_ON = re.compile(r"\b(?:the|its|their|an?)\s+(?:(?:average|causal|total|overall)\s+)?(?:effects?|impacts?|uplifts?|lifts?)\s+(?:on|upon)\s+"
                        r"(?P<outcome>.+)", re.IGNORECASE)
"""An effect on an outcome whose treatment is written elsewhere or not at all ("... to estimate its effect on salaries", "is the
uplift on visits different when ...")."""
_RETURN_TO = re.compile(r"^\s*(?:the|a|an|its|their)\s+returns?\s+to\s+" + _NOT_RETURNED +
                        r"(?P<what>.+)", re.IGNORECASE)
"""A treatment's place that is a return to something ("the return to schooling"): the something, paid in earnings."""
_SENTENCE_BEFORE = re.compile(r"^\W*(?P<what>[^.;:?!]+?)\s*[.;!]\s+")
"""The first sentence of a question of several, which sets the scene: the treatment an effect with no "of" is of."""
_ASKED = re.compile(r"(?:^|(?<=[.!?:])\s+)(?:(?:(?:my|our|the|main|real|actual|quick)\s+)?question|quick one)\s*(?:is\s*)?:\s*", re.IGNORECASE)
"""A label before the question itself, after words setting the scene ("Context: ... Question: ...", "Quick one: ..."): roles are
read after it."""
_ANTECEDENT = re.compile(r"^\W*(?P<what>[^.;:?!]+?)\s*(?:[.;:]|\s[-\u2013\u2014])\s+(?:(?:and|so|but)\s+)?(?:does|do|did|would|will|can|could"
                         r"|might|is|was|has|are|were|have)\s+(?:it|this|that|they)\b", re.IGNORECASE)
"""The sentence or clause before a question opening with "does it", which the "it" refers back to."""
_ON = re.compile(r"\s*(?:in|of|at|on|for)\s+(?:the\s+)?[\w-]+(?:\s+(?!(?:for|among|in|when|if|with|and|or|to)\b)[\w-]+){0,2}")
"""A place's words after where a role's place ended ("in prison", "in smoking intensity"), up to three words."""
_ON_BRACKETED = re.compile(r"\s*in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+\s*\(\s*`?(?P<name>[\w.-]+)`?\s*\)(?!\s*(?:[=<>!]|is\b|equals?\b))")
"""As :data:`_ON` ("in" only), up to a name in brackets that no value follows ("in math (NABOVE)", not "in region (region) =
north")."""


def _named_on(text: str, place: str, columns: Sequence[str]) -> str:
    """A role's place with the words after its end that name a column with it, where neither names it alone: "the number
    of black men" and "in prison" name ``bmprison`` together (:func:`.grounding.names`); or, for a place naming no column,
    that end in a column's name in brackets, which names the place's column ("the number of students above the median"
    and "in math (NABOVE)")."""
    at = text.find(place)
    if at < 0 or not place.strip():
        return place
    if (bracketed := _ON_BRACKETED.match(text, at + len(place.rstrip()))) is not None and bracketed["name"] in columns and not any(
            names(place, c) for c in columns):
        return place.rstrip() + bracketed[0]
    if (more := _ON.match(text, at + len(place.rstrip()))) is None:
        return place
    for end in sorted({m.end() for m in re.finditer(r"[\w-](?=\s|$)", more[0])}):  # the fewest words after that name a column
        joined = place.rstrip() + more[0][:end]
        if any(names(joined, c) and not names(place, c) and not names(more[0][:end], c) for c in columns):
            return joined
    return place


_ON_THE_TREATED_OF = re.compile(r"\s+(?:on|for|among)\s+(?:the\s+)?(?:un)?" + _TREATED + r"(?:\s+(?:units|group|ones))?"
                                r"(?:\s*\((?:ATT|ATC|ATU)\))?(?=\s+of\b)", re.IGNORECASE)
"""Whom an effect is asked for, written between "effect" and "of" ("the average treatment effect on the treated of X on
Y"): the roles' places are read without it (:func:`asks_on_treated` reads it for the method)."""

_TREATED_UNITS = re.compile(r"\s*(?:the\s+)?" + _TREATED, re.IGNORECASE)
"""The treated units written where an outcome could stand ("the effect of smoking on the treated")."""

_ARMS_VERSUS = re.compile(r"(?:\b(?:at|to|of|on)\s+)?(?:[\w-]+\s+)?-?\d[\d.,]*\s+(?:instead of|rather than|versus|vs\.?|compared (?:to|with))\s+"
                          r"(?:[\w-]+\s+)?-?\d[\d.,]*", re.IGNORECASE)
"""Two values set against each other ("at level 40 instead of 30"): the arms compared, never a subgroup."""
_CONTRAST = re.compile(r"\bfrom\s+(?:[\w-]+\s+)?-?\d[\d.,]*\s+to\s+(?:[\w-]+\s+)?-?\d[\d.,]*|" + _ARMS_VERSUS.pattern
                       + r"|(?<![\w.])-?\d[\d.]*(?:\s*,\s*-?\d[\d.]*)*\s*,?\s+(?:and|or)\s+(?:[\w-]+\s+)?-?\d[\d.]*", re.IGNORECASE)


def without_contrast(question: str, spans: Mapping[str, str]) -> str:
    """The question without the values its treatment's place (``spans``) writes as the change asked about ("moving the
    gate from level 30 to level 40", "the gate at level 40 instead of 30") or as a list ("promotions 1, 2 and 3"): they
    name the treatment's arms, not a subgroup."""
    for contrast in _CONTRAST.finditer(spans.get("treatment", "")):
        question = question.replace(contrast[0], " ")
    return question


_STATE = re.compile(r"\b(?:is|are|was|were|be|being|been|stays?|remains?|becomes?|ends?(?:\s+up)?|ended(?:\s+up)?|results?|resulted)\s*$",
                    re.IGNORECASE)
_GROUP_END = re.compile(r"\b(?:on|for|among|in|during|at)\s+(?:the\s+)?(?P<group>[\w-]+(?:\s+[\w-]+)?)\s*(?=[?.,;!]|$)"
                        r"|\bof\s+(?:the\s+)?(?P<of>[\w-]+)\s+(?:workers|people|persons|participants|customers|users|patients|students"
                        r"|employees|members|men|women|mothers|households|families|firms|individuals|respondents|voters)\s*(?=[?.,;!]|$)",
                        re.IGNORECASE)
_GROUP_PLACED = re.compile(r"\b(?:for|among)\s+(?:the\s+)?(?P<group>[\w-]+(?:\s+[\w-]+)?)\s+(?:on|in|at|from)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?"
                           r"\s*(?=[?.,;!]|$)", re.IGNORECASE)
"""A group with a place or level after it ending a clause ("for referred users on iOS")."""


def _named_group(text: str, columns: Sequence[str], spans: Mapping[str, str]) -> str | None:
    """A group named by a column (or by every word of its name) at the end of a clause ("raise sales on weekends" for
    ``weekend``, "for repeat guests" for ``is_repeated_guest``, "the wage of nonwhite workers" for ``nonwhite``; with a
    place or level after it, "for referred users on iOS") that no role's
    place names in either way ("the effect of the gate on retention" for ``retention_1`` is the outcome's), where the
    treatment's and the outcome's places are known (else "a policy for X on Y" would read Y as a group): a yes/no
    condition written without a value; not after "is" or "ends" ("is in the labor force", "ends in revenue" are states), nor where a role's place
    ending before it names the column with it ("the number of black men in prison" for ``bmprison``) or names another column
    that neither names alone ("changes in smoking intensity" for ``smkintensity82_71``, not "in smoking intensity" for
    ``smokeintensity``)."""
    for match in [*_GROUP_END.finditer(text), *_GROUP_PLACED.finditer(text)]:
        if _STATE.search(text, 0, match.start()):  # "is in the labor force" is the outcome's state, not a group
            continue
        group = match["group"] or match.groupdict().get("of")
        named = [c for c in columns if _group_names(group, c)]
        if named and not any(_group_names(place.replace(match[0], " "), c) for c in named for place in spans.values()) and not any(
                names(place + match[0], c) and not names(match[0], c) and (c in named or not names(place, c))
                for c in columns for place in spans.values()):
            return match[0]
    return None


def _group_names(text: str, column: str) -> bool:
    """Whether ``text`` names the column or writes every word of its name (``retention`` of ``retention_1``)."""
    return names(text, column) or writes_all_words(text, column)


_LIST = re.compile(
    r"(?:\b(?:among|between|of|for|over|on|linking|connecting|involving|how|are|is)\s+|:\s*)"
    r"(?P<items>(?:[^,;:?.!]+,\s*)+[^,;:?.!]*?(?:\band|&)\s[^,;:?.!]+)",
    re.IGNORECASE)


_NAMES_LIST = re.compile(r"(?::|\b(?:among|between|over|on|linking|connecting|involving)\s)\s*"
                         r"(?P<items>(?:[\w`.-]+(?:\s+[\w`.-]+){0,2}\s*,\s*){2,}[\w`.-]+(?:\s+[\w`.-]+){0,2})\s*[?.!]?\s*$")
"""Names listed with commas alone after a colon or "among" (over, on, between, ...), ending the question ("causal graph: TVnews, PID,
age, educ, income, vote", "learn the structure over age, sysBP, BMI, glucose", "structure learning on a, b, c, d")."""


_CAUSES_OF = re.compile(
    r"\b(?:causes|drivers|determinants|parents|causal parents|ancestors|root causes|markov blanket)\s+of\s+(?P<node>[^?.;,!]+)"
    r"|\b(?:what|which\s+(?:variables?|factors?|columns?|features?))\s+(?:directly\s+|really\s+|actually\s+)?(?:causes?|drives?|determines?)\s+"
    r"(?P<node2>[^?.;,!]+)",
    re.IGNORECASE)
"""A graph question about one variable's causes ("what are the causes of high blood pressure", "which variables drive Y")."""


def caused_node(question: str) -> str | None:
    """The variable whose causes the question asks for (:data:`_CAUSES_OF`), or None: the graph's first node."""
    match = _CAUSES_OF.search(prose(question))
    return None if match is None else _groups(match)["node"]


_CAUSES_LIST = re.compile(
    r"(?:^|[,:;]\s*)(?:does|do|did|can|could|would|will)\s+(?P<head>[^,;:?.!]+?)\s+(?:cause|affect|drive|influence|regulate|activate"
    r"|inhibit|suppress|determine)s?\s+(?P<items>(?:[^,;:?.!]+,\s*)+[^,;:?.!]*?(?:\band|&)\s[^,;:?.!]+)", re.IGNORECASE)
"""A variable said to act on a list of others ("does smoking cause lung cancer, bronchitis and dyspnoea"): one more item."""


_CAUSED_AFTER = re.compile(
    r"(?P<last>.+?)(?<!\bare)(?<!\bis)(?<!\bwere)(?<!\bwas)\s+(?:(?:are|is|were|was)\s+(?:the\s+|any\s+)?(?:(?:direct|main|real|true"
    r"|actual)\s+)?(?:causes?|drivers?|determinants?|parents?|ancestors?)\s+of|(?:really\s+|actually\s+|directly\s+)?"
    r"(?:cause|drive|affect|influence|determine)s?)\s+"
    r"(?P<node>(?!(?:each other|one another|the others?|them|it|and|or|which|what|but)\b).+)", re.IGNORECASE)
"""A list's last item going on to the variable the list is asked to cause ("which of A, B and C are causes of D" -> C, D)."""


def listed_items(question: str) -> list[str] | None:
    """The items the question lists ("how A, B, C and D are related" -> A, B, C, "D are related"), for a list of
    three or more written with commas and a final "and" (or commas alone after a colon or "among", ending the question), with the
    variable said to act on three or more ("does X cause
    A, B and C" -> X, A, B, C) or the one the list is said to act on ("which of A, B and C cause D" -> A, B, C, D);
    ``None`` when it writes no such list."""
    text = prose(question)
    for match in (_CAUSES_LIST.search(text), _LIST.search(text), _NAMES_LIST.search(text)):
        if match is None:
            continue
        *items, last = match["items"].split(",")
        items += [part for part in re.split(r"(?:^|\s)(?:and|&)\s", last.strip(), maxsplit=1, flags=re.IGNORECASE) if part.strip()]
        if items and (caused := _CAUSED_AFTER.match(items[-1])):
            items[-1:] = [caused["last"], caused["node"]]
        if len(items) >= 3:
            return [match["head"], *items] if "head" in match.groupdict() else items
    return None
