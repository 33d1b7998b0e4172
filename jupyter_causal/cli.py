"""Command line: the same pipeline as the notebook, without one.

    jupyter-causal ask DATA.csv --query '{"task": "ATE", "treatment": "t", "outcome": "y"}' [--json]
    jupyter-causal demo
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .errors import CausalError


def _read_table(path: str) -> Any:
    import pandas as pd

    file = Path(path)
    if not file.is_file():
        raise CausalError(f"No such file: {path}.", fix="Give the path of a CSV (or .parquet / .json) file.")
    readers = {".parquet": pd.read_parquet, ".json": pd.read_json, ".tsv": lambda p: pd.read_csv(p, sep="\t")}
    try:
        return readers.get(file.suffix.lower(), pd.read_csv)(file)
    except Exception as err:  # pandas' parser errors name the line; pass them on as a user error
        raise CausalError(f"Could not read {path}: {err}", fix="Check that it is a well-formed table.") from None


def _ask(args: argparse.Namespace) -> int:
    from .pipeline import analyze

    if (args.question is None) == (args.query is None):
        raise CausalError("Give either a question or --query (not both).", fix='Example: --query \'{"task": "CGL"}\'.')
    df = _read_table(args.data)
    analysis = analyze(
        args.query if args.query is not None else args.question, df, data_name=Path(args.data).name,
        method=args.method, seed=args.seed, n_bootstrap=args.bootstrap, explain=args.explain or True,
    )
    if args.figures:
        out = Path(args.figures)
        out.mkdir(parents=True, exist_ok=True)
        for name, fig in analysis.figures.items():
            fig.savefig(out / f"{name}.png", dpi=100)
    if args.json:
        print(analysis.to_json())
    else:
        print("Query:", analysis.query.to_json(indent=None))
        print()
        print(analysis.explanation)
    return 0


def demo_question(truth: Any) -> str:
    """A plain question for a generated dataset, written independently of the corpus templates."""
    q = truth.query
    if q.task.value == "CGL":
        nodes = list(q.nodes[:3])
        return f"How are {nodes[0]}, {nodes[1]} and {nodes[2]} causally related?"
    if q.task.value == "ATE":
        return f"Does {q.treatment} change {q.outcome}, and by how much on average?"
    if q.task.value == "MA":
        return f"How much of the effect of {q.treatment} on {q.outcome} is carried by {q.mediator}?"
    where = ""
    if q.condition:
        c = q.condition[0]
        value = int(c.value) if isinstance(c.value, float) and c.value.is_integer() else c.value
        where = {"==": f" when {c.column} is {value}", ">": f" for {c.column} above {value}", "<": f" for {c.column} below {value}"}[c.op]
    if q.task.value == "HTE":
        return f"What is the effect of {q.treatment} on {q.outcome}{where}?"
    return f"Should {q.treatment} be given{where} to get the highest {q.outcome}?"


def _demo(args: argparse.Namespace) -> int:
    """Ask one question per task about generated data with known truth and compare the answers."""
    import numpy as np

    from .corpus.datasets import make_dataset
    from .errors import NoParserError
    from .explain import unsupported_numbers
    from .parse.model import load_parser
    from .pipeline import analyze

    cases = [("CGL", 3000), ("ATE", 2000), ("HTE", 2000), ("MA", 3000), ("OPO", 3000)]
    print("jupyter-causal demo: one question per task on generated data whose true answer is known.\n")
    start = time.perf_counter()
    try:
        parser = load_parser()
        print(f"Parser: {parser.name} on {parser.device} (loaded in {parser.load_seconds:.1f} s)\n")
    except NoParserError as err:
        parser = None
        print(f"No question parser ({err.problem}); running each case's structured query instead.\n")
    for task, n in cases:
        df, truth = make_dataset(task, n=n, seed=args.seed)
        question = demo_question(truth)
        print(f"=== {task}: {n} rows, {df.shape[1]} columns ({truth.domain}) ===")
        if parser is not None:
            print(f"Question: {question}")
            try:
                a = analyze(question, df, data_name=f"{truth.domain}_{task.lower()}.csv", seed=args.seed)
            except CausalError as err:
                print(f"error: {err}\n")
                continue
            same = a.query == truth.query or (task == "CGL" and a.query.task == truth.query.task)
            print(f"Parsed ({a.timings.get('parse', 0):.2f} s): {a.query.to_json(indent=None)}")
            print(f"Parsed as intended: {'yes' if same else 'no'}")
        else:
            a = analyze(truth.query, df, data_name=f"{truth.domain}_{task.lower()}.csv", seed=args.seed)
            print("Query:", a.query.to_json(indent=None))
        print(a.explanation)
        if a.explanation is not None:
            refused = f"; the model's text was refused: {a.explanation.fallback}" if a.explanation.fallback else ""
            print(f"(Explanation written by the {a.explanation.source}{refused}.)")
        r = a.result
        if r is None:
            print()
            continue
        if r.task.value != task:
            print("The question was read as another task, so there is no truth to compare with.\n")
            continue
        if task == "CGL":
            check = f"structural Hamming distance to the true graph: {truth.shd(list(r.edges), list(r.undirected))}"
        elif task == "ATE":
            check = f"true effect {truth.ate:.4g}; estimate {r.estimate:.4g} [{r.ci[0]:.4g}, {r.ci[1]:.4g}]"
        elif task == "HTE":
            target = truth.effect_at(df, a.query.condition)
            check = f"true effect where the condition holds {target:.4g}; estimate {r.estimate:.4g} [{r.ci[0]:.4g}, {r.ci[1]:.4g}]"
        elif task == "MA":
            check = f"true direct {truth.nde:.4g}, indirect {truth.nie:.4g}; estimates {r.direct:.4g}, {r.indirect:.4g}"
        else:
            levels = list(r.treatment_levels)
            actions = np.array([levels.index(x) for x in r.recommend(df)])
            check = (
                f"true value of the learned policy {truth.policy_value(actions):.4g}; oracle {truth.policy_value(truth.oracle_actions):.4g}; "
                f"treat-all {truth.policy_value(np.ones(len(df), dtype=int)):.4g}; treat-none {truth.policy_value(np.zeros(len(df), dtype=int)):.4g}"
            )
        bad = unsupported_numbers(str(a.explanation), r)
        print(f"Check against the truth: {check}")
        print(f"Numbers in the explanation not found in the result: {bad or 'none'}; fit {r.seconds:.2f} s\n")
    print(f"Done in {time.perf_counter() - start:.1f} s.")
    return 0


def _corpus(args: argparse.Namespace) -> int:
    from .corpus.questions import write_corpus
    from .interpret.corpus import write_interpret_corpus

    write = write_interpret_corpus if args.interpret else write_corpus
    manifest = write(Path(args.output), n_train=args.train, n_test=args.test, seed=args.seed)
    print(json.dumps(manifest, indent=2))
    return 0


def _train(args: argparse.Namespace) -> int:
    from .train import TrainConfig, train

    config = TrainConfig(
        corpus=args.corpus, output=args.output, base=args.base, steps=args.steps, batch_size=args.batch_size,
        learning_rate=args.learning_rate, lora_r=args.lora_r, lora_alpha=2 * args.lora_r, seed=args.seed, device=args.device,
        init_adapter=args.init_adapter, max_length=args.max_length, mix_corpus=args.mix_corpus,
    )
    folder = train(config)
    print(f"Adapter written to {folder}")
    if args.eval:
        return _eval_parse(argparse.Namespace(adapter=str(folder), base=None, corpus=args.corpus, handwritten=args.handwritten,
                                              limit=args.eval_limit, output=None, device=args.device))
    return 0


def _eval_parse(args: argparse.Namespace) -> int:
    from .corpus.questions import read_corpus, read_handwritten
    from .evaluation.parse import evaluate, write_report
    from .parse.model import load_parser
    from .train import record_scores

    parser = load_parser(adapter=args.adapter, base=args.base, device=args.device)
    scores = {}
    suites = []
    if args.corpus:
        suites.append(("held-out", read_corpus(Path(args.corpus), "test")[: args.limit]))
    if args.handwritten:
        suites.append(("handwritten", read_handwritten(Path(args.handwritten))))
    for name, examples in suites:
        summary, results = evaluate(parser, examples)
        scores[name] = {k: summary[k] for k in ("n", "task_accuracy", "exact_frame", "soft_frame", "json_validity", "outside_names",
                                               "latency_p50_s", "latency_p90_s")}
        if args.output:
            write_report(summary, results, Path(args.output) / name, title=f"Parser evaluation: {name} questions")
        print(f"{name}: " + json.dumps(scores[name]))
    if args.adapter and scores:
        record_scores(Path(args.adapter), scores)
    return 0


def _command_line(argv: Sequence[str]) -> str:
    """The command as a user would type it (for the reports)."""
    return " ".join(["jupyter-causal", *argv])


def _eval_e2e(args: argparse.Namespace) -> int:
    from .evaluation import e2e
    from .evaluation.cases import TASKS, make_cases
    from .evaluation.report import write_e2e
    from .evaluation.speed import machine as speed_machine
    from .parse.model import load_parser
    from .schema import Task

    parser = load_parser(adapter=args.adapter, base=args.base, device=args.device)
    tasks = tuple(Task(t) for t in args.tasks) if args.tasks else TASKS
    start = time.perf_counter()
    explain = args.explain or True
    outcomes = e2e.run(make_cases(args.per_task, seed=args.seed, tasks=tasks), parser, explain=explain, total=args.per_task * len(tasks))
    flags = (["--seed", str(args.seed)] if args.seed else []) + (["--explain", args.explain] if args.explain else [])
    meta = {"command": _command_line(["eval", "e2e", "--per-task", str(args.per_task), *flags]),
            "per_task": args.per_task, "seed": args.seed, "parser": parser.name, "explain": str(explain), "seconds": time.perf_counter() - start,
            "machine": speed_machine()}
    summary, explain = e2e.summarise(outcomes), e2e.summarise_explanations(outcomes)
    write_e2e(Path(args.output), summary, explain, e2e.outcomes_to_dicts(outcomes), meta=meta)
    print(json.dumps(summary["overall"]))
    print(f"Reports written to {args.output}")
    return 0


def _eval_speed(args: argparse.Namespace) -> int:
    from .evaluation import speed
    from .evaluation.report import write_speed

    payload = speed.run(rows=args.rows, parse_questions=args.parse_questions)
    payload["command"] = _command_line(["eval", "speed"] + (["--rows", *map(str, args.rows)] if tuple(args.rows) != speed.ROWS else []))
    write_speed(Path(args.output), payload)
    print(f"Report written to {args.output}")
    return 0


def _eval_interpret(args: argparse.Namespace) -> int:
    from .evaluation.interpret import evaluate, write_report
    from .interpret.corpus import read_interpret_corpus
    from .interpret.model import load_explainer
    from .train import record_scores

    explainer = load_explainer(adapter=args.adapter, base=args.base, device=args.device)
    examples = read_interpret_corpus(Path(args.corpus), "test")[: args.limit]
    summary, cases = evaluate(explainer, examples)
    meta = {"command": _command_line(["eval", "interpret", "--corpus", args.corpus, "--limit", str(args.limit)]),
            "explainer": explainer.name}
    write_report(Path(args.output), summary, cases, meta=meta)
    if args.adapter:
        record_scores(Path(args.adapter), {"held-out": summary})
    print(json.dumps(summary))
    return 0


def _eval_results(args: argparse.Namespace) -> int:
    from .evaluation.report import write_results

    print(f"Written {write_results(Path(args.root))}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="jupyter-causal", description="Causal answers to questions about a table.")
    sub = parser.add_subparsers(dest="command", required=True)
    ask = sub.add_parser("ask", help="answer one question (or structured query) about a data file")
    ask.add_argument("data", help="CSV (or .tsv / .parquet / .json) file")
    ask.add_argument("question", nargs="?", help="the question in words (needs a parser)")
    ask.add_argument("--query", help="a CausalQuery as JSON (or LLM4Causal format); skips parsing")
    ask.add_argument("--method", help="override the method (e.g. linear_dml, dr_learner, pc, ges)")
    ask.add_argument("--seed", type=int, default=0)
    ask.add_argument("--bootstrap", type=int, default=1000, help="bootstrap resamples for mediation intervals")
    ask.add_argument("--json", action="store_true", help="print the whole analysis as JSON")
    ask.add_argument("--figures", metavar="DIR", help="also save the plots as PNG files in DIR")
    ask.add_argument("--explain", choices=["model", "template"], default=None,
                     help="who writes the explanation (default: the model where it is installed, else the template)")
    ask.set_defaults(run=_ask)
    corpus = sub.add_parser("corpus", help="generate the fine-tuning corpus (JSON lines + manifest)")
    corpus.add_argument("--output", default="build/corpus.jsonl")
    corpus.add_argument("--train", type=int, default=3000)
    corpus.add_argument("--test", type=int, default=400)
    corpus.add_argument("--seed", type=int, default=0)
    corpus.add_argument("--interpret", action="store_true", help="the interpretation corpus (Result -> explanation) instead")
    corpus.set_defaults(run=_corpus)
    train = sub.add_parser("train", help="LoRA fine-tuning of a causal LM on the corpus")
    train.add_argument("--corpus", default="build/corpus.jsonl")
    train.add_argument("--output", default="build/adapter")
    train.add_argument("--base", default="embedded", help="'embedded', a local model folder, or a model name in your cache")
    train.add_argument("--steps", type=int, default=200)
    train.add_argument("--batch-size", type=int, default=8)
    train.add_argument("--learning-rate", type=float, default=1.5e-3)
    train.add_argument("--lora-r", type=int, default=8)
    train.add_argument("--max-length", type=int, default=384, help="longest example in tokens (longer ones are cut)")
    train.add_argument("--seed", type=int, default=0)
    train.add_argument("--device", default=None, help="cpu, cuda, or auto (default)")
    train.add_argument("--init-adapter", default=None, help="continue training this adapter instead of starting fresh")
    train.add_argument("--mix-corpus", default=None, help="a second corpus trained in equal shares (one adapter for parsing and explaining)")
    train.add_argument("--eval", action="store_true", help="evaluate the adapter afterwards and record its scores")
    train.add_argument("--eval-limit", type=int, default=200)
    train.add_argument("--handwritten", default="tests/data/handwritten.jsonl")
    train.set_defaults(run=_train)
    evaluate = sub.add_parser("eval", help="benchmarks")
    suites = evaluate.add_subparsers(dest="suite", required=True)
    parse = suites.add_parser("parse", help="parser accuracy and latency on held-out and hand-written questions")
    parse.add_argument("--adapter", default=None, help="adapter folder (default: the shipped one)")
    parse.add_argument("--base", default=None)
    parse.add_argument("--corpus", default=None, help="corpus whose held-out split to score")
    parse.add_argument("--handwritten", default=None)
    parse.add_argument("--limit", type=int, default=None)
    parse.add_argument("--output", default="benchmarks/parse", help="folder for parse.json and parse.md")
    parse.add_argument("--device", default=None)
    parse.set_defaults(run=_eval_parse)
    e2e = suites.add_parser("e2e", help="end-to-end pass / relevance / win rates and the explanation checks (the paper's Table 2)")
    e2e.add_argument("--per-task", type=int, default=150, help="cases per task")
    e2e.add_argument("--tasks", nargs="*", choices=["CGL", "ATE", "HTE", "MA", "OPO"], help="default: all five")
    e2e.add_argument("--seed", type=int, default=0)
    e2e.add_argument("--adapter", default=None, help="adapter folder (default: the shipped one)")
    e2e.add_argument("--base", default=None)
    e2e.add_argument("--device", default=None)
    e2e.add_argument("--explain", choices=["model", "template"], default=None,
                     help="who writes the explanations (default: the model where it is installed, else the template)")
    e2e.add_argument("--output", default="benchmarks/e2e", help="folder for e2e.* and explain.*")
    e2e.set_defaults(run=_eval_e2e)
    speed = suites.add_parser("speed", help="parse latency, end-to-end time and memory by rows, pipeline overhead")
    speed.add_argument("--rows", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    speed.add_argument("--parse-questions", type=int, default=40)
    speed.add_argument("--output", default="benchmarks/speed")
    speed.set_defaults(run=_eval_speed)
    interpret = suites.add_parser("interpret", help="model-written explanations on held-out Results: checker pass rate, fluency, latency")
    interpret.add_argument("--corpus", default="build/interpret.jsonl")
    interpret.add_argument("--limit", type=int, default=200)
    interpret.add_argument("--adapter", default=None, help="explanation adapter folder (default: the shipped one)")
    interpret.add_argument("--base", default=None)
    interpret.add_argument("--device", default=None)
    interpret.add_argument("--output", default="benchmarks/interpret")
    interpret.set_defaults(run=_eval_interpret)
    results = suites.add_parser("results", help="write RESULTS.md (our figures beside the paper's) from the suites' outputs")
    results.add_argument("--root", default="benchmarks")
    results.set_defaults(run=_eval_results)
    demo = sub.add_parser("demo", help="end-to-end demo on generated data with known answers")
    demo.add_argument("--seed", type=int, default=0)
    demo.set_defaults(run=_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except CausalError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
