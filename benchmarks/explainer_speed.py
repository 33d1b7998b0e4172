"""Explanation-writing speed on the embedded model: generation latency p50/p90 with prompt-lookup
decoding and token by token (alternating, in one run, so the ratio is fair on a noisy machine),
whether both write the same text, and the memory of a kernel holding the parser and the explainer.
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
    from jupyter_causal.interpret.model import LOOKUP_TOKENS, load_explainer

    explainer = load_explainer(adapter=args.adapter)
    jc.load_parser()
    rss_loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    examples = read_interpret_corpus(Path(args.corpus), "test")[: args.results]
    times: dict[int, list[float]] = {LOOKUP_TOKENS: [], 0: []}
    same = 0
    for i, ex in enumerate(examples):
        texts = {}
        for lookup in ((LOOKUP_TOKENS, 0) if i % 2 == 0 else (0, LOOKUP_TOKENS)):
            start = time.perf_counter()
            texts[lookup] = explainer.write(ex.result, question=ex.question, data_name=ex.data_name, lookup_tokens=lookup)
            times[lookup].append(time.perf_counter() - start)
        same += texts[LOOKUP_TOKENS] == texts[0]

    def pct(values: list[float], q: int) -> float:
        return round(float(np.percentile(values, q)), 3)

    report = {
        "results": len(examples), "lookup_tokens": LOOKUP_TOKENS, "explainer": explainer.name,
        "lookup_p50_s": pct(times[LOOKUP_TOKENS], 50), "lookup_p90_s": pct(times[LOOKUP_TOKENS], 90),
        "plain_p50_s": pct(times[0], 50), "plain_p90_s": pct(times[0], 90),
        "speedup_total": round(sum(times[0]) / sum(times[LOOKUP_TOKENS]), 2), "same_text": same,
        "rss_parser_and_explainer_mb": round(rss_loaded), "machine": f"{platform.machine()}, 2-core CPU", "target_p50_s": 3.0,
    }
    (HERE / "explainer_speed.json").write_text(json.dumps(report, indent=2) + "\n")
    lines = [
        "# Explanation-writing speed (embedded SmolLM2-135M + explanation adapter, CPU)", "",
        f"`python benchmarks/explainer_speed.py{f' --adapter {args.adapter}' if args.adapter else ''} --results {args.results}` — "
        f"{report['explainer']}; the two decoders alternate on each Result.",
        "", "| decoding | p50 | p90 |", "|---|---|---|",
        f"| prompt lookup ({LOOKUP_TOKENS} drafted tokens), the default | {report['lookup_p50_s']} s | {report['lookup_p90_s']} s |",
        f"| token by token | {report['plain_p50_s']} s | {report['plain_p90_s']} s |", "",
        f"Total time ratio (token by token / lookup): {report['speedup_total']}. Same text from both: {same} of {len(examples)}. "
        f"Target: p50 <= {report['target_p50_s']} s.", "",
        f"Peak RSS of one process holding the parser and the explainer: {report['rss_parser_and_explainer_mb']} MB.",
    ]
    (HERE / "explainer_speed.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
