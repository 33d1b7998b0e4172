"""Model-written explanations: the corpus, training and generation on a tiny random model, and the
fallback to the template whenever the checker finds a problem."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

import jupyter_causal as jc
from jupyter_causal.evaluation.interpret import evaluate, fluent
from jupyter_causal.explain import check_explanation
from jupyter_causal.interpret.corpus import generate_interpret, problems, read_interpret_corpus, write_interpret_corpus
from jupyter_causal.interpret.decoding import DraftIndex, RepeatGuard, greedy_with_drafts
from jupyter_causal.interpret.model import Drafts, explainer_available, load_explainer
from jupyter_causal.parse.decoding import Session
from jupyter_causal.parse.model import RECORD


def test_every_training_explanation_passes_the_checker_and_splits_are_disjoint() -> None:
    examples = list(generate_interpret(n_train=300, n_test=60, seed=5))
    assert all(problems(ex) == () for ex in examples)
    train = [ex for ex in examples if ex.split == "train"]
    test = [ex for ex in examples if ex.split == "test"]
    assert len(train) == 300 and len(test) == 60
    assert not {ex.domain for ex in train} & {ex.domain for ex in test}
    assert not {ex.family for ex in train} & {ex.family for ex in test}
    assert {ex.result.task.value for ex in examples} == {"ATE", "HTE", "MA", "OPO", "CGL"}
    assert sum(1 for ex in examples if ex.result.warnings) > 0


def test_fluency_proxy() -> None:
    assert fluent("The effect is 3. It is small.")
    assert not fluent("The effect is the effect is the effect is 3.")
    assert not fluent("No full stop at the end")
    assert not fluent("One. Two. Three. Four. Five.")


@pytest.fixture(scope="module")
def tiny_explainer(tiny_base: Path, tmp_path_factory) -> Path:
    from jupyter_causal.train import TrainConfig, train

    folder = tmp_path_factory.mktemp("interpret")
    corpus = folder / "interpret.jsonl"
    write_interpret_corpus(corpus, n_train=24, n_test=6, seed=2)
    return train(TrainConfig(corpus=str(corpus), output=str(folder / "adapter"), base=str(tiny_base), steps=3, batch_size=4,
                             learning_rate=5e-3, warmup_steps=1), progress=False)


def test_tiny_model_trains_writes_and_falls_back_to_the_template(tiny_explainer: Path, tiny_base: Path, monkeypatch) -> None:
    record = json.loads((tiny_explainer / RECORD).read_text())
    assert record["corpus"]["kind"] == "interpret" and "reasons" not in record and record["training"]["steps"] == 3

    explainer = load_explainer(adapter=tiny_explainer, device="cpu")
    assert load_explainer(adapter=tiny_explainer, device="cpu") is explainer  # once per process
    df, truth = jc.make_dataset("ATE", n=400, seed=1)
    result = jc.analyze(truth.query, df, explain=False).result
    text = explainer.write(result, question="Does it work?", data_name="the data")
    assert isinstance(text, str)
    # Drafts are only accepted where greedy decoding agrees: the same text as token by token.
    for drafts in (Drafts.PROMPT, Drafts.NONE):
        assert explainer.write(result, question="Does it work?", data_name="the data", drafts=drafts) == text
    final = explainer.explain(result, question="Does it work?")
    assert check_explanation(final, result) == ()  # whatever the model wrote, what is shown is faithful
    if final.source == "template":
        assert final.fallback  # and the Analysis says why the model's text was not used

    monkeypatch.setenv("JUPYTER_CAUSAL_EXPLAINER", str(tiny_explainer))
    assert explainer_available()
    analysis = jc.analyze(truth.query, df, explain="model")
    assert analysis.explanation is not None and analysis.explanation.source in ("model", "template")
    assert json.loads(analysis.to_json())["explanation_source"] == analysis.explanation.source

    summary, cases = evaluate(explainer, read_interpret_corpus(tiny_explainer.parent / "interpret.jsonl", "test"), progress=False)
    assert summary["n"] == 6 and summary["after_fallback_hallucinated"] == 0 and summary["after_fallback_missing"] == 0
    assert 0.0 <= summary["pass_rate_before_fallback"] <= 1.0


def test_draft_index_continues_the_longest_match() -> None:
    index = DraftIndex([[1, 2, 3, 4, 5], [9, 2, 3, 7, 8]], ngram=3)
    assert index.draft([2, 3], 2) == [4, 5]  # first reference holding the match
    assert index.draft([9, 2, 3], 5) == [7, 8]  # a longer match wins
    assert index.draft([6], 3) == []


def test_drafted_decoding_writes_the_greedy_text_in_fewer_passes(tiny_explainer: Path) -> None:
    explainer = load_explainer(adapter=tiny_explainer, device="cpu")
    prompt = "Facts:\n- task: ATE\nExplanation: "
    passes: list[int] = []

    def run(references: list[list[int]], draft_tokens: int) -> list[int]:
        session = Session(explainer.model, explainer.tokenizer, prompt)
        feed_all = session.feed_all
        session.feed_all = lambda ids: (passes.append(len(ids)), feed_all(ids))[1]  # count the forward passes
        passes.clear()
        return greedy_with_drafts(session, references=references, stop_ids=frozenset(), max_new_tokens=24,
                                  draft_tokens=draft_tokens, ngram=3)

    greedy = run([], 0)
    assert len(greedy) == 24 and len(passes) == 24
    # A reference holding the greedy text with one wrong token: drafts are taken up to it, then the model's own choice.
    wrong = list(greedy)
    wrong[10] = (wrong[10] + 1) % len(explainer.tokenizer)
    assert run([wrong], 8) == greedy
    assert len(passes) < 24 and max(passes) > 1


def test_a_run_of_tokens_repeats_only_as_often_as_a_reference_holds_it() -> None:
    guard = RepeatGuard([[1, 2, 3, 1, 2, 3], [7, 1, 2, 3]], size=3)
    scores = torch.tensor([0.0, 0.0, 0.0, 5.0, 4.0])  # 3 is the best token, 4 the next
    picks = []
    for _ in range(3):
        picks.append(guard.choose(scores, [1, 2]))
        guard.write([1, 2], picks[-1])
    assert picks == [3, 3, 4]  # "1 2 3" twice, as the first reference holds it, then the next best
    once = RepeatGuard([], size=3)
    once.write([1, 2], 3)
    assert once.choose(scores, [1, 2]) == 4 and once.choose(scores, [9, 2]) == 3
    assert RepeatGuard([], size=0).choose(scores, [1, 2]) == 3


def test_guarded_decoding_never_loops_and_drafts_keep_its_text(tiny_explainer: Path) -> None:
    explainer = load_explainer(adapter=tiny_explainer, device="cpu")
    prompt = "Facts:\n- task: ATE\nExplanation: "

    def run(references: list[list[int]], draft_tokens: int) -> list[int]:
        session = Session(explainer.model, explainer.tokenizer, prompt)
        return greedy_with_drafts(session, references=references, stop_ids=frozenset(), max_new_tokens=40,
                                  draft_tokens=draft_tokens, ngram=3, guard=RepeatGuard([], size=3))

    plain = run([], 0)
    runs = [tuple(plain[i:i + 3]) for i in range(len(plain) - 2)]
    assert len(plain) == 40 and len(runs) == len(set(runs))
    session = Session(explainer.model, explainer.tokenizer, prompt)
    unguarded = greedy_with_drafts(session, references=[], stop_ids=frozenset(), max_new_tokens=40, draft_tokens=0, ngram=3)
    assert unguarded != plain  # the tiny random model loops without the guard
    assert run([plain[5:30]], 8) == plain


def test_template_choice_and_bad_choice() -> None:
    df, truth = jc.make_dataset("MA", n=600, seed=0)
    assert jc.analyze(truth.query, df, explain="template", n_bootstrap=20).explanation.source == "template"
    assert jc.analyze(truth.query, df, explain=False, n_bootstrap=20).explanation is None
    with pytest.raises(jc.QueryError, match="explain"):
        jc.analyze(truth.query, df, explain="poem", n_bootstrap=20)


def test_one_adapter_trained_on_both_corpora_records_both(tiny_base: Path, tiny_explainer: Path, tmp_path: Path) -> None:
    from jupyter_causal.corpus.questions import read_corpus, write_corpus
    from jupyter_causal.train import TrainConfig, train

    parse_corpus, interpret_corpus = tmp_path / "corpus.jsonl", tiny_explainer.parent / "interpret.jsonl"
    write_corpus(parse_corpus, n_train=40, n_test=8, seed=1)
    out = train(TrainConfig(corpus=str(parse_corpus), mix_corpus=str(interpret_corpus), output=str(tmp_path / "mixed"), base=str(tiny_base),
                            steps=2, batch_size=4, learning_rate=5e-3, warmup_steps=1), progress=False)
    record = json.loads((out / RECORD).read_text())
    assert record["corpus"]["kind"] == "parse" and record["mixed_corpus"]["kind"] == "interpret"
    assert record["mixed_corpus"]["sha256"] and "reasons" in record and " | " in record["format"]
    shares = min(len(read_corpus(parse_corpus, "train")), len(read_interpret_corpus(interpret_corpus, "train")))
    assert shares == 24 and record["corpus"]["train_examples"] == 2 * shares  # equal shares: the larger corpus is subsampled
