"""Parser speed and memory on the embedded model: first load (after the one-time conversion),
parse latency p50/p90 with the model loaded, and peak RSS; and, taking turns on each question, the
decoder with forced text held back for one forward pass (the default) against the same decoder
running each piece as it is fed; and on wide real tables (``causaldata``, a test extra), the column choice with the
names the bound leaves scored in one packed pass (the default) against one pass per name. Writes parser_speed.json / .md here.

    python benchmarks/parser_speed.py [--questions 40]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).parent
ROOT = HERE.parent

LOAD = """
import json, resource, time
start = time.perf_counter()
import jupyter_causal as jc
parser = jc.load_parser()
loaded = time.perf_counter() - start
print(json.dumps({"load_s": loaded, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

WIDE = {
    "nhefs_complete": ("Does quitting smoking change weight gain?", "How much weight did people who quit smoking gain because they quit?",
                       "Is the effect of quitting smoking on weight gain explained by changes in smoking intensity?"),
    "castle": ("Did castle doctrine laws increase homicides?", "Learn the causal graph among homicide, robbery, assault and poverty."),
    "black_politicians": ("Which legislators respond less to black senders?",
                          "Are legislators less likely to respond to emails from a black-sounding name?"),
}
"""Real tables of many columns (67, 139 and 14) and questions about them."""


def wide_tables(parser: object) -> list[dict]:
    """Each question on :data:`WIDE`'s tables parsed with packed scoring and with one pass per name, taking turns."""
    from importlib import import_module

    from jupyter_causal.parse import decoding
    from jupyter_causal.profile import profile

    rows = []
    for name, questions in WIDE.items():
        prof = profile(import_module(f"causaldata.{name}").load_pandas().data)
        for question in questions:
            row: dict = {"table": name, "columns": len(prof.names), "question": question}
            queries = []
            for label, pack_after in (("packed_s", decoding.PACK_AFTER), ("one_pass_each_s", 10**9)):
                saved, decoding.PACK_AFTER = decoding.PACK_AFTER, pack_after
                try:
                    start = time.perf_counter()
                    queries.append(parser.parse(question, prof).to_dict())
                    row[label] = round(time.perf_counter() - start, 2)
                finally:
                    decoding.PACK_AFTER = saved
            rows.append(row | {"same_query": queries[0] == queries[1]})
    return rows


def main() -> None:
    args_parser = argparse.ArgumentParser()
    args_parser.add_argument("--questions", type=int, default=40)
    args = args_parser.parse_args()
    import jupyter_causal as jc
    from jupyter_causal.corpus.questions import generate, read_handwritten
    from jupyter_causal.parse.decoding import decode
    from jupyter_causal.parse.model import embedded_base

    embedded_base()  # the one-time conversion is not part of the load time
    # byte-code cached, as an installed package has it (an environment may set PYTHONDONTWRITEBYTECODE, and recompiling
    # transformers' and peft's modules then doubles the time)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    loads = [json.loads(subprocess.run([sys.executable, "-c", LOAD], capture_output=True, text=True, check=True, env=env).stdout.strip()
                        .splitlines()[-1]) for _ in range(3)]
    parser = jc.load_parser()
    examples = read_handwritten(ROOT / "tests" / "data" / "handwritten.jsonl")
    examples += [e for e in generate(n_train=0, n_test=args.questions, seed=7)][: max(0, args.questions - len(examples))]
    times, eager_times, same = [], [], 0
    for ex in examples[: args.questions]:
        start = time.perf_counter()
        query = parser.parse(ex.question, ex.profile)
        times.append(time.perf_counter() - start)
        start = time.perf_counter()
        eager = decode(parser.model, parser.tokenizer, ex.question, ex.profile, reasons=parser.reasons, hold_back=False)
        eager_times.append(time.perf_counter() - start)
        same += eager.to_dict() == query.to_dict()
    wide = wide_tables(parser)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report = {
        "questions": len(times), "parse_p50_s": round(float(np.percentile(times, 50)), 3),
        "parse_p90_s": round(float(np.percentile(times, 90)), 3),
        "eager_p50_s": round(float(np.percentile(eager_times, 50)), 3), "eager_p90_s": round(float(np.percentile(eager_times, 90)), 3),
        "hold_back_speedup": round(sum(eager_times) / sum(times), 2), "same_query": same, "first_load_s": round(min(r["load_s"] for r in loads), 2),
        "rss_after_load_mb": round(min(r["rss_mb"] for r in loads)), "rss_after_parsing_mb": round(rss),
        "machine": f"{platform.machine()}, 2-core CPU" if platform.machine() else "", "targets": {
            "parse_p50_s": 1.5, "parse_p90_s": 3.0, "first_load_s": 10, "rss_mb": 1536},
        "wide_tables": wide,
    }
    (HERE / "parser_speed.json").write_text(json.dumps(report, indent=2) + "\n")
    t = report["targets"]
    lines = [
        "# Parser speed and memory (embedded SmolLM2-135M + shipped adapter, CPU)", "",
        f"`python benchmarks/parser_speed.py --questions {args.questions}`", "",
        "| metric | value | target |", "|---|---|---|",
        f"| parse latency p50 | {report['parse_p50_s']} s | <= {t['parse_p50_s']} s |",
        f"| parse latency p90 | {report['parse_p90_s']} s | <= {t['parse_p90_s']} s |",
        f"| first load (fresh process, after the one-time conversion; includes imports, byte-code cached; best of 3) | {report['first_load_s']} s "
        f"| <= {t['first_load_s']} s |",
        f"| peak RSS after loading | {report['rss_after_load_mb']} MB | <= {t['rss_mb']} MB |",
        f"| peak RSS after parsing {len(times)} questions, then the wide tables below (this process) | {report['rss_after_parsing_mb']} MB | |",
        "", "Forced text held back until the model's scores are read (the default) against each piece run as it is fed,",
        "taking turns on each question:", "",
        "| decoding | p50 | p90 |", "|---|---|---|",
        f"| held back, one forward pass per choice (default) | {report['parse_p50_s']} s | {report['parse_p90_s']} s |",
        f"| each piece as fed | {report['eager_p50_s']} s | {report['eager_p90_s']} s |", "",
        f"Speed-up (total time): {report['hold_back_speedup']}; same query from both: {same} of {len(times)}.", "",
        "Wide real tables (`causaldata`): names the bound has not cut after two scored in one packed pass (the default) against",
        "one forward pass per name, taking turns on each question:", "",
        "| table | columns | question | packed | one pass per name | same query |", "|---|---|---|---|---|---|",
        *(f"| `{r['table']}` | {r['columns']} | {r['question']} | {r['packed_s']} s | {r['one_pass_each_s']} s | "
          f"{'yes' if r['same_query'] else 'no'} |" for r in wide),
        "", f"Speed-up (total time): {round(sum(r['one_pass_each_s'] for r in wide) / sum(r['packed_s'] for r in wide), 2)}.",
    ]
    (HERE / "parser_speed.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
