"""LoRA fine-tuning of any Hugging Face causal LM on the question -> query corpus, or on the
interpretation corpus (Result facts -> explanation); the corpus's manifest says which.

The adapter folder records everything needed to trust and reproduce it: base model, corpus
version and hash, every setting, and its scores on the held-out split. Training shows a progress
bar, checkpoints, resumes, and can be interrupted (Ctrl-C saves a checkpoint first).
"""
from __future__ import annotations

import dataclasses
import json
import math
import random
import shutil
import time
from pathlib import Path
from typing import Any

from .corpus.phrasings import REASONS
from .corpus.questions import CORPUS_VERSION, Example, read_corpus
from .interpret.corpus import InterpretExample, read_interpret_corpus
from .interpret.prompt import render_prompt as render_facts_prompt
from .parse.model import EMBEDDED, EMBEDDED_NAME, RECORD, load_base
from .parse.prompt import render_prompt, target_pieces


@dataclasses.dataclass(frozen=True, kw_only=True)
class TrainConfig:
    """Settings of one training run (saved next to the adapter)."""

    corpus: str
    output: str
    base: str = EMBEDDED
    steps: int = 300
    batch_size: int = 8
    learning_rate: float = 2e-3
    warmup_steps: int = 20
    lora_r: int = 8
    lora_alpha: int = 16
    lora_dropout: float = 0.05
    target_modules: str = "all-linear"
    seed: int = 0
    max_length: int = 384
    bf16: bool = True
    checkpoint_every: int = 50
    device: str | None = None
    init_adapter: str | None = None
    """Continue from this adapter (same base) instead of fresh LoRA weights."""
    mix_corpus: str | None = None
    """A second corpus (e.g. the interpretation one into the parser's) trained in equal shares: one adapter for both jobs."""


def encode(example: Example, tokenizer: Any) -> tuple[list[int], list[int]]:
    """Token ids of prompt + target, and labels that score only the model's decisions in the target."""
    ids = tokenizer(render_prompt(example.question, example.profile), add_special_tokens=False)["input_ids"]
    labels = [-100] * len(ids)
    for piece, chosen in target_pieces(example.query):
        piece_ids = tokenizer(piece, add_special_tokens=False)["input_ids"]
        ids += piece_ids
        labels += piece_ids if chosen else [-100] * len(piece_ids)
    return ids, labels


def encode_interpretation(example: InterpretExample, tokenizer: Any) -> tuple[list[int], list[int]]:
    """Token ids of facts prompt + explanation + end of text; labels score the explanation and its end."""
    prompt = render_facts_prompt(example.result, question=example.question, data_name=example.data_name)
    ids = tokenizer(prompt, add_special_tokens=False)["input_ids"]
    target = tokenizer(example.explanation, add_special_tokens=False)["input_ids"] + [tokenizer.eos_token_id]
    return ids + target, [-100] * len(ids) + target


def corpus_kind(corpus: Path) -> str:
    """``"parse"`` or ``"interpret"``, from the corpus's manifest (a parse corpus when there is none)."""
    manifest = corpus.with_suffix(".manifest.json")
    return json.loads(manifest.read_text()).get("kind", "parse") if manifest.exists() else "parse"


def _encoded(corpus: Path, tokenizer: Any) -> list[tuple[list[int], list[int]]]:
    if corpus_kind(corpus) == "interpret":
        return [encode_interpretation(ex, tokenizer) for ex in read_interpret_corpus(corpus, "train")]
    return [encode(ex, tokenizer) for ex in read_corpus(corpus, "train")]


def _mixed(first: list[Any], second: list[Any], seed: int) -> list[Any]:
    """Both corpora in equal shares: the larger one is subsampled (seeded) to the smaller one's size."""
    n = min(len(first), len(second))
    rng = random.Random(seed)
    return rng.sample(first, n) + rng.sample(second, n)


def _corpus_record(corpus: Path) -> dict[str, Any]:
    manifest_path = corpus.with_suffix(".manifest.json")
    manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {}
    return {"version": manifest.get("version", CORPUS_VERSION), "sha256": manifest.get("sha256"), "seed": manifest.get("seed"),
            "kind": corpus_kind(corpus)}


def _batches(encoded: list[tuple[list[int], list[int]]], batch_size: int, seed: int, max_length: int, pad_id: int) -> Any:
    import torch

    rng = random.Random(seed)
    while True:
        order = list(range(len(encoded)))
        rng.shuffle(order)
        for start in range(0, len(order) - batch_size + 1, batch_size):
            items = [encoded[i] for i in order[start:start + batch_size]]
            width = min(max_length, max(len(ids) for ids, _ in items))
            ids = torch.full((len(items), width), pad_id)
            labels = torch.full((len(items), width), -100)
            mask = torch.zeros((len(items), width), dtype=torch.long)
            for row, (x, y) in enumerate(items):
                x, y = x[-width:], y[-width:]  # keep the target if a prompt is too long
                ids[row, : len(x)] = torch.tensor(x)
                labels[row, : len(y)] = torch.tensor(y)
                mask[row, : len(x)] = 1
            yield ids, labels, mask


def train(config: TrainConfig, *, progress: bool = True) -> Path:
    """Fine-tune ``config.base`` with LoRA on ``config.corpus``; returns the adapter folder."""
    import torch
    from peft import LoraConfig, PeftModel, get_peft_model
    from tqdm.auto import tqdm

    from .parse.model import pick_device

    torch.manual_seed(config.seed)
    random.seed(config.seed)
    out = Path(config.output)
    out.mkdir(parents=True, exist_ok=True)
    checkpoint = out / "checkpoint"
    device = pick_device(config.device)
    model, tokenizer = load_base(None if config.base == EMBEDDED else config.base, device=device)
    if (checkpoint / "adapter_config.json").exists():
        model = PeftModel.from_pretrained(model, checkpoint, is_trainable=True)
        state = json.loads((checkpoint / "state.json").read_text())
    elif config.init_adapter:
        model = PeftModel.from_pretrained(model, config.init_adapter, is_trainable=True)
        state = {"step": 0, "losses": []}
    else:
        lora = LoraConfig(r=config.lora_r, lora_alpha=config.lora_alpha, lora_dropout=config.lora_dropout,
                          target_modules=config.target_modules, task_type="CAUSAL_LM")
        model = get_peft_model(model, lora)
        state = {"step": 0, "losses": []}
    kinds = [corpus_kind(Path(c)) for c in (config.corpus, config.mix_corpus) if c]
    encoded = _encoded(Path(config.corpus), tokenizer)
    if config.mix_corpus:
        encoded = _mixed(encoded, _encoded(Path(config.mix_corpus), tokenizer), config.seed)
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=config.learning_rate, weight_decay=0.0)
    if (checkpoint / "optimizer.pt").exists():
        optimizer.load_state_dict(torch.load(checkpoint / "optimizer.pt"))

    def lr_at(step: int) -> float:
        if step < config.warmup_steps:
            return config.learning_rate * (step + 1) / config.warmup_steps
        done = (step - config.warmup_steps) / max(1, config.steps - config.warmup_steps)
        return config.learning_rate * 0.5 * (1 + math.cos(math.pi * min(1.0, done)))

    def save_checkpoint() -> None:
        model.save_pretrained(checkpoint)
        torch.save(optimizer.state_dict(), checkpoint / "optimizer.pt")
        (checkpoint / "state.json").write_text(json.dumps(state))

    batches = _batches(encoded, config.batch_size, config.seed, config.max_length, tokenizer.pad_token_id)
    for _ in range(state["step"]):  # resume: skip the batches already seen
        next(batches)
    autocast = torch.autocast(device_type="cpu", dtype=torch.bfloat16, enabled=config.bf16 and device == "cpu")
    model.train()
    start = time.perf_counter()
    bar = tqdm(total=config.steps, initial=state["step"], desc="LoRA training", disable=not progress)
    try:
        while state["step"] < config.steps:
            ids, labels, mask = (t.to(device) for t in next(batches))
            for group in optimizer.param_groups:
                group["lr"] = lr_at(state["step"])
            with autocast:
                loss = model(input_ids=ids, attention_mask=mask, labels=labels).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optimizer.step()
            optimizer.zero_grad(set_to_none=True)
            state["step"] += 1
            value = float(loss.detach())
            state["losses"].append(round(value, 4))
            bar.update()
            bar.set_postfix(loss=f"{value:.3f}")
            if state["step"] % config.checkpoint_every == 0:
                save_checkpoint()
    except KeyboardInterrupt:
        save_checkpoint()
        bar.close()
        raise
    bar.close()
    seconds = time.perf_counter() - start
    base_name = EMBEDDED_NAME if config.base == EMBEDDED else Path(config.base).name
    for peft_config in model.peft_config.values():  # the adapter names its base, not where this machine keeps it
        peft_config.base_model_name_or_path = base_name
    model.save_pretrained(out)
    _halve_adapter(out)
    shutil.rmtree(checkpoint, ignore_errors=True)  # finished: nothing left to resume
    formats = {"interpret": "interpret.prompt.render_prompt + explanation", "parse": "prompt.render_prompt + prompt.target_pieces"}
    record: dict[str, Any] = {
        "base": config.base,
        "base_name": base_name,
        "corpus": {**_corpus_record(Path(config.corpus)), "train_examples": len(encoded)},
        "training": {**dataclasses.asdict(config), "seconds": round(seconds, 1), "final_loss": state["losses"][-1] if state["losses"] else None,
                     "loss_curve": state["losses"][:: max(1, len(state["losses"]) // 50)]},
        "format": " | ".join(formats[k] for k in dict.fromkeys(kinds)),
    }
    if config.mix_corpus:
        record["mixed_corpus"] = _corpus_record(Path(config.mix_corpus))
    if "parse" in kinds:
        record["reasons"] = list(REASONS)
    (out / RECORD).write_text(json.dumps(record, indent=2) + "\n")
    return out


def _halve_adapter(folder: Path) -> None:
    """Store the adapter weights in float16 (half the size; they are upcast when loaded)."""
    from safetensors.torch import load_file, save_file

    path = folder / "adapter_model.safetensors"
    tensors = load_file(path)
    save_file({k: v.half().contiguous() for k, v in tensors.items()}, path, metadata={"format": "pt"})


def record_scores(folder: Path, scores: dict[str, Any]) -> None:
    """Add evaluation scores to an adapter's record."""
    path = Path(folder) / RECORD
    record = json.loads(path.read_text())
    record["scores"] = scores
    path.write_text(json.dumps(record, indent=2) + "\n")
