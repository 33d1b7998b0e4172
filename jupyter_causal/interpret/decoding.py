"""Greedy decoding of an explanation with drafted spans (speculative decoding without a second model).

An explanation copies long spans of its facts and follows the styles it was trained on, so the
tokens that followed the last few written tokens in a reference text (the prompt, and the Result
written in each trained style) are drafted and checked in one forward pass. A draft token is kept
only where it is the model's own greedy choice, so the text is the same as token by token; a good
draft only saves forward passes.
"""
from __future__ import annotations

from collections.abc import Sequence

import torch

from ..parse.decoding import Session


class DraftIndex:
    """Where each n-gram (1 .. ``ngram`` tokens) of the reference sequences first occurs."""

    def __init__(self, references: Sequence[Sequence[int]], *, ngram: int) -> None:
        self.ngram = ngram
        self._next: dict[tuple[int, ...], tuple[int, int]] = {}
        self._references = [list(r) for r in references]
        for r, seq in enumerate(self._references):
            for end in range(1, len(seq)):
                for n in range(1, min(ngram, end) + 1):
                    self._next.setdefault(tuple(seq[end - n:end]), (r, end))

    def draft(self, context: Sequence[int], size: int) -> list[int]:
        """Up to ``size`` tokens that followed the longest match of ``context``'s last tokens."""
        for n in range(min(self.ngram, len(context)), 0, -1):
            found = self._next.get(tuple(context[len(context) - n:]))
            if found is not None:
                r, end = found
                return self._references[r][end:end + size]
        return []


def greedy_with_drafts(
    session: Session, *, references: Sequence[Sequence[int]], stop_ids: frozenset[int], max_new_tokens: int,
    draft_tokens: int, ngram: int,
) -> list[int]:
    """The greedy continuation of what ``session`` has read, up to a stop token (not included).

    ``draft_tokens`` = 0 decodes token by token; otherwise each forward pass checks the model's next
    token plus up to ``draft_tokens`` drafted from ``references`` (:class:`DraftIndex`).
    """
    assert session.logits is not None
    index = DraftIndex(references, ngram=ngram)
    written: list[int] = []
    while len(written) < max_new_tokens:
        token = int(torch.argmax(session.logits))
        if token in stop_ids:
            break
        room = max_new_tokens - len(written) - 1
        draft = index.draft([*written, token], min(draft_tokens, room)) if draft_tokens > 0 and room > 0 else []
        start = session.length()
        rows = session.feed_all([token, *draft])
        choices = torch.argmax(rows, -1).tolist()
        kept = 0
        while kept < len(draft) and choices[kept] == draft[kept] and draft[kept] not in stop_ids:
            kept += 1
        if kept < len(draft):
            session.rewind(start + kept + 1, rows[kept])
        written += [token, *draft[:kept]]
    return written
