"""The benchmark harness: its cases, its scorers on hand-made right and wrong answers, and a small
end-to-end and speed run on the embedded model (`.ci/run` installs it)."""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

import jupyter_causal as jc
from jupyter_causal.cli import main
from jupyter_causal.corpus.catalog import CATALOG
from jupyter_causal.corpus.questions import split_of_domain, split_of_family
from jupyter_causal.evaluation import speed
from jupyter_causal.evaluation.cases import TASKS, E2ECase, make_case
from jupyter_causal.evaluation.report import write_speed
from jupyter_causal.evaluation.scoring import allowed_shd, relevant, score_explanation, win
from jupyter_causal.explain import Explanation
from jupyter_causal.schema import Condition, Task


def _answer(case: E2ECase) -> jc.Analysis:
    return jc.analyze(case.gold, case.data, n_bootstrap=50)


def _case_where(task: Task, predicate) -> E2ECase:
    """The first generated case of ``task`` that satisfies ``predicate`` (cases are deterministic)."""
    return next(c for c in (make_case(task, i) for i in range(40)) if predicate(c))


def test_cases_come_from_held_out_domains_and_families_and_are_repeatable() -> None:
    held_out = {d.name for i, d in enumerate(CATALOG) if split_of_domain(i) == "test"}
    for task in TASKS:
        for i in range(6):
            case = make_case(task, i)
            assert case.domain in held_out and split_of_family(case.family) == "test"
            assert case.gold.task is task is case.truth.task
            assert set(case.gold.columns().values()) <= set(case.data.columns)
            again = make_case(task, i)
            assert again.question == case.question and again.data.equals(case.data)
    assert make_case(Task.ATE, 0, seed=1).question != make_case(Task.ATE, 0).question


def test_relevance_needs_every_field() -> None:
    case = _case_where(Task.HTE, lambda c: isinstance(c.gold.condition[0].value, float))
    gold = case.gold
    assert relevant(gold, gold)
    assert not relevant(dataclasses.replace(gold, treatment=gold.outcome, outcome=gold.treatment), gold)
    cond = gold.condition[0]
    assert not relevant(dataclasses.replace(gold, condition=(Condition(column=cond.column, op=cond.op, value=cond.value + 1),)), gold)
    assert not relevant(dataclasses.replace(gold, task=Task.ATE, condition=()), gold)
    assert not relevant(None, gold)


def test_effect_scorers_accept_the_truth_and_reject_wrong_answers() -> None:
    case = _case_where(Task.ATE, lambda c: c.truth.effects)  # a binary treatment
    r = _answer(case).result
    truth = case.truth.ate
    inside = dataclasses.replace(r, estimate=truth, ci=(truth - 1e-6, truth + 1e-6))
    near = dataclasses.replace(r, estimate=truth * 1.05, ci=(truth * 1.05, truth * 1.06))
    far = dataclasses.replace(r, estimate=truth * 1.5, ci=(truth * 1.4, truth * 1.6))
    flipped = dataclasses.replace(r, estimate=-truth, ci=sorted((-truth * 0.9, -truth * 1.1)))
    assert win(inside, case) and win(near, case)
    assert not win(far, case) and not win(flipped, case)
    assert not win(None, case)

    hte = make_case(Task.HTE, 0)
    h = _answer(hte).result
    target = hte.truth.effect_at(hte.data, hte.gold.condition)
    assert win(dataclasses.replace(h, estimate=target, ci=(target - 0.01, target + 0.01)), hte)
    assert not win(dataclasses.replace(h, estimate=target + 1 + abs(target), ci=(target + 0.5 + abs(target), target + 2 + abs(target))), hte)
    assert not win(r, hte)  # an ATE answer to an HTE question

    ma = _case_where(Task.MA, lambda c: abs(c.truth.nde - c.truth.nie) > 0.3 * max(abs(c.truth.nde), abs(c.truth.nie)))
    m = _answer(ma).result
    nde, nie = ma.truth.nde, ma.truth.nie
    good = dataclasses.replace(m, direct=nde, indirect=nie, ci={**m.ci, "direct": (nde, nde), "indirect": (nie, nie)})
    assert win(good, ma)
    swapped = dataclasses.replace(good, direct=nie, indirect=nde, ci={**m.ci, "direct": (nie, nie), "indirect": (nde, nde)})
    assert not win(swapped, ma)
    half = dataclasses.replace(good, indirect=nie * 0.5, ci={**good.ci, "indirect": (nie * 0.45, nie * 0.55)})
    assert not win(half, ma)


def test_policy_and_graph_scorers_reject_wrong_answers() -> None:
    sub = _case_where(Task.OPO, lambda c: bool(c.gold.condition))
    o = _answer(sub).result
    optimal = 1 if sub.truth.effect_at(sub.data, sub.gold.condition) > 0 else 0
    assert win(dataclasses.replace(o, best_action=optimal), sub)
    assert not win(dataclasses.replace(o, best_action=1 - optimal), sub)

    whole = _case_where(Task.OPO, lambda c: not c.gold.condition)
    o = _answer(whole).result
    oracle_rows = whole.truth.oracle_actions
    constant = int(oracle_rows.mean() < 0.5)  # the action most rows should NOT get
    assert not win(dataclasses.replace(o, policy_tree=None, best_action=constant), whole)
    tree_for_all = {"action": 1 - constant}  # treating everyone alike misses the oracle's gain as well
    assert not win(dataclasses.replace(o, policy_tree=tree_for_all), whole)

    graph = _case_where(Task.CGL, lambda c: len(c.truth.edges) > allowed_shd(len(c.truth.query.nodes)))
    g = _answer(graph).result
    assert not win(dataclasses.replace(g, edges=(), undirected=()), graph)
    truth_edges = tuple(graph.truth.edges)
    assert win(dataclasses.replace(g, edges=(), undirected=truth_edges), graph) == (
        graph.truth.shd([], list(truth_edges)) <= allowed_shd(len(graph.truth.query.nodes)))
    assert allowed_shd(5) == 1 and allowed_shd(6) == 2


def test_explanation_scorer_catches_wrong_missing_and_invented_numbers() -> None:
    case = make_case(Task.MA, 1)
    analysis = _answer(case)
    result, explanation = analysis.result, analysis.explanation
    score = score_explanation(explanation, result)
    assert score.complete and not score.hallucinated and score.names_method and score.names_variables and 1 <= score.sentences <= 4

    from jupyter_causal.explain import fmt

    direct = fmt(result.direct).lstrip("-")
    wrong = Explanation(text=explanation.text.replace(direct, "123456", 1), caveats=explanation.caveats)
    s = score_explanation(wrong, result)
    assert direct in s.missing and "123456" in s.hallucinated

    lo, hi = (fmt(v).lstrip("-") for v in result.ci["indirect"])
    no_interval = Explanation(text=explanation.text.replace(lo, "", 1).replace(hi, "", 1), caveats=explanation.caveats)
    assert not score_explanation(no_interval, result).complete

    unnamed = Explanation(text=explanation.text.replace(result.mediator, "the middle variable"), caveats=())
    assert not score_explanation(unnamed, result).names_variables

    graph = make_case(Task.CGL, 0)
    g = _answer(graph)
    assert score_explanation(g.explanation, g.result).complete
    if g.result.edges:
        a, b = g.result.edges[0]
        def drop_edge(text: str) -> str:  # the edge as a sentence ("a causes b") or as a list item ("a -> b")
            return text.replace(f"{a} causes {b}", "").replace(f"{a} -> {b}", "")

        cut = Explanation(text=drop_edge(g.explanation.text), caveats=tuple(drop_edge(c) for c in g.explanation.caveats))
        assert not score_explanation(cut, g.result).complete


@pytest.fixture(scope="module")
def e2e_folder(tmp_path_factory) -> Path:
    """A small end-to-end run (3 cases per task) on the embedded model, through the command line."""
    folder = tmp_path_factory.mktemp("benchmarks")
    assert main(["eval", "e2e", "--per-task", "3", "--output", str(folder / "e2e")]) == 0
    return folder


def test_small_e2e_run_scores_and_reports(e2e_folder: Path) -> None:
    data = json.loads((e2e_folder / "e2e" / "e2e.json").read_text())
    summary, cases = data["summary"], data["cases"]
    assert set(summary["tasks"]) == {t.value for t in TASKS} and len(cases) == 15
    assert summary["overall"]["gold_pass_rate"] == 1.0
    assert all(t["crashes"] == 0 for t in summary["tasks"].values())
    for c in cases:  # a relevant parse runs exactly the gold query, so its scores are the gold ones
        if c["relevant"]:
            assert c["question"]["won"] == c["gold"]["won"] and c["question"]["passed"]
    explain = json.loads((e2e_folder / "e2e" / "explain.json").read_text())["summary"]
    assert explain["gold"]["overall"]["n"] == 15
    assert explain["gold"]["overall"]["with_hallucinated_numbers"] == 0 and explain["gold"]["overall"]["incomplete"] == 0
    md = (e2e_folder / "e2e" / "e2e.md").read_text()
    assert "| OPO | 3 |" in md and (e2e_folder / "e2e" / "e2e.png").stat().st_size > 1000


def test_speed_suite_and_results_page(e2e_folder: Path) -> None:
    payload = speed.run(rows=(300, 1000), tasks=("ATE", "CGL"), parse_questions=5, overhead_rows=1000, overhead_repeats=1,
                        progress=False)
    payload["command"] = "test"
    assert {(r["task"], r["rows"]) for r in payload["runs"]} == {("ATE", 300), ("ATE", 1000), ("CGL", 300), ("CGL", 1000)}
    assert all(r["seconds"] > 0 and r["peak_rss_mb"] > 50 for r in payload["runs"])
    assert payload["parse"]["n"] == 5 and 0 < payload["parse"]["p50_s"] <= payload["parse"]["p90_s"]
    assert {r["task"] for r in payload["overhead"]} == {"ATE", "HTE", "CGL"} and all(r["ratio"] > 0 for r in payload["overhead"])
    write_speed(e2e_folder / "speed", payload)
    assert (e2e_folder / "speed" / "speed.png").exists()

    shipped = Path(__file__).parents[1] / "benchmarks" / "parse"
    (e2e_folder / "parse").symlink_to(shipped, target_is_directory=True)
    assert main(["eval", "results", "--root", str(e2e_folder)]) == 0
    text = (e2e_folder / "RESULTS.md").read_text()
    assert "| pass rate, ATE | 0.93 |" in text and "not like for like" in text
    rows = [line for line in text.splitlines() if line.startswith("| ") and not line.startswith("| metric")]
    assert rows and all(line.endswith((" | yes |", " | no |")) for line in rows)


def test_results_rows_show_three_decimals_and_whether_each_target_is_met() -> None:
    from jupyter_causal.evaluation.report import _row

    assert _row("relevance rate, ATE", 0.93, 142 / 150, 0.95) == ["relevance rate, ATE", 0.93, "0.947", "0.95", "no"]
    assert _row("win rate, MA", "—", 0.9, 0.90)[2:] == ["0.900", "0.90", "yes"]
    assert _row("incomplete explanations", "not reported", 0, 0)[2:] == ["0", "0", "yes"]
    assert _row("incomplete explanations", "not reported", 2, 0)[-1] == "no"  # a count of defects is met from above
    assert _row("exact frame", "—", (0.965, 0.85), (0.95, 0.90))[2:] == ["0.965 / 0.850", "0.95 / 0.90", "no"]
