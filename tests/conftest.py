"""Shared fixtures: small generated datasets with known truth."""
from __future__ import annotations

import os
import warnings
from pathlib import Path

import matplotlib
import pandas as pd
import pytest

matplotlib.use("Agg")
os.environ.setdefault("JUPYTER_CAUSAL_THREADS", "1")
warnings.filterwarnings("ignore", category=UserWarning)


def frame_fingerprint(df: pd.DataFrame) -> tuple:
    """Values, index, column names and dtypes: anything an analysis could change."""
    return (
        int(pd.util.hash_pandas_object(df, index=True).sum()),
        tuple(map(str, df.columns)),
        tuple(map(str, df.dtypes)),
        df.shape,
    )


@pytest.fixture
def ate_df() -> tuple[pd.DataFrame, object]:
    from jupyter_causal import make_dataset

    return make_dataset("ATE", n=600, seed=11)


@pytest.fixture(scope="session")
def tiny_base(tmp_path_factory) -> Path:
    """A 2-layer Llama with a byte-level BPE tokenizer trained here on corpus text (questions and explanations)."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    from jupyter_causal.corpus.questions import generate
    from jupyter_causal.interpret.corpus import generate_interpret
    from jupyter_causal.parse.prompt import render_prompt, target_text

    folder = tmp_path_factory.mktemp("tiny-llama")
    texts = []
    for ex in generate(n_train=150, n_test=0, seed=3):
        texts.append(render_prompt(ex.question, ex.profile) + target_text(ex.query))
    texts += [ex.explanation for ex in generate_interpret(n_train=60, n_test=0, seed=3)]
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    tok.train_from_iterator(texts, trainers.BpeTrainer(vocab_size=600, special_tokens=["<eos>"],
                                                       initial_alphabet=pre_tokenizers.ByteLevel.alphabet()))
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=tok, eos_token="<eos>", pad_token="<eos>")
    config = LlamaConfig(vocab_size=tokenizer.vocab_size, hidden_size=64, intermediate_size=128, num_hidden_layers=2,
                         num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=1024,
                         eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.eos_token_id)
    import torch

    torch.manual_seed(0)
    LlamaForCausalLM(config).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


@pytest.fixture(scope="module")
def parser():
    """The embedded model with the shipped adapter, loaded once per test module and let go after it."""
    import jupyter_causal as jc

    p = jc.load_parser()
    yield p
    jc.use_parser(None)
