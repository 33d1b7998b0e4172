"""Markdown reports (with plots) of the benchmark suites, and RESULTS.md beside the paper's figures."""
from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

PAPER = {
    "pass_rate": {"CGL": 1.00, "ATE": 0.93, "HTE": 0.83, "MA": 0.86, "OPO": 0.83},
    "relevance_rate": {"CGL": 1.00, "ATE": 0.93, "HTE": 0.83, "MA": 0.80, "OPO": 0.83},
    "mean_task_win_rate": 0.806,
    "task_accuracy": 0.98,
}
"""LLM4Causal (Jiang et al., 2023), Table 2 and the task-identification accuracy it reports."""
TARGETS = {"pass_rate": 0.98, "win_rate": 0.90, "relevance_rate": 0.95}
TASK_ORDER = ("CGL", "ATE", "HTE", "MA", "OPO")


def _v(value: Any) -> str:
    return "—" if value is None else f"{value:.2f}" if isinstance(value, float) else str(value)


def _table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[str]:
    return ["| " + " | ".join(header) + " |", "|" + "---|" * len(header), *("| " + " | ".join(_v(c) for c in r) + " |" for r in rows)]


def _explainer(explain: str) -> str:
    """Who wrote the explanations, as the run's ``--explain`` setting says."""
    return "the model where installed, else the template" if explain == "True" else explain


def _bar_plot(summary: Mapping[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    tasks = [t for t in TASK_ORDER if t in summary["tasks"]]
    metrics = [("pass_rate", "pass"), ("relevance_rate", "relevance"), ("win_rate", "win"), ("gold_win_rate", "win, gold query")]
    x = np.arange(len(tasks))
    fig, ax = plt.subplots(figsize=(7.5, 3.2), dpi=100)
    for i, (key, label) in enumerate(metrics):
        ax.bar(x + (i - 1.5) * 0.2, [summary["tasks"][t][key] for t in tasks], width=0.2, label=label)
    ax.scatter(x - 0.3, [PAPER["pass_rate"][t] for t in tasks], marker="_", s=200, color="black", label="paper: pass")
    ax.set_xticks(x, tasks)
    ax.set_ylim(0, 1.05)
    ax.axhline(TARGETS["win_rate"], color="grey", lw=0.8, ls="--")
    ax.legend(fontsize=7, ncol=5, loc="lower center", bbox_to_anchor=(0.5, 1.0), frameon=False)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def write_e2e(folder: Path, summary: Mapping[str, Any], explain: Mapping[str, Any], cases: Sequence[Mapping[str, Any]],
              *, meta: Mapping[str, Any]) -> None:
    """``e2e.json`` / ``e2e.md`` / ``e2e.png`` and ``explain.json`` / ``explain.md`` in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "e2e.json").write_text(json.dumps({"meta": meta, "summary": summary, "cases": cases}, indent=1, default=str) + "\n")
    (folder / "explain.json").write_text(json.dumps({"meta": meta, "summary": explain}, indent=1) + "\n")
    _bar_plot(summary, folder / "e2e.png")
    tasks = [t for t in TASK_ORDER if t in summary["tasks"]]
    rows = [[t, s["n"], s["pass_rate"], s["relevance_rate"], s["win_rate"], s["gold_pass_rate"], s["gold_win_rate"], s["crashes"],
             s["median_seconds"]] for t in tasks for s in [summary["tasks"][t]]]
    o = summary["overall"]
    rows.append(["all", o["n"], o["pass_rate"], o["relevance_rate"], o["win_rate"], o["gold_pass_rate"], o["gold_win_rate"],
                 sum(summary["tasks"][t]["crashes"] for t in tasks), "—"])
    lines = [
        "# End-to-end benchmark", "", f"`{meta['command']}` — {meta['per_task']} cases per task, parser: {meta['parser']}, "
        f"explanations: {_explainer(meta.get('explain', 'True'))}, "
        f"{meta['seconds']:.0f} s on {meta['machine']}.", "",
        "Each case is a question in words, generated from the corpus's held-out domains and phrasing families, about a table "
        "generated with known truth. *pass*: the pipeline answered without error; *relevance*: the parsed task and every field "
        "it uses equal the gold query; *win*: the answer contains the truth (ATE/HTE: truth in the 95% CI or estimate within 10%; "
        "MA: direct and indirect both; OPO: the subgroup's optimal action, or >= 95% of the oracle policy's gain over treating "
        "nobody; CGL: structural Hamming distance <= 1 per 5 nodes, rounded up). *gold*: the same with the gold query given.", "",
        *_table(["task", "n", "pass", "relevance", "win", "pass (gold query)", "win (gold query)", "crashes", "median s"], rows), "",
        f"Mean of the per-task win rates: {_v(o['mean_task_win_rate'])}; task accuracy of the parser: {_v(o['task_accuracy'])}.", "",
        "![pass, relevance and win rates per task](e2e.png)", "",
    ]
    misses = [c for c in cases if not c["relevant"]][:12]
    if misses:
        lines += ["Some questions parsed wrongly:", ""]
        for c in misses:
            gold = {k: v for k, v in c["case"]["gold"].items() if v not in (None, [])}
            got = {k: v for k, v in (c["parsed"] or {}).items() if v not in (None, [])}
            lines.append(f"- {c['case']['question']}  \n  gold `{json.dumps(gold)}`  \n  got `{json.dumps(got)}`")
        lines.append("")
    lost = [c for c in cases if c["gold"]["passed"] and not c["gold"]["won"]][:8]
    if lost:
        lines += ["Gold-query answers that missed the truth: " + ", ".join(c["case"]["case_id"] for c in lost) + ".", ""]
    (folder / "e2e.md").write_text("\n".join(lines))
    (folder / "explain.md").write_text("\n".join(_explain_lines(explain, meta)))


def _explain_lines(explain: Mapping[str, Any], meta: Mapping[str, Any]) -> list[str]:
    lines = ["# Explanation benchmark", "", f"`{meta['command']}` — every explanation the end-to-end cases produced, scored against "
             "its own Result: *incomplete* = some key number (an estimate or interval end of the results table) is not stated; "
             "*hallucinated* = the text states a number no Result value rounds to; the method and the variables named; "
             "sentences of the answer (caveats apart).", ""]
    for run_name, title in (("gold", "From the gold query"), ("question", "From the parsed question")):
        block = explain[run_name]
        rows = [[t, b["n"], b["incomplete"], b["with_hallucinated_numbers"], b["names_method"], b["names_variables"], b["sentences_mean"],
                 b["sentences_max"]] for t in TASK_ORDER if t in block["tasks"] for b in [block["tasks"][t]]]
        b = block["overall"]
        rows.append(["all", b["n"], b["incomplete"], b["with_hallucinated_numbers"], b["names_method"], b["names_variables"],
                     b["sentences_mean"], b["sentences_max"]])
        lines += [f"## {title}", "", *_table(["task", "n", "incomplete", "hallucinated", "names method", "names variables",
                                              "sentences (mean)", "sentences (max)"], rows), ""]
    return lines


def write_speed(folder: Path, payload: Mapping[str, Any]) -> None:
    """``speed.json`` / ``speed.md`` / ``speed.png`` (time against rows, log-log) in ``folder``."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "speed.json").write_text(json.dumps(payload, indent=1) + "\n")
    runs = payload["runs"]
    fig, ax = plt.subplots(figsize=(6, 3.6), dpi=100)
    for task in TASK_ORDER:
        pts = sorted((r["rows"], r["seconds"]) for r in runs if r["task"] == task)
        if pts:
            ax.plot(*zip(*pts), marker="o", label=task)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("rows")
    ax.set_ylabel("seconds (jc.analyze, gold query)")
    ax.legend(fontsize=8)
    ax.grid(True, which="both", lw=0.3)
    fig.tight_layout()
    fig.savefig(folder / "speed.png")
    plt.close(fig)
    p = payload["parse"]
    lines = ["# Speed benchmark", "", f"`{payload['command']}` on {payload['machine']}; each run in a fresh process "
             f"({payload['threads']} fit thread(s)) after one untimed analysis of a small table that imports the libraries, "
             "peak RSS of that process.", "",
             "## Parsing (model loaded)", "", *_table(["questions", "p50 s", "p90 s", "first load s", "RSS after load (MB)"],
                                                     [[p["n"], p["p50_s"], p["p90_s"], p["load_s"], p["rss_mb"]]]), "",
             "## End to end (plan, fit, template explanation) by rows", "",
             *_table(["task", "rows", "seconds", "peak RSS (MB)"], [[r["task"], f"{r['rows']:,}", r["seconds"], r["peak_rss_mb"]]
                                                                   for r in runs]), "",
             "Growth exponent (slope of log time on log rows, 1k to the largest size): "
             + ", ".join(f"{t} {s}" for t, s in payload["growth_exponent"].items()) + ".", "",
             "![time against rows](speed.png)", "",
             "## Pipeline against the direct library call", "",
             *_table(["task", "rows", "jc.analyze s", "direct s", "ratio"],
                     [[r["task"], f"{r['rows']:,}", r["pipeline_s"], r["direct_s"], r["ratio"]] for r in payload["overhead"]]), "",
             "Same data, nuisance models and seeds on both sides, alternating runs, medians; the direct side includes the one-hot "
             "encoding a user would write; CGL runs PC on both sides (its default on continuous data adds GES). MA (own g-formula) "
             "and OPO (three DRPolicyTree fits) have no single library call.", ""]
    (folder / "speed.md").write_text("\n".join(lines))


def _row(label: str, paper: Any, ours: float | tuple[float, ...], target: float | tuple[float, ...]) -> list[Any]:
    """A RESULTS row: our figures to three decimals (two would round 0.947 up to a 0.95 target) and whether each meets its
    target, a rate from below and a count of defects (a whole-number target, 0) from above."""
    values, targets = (ours, target) if isinstance(ours, tuple) else ((ours,), (target,))
    met = all(v <= t if isinstance(t, int) else v >= t for v, t in zip(values, targets))
    shown = [f"{v:.3f}" if isinstance(v, float) else str(v) for v in values]
    return [label, paper, " / ".join(shown), " / ".join(_v(t) for t in targets), "yes" if met else "no"]


def write_results(root: Path) -> Path:
    """``RESULTS.md``: our figures from the committed suite outputs beside the paper's, with what is not like for like."""
    e2e = json.loads((root / "e2e" / "e2e.json").read_text())
    explain = json.loads((root / "e2e" / "explain.json").read_text())["summary"]
    parse = json.loads((root / "parse" / "held-out" / "parse.json").read_text())["summary"]
    hand = json.loads((root / "parse" / "handwritten" / "parse.json").read_text())["summary"]
    speed_file = root / "speed" / "speed.json"
    speed = json.loads(speed_file.read_text()) if speed_file.exists() else None
    s, meta = e2e["summary"], e2e["meta"]
    tasks = [t for t in TASK_ORDER if t in s["tasks"]]
    rows = []
    for key, label in (("pass_rate", "pass rate"), ("relevance_rate", "relevance rate")):
        for t in tasks:
            rows.append(_row(f"{label}, {t}", PAPER[key][t], s["tasks"][t][key], TARGETS[key]))
    for t in tasks:
        rows.append(_row(f"win rate, {t}", "—", s["tasks"][t]["win_rate"], TARGETS["win_rate"]))
    rows += [_row("average win rate", PAPER["mean_task_win_rate"], s["overall"]["mean_task_win_rate"], TARGETS["win_rate"]),
             _row("task identification (held-out questions)", PAPER["task_accuracy"], parse["task_accuracy"], 0.98),
             _row("task identification (end-to-end questions)", "—", s["overall"]["task_accuracy"], 0.98),
             _row("exact frame (held-out / hand-written)", "—", (parse["exact_frame"], hand["exact_frame"]), (0.95, 0.90)),
             _row("explanations with a hallucinated number", "not reported", explain["question"]["overall"]["with_hallucinated_numbers"], 0),
             _row("incomplete explanations", "not reported", explain["question"]["overall"]["incomplete"], 0)]
    interpret_file = root / "interpret" / "interpret.json"
    if interpret_file.exists():
        i = json.loads(interpret_file.read_text())["summary"]
        rows += [_row("model-written explanations passing the checker (before fallback)", "not reported", i["pass_rate_before_fallback"], 0.95),
                 _row("explanations after fallback: hallucinated / missing numbers", "not reported",
                      (i["after_fallback_hallucinated"], i["after_fallback_missing"]), (0, 0))]
    lines = ["# Results beside LLM4Causal", "",
             "Generated by `jupyter-causal eval results` from the suites' committed outputs: "
             f"[e2e](e2e/e2e.md) ({meta['per_task']} cases per task, parser {meta['parser']}), [explain](e2e/explain.md), "
             "[parse](parse/), [speed](speed/speed.md).", "",
             *_table(["metric", "LLM4Causal (paper, 7B)", "jupyter-causal (135M, CPU)", "our target", "met"], rows), "",
             "Win rates with the gold query given (estimation alone): "
             + ", ".join(f"{t} {_v(s['tasks'][t]['gold_win_rate'])}" for t in tasks) + ".", ""]
    if speed is not None:
        p = speed["parse"]
        lines += [f"Parse latency p50 {p['p50_s']} s, p90 {p['p90_s']} s (model loaded); end-to-end seconds at "
                  + ", ".join(f"{t} {r['seconds']} s" for t in TASK_ORDER for r in speed["runs"] if r["task"] == t and r["rows"] == 10_000)
                  + " for 10,000 rows.", ""]
    lines += [
        "## Where the comparison is not like for like", "",
        "- **Different test sets.** The paper's cases come from its own templates and datasets; ours are generated by this "
        "project from domains and phrasing families the parser never trained on (held out by domain *and* family), with "
        "typos, column-name styles and synonyms in the questions. Neither set is a published benchmark with real data.",
        "- **Win rate.** The paper scores wins from its model's written interpretation; we score the numbers the pipeline "
        "returns against the data-generating truth, with the rules in [e2e.md](e2e/e2e.md). The paper gives one average.",
        "- **Relevance.** Ours requires every field of the parsed query to equal the gold one (exact names, operator and "
        "value of each condition); the paper allows its soft match.",
        "- **Models.** The paper fine-tunes a 7B Llama-2 on a GPU; ours is a 135M model with a LoRA adapter trained on a "
        "2-core CPU, decoding under constraints that make invalid JSON and invented column names impossible.",
        "- **Explanations.** The end-to-end suite scores the explanations its runs produced (the writer is named in "
        "[e2e.md](e2e/e2e.md)); whatever writes them, the checker replaces any text that misstates the Result with the "
        "template's, so zero hallucinated numbers holds by construction. The paper's are model-written and unchecked.", "",
    ]
    out = root / "RESULTS.md"
    out.write_text("\n".join(lines))
    return out
