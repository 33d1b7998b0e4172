"""The speed suite: parse latency, end-to-end time and peak memory by rows, and the pipeline's overhead
over the direct library call it wraps.

Each timed configuration runs in a fresh process, so its peak RSS is its own; overhead pairs run
alternately in one process and are compared as a ratio of medians, so machine load hits both sides.
"""
from __future__ import annotations

import os
import platform
import resource
import statistics
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from typing import Any

import numpy as np
import pandas as pd

ROWS = (1_000, 10_000, 100_000)
OVERHEAD_ROWS = 10_000
TASKS = ("CGL", "ATE", "HTE", "MA", "OPO")


def machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def _peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _in_fresh_process(fn: Callable[..., dict[str, Any]], *args: Any) -> dict[str, Any]:
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
        return pool.submit(fn, *args).result()


WARM_UP_ROWS = 300


def timed_run(task: str, rows: int) -> dict[str, Any]:
    """One gold-query analysis of generated data, explained by the template, in its own process after one
    untimed analysis of ``WARM_UP_ROWS`` rows that imports the libraries (as in a running kernel). The
    explaining model's time does not grow with rows; ``benchmarks/explainer_speed.py`` measures it."""
    import jupyter_causal as jc

    warm_df, warm_truth = jc.make_dataset(task, n=WARM_UP_ROWS, seed=1)
    jc.analyze(warm_truth.query, warm_df, explain="template")
    df, truth = jc.make_dataset(task, n=rows, seed=0)
    start = time.perf_counter()
    jc.analyze(truth.query, df, explain="template")
    return {"task": task, "rows": rows, "seconds": round(time.perf_counter() - start, 3), "peak_rss_mb": _peak_rss_mb()}


def parse_latency(questions: Sequence[str], frames: Sequence[pd.DataFrame]) -> dict[str, Any]:
    """Load the embedded parser, then parse each question about its table (run in its own process)."""
    import jupyter_causal as jc
    from jupyter_causal.profile import profile

    start = time.perf_counter()
    parser = jc.load_parser()
    load_s = time.perf_counter() - start
    rss = _peak_rss_mb()
    seconds = []
    for question, df in zip(questions, frames):
        prof = profile(df)
        start = time.perf_counter()
        parser.parse(question, prof)
        seconds.append(time.perf_counter() - start)
    return {"n": len(seconds), "p50_s": round(float(np.percentile(seconds, 50)), 3), "p90_s": round(float(np.percentile(seconds, 90)), 3),
            "load_s": round(load_s, 2), "rss_mb": rss, "parser": parser.name}


# --- the direct library calls the pipeline wraps ----------------------------------------------------


def with_covariates(df: pd.DataFrame, total: int, seed: int) -> pd.DataFrame:
    """Add irrelevant numeric covariates until the frame has ``total`` covariates."""
    rng = np.random.default_rng(seed)
    have = df.shape[1] - 2  # treatment and outcome
    extra = {f"extra_{i}": rng.normal(size=len(df)) for i in range(1, total - have + 1)}
    return df.assign(**extra)


def design(df: pd.DataFrame, drop: list[str]) -> np.ndarray:
    """What a user calling the library directly writes: one-hot the categoricals, take the matrix."""
    return pd.get_dummies(df.drop(columns=drop), drop_first=True, dtype=float).to_numpy(dtype=float)


def direct_ate(df: pd.DataFrame, t: str, y: str, seed: int) -> None:
    from econml.dr import LinearDRLearner

    from ..tools import nuisance

    T, W = df[t].to_numpy(int), design(df, [t, y])
    est = LinearDRLearner(
        model_propensity=nuisance.treatment_model(T, W, discrete=True, seed=seed), model_regression=nuisance.regressor(seed),
        min_propensity=nuisance.MIN_PROPENSITY, categories=[0, 1], cv=nuisance.folds(len(df)), random_state=seed,
    )
    est.fit(df[y].to_numpy(float), T, X=None, W=W)
    est.ate_inference(T0=0, T1=1).conf_int_mean()


def direct_hte(df: pd.DataFrame, t: str, y: str, seed: int) -> None:
    from econml.dml import CausalForestDML

    from ..tools import nuisance
    from ..tools.registry import fit_threads

    X, T = design(df, [t, y]), df[t].to_numpy(int)
    est = CausalForestDML(
        model_y=nuisance.regressor(seed), model_t=nuisance.treatment_model(T, X, discrete=True, seed=seed), discrete_treatment=True,
        n_estimators=200, min_samples_leaf=10, cv=nuisance.folds(len(df)), random_state=seed, drate=False, n_jobs=fit_threads(),
    )
    est.fit(df[y].to_numpy(float), T, X=X, cache_values=True)
    est.effect(X)
    est.effect_inference(X[: len(X) // 2]).population_summary().conf_int_mean()


def direct_cgl(df: pd.DataFrame) -> None:
    from causallearn.search.ConstraintBased.PC import pc

    pc(df.to_numpy(dtype=float), alpha=0.05, indep_test="fisherz", stable=True, uc_rule=1, uc_priority=3, show_progress=False)


def overhead_pairs(rows: int, seed: int = 0) -> dict[str, tuple[Callable[[], object], Callable[[], object]]]:
    """``task -> (pipeline call, direct call)`` on the same data (10 covariates; an 11-node graph learned by PC, the
    one library call it wraps: the default would run GES too)."""
    import jupyter_causal as jc

    df, truth = jc.make_dataset("ATE", n=rows, seed=seed)
    df = with_covariates(df, 10, seed)
    df_h, truth_h = jc.make_dataset("HTE", n=rows, seed=seed)
    df_h = with_covariates(df_h, 10, seed)
    df_g, truth_g = jc.make_dataset("CGL", n=rows, seed=seed, n_nodes=11)
    t, y, th, yh = truth.query.treatment, truth.query.outcome, truth_h.query.treatment, truth_h.query.outcome
    assert t and y and th and yh
    return {
        "ATE": (lambda: jc.analyze(truth.query, df, explain="template"), lambda: direct_ate(df, t, y, seed)),
        "HTE": (lambda: jc.analyze(truth_h.query, df_h, explain="template"), lambda: direct_hte(df_h, th, yh, seed)),
        "CGL": (lambda: jc.analyze(truth_g.query, df_g, method="pc", explain="template"), lambda: direct_cgl(df_g)),
    }


def timed(fn: Callable[[], object]) -> float:
    from threadpoolctl import threadpool_limits

    from ..tools.registry import fit_threads

    start = time.perf_counter()
    with threadpool_limits(limits=fit_threads()):
        fn()
    return time.perf_counter() - start


def compare(pipeline: Callable[[], object], direct: Callable[[], object], *, repeats: int, min_seconds: float) -> dict[str, Any]:
    """Alternate the two calls (at least ``repeats`` times and ``min_seconds`` of direct calls); medians and their ratio."""
    p_times: list[float] = []
    d_times: list[float] = []
    while len(d_times) < repeats or (sum(d_times) < min_seconds and len(d_times) < 200):
        d_times.append(timed(direct))
        p_times.append(timed(pipeline))
    p, d = statistics.median(p_times), statistics.median(d_times)
    return {"runs": len(d_times), "pipeline_s": round(p, 3), "direct_s": round(d, 3), "ratio": round(p / d, 3)}


def run(*, rows: Sequence[int] = ROWS, tasks: Sequence[str] = TASKS, parse_questions: int = 40, overhead_rows: int = OVERHEAD_ROWS,
        overhead_repeats: int = 3, progress: bool = True) -> dict[str, Any]:
    """The whole suite; returns what :func:`..report.write_speed` writes."""
    from tqdm.auto import tqdm

    from ..tools.registry import fit_threads
    from .cases import make_cases

    cases = list(make_cases(max(1, parse_questions // 5)))
    parse = _in_fresh_process(parse_latency, [c.question for c in cases], [c.data for c in cases])
    configs = [(t, n) for n in rows for t in tasks]
    runs = [_in_fresh_process(timed_run, t, n) for t, n in tqdm(configs, desc="Speed runs", disable=not progress)]
    growth = {}
    for task in tasks:
        pts = sorted((r["rows"], r["seconds"]) for r in runs if r["task"] == task)
        if len(pts) > 1:
            x, y = np.log10([p[0] for p in pts]), np.log10([max(p[1], 1e-3) for p in pts])
            growth[task] = round(float(np.polyfit(x, y, 1)[0]), 2)
    overhead = [{"task": task, "rows": overhead_rows, **compare(p, d, repeats=overhead_repeats, min_seconds=3.0)}
                for task, (p, d) in overhead_pairs(overhead_rows).items()]
    return {"machine": machine(), "threads": fit_threads(), "parse": parse, "runs": runs, "growth_exponent": growth,
            "overhead": overhead}
