"""Greedy decoding of an explanation with drafted spans (speculative decoding without a second model).

An explanation copies long spans of its facts and follows the styles it was trained on, so the
tokens that followed the last few written tokens in a reference text (the prompt, and the Result
written in each trained style) are drafted and checked in one forward pass. A draft token is kept
only where it is the model's own greedy choice, so the text is the same as token by token; a good
draft only saves forward passes. A small model can loop, copying a list or a sentence again; the
greedy choice may repeat a run of tokens only as often as one reference text holds it.
"""
from __future__ import annotations

from collections import Counter
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


class RepeatGuard:
    """How often each run of ``size`` tokens may be written: as often as one reference holds it, at least once.

    ``size`` = 0 lets every run repeat. The greedy choice is the best-scored token that writes no run
    more often than that.
    """

    def __init__(self, references: Sequence[Sequence[int]], *, size: int) -> None:
        self.size = size
        self._allowed: Counter[tuple[int, ...]] = Counter()
        for seq in references if size > 0 else ():
            self._allowed |= Counter(tuple(seq[i:i + size]) for i in range(len(seq) - size + 1))
        self._written: Counter[tuple[int, ...]] = Counter()

    def _run(self, context: Sequence[int], token: int) -> tuple[int, ...] | None:
        return (*context[len(context) - self.size + 1:], token) if 0 < self.size <= len(context) + 1 else None

    def choose(self, scores: torch.Tensor, context: Sequence[int]) -> int:
        """The best-scored token after ``context`` that repeats no run too often (the best one where all would)."""
        best = int(torch.argmax(scores))
        if self._free(context, best):
            return best
        return next((t for t in torch.topk(scores, min(64, len(scores))).indices.tolist() if self._free(context, t)), best)

    def _free(self, context: Sequence[int], token: int) -> bool:
        run = self._run(context, token)
        return run is None or self._written[run] < max(1, self._allowed[run])

    def write(self, context: Sequence[int], token: int) -> None:
        """Count the run ``token`` ends after ``context``."""
        if (run := self._run(context, token)) is not None:
            self._written[run] += 1


def greedy_with_drafts(
    session: Session, *, references: Sequence[Sequence[int]], stop_ids: frozenset[int], max_new_tokens: int,
    draft_tokens: int, ngram: int, guard: RepeatGuard | None = None,
) -> list[int]:
    """The greedy continuation of what ``session`` has read, up to a stop token (not included).

    ``draft_tokens`` = 0 decodes token by token; otherwise each forward pass checks the model's next
    token plus up to ``draft_tokens`` drafted from ``references`` (:class:`DraftIndex`). A ``guard``
    keeps runs of tokens from repeating more often than its references hold them (:class:`RepeatGuard`).
    """
    assert session.logits is not None
    index = DraftIndex(references, ngram=ngram)
    guard = guard or RepeatGuard([], size=0)
    written: list[int] = []
    while len(written) < max_new_tokens:
        token = guard.choose(session.logits, written)
        if token in stop_ids:
            break
        guard.write(written, token)
        written.append(token)
        room = max_new_tokens - len(written)
        draft = index.draft(written, min(draft_tokens, room)) if draft_tokens > 0 and room > 0 else []
        start = session.length()
        rows = session.feed_all([token, *draft])
        kept = 0
        while kept < len(draft) and draft[kept] not in stop_ids and guard.choose(rows[kept], written) == draft[kept]:
            guard.write(written, draft[kept])
            written.append(draft[kept])
            kept += 1
        if kept < len(draft):
            session.rewind(start + kept + 1, rows[kept])
    return written
