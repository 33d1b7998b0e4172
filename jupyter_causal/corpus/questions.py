"""The fine-tuning corpus: questions about tables, each with the columns shown and the gold query.

Variables are mentioned in many styles (description, synonym, column name with other casing,
backticks, parentheses, small typos); some questions name a data file. The held-out split keeps
whole domains and whole phrasing families out of training.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import numpy as np

from ..profile import MAX_DISCRETE_LEVELS, ColumnProfile, DataProfile, Kind
from ..schema import CausalQuery, Condition
from .catalog import CATALOG, CatalogDomain, CatalogVariable
from .phrasings import CONDITION_PHRASES, FAMILIES, UNSUPPORTED

CORPUS_VERSION = "1"
HOLDOUT_EVERY = 5
"""Every fifth domain and every fifth phrasing family of each task are held out for evaluation."""
TASK_WEIGHTS = {"ATE": 0.2, "HTE": 0.2, "MA": 0.15, "OPO": 0.15, "CGL": 0.18, "UNSUPPORTED": 0.12}


@dataclasses.dataclass(frozen=True, kw_only=True)
class Example:
    """One corpus item: the table's columns, the question, and what it should parse to."""

    question: str
    profile: DataProfile
    query: CausalQuery
    domain: str
    family: str
    split: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question, "profile": self.profile.to_dict(), "query": self.query.to_dict(),
            "domain": self.domain, "family": self.family, "split": self.split,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Example:
        cols = tuple(
            ColumnProfile(**{**c, "kind": Kind(c["kind"]), "levels": tuple(c["levels"])}) for c in data["profile"]["columns"]
        )
        return cls(
            question=data["question"], profile=DataProfile(n_rows=data["profile"]["n_rows"], columns=cols),
            query=CausalQuery.from_dict(data["query"]), domain=data["domain"], family=data["family"], split=data["split"],
        )


def family_ids() -> dict[str, list[str]]:
    """Every phrasing family's id (``ATE-07``, ``UNSUPPORTED-3``), by task."""
    out = {task: [f"{task}-{i:02d}" for i in range(len(t))] for task, t in FAMILIES.items()}
    templates = [t for group in UNSUPPORTED.values() for t in group]
    out["UNSUPPORTED"] = [f"UNSUPPORTED-{i:02d}" for i in range(len(templates))]
    return out


def family_template(family: str) -> tuple[str, str | None]:
    """The template of a phrasing family and, for an UNSUPPORTED one, its reason."""
    task, index = family.rsplit("-", 1)
    if task == "UNSUPPORTED":
        pairs = [(t, reason) for reason, group in UNSUPPORTED.items() for t in group]
        return pairs[int(index)]
    return FAMILIES[task][int(index)], None


def split_of_family(family: str) -> str:
    return "test" if int(family.rsplit("-", 1)[1]) % HOLDOUT_EVERY == HOLDOUT_EVERY - 1 else "train"


def split_of_domain(index: int) -> str:
    return "test" if index % HOLDOUT_EVERY == HOLDOUT_EVERY - 1 else "train"


# --- mentions ------------------------------------------------------------------------------------


def _typo(text: str, rng: np.random.Generator) -> str:
    """Swap or drop one letter inside a word (never at a word's edge)."""
    inner = [i for i in range(1, len(text) - 2) if text[i - 1 : i + 3].isalpha()]
    if len(text) < 6 or not inner:
        return text
    i = int(rng.choice(inner))
    if rng.uniform() < 0.5:
        return text[:i] + text[i + 1] + text[i] + text[i + 2:]
    return text[:i] + text[i + 1:]


def _plural(text: str, rng: np.random.Generator) -> str:
    if rng.uniform() < 0.5 or " " in text[-3:]:
        return text
    if text.endswith("s"):
        return text[:-1]
    return text + ("es" if text.endswith(("x", "ch", "sh")) else "s")


def _case(name: str, rng: np.random.Generator) -> str:
    style = int(rng.integers(4))
    if style == 0:
        return name.lower()
    if style == 1:
        return name.upper()
    if style == 2:
        return re.sub(r"(?<=[a-z])(?=[A-Z])", "_", name).replace("_", " ").lower()
    return name


def mention(var: CatalogVariable, column: str, rng: np.random.Generator) -> str:
    """How a question refers to a variable whose column is ``column``."""
    words = str(rng.choice([var.description, *var.synonyms])) if var.synonyms and rng.uniform() < 0.4 else var.description
    u = rng.uniform()
    if u < 0.3:
        text = _plural(words, rng)
        return _typo(text, rng) if rng.uniform() < 0.12 else text
    if u < 0.45:
        return f"{words} ({column})"
    if u < 0.55:
        return f"{words} (`{column}`)"
    if u < 0.7:
        return f"`{column}`"
    if u < 0.85:
        return column
    return _case(column, rng)


# --- columns -------------------------------------------------------------------------------------


def column_profile(var: CatalogVariable, name: str, n_rows: int) -> ColumnProfile:
    """The profile a real table with this variable would show (no data needed)."""
    if var.kind == "bin":
        return ColumnProfile(name=name, dtype="int64", kind=Kind.BINARY, n_distinct=2, n_missing=0, numeric=True, min=0.0,
                             max=1.0, median=0.0, levels=(0, 1))
    if var.kind == "cat":
        return ColumnProfile(name=name, dtype="object", kind=Kind.CATEGORICAL, n_distinct=len(var.levels), n_missing=0,
                             numeric=False, levels=var.levels)
    integral = var.kind == "num" and var.high - var.low <= 9 and float(var.low).is_integer() and float(var.high).is_integer()
    if integral:
        levels = tuple(range(int(var.low), int(var.high) + 1))
        return ColumnProfile(name=name, dtype="int64", kind=Kind.DISCRETE, n_distinct=len(levels), n_missing=0, numeric=True,
                             min=var.low, max=var.high, median=var.median, levels=levels)
    return ColumnProfile(name=name, dtype="float64", kind=Kind.CONTINUOUS, n_distinct=n_rows, n_missing=0, numeric=True,
                         min=var.low, max=var.high, median=var.median)


def _value(var: CatalogVariable, rng: np.random.Generator) -> float | int:
    x = float(rng.uniform(var.low + 0.1 * (var.high - var.low), var.high - 0.1 * (var.high - var.low)))
    if var.kind == "rate":
        return round(x, 2)
    span = var.high - var.low
    if span > 1000:
        return int(round(x, -2))
    if span > 20:
        return int(round(x))
    return round(x, 1) if span < 10 else int(round(x))


def _condition(var: CatalogVariable, column: str, phrase_var: str, rng: np.random.Generator) -> tuple[str, Condition]:
    if var.kind == "cat":
        cond = Condition(column=column, op="==", value=str(rng.choice(var.levels)))
        return phrase_condition(cond, phrase_var, rng), cond
    if var.kind == "bin":
        cond = Condition(column=column, op="==", value=1 if rng.uniform() < 0.6 else 0)
        return phrase_condition(cond, phrase_var, rng), cond
    key = str(rng.choice(["==num", ">", ">=", "<", "<=", ">median", "<median"], p=[0.3, 0.2, 0.08, 0.15, 0.07, 0.1, 0.1]))
    if key.endswith("median"):
        text = str(rng.choice(CONDITION_PHRASES[key])).format(X=phrase_var)
        value: float | int = var.median
        op = key[0]
    else:
        value = _value(var, rng)
        text = str(rng.choice(CONDITION_PHRASES[key])).format(X=phrase_var, v=value)
        op = "==" if key == "==num" else key
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return text, Condition(column=column, op=op, value=value)


def phrase_condition(cond: Condition, phrase_var: str, rng: np.random.Generator) -> str:
    """Words for a condition on a column the question calls ``phrase_var`` (``for units with X``, ``when X is 25``)."""
    value = cond.value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str):
        key = "==cat"
    elif cond.op == "==" and value in (0, 1) and not isinstance(cond.value, float):
        key = "==bin1" if value == 1 else "==bin0"
    else:
        key = "==num" if cond.op == "==" else cond.op
    return str(rng.choice(CONDITION_PHRASES[key])).format(X=phrase_var, v=value)


def finish_question(question: str, domain_name: str, rng: np.random.Generator) -> str:
    """Sometimes name the data file (before or after the question); start with a capital."""
    prefix, suffix = _dataset_phrase(domain_name, rng) if rng.uniform() < 0.4 else ("", "")
    if prefix:
        question = prefix + question[0].lower() + question[1:] if not question[:2].isupper() else prefix + question
    elif suffix and question.endswith(("?", ".")):
        question = question[:-1] + suffix + question[-1]
    return question[0].upper() + question[1:]


def _dataset_phrase(domain_name: str, rng: np.random.Generator) -> tuple[str, str]:
    stem = domain_name.replace(" ", "_")
    file = str(rng.choice([f"{stem}.csv", f"{stem}_data.csv", f"{stem}_{int(rng.integers(2015, 2025))}.csv", f"{stem}.parquet"]))
    return str(rng.choice([f"In {file}, ", f"Using the {file} dataset, ", f"Based on {file}: ", ""])), (
        str(rng.choice([f" (data: {file})", f" in the {file} dataset", ""]))
    )


# --- examples -------------------------------------------------------------------------------------


def _pick(variables: list[CatalogVariable], kinds: tuple[str, ...], taken: list[CatalogVariable], rng: np.random.Generator) -> CatalogVariable:
    options = [v for v in variables if v.kind in kinds and v not in taken]
    if not options:
        options = [v for v in variables if v not in taken]
    return options[int(rng.integers(len(options)))]


def make_example(domain: CatalogDomain, family: str, split: str, rng: np.random.Generator) -> Example:
    """One question of ``family`` about a table drawn from ``domain``."""
    task = family.rsplit("-", 1)[0]
    template, reason = family_template(family)
    variables = list(domain.variables)
    names = {id(v): str(rng.choice(v.names)) for v in variables}
    taken: list[CatalogVariable] = []

    def role(kinds: tuple[str, ...]) -> CatalogVariable:
        var = _pick(variables, kinds, taken, rng)
        taken.append(var)
        return var

    fields: dict[str, Any] = {}
    query: dict[str, Any] = {"task": task if task != "UNSUPPORTED" else "UNSUPPORTED"}
    if task in ("ATE", "HTE", "MA", "OPO") or reason:
        t_kinds = ("bin",) if task in ("HTE", "MA") else ("bin", "bin", "bin", "cat", "num") if task == "ATE" else ("bin", "bin", "cat")
        t = role(tuple(str(k) for k in [rng.choice(t_kinds)]))
        y = role(("num", "rate") if task != "OPO" or rng.uniform() < 0.8 else ("bin",))
        fields.update(T=mention(t, names[id(t)], rng), Y=mention(y, names[id(y)], rng))
        query.update(treatment=names[id(t)], outcome=names[id(y)])
    if task == "MA":
        m = role(("num", "rate", "bin"))
        fields["M"] = mention(m, names[id(m)], rng)
        query["mediator"] = names[id(m)]
    if "{C}" in template:
        x = role(("num", "rate", "cat", "bin"))
        phrase, cond = _condition(x, names[id(x)], mention(x, names[id(x)], rng), rng)
        fields["C"] = phrase
        query["condition"] = [cond.to_dict()]
    if "{V}" in template:
        v = role(("num", "rate", "bin", "cat"))
        fields["V"] = mention(v, names[id(v)], rng)
        fields["v"] = _value(v, rng) if v.kind in ("num", "rate") else 1
        if task == "CGL":
            query["nodes"] = [names[id(v)]]
    if "{N}" in template:
        chosen = [role(("num", "rate", "bin", "cat")) for _ in range(int(rng.integers(2, 5)))]
        mentions = [mention(v, names[id(v)], rng) for v in chosen]
        joiner = str(rng.choice([", ", " , "]))
        fields["N"] = (joiner.join(mentions[:-1]) + str(rng.choice([" and ", ", and ", " & "])) + mentions[-1]) if len(mentions) > 1 else mentions[0]
        query["nodes"] = [names[id(v)] for v in chosen]
    if reason:
        query = {"task": "UNSUPPORTED", "reason": reason}
    question = finish_question(template.format(**fields), domain.name, rng)
    # The table shows the roles plus some of the domain's other columns as distractors.
    others = [v for v in variables if v not in taken]
    keep = [v for v in others if rng.uniform() < 0.75]
    shown = taken + keep
    order = rng.permutation(len(shown))
    n_rows = int(rng.choice([200, 1000, 5000, 20000]))
    columns = tuple(column_profile(shown[i], names[id(shown[i])], n_rows) for i in order)
    if rng.uniform() < 0.15:
        columns = (ColumnProfile(name=str(rng.choice(["id", "row_id", "ID", "record"])), dtype="int64", kind=Kind.CONTINUOUS,
                                 n_distinct=n_rows, n_missing=0, numeric=True, min=1.0, max=float(n_rows), median=n_rows / 2),
                   *columns)
    return Example(
        question=question, profile=DataProfile(n_rows=n_rows, columns=columns),
        query=CausalQuery.from_dict(query), domain=domain.name, family=family, split=split,
    )


def generate(*, n_train: int = 4000, n_test: int = 600, seed: int = 0) -> Iterator[Example]:
    """The corpus: ``n_train`` training and ``n_test`` held-out examples (unseen domains and families)."""
    rng = np.random.default_rng(seed)
    families = family_ids()
    domains = {s: [d for i, d in enumerate(CATALOG) if split_of_domain(i) == s] for s in ("train", "test")}
    tasks = list(TASK_WEIGHTS)
    weights = np.array(list(TASK_WEIGHTS.values()))
    for split, count in (("train", n_train), ("test", n_test)):
        for _ in range(count):
            task = str(rng.choice(tasks, p=weights / weights.sum()))
            pool = [f for f in families[task] if split_of_family(f) == split]
            family = str(rng.choice(pool))
            domain = domains[split][int(rng.integers(len(domains[split])))]
            yield make_example(domain, family, split, rng)


def write_examples(path: Path, examples: Iterable[Any], manifest: dict[str, Any]) -> dict[str, Any]:
    """Write examples (each with ``to_dict`` and ``split``) as JSON lines; ``manifest`` plus counts and hash goes next to them."""
    path.parent.mkdir(parents=True, exist_ok=True)
    digest, counts = hashlib.sha256(), {"train": 0, "test": 0}
    with path.open("w") as fh:
        for example in examples:
            line = json.dumps(example.to_dict(), sort_keys=True)
            digest.update(line.encode())
            fh.write(line + "\n")
            counts[example.split] += 1
    manifest = {**manifest, "counts": counts, "sha256": digest.hexdigest()}
    path.with_suffix(".manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return manifest


def write_corpus(path: Path, *, n_train: int = 4000, n_test: int = 600, seed: int = 0) -> dict[str, Any]:
    """Write the corpus as JSON lines and return its manifest (version, sizes, hash)."""
    return write_examples(path, generate(n_train=n_train, n_test=n_test, seed=seed), {"version": CORPUS_VERSION, "seed": seed})


def read_corpus(path: Path, split: str | None = None) -> list[Example]:
    """Read examples written by :func:`write_corpus`, optionally one split."""
    out = []
    with Path(path).open() as fh:
        for line in fh:
            ex = Example.from_dict(json.loads(line))
            if split is None or ex.split == split:
                out.append(ex)
    return out



def profile_from_spec(columns: list[str], n_rows: int = 1000) -> DataProfile:
    """A profile from compact column specs: ``name:binary``, ``name:binary:no,yes`` (two text levels, as
    the profiler reads them), ``name:continuous``, ``name:categorical:a,b,c``,
    ``name:discrete:lo-hi``, ``name:identifier`` (used by the hand-written question set)."""
    out = []
    for spec in columns:
        name, kind, *rest = spec.split(":")
        if kind == "binary" and rest:
            levels = tuple(sorted(rest[0].split(",")))
            out.append(ColumnProfile(name=name, dtype="object", kind=Kind.BINARY, n_distinct=2, n_missing=0, numeric=False,
                                     levels=levels))
        elif kind == "binary":
            out.append(ColumnProfile(name=name, dtype="int64", kind=Kind.BINARY, n_distinct=2, n_missing=0, numeric=True,
                                     min=0.0, max=1.0, median=0.0, levels=(0, 1)))
        elif kind == "categorical":
            levels = tuple(rest[0].split(","))
            out.append(ColumnProfile(name=name, dtype="object", kind=Kind.CATEGORICAL, n_distinct=len(levels), n_missing=0,
                                     numeric=False, levels=levels))
        elif kind == "discrete":
            lo, hi = (int(v) for v in rest[0].split("-"))
            levels = tuple(range(lo, hi + 1))
            few = len(levels) <= MAX_DISCRETE_LEVELS  # as the profiler reads whole numbers: more levels are continuous
            out.append(ColumnProfile(name=name, dtype="int64", kind=Kind.DISCRETE if few else Kind.CONTINUOUS,
                                     n_distinct=len(levels), n_missing=0, numeric=True, min=float(lo), max=float(hi),
                                     median=(lo + hi) / 2, levels=levels if few else ()))
        elif kind == "identifier":
            out.append(ColumnProfile(name=name, dtype="object", kind=Kind.TEXT, n_distinct=n_rows, n_missing=0, numeric=False))
        elif kind == "continuous":
            out.append(ColumnProfile(name=name, dtype="float64", kind=Kind.CONTINUOUS, n_distinct=n_rows, n_missing=0, numeric=True))
        else:
            raise ValueError(f"unknown column kind in {spec!r}")
    return DataProfile(n_rows=n_rows, columns=tuple(out))


def read_handwritten(path: Path) -> list[Example]:
    """The hand-written questions (JSON lines of question, column specs and gold query)."""
    out = []
    for line in Path(path).read_text().splitlines():
        if line.strip():
            item = json.loads(line)
            out.append(Example(question=item["question"], profile=profile_from_spec(item["columns"]),
                               query=CausalQuery.from_dict(item["query"]), domain="handwritten", family="handwritten",
                               split="handwritten"))
    return out
