"""The explaining model: a base LM with the explanation adapter writes the text from the Result's
facts; the checker verifies it, and the template's text replaces it when any check fails.

Loaded once per process (lazily), like the parser; the output is only ever read as text.
"""
from __future__ import annotations

import dataclasses
import importlib.util
import json
import os
from enum import StrEnum
from pathlib import Path
from typing import Any

from ..explain import Explanation, check_explanation, explain
from ..parse.model import EMBEDDED, EMBEDDED_PACKAGE, RECORD, load_adapted, pick_device
from ..schema import Result
from .prompt import STYLES, render_prompt, target_text

PACKAGED_EXPLAINER = Path(__file__).parent / "adapter"
MAX_NEW_TOKENS = 220
# Explanations copy long spans of the facts and follow the trained styles: up to DRAFT_TOKENS tokens
# that followed the last (up to DRAFT_NGRAM) written tokens in a reference text are checked in one
# pass (same greedy text; :mod:`.decoding`).
DRAFT_TOKENS = 20
DRAFT_NGRAM = 6
# A run of REPEAT_TOKENS tokens is written at most as often as one reference text holds it: a small
# model otherwise loops over a list or repeats a comparison (:class:`.decoding.RepeatGuard`).
REPEAT_TOKENS = 5


class Drafts(StrEnum):
    """Where drafted tokens come from: the prompt and the Result written in each trained style, the
    prompt alone (prompt lookup), or nowhere (token by token). The text is the same with each."""

    REFERENCES = "references"
    PROMPT = "prompt"
    NONE = "none"


class ExplainWith(StrEnum):
    """Who writes the explanation: the fine-tuned model (checked, template as fallback) or the template."""

    MODEL = "model"
    TEMPLATE = "template"


@dataclasses.dataclass
class ModelExplainer:
    """A causal LM with the explanation adapter (merged on the CPU)."""

    name: str
    model: Any
    tokenizer: Any
    device: str
    stop_ids: frozenset[int]
    load_seconds: float = 0.0

    def write(self, result: Result, *, question: str | None, data_name: str, drafts: Drafts = Drafts.REFERENCES) -> str:
        """The model's explanation text (greedy decoding, stops at end of text or a blank line)."""
        from ..parse.decoding import Session  # torch: imported only where the model writes, not for the template
        from .decoding import RepeatGuard, greedy_with_drafts

        prompt = render_prompt(result, question=question, data_name=data_name)
        session = Session(self.model, self.tokenizer, prompt)
        styles = [session.encode(target_text(result, data_name=data_name, style=s)) for s in range(STYLES)]
        guard = RepeatGuard([*styles, session.encode(prompt)], size=REPEAT_TOKENS)
        references = styles if drafts is Drafts.REFERENCES else []
        references += [] if drafts is Drafts.NONE else [session.encode(prompt)]
        ids = greedy_with_drafts(session, references=references, stop_ids=self.stop_ids, max_new_tokens=MAX_NEW_TOKENS,
                                 draft_tokens=DRAFT_TOKENS if references else 0, ngram=DRAFT_NGRAM, guard=guard)
        text = self.tokenizer.decode(ids, skip_special_tokens=True)
        return " ".join(text.split("\n\n")[0].split())

    def explain(self, result: Result, *, question: str | None = None, data_name: str = "the data") -> Explanation:
        """The model's explanation if the checker passes it, else the template's, recording why."""
        template = explain(result, data_name=data_name)
        candidate = Explanation(text=self.write(result, question=question, data_name=data_name), caveats=template.caveats, source="model")
        problems = check_explanation(candidate, result, data_name=data_name)
        if problems:
            return dataclasses.replace(template, fallback="; ".join(problems))
        return candidate


_LOADED: dict[tuple[str, str, str], ModelExplainer] = {}


def stop_ids(tokenizer: Any) -> frozenset[int]:
    """Tokens that end an explanation: end of text, or any token holding a blank line."""
    pieces = tokenizer.batch_decode([[i] for i in range(len(tokenizer))])
    return frozenset({tokenizer.eos_token_id} | {i for i, piece in enumerate(pieces) if "\n\n" in piece})


def default_explainer_adapter() -> Path:
    """``$JUPYTER_CAUSAL_EXPLAINER`` or the explanation adapter shipped in the package."""
    return Path(os.environ.get("JUPYTER_CAUSAL_EXPLAINER") or PACKAGED_EXPLAINER)


def explainer_available() -> bool:
    """Whether the model can explain here: the explanation adapter is there, and so is its base."""
    record = default_explainer_adapter() / RECORD
    if not record.exists():
        return False
    base = json.loads(record.read_text()).get("base", EMBEDDED)
    return importlib.util.find_spec(EMBEDDED_PACKAGE) is not None if base == EMBEDDED else Path(base).exists()


def load_explainer(*, adapter: str | Path | None = None, base: str | Path | None = None, device: str | None = None) -> ModelExplainer:
    """Load (once per process) the explaining model: base + explanation adapter, merged on the CPU."""
    folder = Path(adapter) if adapter is not None else default_explainer_adapter()
    dev = pick_device(device)
    key = (str(folder.resolve()), str(base), dev)
    if key not in _LOADED:
        loaded = load_adapted(folder, base=base, device=dev, description="Loading the explanation model")
        _LOADED[key] = ModelExplainer(name=loaded.name, model=loaded.model, tokenizer=loaded.tokenizer, device=dev,
                                      stop_ids=stop_ids(loaded.tokenizer), load_seconds=loaded.seconds)
    return _LOADED[key]
