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
from .prompt import render_prompt

PACKAGED_EXPLAINER = Path(__file__).parent / "adapter"
MAX_NEW_TOKENS = 220
# Explanations copy long spans of the facts (numbers, intervals, method): prompt-lookup decoding
# drafts up to LOOKUP_TOKENS tokens that follow the last LOOKUP_NGRAM tokens' match in the prompt and
# checks them in one pass (same greedy text). 20 / 6 was fastest of 10 / 2, 20 / 6 and 30 / 8 here.
LOOKUP_TOKENS = 20
LOOKUP_NGRAM = 6


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
    load_seconds: float = 0.0

    def write(self, result: Result, *, question: str | None, data_name: str, lookup_tokens: int = LOOKUP_TOKENS) -> str:
        """The model's explanation text (greedy decoding, stops at end of text or a blank line).

        ``lookup_tokens`` > 0 drafts copied spans from the prompt (prompt-lookup decoding); 0 decodes token by token.
        """
        import torch

        prompt = render_prompt(result, question=question, data_name=data_name)
        ids = self.tokenizer(prompt, return_tensors="pt", add_special_tokens=False)["input_ids"].to(self.device)
        lookup = {"prompt_lookup_num_tokens": lookup_tokens, "max_matching_ngram_size": LOOKUP_NGRAM} if lookup_tokens > 0 else {}
        with torch.inference_mode():
            out = self.model.generate(input_ids=ids, attention_mask=torch.ones_like(ids), max_new_tokens=MAX_NEW_TOKENS, do_sample=False,
                                      eos_token_id=self.tokenizer.eos_token_id, pad_token_id=self.tokenizer.pad_token_id, **lookup)
        text = self.tokenizer.decode(out[0, ids.shape[1]:], skip_special_tokens=True)
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
                                      load_seconds=loaded.seconds)
    return _LOADED[key]
