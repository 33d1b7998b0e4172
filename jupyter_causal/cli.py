"""Command line: the same pipeline as the notebook, without one.

    jupyter-causal ask DATA.csv --query '{"task": "ATE", "treatment": "t", "outcome": "y"}' [--json]
    jupyter-causal demo
"""
from __future__ import annotations

import argparse
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
        method=args.method, seed=args.seed, n_bootstrap=args.bootstrap,
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


def _demo(args: argparse.Namespace) -> int:
    """Run one question per task on generated data with known truth and compare the answers."""
    import numpy as np

    from .corpus.datasets import make_dataset
    from .explain import unsupported_numbers
    from .pipeline import analyze

    cases = [("CGL", 3000), ("ATE", 2000), ("HTE", 2000), ("MA", 3000), ("OPO", 3000)]
    print("jupyter-causal demo: one analysis per task on generated data whose true answer is known.")
    print("(No question parser is installed yet, so each case runs its structured query directly.)\n")
    start = time.perf_counter()
    for task, n in cases:
        df, truth = make_dataset(task, n=n, seed=args.seed)
        a = analyze(truth.query, df, data_name=f"{truth.domain}_{task.lower()}.csv", seed=args.seed)
        r = a.result
        assert r is not None
        print(f"=== {task}: {n} rows, {df.shape[1]} columns ({truth.domain}) ===")
        print("Query:", a.query.to_json(indent=None))
        print(a.explanation)
        if task == "CGL":
            check = f"structural Hamming distance to the true graph: {truth.shd(list(r.edges), list(r.undirected))}"
        elif task == "ATE":
            check = f"true effect {truth.ate:.4g}; estimate {r.estimate:.4g} [{r.ci[0]:.4g}, {r.ci[1]:.4g}]"
        elif task == "HTE":
            target = truth.effect_at(df, truth.query.condition)
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="jupyter-causal", description="Causal answers to questions about a table.")
    sub = parser.add_subparsers(dest="command", required=True)
    ask = sub.add_parser("ask", help="answer one question (or structured query) about a data file")
    ask.add_argument("data", help="CSV (or .tsv / .parquet / .json) file")
    ask.add_argument("question", nargs="?", help="the question in words (needs a parser)")
    ask.add_argument("--query", help="a CausalQuery as JSON (or LLM4Causal format); skips parsing")
    ask.add_argument("--method", help="override the method (e.g. linear_dml, dr_learner, pc, ges)")
    ask.add_argument("--seed", type=int, default=0)
    ask.add_argument("--bootstrap", type=int, default=200, help="bootstrap resamples for mediation intervals")
    ask.add_argument("--json", action="store_true", help="print the whole analysis as JSON")
    ask.add_argument("--figures", metavar="DIR", help="also save the plots as PNG files in DIR")
    ask.set_defaults(run=_ask)
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
