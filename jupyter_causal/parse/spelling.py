"""Small typos in a question read as the words meant ("the efect of quiting smoking on wieght").

A word no one would flag (one the tokenizer holds whole, a word of the table, or a known word with an ending) is left
as written. Any other word is read as the word one edit away (a letter left out, added or changed, or two swapped)
among those the parser knows how to read: the words of the fine-tuning corpus's phrasings and variables, of the
glossary, and of the table's names and levels, the table's first. Short words, acronyms and capitalised names stay as
written: one edit reaches too many words to choose from, and a name is no word.
"""
from __future__ import annotations

import functools
import re
import string
import weakref
from collections.abc import Iterable
from typing import Any

from ..corpus.catalog import CATALOG
from ..corpus.phrasings import CONDITION_PHRASES, FAMILIES, UNSUPPORTED
from .glossary import NAMES, WORDS

_WORD = re.compile(r"(?<![\w`'.\-])[A-Za-z][a-z]{4,}(?![\w`'\-]|\.\w)")
"""A word a typo is read in: five letters or more, lower case after the first, not part of a name (``re78``,
``housing.csv``, ``wt82_71``) nor in quotes."""
_SUFFIXES = ("s", "es", "ly", "ally", "er", "ers", "ing", "ings", "ed", "ness", "ism", "isms", "ist", "ists", "ity", "al", "able",
             "ment", "ments", "ation", "ations", "ive", "ize", "ise", "ized", "ised")
"""Endings that make a word from a known one ("causal-ly", "back-ers", "max-es"): a word so made is no typo."""


def _letters(texts: Iterable[str]) -> frozenset[str]:
    """The lower-case words of ``texts``, split at case changes (``LateSept``: late, sept)."""
    return frozenset(w.lower() for text in texts for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", text))


@functools.cache
def readable() -> frozenset[str]:
    """The words the parser was taught to read: the corpus's phrasings, variables and levels, and the glossary's."""
    phrasings = [t for group in (FAMILIES, CONDITION_PHRASES, UNSUPPORTED) for family in group.values() for t in family]
    variables = [t for d in CATALOG for v in d.variables for t in (v.description, *v.synonyms, *v.levels)]
    glossary = [t for phrases in (*NAMES.values(), *WORDS.values()) for t in phrases]
    return _letters([*phrasings, *variables, *glossary])


_VOCABULARIES: weakref.WeakKeyDictionary[Any, frozenset[str]] = weakref.WeakKeyDictionary()


def vocabulary(tokenizer: Any) -> frozenset[str]:
    """The whole words (lower case) the tokenizer holds as one token after a space: the common words of its corpus,
    which no one would flag as typos. Read once per tokenizer."""
    if (words := _VOCABULARIES.get(tokenizer)) is None:
        spaced = (token[1:] for token in tokenizer.get_vocab() if token[:1] in ("Ġ", "▁"))
        words = _VOCABULARIES[tokenizer] = frozenset(w.lower() for w in spaced if w.isalpha())
    return words


def _one_edit(word: str) -> tuple[set[str], ...]:
    """The strings one edit from ``word``, in the order typos are commonly made: a letter left out (so the word meant
    has one more), two neighbours swapped, a letter changed, a letter added."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return ({a + c + b for a, b in splits for c in string.ascii_lowercase},
            {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1} - {word},
            {a + c + b[1:] for a, b in splits if b for c in string.ascii_lowercase} - {word},
            {a + b[1:] for a, b in splits if b})


def _made_of(word: str, known: frozenset[str]) -> bool:
    """Whether ``word`` is a known word with an ending (its last letter doubled or an "e" dropped before it: "referr-er",
    "us-able"), or two known words of four letters or more written as one ("footfall")."""
    for i in range(3, len(word) - 1):
        stem, rest = word[:i], word[i:]
        if rest in _SUFFIXES and (stem in known or stem + "e" in known or len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in known):
            return True
        if len(stem) >= 4 and len(rest) >= 4 and stem in known and rest in known:
            return True
    return False


def respelled(question: str, common: frozenset[str], table: Iterable[str] = ()) -> str:
    """The question with each word that is neither ``common`` (:func:`vocabulary`), nor a word of the ``table``'s names
    and levels, nor readable (:func:`readable`), nor a plural, singular or contraction of one ("whats", "doesnt"), read as
    the readable or table word one edit away starting with the same letter: a table word first, then by the kind of edit
    (:func:`_one_edit`), then in alphabetical order; a word made of a known one and an ending ("causally", "backers") only
    as the word with one letter doubled ("quiting" -> "quitting")."""
    own, taught = _letters(table), readable()
    known = common | own | taught

    def read(match: re.Match[str]) -> str:
        word = match[0].lower()
        if match[0][0].isupper() and question[: match.start()].strip()[-1:] not in ("", ".", "?", "!", ":"):
            return match[0]  # a name ("the Spector data"), not a sentence's first word
        if word in known or word[:-1] in known or word + "s" in known or word.endswith("nt") and word[:-2] in known:
            return match[0]  # a plural, a singular or a contraction the vocabulary lacks ("wifes", "whats", "doesnt")
        edits = _one_edit(word)
        if _made_of(word, known):  # a made word ("causally") is read otherwise only with a letter doubled ("quiting")
            edits = ({word[:i] + word[i - 1] + word[i:] for i in range(1, len(word) + 1)},)
        near = [(w not in own, order, w) for order, words in enumerate(edits) for w in words if w[0] == word[0] and (w in own or w in taught)]
        if not near:
            return match[0]
        meant = min(near)[2]  # the table's own word first, then by the kind of edit
        return meant.capitalize() if match[0][0].isupper() else meant

    return _WORD.sub(read, question)
