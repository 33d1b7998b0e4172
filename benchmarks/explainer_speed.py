"""Explanation-writing speed on the embedded model: generation latency p50/p90 with drafts from the
references (the default), from the prompt alone, and token by token (in turn on each Result, in one
run, so the ratios are fair on a noisy machine), whether all write the same text, and the memory of a
kernel holding the parser and the explainer.
Writes explainer_speed.json / .md here.

    python benchmarks/explainer_speed.py [--adapter FOLDER] [--corpus build/interpret.jsonl] [--results 30]
"""
from __future__ import annotations

import argparse
import json
import platform
import resource
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).parent


def main() -> None:
    args_parser = argparse.ArgumentParser()
    args_parser.add_argument("--adapter", default=None, help="explanation adapter (default: the shipped one)")
    args_parser.add_argument("--corpus", default="build/interpret.jsonl")
    args_parser.add_argument("--results", type=int, default=30)
    args = args_parser.parse_args()
    import jupyter_causal as jc
    from jupyter_causal.interpret.corpus import read_interpret_corpus
    from jupyter_causal.interpret.model import DRAFT_TOKENS, Drafts, load_explainer

    explainer = load_explainer(adapter=args.adapter)
    jc.load_parser()
    rss_loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    examples = read_interpret_corpus(Path(args.corpus), "test")[: args.results]
    modes = list(Drafts)
    times: dict[Drafts, list[float]] = {mode: [] for mode in modes}
    same = 0
    for i, ex in enumerate(examples):
        texts = {}
        for mode in modes[i % len(modes):] + modes[:i % len(modes)]:
            start = time.perf_counter()
            texts[mode] = explainer.write(ex.result, question=ex.question, data_name=ex.data_name, drafts=mode)
            times[mode].append(time.perf_counter() - start)
        same += len(set(texts.values())) == 1

    def pct(values: list[float], q: int) -> float:
        return round(float(np.percentile(values, q)), 3)

    labels = {Drafts.REFERENCES: f"drafts from the prompt and the trained styles ({DRAFT_TOKENS} tokens), the default",
              Drafts.PROMPT: f"drafts from the prompt alone ({DRAFT_TOKENS} tokens)", Drafts.NONE: "token by token"}
    report = {
        "results": len(examples), "draft_tokens": DRAFT_TOKENS, "explainer": explainer.name,
        **{f"{mode}_p50_s": pct(times[mode], 50) for mode in modes}, **{f"{mode}_p90_s": pct(times[mode], 90) for mode in modes},
        "speedup_total": {str(mode): round(sum(times[Drafts.NONE]) / sum(times[mode]), 2) for mode in modes}, "same_text": same,
        "rss_parser_and_explainer_mb": round(rss_loaded), "machine": f"{platform.machine()}, 2-core CPU", "target_p50_s": 3.0,
    }
    (HERE / "explainer_speed.json").write_text(json.dumps(report, indent=2) + "\n")
    lines = [
        "# Explanation-writing speed (embedded SmolLM2-135M + explanation adapter, CPU)", "",
        f"`python benchmarks/explainer_speed.py{f' --adapter {args.adapter}' if args.adapter else ''} --results {args.results}` — "
        f"{report['explainer']}; the three decoders take turns on each Result.",
        "", "| decoding | p50 | p90 | speed-up over token by token (total time) |", "|---|---|---|---|",
        *(f"| {labels[mode]} | {report[f'{mode}_p50_s']} s | {report[f'{mode}_p90_s']} s | {report['speedup_total'][mode]} |"
          for mode in modes), "",
        f"Same text from all three: {same} of {len(examples)}. Target: p50 <= {report['target_p50_s']} s.", "",
        f"Peak RSS of one process holding the parser and the explainer: {report['rss_parser_and_explainer_mb']} MB.",
    ]
    (HERE / "explainer_speed.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
