"""The parser pipeline on a tiny randomly initialised Llama: real training loop, save, reload,
constrained decoding. Needs no downloaded model (the embedded one is tested elsewhere)."""
from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import jupyter_causal as jc
from jupyter_causal.corpus.catalog import CATALOG
from jupyter_causal.corpus.questions import family_ids, generate, read_corpus, split_of_family, write_corpus
from jupyter_causal.evaluation.parse import evaluate, field_scores, soft_name
from jupyter_causal.parse.model import RECORD
from jupyter_causal.parse.prompt import target_pieces, target_text
from jupyter_causal.profile import profile
from jupyter_causal.schema import CausalQuery, Task


@pytest.fixture(scope="module")
def corpus_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    write_corpus(path, n_train=64, n_test=16, seed=1)
    return path


def test_splits_never_share_a_domain_or_family() -> None:
    examples = list(generate(n_train=400, n_test=200, seed=5))
    train = [e for e in examples if e.split == "train"]
    test = [e for e in examples if e.split == "test"]
    assert {e.domain for e in train}.isdisjoint({e.domain for e in test})
    assert {e.family for e in train}.isdisjoint({e.family for e in test})
    assert len(CATALOG) >= 60 and all(6 <= len(d.variables) <= 12 for d in CATALOG)
    for task, ids in family_ids().items():
        if task != "UNSUPPORTED":
            assert len(ids) >= 40
            assert any(split_of_family(f) == "test" for f in ids)


def test_corpus_examples_name_only_shown_columns_and_round_trip(corpus_file: Path) -> None:
    examples = read_corpus(corpus_file)
    assert {e.split for e in examples} == {"train", "test"}
    for ex in examples:
        names = set(ex.profile.names)
        assert all(name in names for name in ex.query.columns().values()), ex.question
        assert CausalQuery.from_json(target_text(ex.query)).task == ex.query.task
    manifest = json.loads(corpus_file.with_suffix(".manifest.json").read_text())
    assert manifest["counts"] == {"train": 64, "test": 16} and len(manifest["sha256"]) == 64


def test_target_pieces_are_the_query_json() -> None:
    q = CausalQuery.from_dict({"task": "HTE", "treatment": "t", "outcome": "y",
                               "condition": [{"column": "age", "op": ">", "value": 60}, {"column": "r", "op": "==", "value": "n"}]})
    pieces = list(target_pieces(q))
    text = "".join(t for t, _ in pieces)
    assert json.loads(text)["condition"][1] == {"column": "r", "op": "==", "value": "n"}
    assert CausalQuery.from_json(text) == q
    chosen = [t for t, c in pieces if c]
    assert chosen[:3] == ['HTE"', '"t"', '"y"'] and '"age"' in chosen and ', "op": ' not in chosen


def test_scoring_functions_can_fail() -> None:
    gold = CausalQuery.from_dict({"task": "ATE", "treatment": "treat", "outcome": "earnings"})
    right = field_scores(gold, gold)
    assert all(e and s for e, s in right.values())
    wrong = field_scores(CausalQuery.from_dict({"task": "ATE", "treatment": "earnings", "outcome": "treat"}), gold)
    assert not wrong["treatment"][0] and not wrong["outcome"][1]
    assert soft_name("Earning", "earnings") and soft_name("treatments", "treatment")
    assert not soft_name("region", "income")
    other_task = field_scores(CausalQuery.from_dict({"task": "CGL"}), gold)
    assert other_task["task"] == (False, False)
    # conditions hold together: their order does not matter, a value or a missing one does
    women, over = {"column": "female", "op": "==", "value": 1}, {"column": "age", "op": ">", "value": 65}
    subgroup = CausalQuery.from_dict({"task": "HTE", "treatment": "t", "outcome": "y", "condition": [women, over]})
    swapped = CausalQuery.from_dict({"task": "HTE", "treatment": "t", "outcome": "y", "condition": [over, women]})
    assert field_scores(swapped, subgroup)["condition"] == (True, True)
    younger = CausalQuery.from_dict({"task": "HTE", "treatment": "t", "outcome": "y", "condition": [{**over, "value": 60}, women]})
    alone = CausalQuery.from_dict({"task": "HTE", "treatment": "t", "outcome": "y", "condition": [women]})
    assert field_scores(younger, subgroup)["condition"] == (False, False) and field_scores(alone, subgroup)["condition"] == (False, False)
    # a policy that maximises what the question asked to minimise is wrong
    lowest = CausalQuery.from_dict({"task": "OPO", "treatment": "drug", "outcome": "stroke", "objective": "min"})
    highest = CausalQuery.from_dict({"task": "OPO", "treatment": "drug", "outcome": "stroke"})
    assert field_scores(highest, lowest)["objective"] == (False, False) and field_scores(lowest, lowest)["objective"] == (True, True)
    # controls count where the gold names them, in any order; a gold without them scores none
    adjusted = CausalQuery.from_dict({"task": "ATE", "treatment": "t", "outcome": "y", "controls": ["age", "sex"]})
    assert field_scores(CausalQuery.from_dict({**adjusted.to_dict(), "controls": ["sex", "age"]}), adjusted)["controls"] == (True, True)
    assert field_scores(CausalQuery.from_dict({**adjusted.to_dict(), "controls": None}), adjusted)["controls"] == (False, False)
    assert "controls" not in field_scores(adjusted, gold)


def test_tiny_model_trains_saves_reloads_and_decodes_within_the_frame(tiny_base: Path, corpus_file: Path, tmp_path: Path) -> None:
    from jupyter_causal.parse.decoding import decode
    from jupyter_causal.train import TrainConfig, train

    out = train(TrainConfig(corpus=str(corpus_file), output=str(tmp_path / "adapter"), base=str(tiny_base), steps=6,
                            batch_size=4, learning_rate=5e-3, warmup_steps=2, checkpoint_every=3), progress=False)
    record = json.loads((out / RECORD).read_text())
    assert record["base"] == str(tiny_base) and record["corpus"]["sha256"] and record["training"]["steps"] == 6
    assert len(record["training"]["loss_curve"]) >= 1 and not (out / "checkpoint").exists()
    assert (out / "adapter_model.safetensors").stat().st_size < 15 * 2**20
    assert json.loads((out / "adapter_config.json").read_text())["base_model_name_or_path"] == tiny_base.name  # no local path

    parser = jc.load_parser(adapter=out, base=tiny_base, device="cpu")
    try:
        rng = np.random.default_rng(0)
        df = pd.DataFrame({"treat": rng.integers(0, 2, 50), "re78": rng.normal(size=50), "age": rng.integers(18, 60, 50),
                           "region": rng.choice(["north", "south"], 50)})
        for question in ("Does treat raise re78 for people over 40?", "Build a causal graph of age and re78.", "Who should get treat?"):
            q = jc.parse(question, df)
            assert set(q.columns().values()) <= set(df.columns)
            assert CausalQuery.from_json(q.to_json()) == q
            for cond in q.condition:  # every condition value is grounded in the question
                col = profile(df)[cond.column]
                assert isinstance(cond.value, (int, float)) or cond.value in col.levels
                if cond.column in ("age", "re78"):
                    assert cond.value == 40
        # A question naming a design the tool does not run is out of scope, whatever the model would write.
        iv = jc.parse("Can age serve as an instrument for treat when studying re78?", df)
        assert iv.task is Task.UNSUPPORTED and "instrumental" in (iv.reason or "")
        # This question names no column, level or number, so a forced HTE gets no condition.
        forced = parser.parse("What is the effect here?", profile(df), task=Task.HTE)
        assert forced.task is Task.HTE and forced.condition == ()
        assert jc.load_parser(adapter=out, base=tiny_base, device="cpu") is parser  # loaded once per process
        for question in ("Does treat raise re78 for people over 40?", "Who should get treat?"):  # held back or not, one query
            queries = [decode(parser.model, parser.tokenizer, question, profile(df), reasons=parser.reasons, hold_back=h)
                       for h in (True, False)]
            assert queries[0] == queries[1]
        summary, results = evaluate(parser, read_corpus(corpus_file, "test")[:4], progress=False)
        assert summary["json_validity"] == 1.0 and summary["outside_names"] == 0 and len(results) == 4
    finally:
        jc.use_parser(None)


def test_cues_name_designs_point_to_reasons_and_paths() -> None:
    from jupyter_causal.corpus.phrasings import REASONS
    from jupyter_causal.parse.cues import asks_mediation, asks_policy, named_design, points_to

    cols = ["carbon_tax", "price_mwh", "Stars"]
    iv, did, rd = (next(r for r in REASONS if key in r) for key in ("instrumental", "difference-in-differences", "discontinuity"))
    assert named_design("Can Stars serve as an instrument for carbon_tax when studying price_mwh?", cols, REASONS) == iv
    assert named_design("Estimate a difference-in-differences of carbon_tax on price_mwh", cols, REASONS) == did
    assert named_design("Run a DiD of carbon_tax on price_mwh", cols, REASONS) == did
    assert named_design("Is there a jump at the price_mwh cutoff of 80? (regression discontinuity)", cols, REASONS) == rd
    # designs the model was never taught get a reason of their own; a share of variance explained is an association
    synthetic = named_design("Use a synthetic control to estimate what carbon_tax did to price_mwh.", cols, REASONS)
    assert synthetic is not None and "synthetic control" in synthetic and synthetic not in REASONS
    correlation = next(r for r in REASONS if "correlation" in r)
    assert named_design("What share of the variance in price_mwh does carbon_tax explain in a linear regression?", cols, REASONS) == correlation
    assert named_design("What is the R-squared of price_mwh on Stars?", cols, REASONS) == correlation
    for effect in ("What difference does carbon_tax make to price_mwh?", "Did carbon_tax raise price_mwh?",
                   "Does carbon_tax reduce the variance of price_mwh?"):
        assert named_design(effect, cols, REASONS) is None
        assert not points_to(effect, cols, did)  # "difference" alone is not a difference-in-differences
    # A word of a column's name is not a cue: here "instrument" is a variable.
    assert named_design("Does playing an instrument (plays_instrument) raise grades?", ["plays_instrument", "grades"], REASONS) is None
    assert points_to("How many rows have Stars above 3?", cols, "descriptive statistics are not a causal question")
    assert points_to("Anything at all", cols, "a reason no cue knows")
    assert asks_mediation("I want to know if Stars carries the effect of carbon_tax on price_mwh.", cols)
    assert asks_mediation("Quantify the pathway carbon_tax -> Stars -> price_mwh.", cols)
    assert not asks_mediation("What is the effect of carbon_tax on price_mwh, controlling for Stars?", cols)
    assert asks_mediation("How much does carbon_tax change price_mwh because it changes Stars?", cols)
    assert asks_mediation("Mediation: does Stars sit between carbon_tax and price_mwh?", cols)
    assert asks_policy("Which level of Stars is best for price_mwh?", cols) and asks_policy("Who should get carbon_tax?", cols)
    assert not asks_policy("Is carbon_tax the best predictor of price_mwh?", cols)
    descriptive = next(r for r in REASONS if "descriptive" in r)
    assert named_design("How many rows have Stars above 3?", cols, REASONS) == descriptive
    assert named_design("how many customers have more than 3 orders", cols, REASONS) == descriptive
    for effect in ("How many more price_mwh points does carbon_tax cause?", "How many MWh does carbon_tax add to price_mwh?",
                   "How many fewer Stars would we get without carbon_tax?"):
        assert named_design(effect, cols, REASONS) is None
    # a hyphenated word is read whole: "click-through" names no path, "Stars-mediated" does
    rate = ["click_rate", "n_orders"]
    assert named_design("How many rows have click-through rate (`click_rate`) above 0.77?", rate, REASONS) == descriptive
    assert not asks_mediation("Does email raise the click-through rate?", rate)
    assert asks_mediation("Split the effect of carbon_tax on price_mwh into direct and Stars-mediated parts.", cols)
    assert named_design("Run a two-stage least squares of price_mwh on carbon_tax", cols, REASONS) == iv


def test_role_spans_place_roles_where_the_phrasing_writes_them() -> None:
    from jupyter_causal.parse.cues import asks_mediation, names_mediator, role_spans
    from jupyter_causal.parse.grounding import Grounding

    chain = role_spans("In shop.csv, quantify the pathway email -> site visits -> spend.")
    assert chain["mediator"].strip() == "site visits" and chain["outcome"].strip() == "spend" and "email" in chain["treatment"]
    first = role_spans("How much does `FundingGoal` respond to video pitches (pledges (`FundsRaised`) = 686200)?")
    assert "FundingGoal" in first["outcome"] and first["treatment"].strip() == "video pitches"
    passive = role_spans("Is creator experience (`prev_campaigns`) affected by backers for projects in 2023?")
    assert "prev_campaigns" in passive["outcome"] and passive["treatment"].strip() == "backers"
    via = role_spans("What part of the effect of ads on sales runs via site visits (`visits`)?")
    assert via == {"treatment": "ads ", "outcome": " sales ", "mediator": " site visits (`visits`)"}
    assert role_spans("What is the mediation of sales by site visits?") == {}  # no phrasing places a role
    assert role_spans("Compute the causal effect that inventory has on advertising spends.") == {
        "treatment": "inventory ", "outcome": " advertising spends"}
    between = role_spans("Is project cost overruns a mediator between safety trainings and `rain_days`?")
    assert "cost overruns" in between["mediator"] and between["treatment"].strip() == "safety trainings"
    assert between["outcome"].strip() == "`rain_days`"
    assert role_spans("How much does BIM change injuries because it changes crew size (`crew_size`)?")["mediator"].strip() == "crew size (`crew_size`)"
    assert role_spans("Find the best rule for coupons with `spend` as the reward.") == {"treatment": "coupons ", "outcome": "`spend`"}
    subgroup = role_spans("What is the effect of ads on sales for users over 30?")
    assert subgroup == {"treatment": "ads ", "outcome": " sales ", "condition": "for users over 30"}
    assert role_spans("How much of the change in mailers from `voted` flows through texts?") == {
        "outcome": "mailers ", "treatment": " `voted` ", "mediator": " texts"}
    assert role_spans("Estimate how express checkout affects basket size in the group if items in cart were 21.") == {
        "treatment": "express checkout ", "outcome": " basket size ", "condition": "in cart were 21"}
    assert role_spans("Treatment price increase, outcome competitor price, subgroup for the lower half of units sold: what is it?") == {
        "treatment": "price increase", "outcome": "competitor price", "condition": "for the lower half of units sold"}
    assert role_spans("Which level of tier is best for spend among new users?") == {"treatment": "tier ", "outcome": " spend "}
    # a condition's column plays no other role, and is the condition where the table has it
    g, table = Grounding(), ["ads", "sales", "users", "age"]
    assert g.placed(subgroup, "treatment", table, table) == ["ads"] and g.placed(subgroup, "condition", ["users", "age"], table) == ["users"]
    g, cols = Grounding(), ["FundingGoal", "video", "FundsRaised", "hour"]
    assert g.placed(first, "treatment", cols, cols) == ["video"] and g.placed(first, "outcome", cols, cols) == ["FundingGoal"]
    # a role no phrasing places avoids the columns written in another role's place
    assert g.placed({"mediator": "site visits (`visits`)"}, "outcome", ["visits", "sales"], ["visits", "sales"]) == ["sales"]
    # ... that is, the table's best grounded there, not the best among this role's options
    reward = {"outcome": "competitor price (rival_price)"}
    assert g.placed(reward, "treatment", ["higher_price", "category"], ["higher_price", "category", "rival_price"]) == [
        "higher_price", "category"]
    assert g.placed({}, "outcome", cols, cols) == cols and Grounding(place_roles=False).placed(first, "treatment", cols, cols) == cols
    # a column grounded better in another role's place is not this role's ("park visits" vs "park distances greater than 2917")
    park = {"outcome": " park visits ", "condition": "among those with park distances greater than 2917"}
    table = ["usage", "DistanceToPark", "area_income"]
    assert g.placed(park, "outcome", table, table) == ["usage", "area_income"]
    assert g.placed(park, "condition", table, table) == ["DistanceToPark"]
    # "click-through" names no path
    assert role_spans("Does email raise the click-through rate (ctr)?") == {"treatment": "email ", "outcome": " the click-through rate (ctr)"}
    assert role_spans("Give me a policy for referrer (`source`) that maximizes spend.") == {"treatment": "referrer (`source`) ", "outcome": " spend"}
    assert role_spans("For units without a garden, does the fee cut water use?")["condition"] == "For units without a garden"
    # the phrasings are tried in order: "effect of X on Y" before a verb that "increases" may be
    assert role_spans("Could you compute the effect of price increases on rival prices?") == {
        "treatment": "price increases ", "outcome": " rival prices"}
    assert role_spans("How much of voter turnout's effect on age is due to distance?")["treatment"] == "voter turnout"
    assert role_spans("Would giving wifi for units without late hours be the right call for visits?")["condition"] == (
        "for units without late hours be the right call ")
    # a yes/no condition ends at the first clause after its "with"
    assert role_spans("Among units with a garden for their kids, does the fee cut water use?")["condition"] == "Among units with a garden "
    assert role_spans("What is the effect of ads on sales for users below -3 of debt?")["condition"] == "for users below -3"
    # the verb of a clause further on does not end the treatment: here "increases" is the mediator's
    assert "outcome" not in role_spans("Does the ad campaign grow sales partly because it increases store visits?")
    spans = role_spans("Does the ad campaign lift sales partly because it increases store visits?")  # "lift" places both
    assert (spans["treatment"].strip(), spans["mediator"].strip()) == ("the ad campaign", "store visits")
    # everyday ways of asking whether X helps Y write the treatment first
    for question, treatment, outcome in (
        ("Does video pitch actually make raised_usd better?", "video pitch", "raised_usd better"),
        ("Is revenue (`turnover_usd`) good or bad for units sold?", "revenue (`turnover_usd`)", "units sold"),
        ("What difference does park renovation make to walking distances?", "park renovation", "walking distances"),
        ("Is `price_mwh` responsible for differences in renewable share?", "`price_mwh`", "renewable share"),
    ):
        spans = role_spans(question)
        assert (spans["treatment"].strip(), spans["outcome"].strip()) == (treatment, outcome), question
    assert role_spans("Find who should be treated with email campaigns to increase past purchases (`n_orders`).") == {
        "treatment": "email campaigns ", "outcome": " past purchases (`n_orders`)"}
    assert role_spans("What's the best way to assign door knocking so that `Age` is maximised?") == {"outcome": "`Age`"}
    assert role_spans("Decide who gets branch type so that `loans` is as high as possible.") == {"treatment": "branch type ", "outcome": "`loans`"}
    assert role_spans("Which treatment should we pick for maintenance (supplier = gamma) so that downtime is highest?") == {
        "treatment": "maintenance ", "outcome": "downtime"}
    # "how much of X's effect on Y comes from M" places all three roles, and names a path
    share = "How much of the effect of ads on sales comes from changes in site visits?"
    assert role_spans(share) == {"treatment": "ads ", "outcome": " sales ", "mediator": " site visits"} and asks_mediation(share, [])
    # "what does X do to Y" writes the treatment first; a subgroup the effect "depends on" or "varies with" is a condition
    # (an age read as "over 35 years of age")
    assert role_spans("For mothers older than 35, what does smoking do to birth weight?") == {
        "condition": "For mothers over 35 years of age", "treatment": "smoking ", "outcome": " birth weight"}
    assert role_spans("How much does the effect of tutoring on exam score depend on prior GPA above 3.5?") == {
        "treatment": "tutoring ", "outcome": " exam score ", "condition": "depend on prior GPA above 3.5"}
    assert role_spans("Does the effect of price on sales vary with income over 50?")["condition"] == "vary with income over 50"
    # a group named before the question is a condition; "how much does X raise Y" writes the treatment first
    assert role_spans("Among smokers, how much does the 401(k) eligibility raise net assets?") == {
        "condition": "Among smokers", "treatment": "the 401k eligibility ", "outcome": " net assets"}
    # a value with no condition word before it is no condition ("1978 earnings"); the next one may be
    assert role_spans("Is the effect of training on 1978 earnings bigger for people without a degree (nodegree = 1)?")[
        "condition"] == "(nodegree = 1"
    # "X raises Y by increasing M" names a path, and places the mediator after it
    means = "Does the scholarship raise graduation rates by increasing study time?"
    assert role_spans(means) == {"treatment": "the scholarship ", "outcome": " graduation rates ", "mediator": " study time"}
    assert asks_mediation(means, []) and not asks_mediation("Does the scholarship raise graduation rates by 2023?", [])
    # a subgroup named without a value is the condition's place
    assert role_spans("Treatment `video`, outcome backers, subgroup among `staff_pick` cases: what is the effect?") == {
        "treatment": "`video`", "outcome": "backers", "condition": "subgroup among `staff_pick` cases"}
    # "M carries the effect of X on Y" places all three roles and names the mediator's role outright
    carries = "In plant.csv, I want to know if line speed carries the effect of maintenance on humidity."
    assert role_spans(carries) == {"mediator": "line speed", "treatment": " maintenance ", "outcome": " humidity"}
    assert names_mediator(carries) and names_mediator("Is staff a mediator between hours and visits?")
    assert names_mediator("Quantify the pathway ads -> visits -> sales.") and not names_mediator("What is the effect of ads on sales?")
    # a verb followed by the column's name in brackets is part of the treatment's words: "price increase (higher_price)"
    assert role_spans("Does price increase (higher_price) raise revenue?") == {
        "treatment": "price increase (higher_price) ", "outcome": " revenue"}
    # "at least" opens no condition: the condition is the column before it ("for area income (area_income) of at least 9")
    assert role_spans("Which level of wifi is best for visits for area income (area_income) of at least 9?")["condition"] == (
        "for area income (area_income) of at least 9")


def test_a_written_list_is_split_into_its_items() -> None:
    from jupyter_causal.parse.cues import listed_items

    def strip(question: str) -> list[str] | None:
        items = listed_items(question)
        return None if items is None else [item.strip() for item in items]

    assert strip("Perform causal discovery to see how rain_days, project size, CREW_SIZE and `Subcontractors` are related.") == [
        "rain_days", "project size", "CREW_SIZE", "`Subcontractors` are related"]
    assert strip("Find the causal structure among age, income (`inc`), education, and health.") == [
        "age", "income (`inc`)", "education", "health"]
    assert strip("In prices.csv, discover the graph between a, b and c (data: x.csv).") == ["a", "b", "c (data"]
    assert strip("Learn the causal graph over: sales, ads & price") == ["sales", "ads", "price"]
    # two items, or a comma that ends a clause, is no list worth counting
    assert listed_items("What is the indirect effect of ads on sales via visits, and what is the direct effect?") is None
    assert listed_items("What drives sales?") is None


def test_listed_items_offer_the_columns_they_ground() -> None:
    from jupyter_causal.parse.grounding import Grounding

    columns = ["survived", "pclass", "sex", "age", "fare"]
    items = ["fare", "age", "class", "survival"]
    g = Grounding()
    # "class" grounds pclass, which the model would pass over for sex; sex is no item's column
    assert g.listed(items, ["fare", "age"], ["pclass", "sex", "survived"], columns) == ["pclass", "survived"]
    assert g.listed(items, ["fare", "age", "pclass", "survived"], ["sex"], columns) == ["sex"]
    # two items grounding one column: the second stands for another column, which the model chooses
    votes = ["turnout", "voted_last", "PartyRegistration", "CampaignMailers"]
    items = ["turnouts", "past turnout", "party registration"]
    assert g.listed(items, [], votes, votes) == ["turnout", "PartyRegistration"]
    assert g.listed(items, ["turnout"], votes[1:], votes) == votes[1:]
    # an item that grounds no column leaves the choice open at every step: the model picks its column best where the
    # list puts it (drawing the grounded items first made 20 of 162 changed graphs inexact, and 5 exact)
    assert g.listed(["fare", "max heart rate", "age"], ["fare"], ["pclass", "sex", "age"], columns) == ["pclass", "sex", "age"]


def test_a_graph_list_ends_where_the_question_says() -> None:
    from jupyter_causal.parse.grounding import Grounding

    g, cols = Grounding(named=2.0), ["age", "income", "health", "region"]
    assert g.list_end_bonus("how age, income and health relate", 3, ["age", "income"], cols) == -math.inf
    assert g.list_end_bonus("how age, income and health relate", 3, ["age", "income", "health"], cols) == math.inf
    # no count: a column the question names and the list leaves out keeps it open, and one it writes by its exact name
    # closes it until drawn ("Do ad_spend and loyalty have causal relationships with sales and visits?")
    assert g.list_end_bonus("graph of ages and incomes", None, ["age"], cols) == -2.0
    assert g.list_end_bonus("graph of age and income", None, ["age"], cols) == -math.inf
    assert g.list_end_bonus("graph of age and income", None, ["age", "income"], cols) == 0.0
    # a name inside a data set's name, or a question asking for all the variables, does not hold the list open
    assert g.list_end_bonus("Find the causal DAG of all the variables in the age data", None, [], cols) > -math.inf
    assert g.list_end_bonus("Learn a graph from the health survey table", None, [], cols) > -math.inf
    assert g.list_end_bonus("Learn a graph of health and region", None, [], cols) == -math.inf


def test_missing_adapter_is_a_clear_error(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("JUPYTER_CAUSAL_ADAPTER", str(tmp_path / "nowhere"))
    jc.use_parser(None)
    df = pd.DataFrame({"t": [0, 1] * 20, "y": np.arange(40.0)})
    with pytest.raises(jc.NoParserError, match="No adapter found.*JSON query"):
        jc.analyze("Does t change y?", df)


def test_weighted_choice_is_the_exact_best_whole_sequence(tiny_base: Path) -> None:
    """Branch and bound picks what scoring every option token by token picks, and leaves the session after it: with
    the prompt held back (the best-bonus option scored in the same pass), with it read first, and run as fed."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from jupyter_causal.parse.decoding import Session

    model = AutoModelForCausalLM.from_pretrained(tiny_base).eval()
    tokenizer = AutoTokenizer.from_pretrained(tiny_base)
    prompt = "Columns:\n- treat: binary\nQuestion: Does treat raise re78?\nQuery: "
    options = ['"treat"', '"re78"', '"age_at_entry"', "]", ', "region"', '"reg"']

    def exact(option: str) -> float:
        one = Session(model, tokenizer, prompt)
        total = 0.0
        for token in one.encode(option):
            total += float(torch.log_softmax(one.logits, -1)[token])
            one.feed([token])
        return total

    scores = [exact(o) for o in options]
    rng = np.random.default_rng(0)
    picked = set()
    for trial in range(12):
        bonus = [0.0] * len(options) if trial == 0 else list(rng.uniform(0, 30, len(options)))
        s = Session(model, tokenizer, prompt, hold_back=trial % 3 != 2)
        if trial % 3 == 1:
            assert s.logits is not None  # the prompt read before the choice: nothing held back to score with
        best = s.choose_weighted(options, bonus)
        assert best == int(np.argmax([a + b for a, b in zip(scores, bonus)]))
        after = Session(model, tokenizer, prompt)
        after.force(options[best])
        assert torch.allclose(s.logits, after.logits, atol=1e-4) and s.past.get_seq_length() == after.past.get_seq_length()
        picked.add(best)
    assert len(picked) > 1  # the bonus can overrule the model


def test_packed_scoring_of_many_options_matches_one_pass_each(tiny_base: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a wide table the options the bound does not cut are scored in one packed pass (each seeing the text and its
    own tokens only); it must pick what one pass per option picks, score each option alike and leave the session alike."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from jupyter_causal.parse import decoding
    from jupyter_causal.parse.decoding import Session

    model = AutoModelForCausalLM.from_pretrained(tiny_base).eval()
    tokenizer = AutoTokenizer.from_pretrained(tiny_base)
    prompt = "Columns:\n- treat: binary\nQuestion: Does treat raise re78?\nQuery: "
    options = [f'"{name}"' for name in ("r20001", "r20002", "r20011", "re74", "re75", "re78", "robbery_gun_r", "jhcitizen_c", "homicide",
                                         "l_homicide", "treat", "treated_x", "age_at_entry")]
    rng = np.random.default_rng(1)
    packed_runs = []
    real = Session._run_packed

    def counted(self: Session, seqs: list) -> list:
        packed_runs.append(len(seqs))
        rows = real(self, seqs)
        for seq, r in zip(seqs, rows):  # each packed sequence scores as if it alone followed the text
            alone = Session(model, tokenizer, prompt)
            assert torch.allclose(r, alone.feed_all(seq), atol=1e-4)
        return rows

    monkeypatch.setattr(Session, "_run_packed", counted)
    for trial in range(6):
        bonus = list(rng.uniform(0, 0.5, len(options)))
        choices, states = [], []
        for pack_after in (10**9, 0):
            monkeypatch.setattr(decoding, "PACK_AFTER", pack_after)
            s = Session(model, tokenizer, prompt, hold_back=trial % 2 == 0)
            choices.append(s.choose_weighted(options, bonus))
            states.append((s.logits, s.past.get_seq_length()))
        assert choices[0] == choices[1]
        assert torch.allclose(states[0][0], states[1][0], atol=1e-4) and states[0][1] == states[1][1]
    assert packed_runs and max(packed_runs) > 2  # the packed pass ran, over several options at once


def test_grounding_reads_names_stems_levels_and_numbers() -> None:
    from jupyter_causal.parse.grounding import Grounding, names, stem_share, value_options, written_ops
    from jupyter_causal.parse.prompt import numbers_in

    q = "Does preventive maintenance cut scrap rates at LineSpeed over 40 for Android users (re78)?"
    assert names(q, "re78") and names(q, "PreventiveMaintenance") and names(q, "scrap_rate") and names(q, "linespeed")
    assert not names(q, "age") and not names(q, "re7")
    assert stem_share(q, "has_maintenance_log") == 0.5 and stem_share(q, "num_users") == 1.0 and stem_share(q, "x1") == 0.0
    g = Grounding(named=2.0, stems=1.0)
    assert g.bonus(q, "re78") == 2.0 and g.bonus(q, "maint_cost") == 0.5 and g.bonus(q, "income") == 0.0
    df = pd.DataFrame({"os": ["android", "ios"] * 20, "sessions_d1": range(40), "LineSpeed": np.linspace(0, 80, 40)})
    prof = profile(df)
    assert g.condition_bonus(q, prof, "os") == 2.0  # a level the question writes grounds its column
    assert numbers_in("the 7-day retention of users over 40, or 1,200 and -3.5 (12-month)") == [40.0, 1200.0, -3.5]
    assert numbers_in("Does 401(k) eligibility raise assets at age 35 (k = 2)?") == [35.0, 2.0]
    assert value_options(prof, "LineSpeed", q) == ["40}"]
    assert value_options(prof, "os", q) == ['"android"}']
    assert g.op_bonus("(revenue >= 272800)", ">=") == math.inf and g.op_bonus("(revenue >= 272800)", ">") == 0.0
    assert written_ops("for X no more than 4, Y over 3 and the lower half of Z") == {"<=", ">", "<"}
    assert written_ops("Quantify the pathway A -> B -> C when D is 5") == {"=="}  # an arrow is no ">"; "D is 5" an equality
    # a data file's name names the table, not a column
    assert not names("In parks_and_recreation.csv, does it matter?", "parks") and names("Do parks matter?", "parks")
    assert stem_share("Using the park_renovation.CSV dataset, what drives usage?", "ParkRenovation") == 0.0
    # a slip of the pen, an acronym, a plural and a word with digits still ground their column
    for written, column in (("free wiifs", "wifi"), ("campaign maiers", "n_mailers"), ("area inocmes", "area_income"),
                            ("plaground", "has_playground"), ("itms", "items"), ("click-through rate", "ctr"), ("BMIs", "bmi"), ("CO2 emissions", "co2_mt")):
        assert stem_share(f"Does it change {written}?", column) == 1.0, (written, column)
    assert stem_share("building information modelling", "BIMUse") == 0.5  # bim, not use
    # initials of a run with a function word in it make no acronym: "below its median" is not "bim"
    assert stem_share("when project sizes is below its median", "bim") == 0.0
    # an acronym the question writes grounds a name of three or four words, and not one of two
    assert names("What drives CTR?", "ClickThroughRate") and stem_share("bmis", "body_mass_index") == 1.0
    assert stem_share("What drives CR?", "conversion_rate") == 0.0 and stem_share("What drives CTR?", "cost_to_revenue") == 0.0
    # ... but a different short word does not: "site" is not "size", "race" is not "rate"
    assert stem_share("site visits", "farm_size") == 0.0 and stem_share("race time", "rate") == 0.0
    assert g.op_bonus("goal higher than 4988", ">") == math.inf and g.op_bonus("higher over time, at age 25", ">") == 2.0
    # word endings ground a column, a different word with the same first four letters does not
    assert stem_share("Is distance to park good for obesity?", "district") == 0.0
    assert stem_share("Is distance to park good for obesity?", "walk_dist") == 0.5
    assert stem_share("effect on smokers", "smoking") == 1.0 and stem_share("are they satisfied", "satisfaction") == 1.0
    # a three-letter abbreviation, the number in a name and two-letter initials ground their column
    assert stem_share("to maximise 12-month revenue", "rev_12m") == 1.0 and stem_share("revenue", "region") == 0.0
    assert stem_share("the 401k eligibility", "e401") == 1.0 and stem_share("earnings in 1978", "re78") == 1.0
    assert stem_share("earnings in 1978", "re74") == 0.0
    assert stem_share("on heart rates", "resting_hr") == 0.5 and stem_share("on heart rates", "weight_kg") == 0.0
    assert stem_share("income security", "is_urban") == 0.0  # "is" is a word, not initials
    # of columns grounded alike, a role's place is given the one matching more of its words
    assert g.best_grounded("cometitor price", ["price_up", "competitor_price", "AdSpend"]) == ["competitor_price"]
    # ... counting the words of each name, not of the place: a place read on past the outcome keeps both
    span = "math scores is mediated by the homework rate (HomeworkRate)?"
    assert g.best_grounded(span, ["tutoring", "math_score", "HomeworkRate"]) == ["math_score", "HomeworkRate"]
    # a word glued to a prefix of one or two letters grounds its column ("birth weight" for bweight); a word
    # sharing only four letters with what follows the prefix does not ("estimate" for prestige)
    assert stem_share("what does smoking do to birth weight", "mbsmoke") == 1.0 and stem_share("birth weight", "bweight") == 1.0
    assert stem_share("estimate the effect", "prestige") == 0.0 and stem_share("the time spans", "hispan") == 0.0
    # a column named for its role is the one offered to it where the question grounds none of the role's options
    table = ["treat", "age", "educ", "y_factual"]
    assert g.role_named("Who should get the job training?", "treatment", table) == ["treat"]
    assert g.role_named("Who should get the job training?", "outcome", table) == ["y_factual"]
    assert g.role_named("Does more education raise the score?", "treatment", table) == table  # "education" grounds educ
    assert g.role_named("Does the job training help?", "mediator", table) == table  # no column is named for it
    # "women" and "men" are the groups a female or male column, or a sex column's levels, name
    assert names("Among women, does it help?", "female") and not names("Among women, does it help?", "male")
    assert names("for men only", "male") and not names("for menus", "male")
    # ... and a number that names a column is no condition value
    earnings = profile(pd.DataFrame({"treat": [0, 1] * 20, "re74": np.arange(40.0), "re78": np.arange(40.0)}))
    q78 = "Did the job training program (treat) increase real earnings in 1978 (re78) for those aged 30?"
    assert value_options(earnings, "re74", q78) == ["30}"] and value_options(earnings, "re78", q78) == ["30}"]


def test_a_subgroup_is_grounded_by_a_named_column_and_its_value() -> None:
    from jupyter_causal.parse.cues import role_spans
    from jupyter_causal.parse.grounding import grounds_subgroup, value_options, writes_a_value

    df = pd.DataFrame({"treat": [0, 1] * 20, "re78": np.linspace(0, 9, 40), "age": np.arange(40) + 18,
                       "region": ["north", "south", "east", "west"] * 10})
    prof = profile(df)
    assert not writes_a_value("Does the training programme raise re78?", prof)
    assert writes_a_value("Does treat raise re78 for the lower half of age?", prof)
    assert writes_a_value("Does treat raise re78 at age 30?", prof) and writes_a_value("... in the north?", prof)
    assert grounds_subgroup("Does treat raise re78 at age 30?", prof, "age")
    assert grounds_subgroup("Does treat raise re78 in the north?", prof, "region")
    assert not grounds_subgroup("Does treat raise re78 in the north?", prof, "age")  # no value for it
    assert not grounds_subgroup("Does treat raise earnings in 1978?", prof, "age")  # a value, but not for a column it names
    # a yes/no column is a subgroup only where the question writes every word of its name
    flags = profile(pd.DataFrame({"PriceIncrease": [0, 1] * 20, "has_garden": [1, 0] * 20, "rival_price": np.arange(40.0)}))
    assert value_options(flags, "PriceIncrease", "Is competitor price affected by holidays?") == []
    assert value_options(flags, "has_garden", "For units with a garden, does the fee cut water use?") == ["0}", "1}"]
    assert value_options(flags, "PriceIncrease", "Is competitor price affected by holidays when price is 1?") == ["0}", "1}"]
    # a yes/no column named for a lack: the word it negates, written plainly, asks for its 0; negated, its 1
    lack = profile(pd.DataFrame({"nodegree": [0, 1] * 20, "nonwhite": [1, 0] * 20, "wage": np.arange(40.0)}))
    assert value_options(lack, "nodegree", "Is the effect bigger for people who have a high school degree?") == ["0}"]
    assert value_options(lack, "nonwhite", "How does tenure affect the wage of white workers?") == ["0}"]
    for negative in ("Is the effect bigger for people without a high school degree?", "the wage of non-white workers"):
        assert value_options(lack, "nodegree" if "degree" in negative else "nonwhite", negative) == ["1}"]
    # a group of a yes/no column's people after "of" ends the outcome's place and is the condition's
    assert role_spans("How does tenure affect the hourly wage of nonwhite workers?", ["wage", "tenure", "nonwhite"]) == {
        "treatment": "tenure ", "outcome": " the hourly wage  ", "condition": "of nonwhite workers"}
    assert "condition" not in role_spans("Does education reduce the number of children?", ["educ", "children"])


def test_grounding_reads_textbook_names_levels_and_ages() -> None:
    from jupyter_causal.corpus.questions import profile_from_spec
    from jupyter_causal.parse.cues import role_spans
    from jupyter_causal.parse.grounding import Grounding, latest_outcomes, names, prose, stem_share, written_levels, written_ops

    g = Grounding()
    # letters glued to a number: the word near the number that starts with them decides between e401 and p401
    eligible, joined = "Does being eligible for a 401(k) plan raise assets?", "the effect of 401(k) participation"
    assert stem_share(eligible, "e401") == 1.0 and stem_share(eligible, "p401") == 0.5  # "plan" is too short to say
    assert stem_share(joined, "p401") == 1.0 and stem_share(joined, "e401") == 0.5  # "effect" is asking, not naming
    assert stem_share("real earnings in 1978", "re78") == 1.0 and stem_share("real earnings in 1978", "re74") == 0.0
    # "earnings" grounds each year's real earnings (half, no year written); as the outcome, the last of them: an outcome
    # comes after its treatment (re74, re75 are what came before)
    nsw_cols = ["treat", "age", "re74", "re75", "re78"]
    assert stem_share("Did training raise earnings?", "re74") == stem_share("Did training raise earnings?", "re78") == 0.5
    assert latest_outcomes("Did training raise earnings?", nsw_cols, nsw_cols) == ["treat", "age", "re78"]
    for other in ("Did training raise earnings in 1975?", "Did training raise baseline earnings?", "Did training raise employment?"):
        assert latest_outcomes(other, nsw_cols, nsw_cols) == nsw_cols
    assert latest_outcomes("Did training raise incomes?", nsw_cols, nsw_cols) == ["treat", "age", "re78"]  # the glossary's "income"
    # a compound word of the prefix and the word grounds the column; a word with a different start does not
    assert stem_share("Does smoking lower birthweight?", "bweight") == 1.0 and stem_share("overweight", "bweight") == 0.0
    # everyday ages are written as a comparison followed by "years of age"
    assert prose("smokers above 50 years old") == "smokers above 50 years of age"
    assert written_ops("patients older than 60") == {">"} and written_ops("kids younger than 5") == {"<"}
    assert names("For smokers aged 50 or more", "age") and not names("For smokers with 50 cigarettes", "age")
    assert role_spans("For smokers above 50 years old, how much weight did they gain?")["condition"].endswith("years of age")
    # a number that names a column is part of the role's words, not a condition
    nsw = role_spans("effect of job training on real earnings in 1978 among Black participants", ["treat", "re74", "re78"])
    assert "condition" not in nsw and "1978" in nsw["outcome"]
    assert role_spans("effect of job training on real earnings in 1978")["condition"] == "in 1978"  # no table: a value
    # words of a column's levels ground it for a role; a level written whole names a subgroup instead
    hill = profile_from_spec(["newbie:binary", "segment:categorical:Mens E-Mail,Womens E-Mail,No E-Mail", "visit:binary",
                              "zip:categorical:Urban,Rural,Suburban", "swang1:binary:No RHC,RHC"])
    assert g.role_bonus("did the emails increase visits?", hill, "segment") == g.named
    assert g.role_bonus("did the emails increase visits?", hill, "newbie") == 0.0
    assert g.role_bonus("does right heart catheterization kill?", hill, "swang1") == g.named  # the initials of a level
    assert g.role_bonus("effect on visits for urban customers", hill, "zip") == 0.0
    assert g.placed({"treatment": "the emails "}, "treatment", list(hill.names), list(hill.names), profile=hill) == ["segment"]
    # two levels written are compared, not a subgroup
    stones = profile_from_spec(["treatment:binary:A,B", "size:binary:small,large", "success:binary"])
    assert written_levels("which treatment (A or B) works?", stones, "treatment") == []
    assert written_levels("is it different for large stones?", stones, "size") == ["large"]
    # a role's place that says the role's word ("intervention") is given the column named for the role
    table = ["treat", "job_seek", "depress2"]
    assert g.role_named("q", "treatment", table, place="the JOBS intervention ") == ["treat"]
    # so does one ending in a noun naming what a study did, whatever the words before it ground ("JOBS": job_seek)
    assert g.role_named("q", "treatment", table, place="the JOBS programme ") == ["treat"]
    assert g.role_named("q", "treatment", table, place="the JOBS ") == table
    # "the X gap in Y explained by M" places all three roles
    gap = role_spans("Is the gender gap in admissions explained by the department people apply to?")
    assert "gender" in gap["treatment"] and gap["outcome"].strip() == "admissions" and "department" in gap["mediator"]


def test_role_spans_read_everyday_effect_phrasings() -> None:
    from jupyter_causal.corpus.questions import profile_from_spec
    from jupyter_causal.parse.cues import asks_mediation, role_spans
    from jupyter_causal.parse.grounding import stem_share, written_levels

    # "the X effect on Y" and a group the effect differs for, written without a value
    married = role_spans("Is the training effect on re78 different for married participants?")
    assert married["treatment"] == "training" and "re78" in married["outcome"] and married["condition"] == "for married participants"
    assert role_spans("What is the average treatment effect on 1978 earnings?") == {}  # "average treatment" is no treatment
    owner = role_spans("Does the effect of the loan on profits depend on whether the owner is a woman?")
    assert owner["condition"] == "whether the owner is a female"
    mothers = role_spans("Do first-time mothers see a bigger effect of smoking on birth weight?")
    assert mothers["condition"] == "first-time mothers" and mothers["treatment"].strip() == "smoking"
    assert "condition" not in role_spans("Do smokers see the effect of smoking on birth weight?")
    # "if we raise X, how much does Y change" and "the link between X and Y"
    assert role_spans("If we raise the price by a dollar, how much do units sold change?") == {
        "treatment": "the price by a dollar", "outcome": "units sold "}
    link = role_spans("Is the link between high stress and blood pressure explained by hours of sleep?")
    assert (link["treatment"].strip(), link["outcome"].strip(), link["mediator"].strip()) == ("high stress", "blood pressure", "hours of sleep")
    # a group a column names at the end of a clause is a condition, cut from the role it ended
    weekends = role_spans("Does the promotion raise sales on weekends?", ["promo", "sales", "weekend"])
    assert weekends["condition"] == "on weekends" and weekends["outcome"].strip() == "sales"
    assert "condition" not in role_spans("What is the effect of promo on sales?", ["promo", "sales", "weekend"])
    assert role_spans("For self-employed taxpayers, did the letter raise compliance?")["condition"] == "For self-employed taxpayers"
    assert role_spans("Which patients should get the new drug to cut strokes?")["treatment"].strip() == "the new drug"
    assert asks_mediation("Does it raise yields, and how much of it is because of soil nitrogen?", [])
    # a level of one letter is written as a level, not as the article
    stores = profile_from_spec(["price:continuous", "store:categorical:a,b,c"])
    assert written_levels("If we raise the price by a dollar, does it sell less?", stores, "store") == []
    assert written_levels("Does the price matter in store a?", stores, "store") == ["a"]
    # a three-letter name ending in two words' initials is half written
    assert stem_share("blood pressure", "sbp") == 0.5 and stem_share("blood pressure", "bmi") == 0.0


def test_grounding_reads_yes_no_groups_sex_initials_and_a_treatment_arm_by_its_level() -> None:
    from jupyter_causal.corpus.questions import profile_from_spec
    from jupyter_causal.parse.cues import role_spans
    from jupyter_causal.parse.decoding import role_options
    from jupyter_causal.parse.grounding import Grounding, negated, placed_levels, value_options, written_levels
    from jupyter_causal.schema import Task

    g = Grounding()
    tips = profile_from_spec(["tip:continuous", "smoker:binary:No,Yes", "sex:binary:F,M", "time:binary:Dinner,Lunch"])
    # a yes / no column named as a group is its "Yes"; after a negation its "No"; other two-level columns offer both
    assert value_options(tips, "smoker", "For smokers, does the party size change the tip?") == ['"Yes"}']
    assert value_options(tips, "smoker", "What about non-smokers?") == value_options(tips, "smoker", "tables without a smoker") == ['"No"}']
    assert negated("for non-smokers", "smoker") and not negated("for smokers who say no", "smoker")
    assert value_options(tips, "time", "Is the time of day a factor?") == ['"Dinner"}', '"Lunch"}']
    # an "F" / "M" level is written where the question writes women / female, men / male
    assert written_levels("How does the diet affect weight loss for women?", tips, "sex") == ["F"]
    assert written_levels("for male diners", tips, "sex") == ["M"] and written_levels("for females", tips, "sex") == ["F"]
    grades = profile_from_spec(["score:continuous", "grade:categorical:A,F,M"])
    assert written_levels("for women", grades, "grade") == []  # only a column whose levels are F and M
    # a whole level names a subgroup, but in the treatment's place the arm
    star = profile_from_spec(["stark:categorical:regular,regular+aide,small", "readk:continuous", "experiencek:discrete:0-27",
                              "schoolk:categorical:inner-city,rural,suburban,urban"])
    cols = list(star.names)
    spans = {"treatment": "being in a small class ", "outcome": " reading", "condition": "In inner-city schools"}
    assert g.placed(spans, "treatment", cols, cols, profile=star) == ["stark"]
    assert g.best_grounded("being in a small class", cols, profile=star) == []
    # ... where no other role's place writes it too: "on mobile" is the subgroup of "the new page bigger on mobile"
    ab = profile_from_spec(["group:binary:control,treatment", "converted:binary", "device:categorical:mobile,desktop,tablet"])
    lift = "Is the lift in conversion from the new page bigger on mobile?"
    spans = role_spans(lift, list(ab.names))
    assert spans["treatment"].strip() == "the new page bigger on mobile" and spans["condition"] == "on mobile"
    assert placed_levels(spans, ab, list(ab.names)) == set()
    assert "device" not in role_options(ab, "treatment", Task.HTE, list(ab.names), spans, question=lift)
    assert g.role_bonus("In inner-city schools, how did being in a small class affect reading?", star, "stark") == 0.0


def test_numbers_written_as_words_are_read_as_values() -> None:
    from jupyter_causal.corpus.questions import profile_from_spec
    from jupyter_causal.parse.grounding import value_options, with_digits

    tips = profile_from_spec(["tip:continuous", "size:discrete:1-6", "day:categorical:Fri,Sat,Sun,Thur"])
    assert with_digits("Does the day change tips for parties of four?", tips) == "Does the day change tips for parties of 4?"
    assert with_digits("for tables with more than two guests", tips) == "for tables with more than 2 guests"
    assert with_digits("families with three or more kids", tips) == "families with 3 or more kids"
    assert value_options(tips, "size", with_digits("for parties of four", tips)) == ["4}"]
    # a number word in no value's place, or one a column's name carries, stays a word
    for kept in ("What is the effect of two doses on recovery?", "Compare the two groups.", "for one more year"):
        assert with_digits(kept, tips) == kept
    mroz = profile_from_spec(["hours:continuous", "kidslt6:discrete:0-3", "child_under_five:binary"])
    assert with_digits("the effect of kids under six on hours", mroz) == "the effect of kids under six on hours"
    assert with_digits("for a child under five", mroz) == "for a child under five"
    # an ordinal group of a column with that numeric level is the column's word and the number; elsewhere it is an arm
    titanic = profile_from_spec(["survived:binary", "pclass:discrete:1-3", "first_call:binary"])
    assert with_digits("Did sex matter more among third-class passengers?", titanic) == "Did sex matter more among class 3 passengers?"
    assert with_digits("Did travelling first class raise survival?", titanic) == "Did travelling first class raise survival?"
    assert with_digits("for first call cases", titanic) == "for first call cases"  # a binary flag's 1 is no class
    assert with_digits("among fifth-class passengers", titanic) == "among fifth-class passengers"  # no such level


def test_grounding_reads_what_abbreviated_names_stand_for() -> None:
    from jupyter_causal.parse.grounding import Grounding, _covered, names, stem_share

    g = Grounding()
    question = "What is the effect of quitting smoking on weight gain?"
    assert names(question, "qsmk") and names(question, "wt82_71") and not names(question, "smokeyrs")
    assert names("Does a higher maximum heart rate lower the risk?", "thalach") and not names("Does age lower the risk?", "thalach")
    assert g.bonus("How does resting blood pressure relate to it?", "trestbps") == g.named
    # a word of a name: "pulse" for the hr of resting_hr, "household" for hh
    assert stem_share("Does the pulse respond?", "resting_hr") == 0.5 and stem_share("Does the weight respond?", "resting_hr") == 0.0
    assert _covered("by household size", "hh_size") == 2 and _covered("by family size", "hh_size") == 1


def test_grounding_reads_counts_of_none_numbered_columns_and_mediation_driven_by() -> None:
    from jupyter_causal.corpus.questions import profile_from_spec
    from jupyter_causal.parse.cues import asks_mediation, role_spans
    from jupyter_causal.parse.grounding import Grounding, value_options, writes_a_value, written_levels

    g = Grounding()
    school = profile_from_spec(["studytime:discrete:1-4", "failures:discrete:0-3", "internet:binary:no,yes", "G1:continuous",
                                "G2:continuous", "G3:continuous", "grade_level:discrete:1-3"])
    # "no past failures" is failures == 0, not the level "no" of internet; a "no" before a yes/no column is its level
    none = "What is the effect of internet on absences for students with no past failures?"
    assert value_options(school, "failures", none) == ["0}"] and written_levels(none, school, "internet") == []
    assert writes_a_value("Is the effect of internet on G3 different for students with no failures?", school)
    assert written_levels("the effect on G3 for students with no internet", school, "internet") == ["no"]
    assert value_options(school, "grade_level", "for students with no grade level") == []  # 0 is not a level of it
    # "final grades" is the last of G1, G2, G3 and "baseline grades" the first; other words ground none of them
    assert [g.role_bonus("Does tutoring improve final grades?", school, c) for c in ("G1", "G2", "G3")] == [0.0, 0.0, g.named]
    assert [g.role_bonus("the baseline grade", school, c) for c in ("G1", "G2", "G3")] == [g.named, 0.0, 0.0]
    assert g.role_bonus("Does tutoring improve final exam scores?", school, "G3") == 0.0
    # a comparative is not a level's short word: "higher" does not write the "high" of "high school"
    credit = profile_from_spec(["LIMIT_BAL:continuous", "EDUCATION:categorical:graduate school,university,high school"])
    assert g.role_bonus("Does a higher credit limit reduce default?", credit, "EDUCATION") == 0.0
    assert g.role_bonus("Does more schooling reduce default?", credit, "EDUCATION") == g.named
    # "X's effect on Y driven by M" asks for a mediation; "what drives Y" and "is Y driven by X" do not
    cols = ["coupon", "basket_value", "visits_per_month"]
    driven = role_spans("Is the coupon's effect on basket value driven by more visits per month?", cols)
    assert driven["outcome"].strip() == "basket value" and driven["mediator"].strip() == "more visits per month"
    assert asks_mediation("Is the coupon's effect on basket value driven by more visits per month?", cols)
    assert not asks_mediation("What drives basket value?", cols) and not asks_mediation("Is basket value driven by coupons?", cols)
    # a mediator is not mentioned by the words of another role's name: "voter_age" does not mention voted
    from jupyter_causal.parse.grounding import mentions

    ward = "Is precinct (`ward`) responsible for differences in voter_age?"
    assert mentions(ward, "voted") and not mentions(ward, "voted", besides=("ward", "voter_age"))
    assert mentions("Does ads raise sales via site visits?", "visits", besides=("ads", "sales", None))


def test_a_role_is_offered_the_column_its_place_names_even_where_it_cannot_play_it() -> None:
    from jupyter_causal.corpus.questions import profile_from_spec
    from jupyter_causal.parse.decoding import role_options
    from jupyter_causal.schema import Task

    tips = profile_from_spec(["total_bill:continuous", "tip:continuous", "smoker:binary:No,Yes", "size:discrete:1-6"])
    cols = list(tips.names)
    # mediation takes only a yes/no treatment: size is kept where the question names it, for the planner to explain
    party = {"treatment": "party size ", "outcome": " the tip "}
    asked = "Is the effect of party size on the tip mediated by the bill?"
    assert role_options(tips, "treatment", Task.MA, cols, party, question=asked) == ["smoker", "size"]
    assert role_options(tips, "treatment", Task.MA, cols, {}, question=asked) == ["smoker"]
    assert role_options(tips, "treatment", Task.MA, cols, {"treatment": "the smoker's party size "}, question=asked) == ["smoker"]
    # a column the condition's place names is the condition's, though the treatment's place runs over it
    assert role_options(tips, "treatment", Task.MA, cols, party | {"condition": "when size is 3"}, question=asked) == ["smoker"]
    # the causal forest compares each of a treatment's levels with the first: any treatment of a few levels fits
    assert role_options(tips, "treatment", Task.HTE, cols, {}, question=asked) == cols
    assert role_options(tips, "treatment", Task.MA, cols, {"treatment": "the weather "}, question=asked) == ["smoker"]
    assert role_options(tips, "treatment", Task.MA, cols, {"treatment": "the bill "}, question=asked) == ["smoker", "total_bill"]
    # a level the question writes names a subgroup, not a subgroup effect's treatment, unless the treatment's place writes it
    shop = profile_from_spec(["homepage:binary", "sales:continuous", "category:categorical:books,toys,games"])
    asked = "Does featuring on the homepage help books more than other categories?"
    assert role_options(shop, "treatment", Task.HTE, list(shop.names), {}, question=asked) == ["homepage", "sales"]
    assert role_options(shop, "treatment", Task.HTE, list(shop.names), {}, question="Do sales respond to the category?") == list(shop.names)
    assert role_options(shop, "treatment", Task.HTE, list(shop.names), {"treatment": "selling books "},
                        question="Does selling books raise sales more for homepage items?") == list(shop.names)


def test_a_policy_question_says_whether_to_raise_or_lower_its_outcome() -> None:
    from jupyter_causal.parse.cues import objective, role_spans

    for question in ("Which patients should get the new anticoagulant to minimise stroke risk?",
                     "Would it be better to give right heart catheterisation only to some patients, to reduce death?",
                     "Who should be allowed overtime to keep attrition lowest?", "Recommend a dose for each patient to bring the pain score down.",
                     "Which dose gives the fewest side effects?"):
        assert objective(question, []) == "min", question
    for question in ("Who should get the voucher to maximise test scores?", "Which level of email is best for clicks?",
                     "Best treatment policy: give home visits or not, to minimise... sorry, maximise school attendance",
                     "Which customers should get the coupon so that spend is highest?",
                     "Who should get the voucher among low-income families?", "Who should get the drug if blood pressure is low?"):
        assert objective(question, []) == "max", question
    # a column's own words are no aim: `cost_reduction` names the outcome
    assert objective("Who should get the audit to maximise cost_reduction?", ["audit", "cost_reduction"]) == "max"
    assert role_spans("Which contract should we offer to minimise churn?")["outcome"].strip() == "churn"
    assert role_spans("Who should be allowed overtime to keep attrition lowest?")["outcome"].strip() == "attrition"


def test_a_role_the_question_does_not_ground_goes_to_the_one_column_it_names() -> None:
    from jupyter_causal.corpus.questions import profile_from_spec
    from jupyter_causal.parse.cues import adjusted_for, without_adjusting
    from jupyter_causal.parse.decoding import _grounded
    from jupyter_causal.parse.grounding import Grounding
    from jupyter_causal.schema import Condition

    g = Grounding()
    pension = profile_from_spec(["e401:binary", "p401:binary", "net_tfa:continuous", "inc:continuous", "educ:discrete:1-18",
                                 "age:continuous", "treat:binary"])
    question = "Does being eligible for a 401(k) plan raise net financial assets for families with income above 50000?"
    misread = CausalQuery(task=Task.HTE, treatment="educ", outcome="net_tfa", condition=[Condition(column="inc", op=">", value=50000)])
    assert _grounded(misread, question, pension, g).treatment == "e401"
    # a covariate the question adjusts for is no role; a pick the question grounds, or names by its role, stays
    # (decode takes a "controlling for" or "holding ... constant" clause out first: adjusted_for reads what is left)
    adjusted = "What is the effect of the programme on net financial assets, net of age?"
    assert adjusted_for(adjusted).strip() == "age"
    assert adjusted_for(without_adjusting("What is the effect of the programme on net financial assets, controlling for age?")) == ""
    kept = CausalQuery(task=Task.ATE, treatment="p401", outcome="net_tfa")
    assert _grounded(kept, adjusted, pension, g) == kept
    assert _grounded(CausalQuery(task=Task.ATE, treatment="treat", outcome="net_tfa"), "What did treatment do to age and net_tfa?",
                     pension, g).treatment == "treat"
    assert _grounded(misread, "Did educ raise net_tfa for inc over 50000?", pension, g) == misread
    # two columns named and left over: the model's reading stands
    both = "Did e401 or p401 raise net financial assets?"
    unsure = CausalQuery(task=Task.ATE, treatment="educ", outcome="net_tfa")
    assert _grounded(unsure, both, pension, g) == unsure


def test_a_condition_column_must_hold_the_value_the_question_writes() -> None:
    from jupyter_causal.corpus.questions import profile_from_spec
    from jupyter_causal.parse.grounding import value_options

    shop = profile_from_spec(["cart_items:discrete:1-34", "basket_usd:discrete:0-2400", "returning:binary", "minutes:continuous"])
    question = "How does returning change minutes for units with cart values of 667 and 12?"
    assert value_options(shop, "cart_items", question) == ["12}"] and value_options(shop, "basket_usd", question) == ["667}", "12}"]
    assert value_options(shop, "cart_items", "for cart values of 667") == []  # no condition on it at all
    # a column the question names keeps every value (the planner then says its subgroup is empty); no range, no filter
    assert value_options(shop, "cart_items", "for cart_items of 667") == ["667}"]
    assert value_options(shop, "minutes", question) == ["667}", "12}"]


def test_trial_tables_name_their_arm_by_role_and_questions_by_what_it_was() -> None:
    from jupyter_causal.corpus.questions import profile_from_spec
    from jupyter_causal.parse.cues import asks_policy, named_design, role_spans
    from jupyter_causal.parse.decoding import _grounded
    from jupyter_causal.parse.grounding import Grounding, named_for, names, writes_all_words, written_levels

    g = Grounding()
    # a longer name with a word of the role names the arm (not a word inside another word)
    assert named_for("treat_school", "treatment") and named_for("treatment", "treatment") and not named_for("treatise", "treatment")
    assert not named_for("treat_school", "outcome")
    nudge = ["treatment", "savings_rate", "income", "default_enrolled"]
    # "the savings nudge" grounds savings_rate only through the word the outcome's place names
    assert g.role_named("q", "treatment", nudge, place="the savings nudge ", others=[" savings rates"]) == ["treatment"]
    # alone it still names the arm: a nudge is what the study did, whatever "savings" describes; a place ending in a
    # word that is no such noun leaves every option
    assert g.role_named("q", "treatment", nudge, place="the savings nudge ") == ["treatment"]
    assert g.role_named("q", "treatment", nudge, place="the savings ") == nudge
    # "which mailer gets the most votes" asks which arm is best; "which factor" or "which customers" do not
    assert asks_policy("Which mailer gets the most people to vote?", [])
    assert asks_policy("Which reminder gets the highest vaccination rate?", ["reminder", "vaccinated"])  # a column's word left out
    assert not asks_policy("Which factor gets the most weight?", []) and not asks_policy("Which customers get the biggest discount?", [])
    spans = role_spans("Which mailer gets the most people to vote?")
    assert spans["treatment"] == "mailer" and "vote" in spans["outcome"]
    # "the Y effect of X", and "respond more strongly to X"
    spans = role_spans("Is the profit effect of microcredit concentrated among households that had a business?")
    assert spans["treatment"] == "microcredit" and spans["outcome"] == "profit"
    assert role_spans("the average effect of training") == {}  # "average" is no outcome
    assert role_spans("Did older voters respond more strongly to the mailers?")["treatment"].strip() == "the mailers"
    # the arm an effect is compared with is no subgroup
    gotv = profile_from_spec(["treatment:categorical:Control,Civic Duty,Neighbors", "voted:binary", "yob:continuous"])
    assert written_levels("the effect of the mailings compared with the control group", gotv, "treatment") == []
    assert written_levels("the effect on the Control group", gotv, "treatment") == ["Control"]
    assert names("the effect of the mailings on turnout", "voted")  # the glossary's word for a vote column
    # a unit in a name is not looked for: "length of stay" writes los_days, for a role the question does not ground
    assert writes_all_words("the length of stay", "los_days") and not writes_all_words("the stay", "los_days")
    assert not writes_all_words("eligible for a 401(k)", "p401")  # the number alone writes it half
    assert not writes_all_words("how growth responds to taxes", "res_pct")  # a word's start is no short name's gloss
    icu = profile_from_spec(["icu_admit:binary", "los_days:continuous", "severity:continuous", "age:continuous"])
    misread = CausalQuery(task=Task.ATE, treatment="icu_admit", outcome="age")
    assert _grounded(misread, "Does admission to the ICU shorten the length of stay?", icu, g).outcome == "los_days"
    # a variance explained is a correlation's question; "how many ... did X prevent" asks for an effect
    reasons = ["correlation is not causation; ask for an effect instead", "descriptive statistics are not a causal question"]
    assert named_design("What percent of the variation in final grades is explained by prior GPA?", [], reasons) == reasons[0]
    assert named_design("How many absences did installing air filters prevent?", [], reasons) is None
    assert named_design("How many absences are there?", [], reasons) == reasons[1]


def test_kaggle_tables_counts_identifiers_years_and_which_units_should() -> None:
    from jupyter_causal.corpus.questions import profile_from_spec
    from jupyter_causal.parse.cues import asks_policy, named_design, role_spans, without_contrast
    from jupyter_causal.parse.decoding import _grounded, role_options
    from jupyter_causal.parse.grounding import Grounding, is_identifier, stem_share, value_options, written_ops

    g = Grounding()
    # counting words say nothing of the variable: "more reviews" writes number_of_reviews whole
    assert stem_share("Does it bring in more reviews?", "number_of_reviews") == 1.0
    assert stem_share("guests who make special requests", "total_of_special_requests") == 1.0
    assert stem_share("more reviews", "review_scores_rating") < 0.5
    # a column naming the rows is an identifier, whatever its casing; words merely ending in "id" are not
    assert all(map(is_identifier, ["id", "ID", "user id", "userid", "UserID", "customer_id", "PatientID", "Unnamed: 0"]))
    assert not any(map(is_identifier, ["paid", "covid", "valid", "idle_time", "kid", "Identity"]))
    ads = profile_from_spec(["user id:continuous", "test group:binary:ad,psa", "converted:binary", "total ads:continuous"])
    misread = CausalQuery(task=Task.ATE, treatment="test group", outcome="converted")
    assert _grounded(misread, "Does the number of ads a user sees change conversion?", ads, g).treatment != "user id"
    # "can we predict" names a prediction whatever the model reads; "predicted effect" does not
    reasons = ["prediction is not a causal question"]
    assert named_design("Can we predict whether a client subscribes from their balance and age?", [], reasons) == reasons[0]
    assert named_design("Build a model to predict churn", [], reasons) == reasons[0]
    assert named_design("Is the predicted effect of the drug on pain real?", [], reasons) is None
    # "which listings should turn on X to get the most Y" asks for a policy, and places both roles
    question = "Which listings should turn on instant booking to get the most reviews?"
    assert asks_policy(question, []) and role_spans(question) == {"treatment": "instant booking ", "outcome": "reviews"}
    assert asks_policy("Who should be offered the discount?", []) and not asks_policy("Which variables should we adjust for?", [])
    # "does X ..." places more than an article, stops at a relative clause, and "help" places the treatment only
    assert role_spans("Does a change in diabetes medication reduce 30-day readmissions?")["treatment"] == "a change in diabetes medication "
    # ("do guests who make special requests cancel less" is no "does X ...": the relative clause is the treatment, its verb the outcome)
    assert role_spans("Do guests who make special requests cancel less often?")["treatment"] == "make special requests"
    assert role_spans("Does instant booking bring in more reviews?")["outcome"] == " more reviews"
    assert role_spans("Does the test prep course help students on free lunch more on their reading score?") == {
        "treatment": "the test prep course "}
    # what a count "with" counts is the condition's column; a group of two words ending a clause is a condition
    assert role_spans("Does a longer stay lower readmission for patients with more than 2 prior inpatient visits?")[
        "condition"] == "with more than 2 prior inpatient visits"
    hotel = ["is_canceled", "lead_time", "is_repeated_guest"]
    assert role_spans("How does lead time affect the chance of a cancellation for repeat guests?", hotel)["condition"] == "for repeat guests"
    # "before" and "after" a year compare; the only comparison written before a value is the condition's
    assert written_ops("homes built before 1950") == {"<"} and written_ops("after the program") == frozenset()
    assert g.op_bonus("homes built before 1950", "<") == math.inf and g.op_bonus("homes built before 1950", "==") == 0
    assert g.op_bonus("over 60 and below 3", ">") == 2 * g.named  # two comparisons before values: a bonus, not a rule
    # values a treatment's place writes as the change asked about are its arms, no subgroup
    question = "Does moving the first gate from level 30 to level 40 hurt retention?"
    assert "30" not in without_contrast(question, role_spans(question))
    assert "30" in without_contrast("Does the gate hurt retention for users from level 30 to level 40?", {"treatment": "the gate "})
    # a mediation's treatment written whole in its place is offered even where it cannot run (the planner says why)
    compas = profile_from_spec(["two_year_recid:binary", "priors_count:discrete:0-38", "c_charge_degree:binary:F,M",
                                "juv_fel_count:discrete:0-20"])
    spans = {"treatment": "juvenile felonies ", "outcome": " two-year recidivism ", "mediator": " the number of prior offenses"}
    assert "juv_fel_count" in role_options(compas, "treatment", Task.MA, list(compas.names), spans, question="q")
    # averaging words say nothing of a column either; a plural in -ies names a name in -y (and its "Yes")
    assert stem_share("explained by the training score", "avg_training_score") == 1.0
    survey = profile_from_spec(["treatment:binary:Yes,No", "remote_work:binary:Yes,No", "tech_company:binary:Yes,No"])
    assert value_options(survey, "tech_company", "Does remote work change treatment at tech companies?") == ['"Yes"}']
    assert value_options(survey, "tech_company", "Does remote work change treatment at non-tech companies?") == ['"No"}']
    # a verb that writes a column's name is the outcome, not the word placing the roles
    question = "Are customers whose vehicle was damaged more likely to respond to the offer?"
    assert "treatment" not in role_spans(question, ["Response", "Vehicle_Damage"]) and role_spans(question)["treatment"] == " the offer"


def test_covariates_listed_to_adjust_for_become_controls_and_no_subgroup() -> None:
    from jupyter_causal.corpus.questions import profile_from_spec
    from jupyter_causal.parse.cues import adjusting_items, without_adjusting
    from jupyter_causal.parse.decoding import _adjusted
    from jupyter_causal.parse.grounding import Grounding

    listed = "Estimate the effect of qsmk on wt82_71 adjusting for sex, race, age, education and wt71."
    assert adjusting_items(listed) == ["sex", "race", "age", "education", "wt71"]
    assert without_adjusting(listed) == "Estimate the effect of qsmk on wt82_71."
    opening = "Controlling for age, sex and income, does the training program raise earnings?"
    assert adjusting_items(opening) == ["age", "sex", "income"]
    assert without_adjusting(opening) == "does the training program raise earnings?"
    assert adjusting_items("What is the effect of X on Y, holding `tenure` and age constant?") == ["tenure", "age"]
    held = "Do married workers earn more, holding education and experience constant, in the south?"
    assert without_adjusting(held) == "Do married workers earn more, in the south?"  # no role, no subgroup either
    assert adjusting_items("Does X raise Y after accounting for socioeconomic status?") == ["socioeconomic status"]
    assert adjusting_items("Does X raise Y?") == [] and without_adjusting("Does X raise Y?") == "Does X raise Y?"

    g = Grounding()
    smoking = profile_from_spec(["seqn:continuous", "qsmk:binary", "wt82_71:continuous", "sex:binary", "race:binary",
                                 "age:continuous", "education:categorical:1,2,3,4,5", "wt71:continuous", "ses:continuous"])
    ate = CausalQuery(task=Task.ATE, treatment="qsmk", outcome="wt82_71")
    assert _adjusted(ate, adjusting_items(listed), smoking, g).controls == ("sex", "race", "age", "education", "wt71")
    # an item grounding no column is dropped; none grounding one leaves every usable column (null)
    assert _adjusted(ate, ["socioeconomic status", "the weather"], smoking, g).controls == ("ses",)
    assert _adjusted(ate, ["confounders"], smoking, g).controls is None
    # a role, or a graph, takes no controls
    assert _adjusted(ate, ["qsmk", "age"], smoking, g).controls == ("age",)
    graph = CausalQuery(task=Task.CGL, nodes=["qsmk", "age"])
    assert _adjusted(graph, ["age"], smoking, g) == graph


def test_an_average_effect_asked_for_the_treated_takes_the_method_that_estimates_it() -> None:
    from jupyter_causal.corpus.questions import profile_from_spec
    from jupyter_causal.parse.cues import asks_on_treated
    from jupyter_causal.parse.decoding import _aimed

    for asked in ("What was the effect of the training on the 1978 earnings of those who took part?", "Estimate the ATT of treat on re78.",
                  "How much did job training raise participants' earnings?", "What is the effect of treatment on the treated?",
                  "What did quitting do to weight gain among those who quit?"):
        assert asks_on_treated(asked), asked
    for other in ("What is the effect of treat on re78?", "Does the coupon raise spend for customers who received a reminder?",
                  "Did the untreated regions grow faster than the treated ones?"):
        assert not asks_on_treated(other), other
    jobs = profile_from_spec(["treat:binary", "dose:continuous", "re78:continuous", "age:continuous"])
    asked = "What is the effect on the treated of treat on re78?"
    assert _aimed(CausalQuery(task=Task.ATE, treatment="treat", outcome="re78"), asked, jobs, {}).method == "dr_att"
    # a continuous treatment has no treated units; a subgroup effect or a plain question keeps the default method
    assert _aimed(CausalQuery(task=Task.ATE, treatment="dose", outcome="re78"), asked, jobs, {}).method is None
    assert _aimed(CausalQuery(task=Task.ATE, treatment="treat", outcome="re78"), "What is the effect of treat on re78?", jobs, {}).method is None


def test_an_estimator_the_question_names_becomes_the_query_method() -> None:
    from jupyter_causal.corpus.questions import profile_from_spec
    from jupyter_causal.parse.cues import _METHOD_NAMES, asked_methods, without_method
    from jupyter_causal.parse.decoding import _aimed

    # every name leads to a method registered for its task
    assert all(method in jc.methods(task) for task, method, _ in _METHOD_NAMES)
    columns = ["coupon", "sales", "visits", "learning_hours"]
    assert asked_methods("Learn the causal graph of a, b and c using DirectLiNGAM.", columns) == {Task.CGL: "lingam"}
    assert asked_methods("Run the PC algorithm on a, b and c", columns) == {Task.CGL: "pc"}
    assert asked_methods("Using GES, how do a, b and c relate?", columns) == {Task.CGL: "ges"}
    # words of a column's name do not hide an estimator's name ("learning" of ``learning_hours``)
    assert asked_methods("Estimate the ATE of coupon on sales by double/debiased machine learning", columns) == {Task.ATE: "linear_dml"}
    assert asked_methods("What is the AIPW estimate of the effect of coupon on sales?", columns) == {Task.ATE: "dr_learner"}
    assert asked_methods("Who should get the coupon? Use a doubly robust policy tree.", columns) == {
        Task.ATE: "dr_learner", Task.OPO: "policy_tree"}
    assert asked_methods("Does owning a PC raise GPA?", ["PC", "GPA"]) == {}
    assert asked_methods("Does the lingam column cause y?", ["lingam", "y"]) == {}  # a column's name is no estimator's
    # the clause naming it is no part of the roles ("via" names no mediator); a question without one is left as written
    assert without_method("Does coupon raise sales, via double machine learning?") == "Does coupon raise sales?"
    forest = "Find the best policy for coupon with a policy forest to maximise sales"
    assert without_method(forest) == "Find the best policy for coupon to maximise sales"
    assert without_method("How are a , b and c related?") == "How are a , b and c related?"

    table = profile_from_spec(["coupon:binary", "sales:continuous", "visits:continuous"])
    ate = CausalQuery(task=Task.ATE, treatment="coupon", outcome="sales")
    assert _aimed(ate, "Does coupon raise sales?", table, {Task.ATE: "dr_learner"}).method == "dr_learner"
    assert _aimed(ate, "Does coupon raise sales?", table, {Task.CGL: "lingam"}).method is None  # another task's estimator
    asked_on_treated = "What is the effect of coupon on the sales of those who received it?"
    assert _aimed(ate, asked_on_treated, table, {Task.ATE: "linear_dml"}).method == "dr_att"
    policy = _aimed(CausalQuery(task=Task.OPO, treatment="coupon", outcome="sales"), "Who should get coupon to minimise sales?", table,
                    {Task.OPO: "policy_forest"})
    assert (policy.method, policy.objective) == ("policy_forest", "min")


def test_an_interval_level_the_question_asks_for_becomes_the_query_level_and_no_value() -> None:
    from jupyter_causal.corpus.questions import profile_from_spec
    from jupyter_causal.parse.cues import asked_level, without_level
    from jupyter_causal.parse.decoding import _aimed
    from jupyter_causal.parse.grounding import writes_a_value

    asked = {
        "What is the effect of coupon on sales, with a 90% confidence interval?": (0.9, "What is the effect of coupon on sales?"),
        "Estimate the ATE of coupon on sales (99% CI).": (0.99, "Estimate the ATE of coupon on sales."),
        "Does coupon raise sales at the 90% level?": (0.9, "Does coupon raise sales?"),
        "Is the effect of coupon on sales significant at the 1% level?": (0.99, "Is the effect of coupon on sales significant?"),
        "Learn the causal graph of a, b and c at significance level 0.01.": (0.99, "Learn the causal graph of a, b and c."),
        "Who should get the coupon? Give 80% confidence intervals.": (0.8, "Who should get the coupon?"),
        "What is the effect of x on y at a confidence level of 0.9?": (0.9, "What is the effect of x on y?"),
        "Is it significant at the 5 percent level?": (0.95, "Is it significant?"),
        "Draw the graph of a, b and c with alpha = 0.1": (0.9, "Draw the graph of a, b and c"),
        "Is the effect of coupon on sales significant (p < 0.05)?": (0.95, "Is the effect of coupon on sales significant?"),
    }
    for question, (level, rest) in asked.items():
        assert (asked_level(question), without_level(question)) == (level, rest), question
    # percentages that are values or names, not levels, stay where they are
    for other in ("Does a 10% discount raise sales?", "Do students in the top 10% of their class earn more?",
                  "Effect of coupon on sales for customers aged over 90?", "Is x larger for units with p < 0.5?"):
        assert asked_level(other) is None and without_level(other) == other, other
    scores = profile_from_spec(["coupon:binary", "sales:continuous", "score:discrete:0-100"])
    assert writes_a_value("Does coupon raise sales at the 90% level?", scores)  # what the decoder would read without the cue
    assert not writes_a_value(without_level("Does coupon raise sales at the 90% level?"), scores)
    ate = CausalQuery(task=Task.ATE, treatment="coupon", outcome="sales")
    assert _aimed(ate, "Does coupon raise sales?", scores, {}, 0.9).ci_level == 0.9
    assert _aimed(ate, "Does coupon raise sales?", scores, {}).ci_level == 0.95


def test_an_amount_of_change_is_no_subgroup_and_if_x_goes_up_places_the_roles() -> None:
    from jupyter_causal.parse.cues import role_spans, without_amounts

    moved = {
        "How much do sales change if price goes up by 10?": "How much do sales change if price goes up?",
        "Does coupon raise sales by more than 2 units?": "Does coupon raise sales?",
        "Does the discount increase sales by at least 5 percent?": "Does the discount increase sales?",
        "Does coupon raise sales for customers over 60 by 5%?": "Does coupon raise sales for customers over 60?",
        "What happens to visits if we raise price by $5?": "What happens to visits if we raise price?",
    }
    for question, rest in moved.items():
        assert without_amounts(question) == rest, question
    for other in ("Does coupon raise sales for customers over 60?", "Are sales higher by region 3?", "Is the effect bigger for age 30 by sex?"):
        assert without_amounts(other) == other, other
    columns = ["price", "sales", "coupon"]
    for question in ("How much do sales change if price goes up?", "How much would sales change if we raised price?",
                     "If price goes up, how much do sales change?", "How do sales respond when price rises?",
                     "If the price is raised, do sales fall?"):
        spans = role_spans(question, columns)
        assert "price" in spans["treatment"] and "sales" in spans["outcome"], (question, spans)
    # a state, not a change, is not read so (the product featured on the homepage is its treatment, not a group)
    assert role_spans("How much do sales go up when the product is featured on the homepage?", ["sales", "homepage"]) == {}


def test_counterfactuals_two_joined_conditions_and_a_lack_written_as_such() -> None:
    from jupyter_causal.corpus.questions import profile_from_spec
    from jupyter_causal.parse.cues import role_spans
    from jupyter_causal.parse.grounding import value_options

    spans = role_spans("What would earnings in 1978 have been without the training?", ["treat", "re78"])
    assert "earnings" in spans["outcome"] and "training" in spans["treatment"]
    spans = role_spans("What would sales be if we cut price?", ["price", "sales"])
    assert spans["outcome"] == "sales" and "price" in spans["treatment"]
    # a second condition joined by "and" with its own value is part of the condition's place
    assert role_spans("Estimate the effect for age = 30 and educ = 12.", ["age", "educ"])["condition"] == "for age = 30 and educ = 12"
    assert role_spans("effect of X on Y when age is 30 and sales are high", ["age"])["condition"] == "when age is 30"
    jobs = profile_from_spec(["treat:binary", "nodegree:binary", "re78:continuous", "smoker:binary", "nonwhite:binary"])
    # a column named for a lack is 1 where the question writes the lack, 0 where it writes what is lacked
    for lack in ("those with no degree", "people without a degree", "workers without a high school degree"):
        assert value_options(jobs, "nodegree", f"Does training help {lack}?") == ["1}"], lack
    assert value_options(jobs, "nodegree", "Does training help those with a degree?") == ["0}"]
    assert value_options(jobs, "nonwhite", "effect for non-white workers") == ["1}"]
    assert value_options(jobs, "nonwhite", "effect for white workers") == ["0}"]
    # a 0 / 1 column named after a negation is its 0; named plainly, either level is left to the model
    assert value_options(jobs, "smoker", "effect for non-smokers") == ["0}"]
    assert value_options(jobs, "smoker", "effect for smokers") == ["0}", "1}"]


def test_an_effect_asked_to_vary_with_a_number_column_splits_it_at_the_median() -> None:
    from jupyter_causal.corpus.questions import profile_from_spec
    from jupyter_causal.parse.cues import role_spans, varies_with
    from jupyter_causal.parse.decoding import _split_by_modifier
    from jupyter_causal.parse.grounding import Grounding

    assert varies_with("Does the effect of treat on re78 vary with age?")["what"] == "age"
    assert varies_with("Does the impact of the coupon depend on customer tenure?")["what"] == "customer tenure"
    assert varies_with("Do sales vary with age?") is None  # no effect asked about
    jobs = profile_from_spec(["treat:binary", "age:discrete:17-55", "married:binary", "re78:continuous"])
    g = Grounding()
    assert _split_by_modifier("Does the effect of treat on re78 vary with age?", jobs, g) == \
        "Does the effect of treat on re78 vary with age above the median?"
    assert "condition" in role_spans("Is the effect of treat on re78 heterogeneous across age above the median?", jobs.names)
    assert _split_by_modifier("Does the effect of treat on re78 vary with married?", jobs, g) == \
        "Does the effect of treat on re78 vary for married = 1?"  # a yes/no column has no median: one of its levels
    for kept in ("Does the effect of treat on re78 vary with age over 40?",  # a value is written
                 "Does the effect of treat on re78 vary with the weather?"):  # no column
        assert _split_by_modifier(kept, jobs, g) == kept, kept


def test_an_effect_asked_to_vary_with_or_differ_between_levels_of_a_column_is_asked_at_one_of_them() -> None:
    from jupyter_causal.corpus.questions import profile_from_spec
    from jupyter_causal.parse.decoding import _split_by_modifier
    from jupyter_causal.parse.grounding import Grounding

    bank = profile_from_spec(["loan:binary", "y:binary", "marital:categorical:divorced,married,single", "age:discrete:18-90",
                              "sex:categorical:Female,Male", "degree:categorical:F,M", "region:categorical:north,south,west"])
    g = Grounding()
    cases = {
        "Is the effect of loan on y different for married and single clients?": "Is the effect of loan on y different for marital = married?",
        "Does the effect of loan on y differ between women and men?": "Does the effect of loan on y differ for sex = Female?",
        "Does the effect of loan on y vary by region?": "Does the effect of loan on y vary for region = west?",  # the last level
        "Is the effect of loan on y different across regions?": "Is the effect of loan on y different for region = west?",
        "Does the effect of loan on y depend on age?": "Does the effect of loan on y depend on age above the median?",
    }
    for question, read in cases.items():
        assert _split_by_modifier(question, bank, g) == read, question
    for kept in ("Does the effect of loan on y vary with age and region?",  # two columns, not two levels of one
                 "Does the effect on y differ between loan 0 and loan 1?",  # a value is written
                 "Does the effect of region on y differ between north and south?",  # the treatment's own arms
                 "Does the effect on y differ between region north and region south?",
                 "Is the effect of loan on y different for married clients?"):  # one group: the model reads it
        assert _split_by_modifier(kept, bank, g) == kept, kept
    jobs = profile_from_spec(["treat:binary", "re78:continuous", "black:binary", "smoker:binary:no,yes", "arm:binary:A,B"])
    kept = "Does the effect on re78 differ between arm A and arm B?"  # the arms of a yes/no treatment both groups name
    assert _split_by_modifier(kept, jobs, g) == kept
    assert _split_by_modifier("Did the effect of treat on re78 differ between black and non-black participants?", jobs, g) == \
        "Did the effect of treat on re78 differ for black = 1?"  # a yes/no column both groups name
    assert _split_by_modifier("Is the effect of treat on re78 different for non-smokers and smokers?", jobs, g) == \
        "Is the effect of treat on re78 different for smoker = no?"  # the first named negated
    married = profile_from_spec(["treat:binary", "re78:continuous", "married:binary"])
    assert _split_by_modifier("Did the effect of treat on re78 differ between unmarried and married workers?", married, g) == \
        "Did the effect of treat on re78 differ for married = 0?"  # negated by a glued prefix, first: as "non-smokers" is


def test_a_group_named_by_a_high_or_low_amount_is_split_at_the_median() -> None:
    from jupyter_causal.corpus.questions import profile_from_spec
    from jupyter_causal.parse.cues import graded_groups, role_spans
    from jupyter_causal.parse.decoding import _graded_at_median
    from jupyter_causal.parse.grounding import Grounding

    assert [(m[0], what, high) for m, what, high in graded_groups("Is it larger for high-income households and older patients?")] == [
        ("high-income households", "income", True), ("older patients", "patients' age", True)]
    assert [(what, high) for _, what, high in graded_groups("effect for low birth weight babies")] == [("birth weight", False)]
    for linking in ("Is the effect bigger for people without a degree?", "Does support lower churn for customers?",
                    "Is it bigger for married households?"):
        assert graded_groups(linking) == [], linking
    shop = profile_from_spec(["email:binary", "revenue:continuous", "tenure_months:discrete:1-60", "age:discrete:18-80", "plan:categorical:a,b"])
    g = Grounding()
    assert _graded_at_median("Does the email reduce revenue for long-tenure customers?", shop, g) == \
        "Does the email reduce revenue for customers with tenure above the median?"
    assert _graded_at_median("Does the email work for younger users?", shop, g) == "Does the email work for users with age below the median?"
    for kept in ("Does the email work for high-plan users?",  # no numeric column
                 "Does the email work for long-tenure customers over 40?"):  # a value is written
        assert _graded_at_median(kept, shop, g) == kept, kept
    spans = role_spans("What's the incremental revenue from sending the email?", shop.names)
    assert spans["outcome"] == "revenue" and "email" in spans["treatment"]
    assert role_spans("Should we offer free shipping to mobile users if we want bigger orders?", shop.names)["treatment"] == "free shipping"
    # the units after "offer" are no treatment; the arm after "which" is
    assert role_spans("Which contract type should we offer each customer to minimise churn?", shop.names)["treatment"] == "contract type"


def test_patients_over_an_age_a_second_yes_no_group_and_is_x_a_cause_of_y() -> None:
    from jupyter_causal.corpus.questions import profile_from_spec
    from jupyter_causal.parse.cues import role_spans
    from jupyter_causal.parse.grounding import another_group, prose

    assert prose("For diabetic patients over 65, does it work?") == "For diabetic patients over 65 years of age, does it work?"
    assert prose("effect for people under 30 with diabetes") == "effect for people under 30 years of age with diabetes"
    for kept in ("for patients over 2 visits", "for workers over 40 hours", "for patients over 65%"):
        assert prose(kept) == kept, kept
    clinic = profile_from_spec(["statin:binary", "age:discrete:30-90", "diabetes:binary", "stroke:binary", "smokeintensity:continuous",
                                "turnout:binary", "PastTurnout:binary"])
    place = "For diabetic patients over 65 years of age"
    assert another_group(place, clinic, "diabetes", ["age"])
    assert not another_group("For smokers above 50 years of age", clinic, "smokeintensity", ["age"])  # not a yes/no group
    assert not another_group("with past turnouts equal to 0", clinic, "turnout", ["PastTurnout"])  # the drawn column's word
    for question, (treatment, outcome) in {"Is obesity a cause of high blood pressure?": ("obesity", "high blood pressure"),
                                           "Is smoking a risk factor for stroke?": ("smoking", "stroke"),
                                           "Is price a major driver of churn?": ("price", "churn")}.items():
        spans = role_spans(question, clinic.names)
        assert (spans["treatment"].strip(), spans["outcome"].strip()) == (treatment, outcome), question


def test_a_risk_measure_is_an_effect_and_an_attributable_share_no_description() -> None:
    from jupyter_causal.parse.cues import asks_risk_measure, named_design, role_spans

    for asked in ("What is the number needed to treat with statins to prevent one stroke?", "What is the NNT for statins among smokers?",
                  "What is the absolute risk reduction in stroke from statins?", "What is the risk difference of smoking on stroke?"):
        assert asks_risk_measure(asked), asked
    assert not asks_risk_measure("Which patients should be treated with statins to prevent stroke?")
    spans = role_spans("What is the NNT for statins among smokers to prevent stroke?", ["statin", "stroke", "smoker"])
    assert (spans["treatment"], spans["outcome"].strip()) == ("statins", "stroke")
    reasons = ["descriptive statistics are not a causal question"]
    assert named_design("What fraction of strokes is attributable to smoking?", ["smoker", "stroke"], reasons) is None
    assert named_design("What fraction of patients had a stroke?", ["smoker", "stroke"], reasons) == reasons[0]


def test_textbook_tables_levels_as_written_states_and_labour_names() -> None:
    from jupyter_causal.corpus.questions import profile_from_spec
    from jupyter_causal.parse.cues import role_spans
    from jupyter_causal.parse.grounding import Grounding, names, written_levels

    passengers = profile_from_spec(["class:categorical:1st class,2nd class,3rd class,crew", "sex:binary:man,women", "survived:binary:no,yes"])
    # a level written "women" is the table's own level, though questions' "women" otherwise reads as "female"
    assert written_levels("Among women, did class affect the chance of survival?", passengers, "sex") == ["women"]
    # "is in the labor force" is the outcome's state, not a group of the rows
    mroz = ["lfp", "k5", "k618", "age", "wc", "hc", "lwg", "inc"]
    spans = role_spans("Does having young kids (k5) lower the probability a married woman is in the labor force?", mroz)
    assert "condition" not in spans
    assert "condition" in role_spans("Does having young kids (k5) lower the wage for women in the labor force?", mroz)
    assert names("the labor force", "lfp") and names("young children", "k5")
    assert Grounding().bonus("years of experience", "exper") > 0 and Grounding().bonus("years of experience", "educ") == 0


def test_econometrics_tables_logs_unnumbered_stems_and_vowelless_names() -> None:
    from jupyter_causal.corpus.questions import profile_from_spec
    from jupyter_causal.parse.grounding import Grounding, log_twin, logged, writes_log

    g = Grounding()
    training = profile_from_spec(["train:binary", "re75:continuous", "re78:continuous", "lre78:continuous", "unem78:binary"])
    assert log_twin("lre78", training.names) == "re78" and logged("re78", training.names) and log_twin("re78", training.names) is None
    assert log_twin("log_wage", ["wage", "log_wage"]) == "wage" and log_twin("income_ln", ["income", "income_ln"]) == "income"
    assert log_twin("level", ["level", "price"]) is None
    assert writes_log("the effect on log wages") and writes_log("the elasticity of demand") and not writes_log("the login rate")
    # a log beside its column is grounded only where the question writes a log; the column, not where it does
    plain = "Did the training program raise 1978 earnings?"
    assert g.role_bonus(plain, training, "re78") > 0 and g.role_bonus(plain, training, "lre78") == 0
    log = "Did the training program raise log earnings in 1978?"
    assert g.role_bonus(log, training, "lre78") > 0 and g.role_bonus(log, training, "re78") == 0
    assert g.role_bonus("What is the effect of train on re78 and lre78?", training, "lre78") > 0  # named: always
    # a stem with a number the question does not write is half the stem ("education" is educ before educ0)
    assert g.bonus("Does education reduce fertility?", "educ") == 1.0 and g.bonus("Does education reduce fertility?", "educ0") == 0.5
    assert g.bonus("Is educ0 linked to fertility?", "educ0") == 2.0
    # a name without vowels is a question word's consonants, after a glued letter too
    assert g.bonus("Does smoking lower birth weight?", "bwght") == 1.0 and g.bonus("How tall: the height", "hght") == 1.0
    assert g.bonus("years of schooling", "yrs") == 1.0 and g.bonus("the content of a page", "cnt") == 0.0
    wages = profile_from_spec(["educ:continuous", "wage:continuous", "lwage:continuous"])  # the glossary reads lwage in "wages"
    assert g.role_bonus("the effect of education on wages", wages, "lwage") == 0 < g.role_bonus("the effect of education on wages", wages, "wage")
    assert g.role_bonus("the effect of education on log wages", wages, "lwage") > 0 == g.role_bonus("the effect of education on log wages", wages, "wage")


def test_two_letter_words_initialled_names_and_what_grounds_a_log() -> None:
    from jupyter_causal.corpus.questions import profile_from_spec
    from jupyter_causal.parse import cues
    from jupyter_causal.parse.grounding import Grounding, carried_numbers, names, written_values

    g = Grounding()
    # a two-letter word of a name counts, written or not: "college GPA" writes colGPA whole but hsGPA half
    college = "how does skipping lectures change college GPA?"
    assert g.bonus(college, "colGPA") == 1.0 and g.bonus(college, "hsGPA") == 0.5
    assert g.bonus("the high school GPA", "hsGPA") == 1.0 and g.bonus("mother's IQ", "mother_iq") == g.named
    assert g.bonus("is the restaurant co-owned", "co_owned") == g.named and g.bonus("advertising spend", "ad_spend") == 1.0
    # units and directions are not read: "distance to the road" writes dist_road_km (two words: as if named), "the price
    # rise" price_up (one word and a direction: as a stem, below a column named price)
    assert g.bonus("distance to the road", "dist_road_km") == g.named and g.bonus("the price rise", "price_up") == 1.0
    # a one-word name written as initials and a whole word, which the longer grounding outranks
    prison = "What is the effect of alcohol consumption on the black male prison population?"
    assert names(prison, "bmprison") and names("a higher match rate", "mrate") and not names("the prison population", "bmprison")
    texas = profile_from_spec(["alcohol:continuous", "bmprison:continuous", "black:continuous", "poverty:continuous"])
    assert g.best_grounded(cues.role_spans(prison)["outcome"], texas.names, profile=texas) == ["bmprison"]
    # "earnings" and "pay" are a wage or salary (its log only where the question writes a log)
    wage2 = profile_from_spec(["educ:continuous", "wage:continuous", "lwage:continuous", "IQ:continuous"])
    earnings = "What is the return to a year of education on monthly earnings, controlling for IQ?"
    assert g.role_bonus(earnings, wage2, "wage") == 2.0 and g.role_bonus(earnings, wage2, "lwage") == 0
    assert names("the effect of sales on CEO pay", "salary") and names("a firm's return on equity", "roe")
    # a one-word name contracting two written words outranks a shorter name inside them
    exam = "Does class attendance rate improve the standardized final exam score?"
    assert names(exam, "stndfnl") and g.best_grounded(cues.role_spans(exam)["outcome"], ["final", "stndfnl", "attend"]) == ["stndfnl"]
    # a number a column's name carries after its letters is not a value ("12 months" for er_any_12m)
    ohie = profile_from_spec(["selected:binary", "er_any_12m:binary", "age:continuous"])
    assert carried_numbers("any ER visit in the last 12 months", ohie.names) == {"12"}
    assert written_values("any ER visit in the last 12 months for those over 40", ohie) == [40.0]
    # "how does X change Y" places both roles; "how does Y change with X" and "does Y change when ..." do not read X first
    assert cues.role_spans(college)["outcome"].strip() == "college GPA"
    assert cues.role_spans("How does the wage change with education?")["outcome"].strip() == "the wage"
    assert "treatment" not in cues.role_spans("How much does the price change when we add a garden?")
    # "a policy for X on Y" names the objective after "on"
    assert cues.role_spans("Optimal policy for altitude_training on heart rates")["outcome"].strip() == "heart rates"


def test_compound_names_levels_written_as_initials_and_arms_named_by_abbreviation() -> None:
    """What the ninth to thirteenth batches of textbook questions taught: names glued from words (one a plural, or a
    count's ``n`` before them), levels written as initials or word for word, a name all of whose words are written
    outranking a shorter one, arms named ``trt``/``rx``, glossary phrases read as questions are, no slip in a function
    word, and averages or shares of a column asked for without an effect out of scope."""
    from jupyter_causal.corpus.phrasings import REASONS
    from jupyter_causal.corpus.questions import profile_from_spec
    from jupyter_causal.parse import cues
    from jupyter_causal.parse.cues import named_design
    from jupyter_causal.parse.grounding import Grounding, carried_numbers, grounds_subgroup, names, written_levels, written_values

    g = Grounding()
    assert names("Does sending more mailings per year cause larger gifts?", "mailsyear")
    assert names("the number of prenatal visits", "npvis") and g.bonus("more visits", "nvisits") == 1.0
    assert not names("the number of prenatal visits", "nurse") and g.bonus("more visits", "nurse") == 0.0
    # "Does" is no slip of ``dose``; "orange juice" writes the level "OJ"; "college graduates" the level "college_grad"
    tooth = profile_from_spec(["len:continuous", "supp:binary:OJ,VC", "dose:continuous"])
    juice = "Does the delivery method (orange juice vs ascorbic acid) change tooth length?"
    assert g.bonus(juice, "dose") == 0.0 and written_levels(juice, tooth, "supp") == ["OJ"]
    assert written_levels("Does the method (overall) change tooth length?", tooth, "supp") == []
    wage = profile_from_spec(["education:categorical:hs_grad,some_college,college_grad", "jobclass:binary:industrial,information",
                              "wage:continuous"])
    assert grounds_subgroup("Is the premium of information jobs bigger for college graduates?", wage, "education")
    assert not grounds_subgroup("Is the premium of information jobs bigger for older workers?", wage, "education")
    # every word written outranks a name written whole inside them; a direction is not such a word
    assert g.best_grounded("having health insurance", ["health", "health_ins", "wage"]) == ["health_ins"]
    assert g.best_grounded("a price rise", ["price", "price_up"]) == ["price"]
    assert g.best_grounded("below-average looks", ["looks", "belavg"]) == ["belavg"]
    # the arm a trial names trt is the treatment where the question describes it ("does X prolong Y" places it)
    trial = "Does the test chemotherapy prolong survival time?"
    spans = cues.role_spans(trial)
    assert spans["treatment"].strip() == "the test chemotherapy"
    assert g.role_named(trial, "treatment", ["trt", "karno", "age"], spans["treatment"], [spans["outcome"]]) == ["trt"]
    # a glossary phrase is read as prose reads the question ("men" as "male"); a number's letters written beside it
    assert names("Does inequality raise crime through unemployment of young urban men?", "U1")
    assert g.bonus("in the top 10% of their class", "Top10perc") == 1.0
    # a name in brackets after its description is not outranked by a contraction of the description ("recu" + "r")
    assert g.best_grounded(" time to recurrence (rtime)", ["recur", "rtime"]) == ["rtime"]
    assert g.best_grounded("kids who moved before age 13", ["moved", "age_at_move"]) == ["age_at_move"]
    x5 = profile_from_spec(["treatment_flg:binary", "target:binary", "gender:categorical:F,M,U"])
    assert written_levels("the uplift for women", x5, "gender") == ["F"]
    # the "20" the glossary's phrase for cd420 writes names it; the "4" glued into "CD4" is no value to begin with
    assert carried_numbers("Does the treatment change the CD4 count at 20 weeks?", ["treat", "cd40", "cd420", "days"]) == {"20"}
    aids = profile_from_spec(["treat:binary", "cd40:continuous", "cd420:continuous", "days:continuous"])
    assert written_values("Does the treatment change the CD4 count at 20 weeks?", aids) == []
    assert g.bonus("weekly sales", "SalesInThousands") == g.named
    # "what was the average X of ..." with no word of an effect asks for a description
    avocados = ["AveragePrice", "type", "year"]
    assert "descriptive" in named_design("What was the average price of organic avocados in 2017?", avocados, REASONS)
    assert named_design("What is the average effect of being organic on the price?", avocados, REASONS) is None
    assert named_design("What is the average gain in price from being organic?", avocados, REASONS) is None
    assert "descriptive" in named_design("What share of passengers are satisfied?", ["satisfaction", "Class"], REASONS)
    assert named_design("What share of the effect of X on Y goes through M?", ["X", "Y", "M"], REASONS) is None
    assert g.bonus("does superplasticizer make concrete stronger?", "Strength") == 1.0


def test_uplift_regulating_verbs_which_arm_should_each_get_and_a_listed_network() -> None:
    from jupyter_causal.corpus.phrasings import REASONS
    from jupyter_causal.parse.cues import asks_graph, named_design, role_spans

    ads = ["treatment", "conversion", "visit", "f0", "f1"]
    # "average" before an uplift or a benefit asks for an effect, not a description; before a column it still describes
    for question in ("What is the average uplift of treatment on conversion?", "What is the average benefit of treatment on visit?"):
        assert named_design(question, ads, REASONS) is None, question
    assert "descriptive" in named_design("What is the average conversion?", ads, REASONS)
    assert role_spans("What is the average uplift of treatment on conversion?", ads) == {"treatment": "treatment ", "outcome": " conversion"}
    proteins = ["raf", "mek", "erk", "akt", "pka", "pkc"]
    assert role_spans("Does PKA regulate Raf?", proteins) == {"treatment": "PKA ", "outcome": " Raf"}
    assert role_spans("Does mek activate erk?", proteins) == {"treatment": "mek ", "outcome": " erk"}
    # the arm asked for is what follows "which" where no units do
    mail = ["segment", "newbie", "visit", "spend"]
    assert role_spans("Which email should each customer get to maximise visits?", mail)["treatment"] == "email"
    for units in ("Which breast cancer patients should receive hormonal therapy to maximise survival?",
                  "Which units should receive the email to get the highest spend?"):
        assert role_spans(units, mail).get("treatment") in (None, "the email "), units
    # a graph of three or more listed variables, whatever "among" or "regulate" suggest; an effect or a path is no graph
    assert asks_graph("Recover the signalling network among raf, mek, erk, akt and pka.", proteins)
    assert asks_graph("Learn a DAG over raf, mek and erk.", proteins)
    for no_graph in ("Does pkc affect erk through mek and raf in the network?", "Recover the network of raf and mek.",
                     "What is the effect of raf on erk, mek and akt?"):
        assert not asks_graph(no_graph, proteins), no_graph


def test_a_text_arm_named_by_its_levels_is_offered_to_a_mediation_and_refused_with_a_fix() -> None:
    from jupyter_causal.corpus.questions import profile_from_spec
    from jupyter_causal.parse.cues import role_spans
    from jupyter_causal.parse.decoding import role_options

    mail = profile_from_spec(["segment:categorical:Mens E-Mail,No E-Mail,Womens E-Mail", "newbie:binary", "visit:binary",
                              "spend:continuous", "channel:categorical:Phone,Web,Multichannel"])
    question = "Does the email raise spend through visits?"
    spans = role_spans(question, mail.names)
    # a mediation needs a binary or numeric treatment: the three-level segment is offered because the treatment's place writes its
    # levels' word (the planner then says why it cannot run), not replaced by the one binary column
    assert "segment" in role_options(mail, "treatment", Task.MA, mail.names, spans, question=question)
    assert "segment" not in role_options(mail, "treatment", Task.MA, mail.names, {"treatment": "being new "}, question="being new")
    df = pd.DataFrame({"segment": ["Mens E-Mail", "No E-Mail", "Womens E-Mail"] * 40, "visit": [0, 1] * 60, "spend": np.arange(120.0)})
    with pytest.raises(jc.PlanError) as err:
        jc.analyze({"task": "MA", "treatment": "segment", "outcome": "spend", "mediator": "visit"}, df)
    assert "binary or numeric treatment" in str(err.value) and "df['segment'] != 'No E-Mail'" in err.value.fix


def test_heavy_or_light_doers_are_graded_by_the_column_they_ground() -> None:
    from jupyter_causal.corpus.questions import profile_from_spec
    from jupyter_causal.parse.cues import graded_groups
    from jupyter_causal.parse.decoding import _graded_at_median
    from jupyter_causal.parse.grounding import Grounding

    assert [(m[0], what, high) for m, what, high in graded_groups("Is it larger for heavy smokers and light drinkers?")] == [
        ("heavy smokers", "heavy smokers", True), ("light drinkers", "light drinkers", False)]
    cohort = profile_from_spec(["qsmk:binary", "wt82_71:continuous", "smokeintensity:discrete:1-60", "smokeyrs:discrete:1-50",
                                "age:discrete:25-75"])
    g = Grounding()
    assert _graded_at_median("Is the effect of quitting on weight gain larger for heavy smokers?", cohort, g) == \
        "Is the effect of quitting on weight gain larger for smokers with smokeintensity above the median?"
    assert _graded_at_median("Does it differ for light smokers?", cohort, g) == "Does it differ for smokers with smokeintensity below the median?"
    assert _graded_at_median("Does it differ for heavy drinkers?", cohort, g) == "Does it differ for heavy drinkers?"  # no column
    assert g.best_grounded("encouraged to quit", cohort.names, profile=cohort) == ["qsmk"]


def test_a_standard_band_is_its_threshold_and_a_compound_name_writes_no_level() -> None:
    from jupyter_causal.corpus.questions import profile_from_spec
    from jupyter_causal.parse.decoding import _banded
    from jupyter_causal.parse.grounding import Grounding, writes_a_value, written_levels

    insured = profile_from_spec(["smoker:binary", "charges:continuous", "bmi:continuous", "age:discrete:18-64"])
    g = Grounding()
    assert _banded("Is the effect of smoking on charges larger for obese people?", insured, g) == \
        "Is the effect of smoking on charges larger for people with bmi above 30?"
    assert _banded("Does it differ for underweight patients?", insured, g) == "Does it differ for patients with bmi below 18.5?"
    no_bmi = profile_from_spec(["smoker:binary", "charges:continuous"])
    assert _banded("Is it larger for obese people?", no_bmi, g) == "Is it larger for obese people?"
    # "monthly" inside the name of MonthlyCharges is not Contract's "Month-to-month"; on its own it still is
    telco = profile_from_spec(["MonthlyCharges:continuous", "Churn:binary", "Contract:categorical:Month-to-month,One year,Two year"])
    assert not writes_a_value("Do higher monthly charges increase churn?", telco)
    assert written_levels("Does support lower churn for month-to-month customers?", telco, "Contract") == ["Month-to-month"]


def test_what_if_everyone_had_x_and_a_counterfactual_for_the_treated_place_their_roles() -> None:
    from jupyter_causal.parse.cues import asks_counterfactual, asks_on_treated, role_spans

    cols = ["Contract", "Churn", "smoker", "charges"]
    assert role_spans("What if every customer had a two-year contract, how much would churn drop?", cols) == {
        "treatment": "a two-year contract", "outcome": "churn"}
    assert role_spans("What if all patients got the drug, would mortality fall?", cols) == {"treatment": "the drug", "outcome": "mortality"}
    question = "What is the counterfactual charge for smokers had they not smoked?"
    assert role_spans(question, cols) == {"outcome": "charge", "treatment": "smokers"}
    # what the smokers would have paid otherwise is the effect on the treated, and no graph
    assert asks_on_treated(question) and asks_counterfactual(question)
    assert asks_counterfactual("What would test scores have been had these kids not attended Head Start?")
    for plain in ("Does smoking raise charges?", "Learn the graph of smoker and charges.", "What if we learn a DAG?"):
        assert not asks_counterfactual(plain) and not asks_on_treated(plain), plain


def test_should_a_group_get_x_places_the_group_and_by_ends_a_role() -> None:
    from jupyter_causal.parse.cues import role_spans

    cols = ["SeniorCitizen", "PaperlessBilling", "Churn"]
    assert role_spans("Should senior citizens get paperless billing to reduce churn?", cols) == {
        "treatment": "paperless billing", "condition": "senior citizens", "outcome": " churn"}
    # bare units are no group, and a treatment offered to everyone is no group either
    assert "condition" not in role_spans("Should patients receive a stent to maximize years of life?", cols)
    assert "condition" not in role_spans("Should RemoteWork be offered to everyone, no one, or only some, to maximize salary?", cols)
    # "by" ends the outcome's place: "by passenger class" is no part of the outcome, nor is "by way of" the mediator
    assert role_spans("Estimate the heterogeneous effect of sex on survival by passenger class.", cols) == {
        "treatment": "sex ", "outcome": " survival "}
    assert role_spans("Does `Vaccinated` change pet age (`Age`) by way of emergency visits?", cols)["outcome"] == " pet age (`Age`) "


def test_bracketed_endings_lacking_levels_shortened_levels_and_a_yes_no_column_is_no_log() -> None:
    from jupyter_causal.corpus.questions import profile_from_spec
    from jupyter_causal.parse.cues import role_spans
    from jupyter_causal.parse.grounding import Grounding, prose, written_levels

    assert prose("the effect of 401(k) eligibility on customer(s)") == "the effect of 401k eligibility on customers"
    assert prose("price (usd) and age(years)") == "price (usd) and age(years)"  # a column named in brackets stays
    cols = ["net_tfa", "e401", "p401", "inc", "marr"]
    assert role_spans("What is the effect of 401(k) eligibility on net financial assets?", cols) == {
        "treatment": "401k eligibility ", "outcome": " net financial assets"}
    births = profile_from_spec(["bweight:continuous", "lbweight:binary", "mbsmoke:binary", "mmarried:categorical:married,notmarried",
                                "ethnicity:categorical:cauc,afam,other"])
    # a level naming a lack is written by its word negated, and the word's own level then is not
    for question in ("Is it larger for unmarried mothers?", "Is it larger for mothers who are not married?"):
        assert written_levels(question, births, "mmarried") == ["notmarried"], question
    assert written_levels("Is it larger for married mothers?", births, "mmarried") == ["married"]
    # a level of a few lower-case letters can be the starts of two words written in a row
    assert written_levels("Is it larger for African-American students?", births, "ethnicity") == ["afam"]
    assert written_levels("Is it larger for African students?", births, "ethnicity") == []
    # low birth weight (yes / no) beside birth weight is no log of it: it is grounded where the question writes it
    g = Grounding()
    assert g.role_bonus("the effect of smoking on low birth weight", births, "lbweight") == g.named
    numbers = profile_from_spec(["wage:continuous", "lwage:continuous"])
    assert g.role_bonus("the effect of school on wages", numbers, "lwage") == 0.0  # a log is still read as one


def test_older_units_are_graded_by_their_age_an_intervention_noun_names_treat_and_the_treated_are_no_outcome() -> None:
    from jupyter_causal.parse.cues import asks_on_treated, graded_groups, role_spans
    from jupyter_causal.parse.grounding import Grounding

    assert [what for _, what, _ in graded_groups("Is it larger for older mothers?")] == ["mothers' age"]
    assert [what for _, what, _ in graded_groups("Is it larger for younger child?")] == []
    assert [(what, high) for _, what, high in graded_groups("Is it smaller for younger patients?")] == [("patients' age", False)]
    g = Grounding()
    options = ["treat", "job_seek", "job_dich", "depress2"]
    # "program" names what the study did, whatever "job training" describes; a place naming a column keeps it
    assert g.role_named("Does the job training program reduce depression?", "treatment", options, "the job training program ") == ["treat"]
    assert g.role_named("Does job search reduce depression?", "treatment", options, "job search ") == options
    assert g.role_named("Does the job-seeking program work?", "treatment", ["seeking_program", "treat"], "the job-seeking program ") == [
        "seeking_program", "treat"]
    cols = ["mbsmoke", "bweight"]
    assert "outcome" not in role_spans("What is the effect of smoking on the treated?", cols)
    for question in ("What is the effect of smoking on the treated?", "Estimate the effect of mbsmoke on bweight for the treated",
                     "the effect of smoking on the treated for birth weight"):
        assert asks_on_treated(question), question
    assert not asks_on_treated("What is the effect of price on treated wood sales?")


def test_elasticities_place_their_roles_units_with_more_x_are_graded_and_a_median_keeps_its_decimals() -> None:
    from jupyter_causal.corpus.questions import profile_from_spec
    from jupyter_causal.parse.cues import graded_groups, role_spans
    from jupyter_causal.parse.decoding import _graded_at_median, _split_by_modifier
    from jupyter_causal.parse.grounding import Grounding, _readable_median

    assert role_spans("What is the price elasticity of orange juice sales?") == {"treatment": "price", "outcome": " orange juice sales"}
    assert role_spans("Estimate the elasticity of demand with respect to price.") == {"treatment": "price", "outcome": "demand"}
    assert role_spans("What is the elasticity of sales to price for minute maid?") == {"treatment": "price", "outcome": "sales"}
    assert [(what, high) for _, what, high in graded_groups("Is it larger for districts with more rooms?")] == [("rooms", True)]
    assert [(what, high) for _, what, high in graded_groups("Is it smaller for defendants with fewer priors?")] == [("priors", False)]
    assert graded_groups("Is it larger for districts with more than 5 rooms?") == []  # a value is written: no median needed
    g = Grounding()
    cal = profile_from_spec(["MedInc:continuous", "AveRooms:continuous", "MedHouseVal:continuous"])
    assert _graded_at_median("Is it larger for districts with more rooms?", cal, g) == "Is it larger for districts with AveRooms above the median?"
    oj = profile_from_spec(["store:discrete:1-140", "INCOME:continuous", "feat:binary", "logmove:continuous"])
    # "store income" grounds store and INCOME alike; its last word says which it is, and the column is written
    assert _split_by_modifier("How does the effect on sales vary with store income?", oj, g) == \
        "How does the effect on sales vary with INCOME above the median?"
    assert _readable_median(10.63, 10.3, 10.9) == 10.63 and _readable_median(44.5, 18, 90) == 44 and _readable_median(3.456, 0, 9) == 3.46


def test_a_count_before_a_hyphen_names_a_group_where_the_counted_column_holds_it() -> None:
    from jupyter_causal.corpus.questions import profile_from_spec
    from jupyter_causal.parse.cues import numbered_groups
    from jupyter_causal.parse.decoding import _numbered
    from jupyter_causal.parse.grounding import Grounding

    assert [(what, n) for _, what, n in numbered_groups("Is it different for 8-cylinder cars?")] == [("cylinder", 8)]
    assert numbered_groups("What is the 7-day retention of users?") == []  # no units follow: the number names a variable
    g = Grounding()
    cars = profile_from_spec(["mpg:continuous", "cylinders:discrete:3-8", "weight:continuous"])
    assert _numbered("Is it different for 8-cylinder cars?", cars, g) == "Is it different for cars with cylinders = 8?"
    assert _numbered("Is it different for 12-cylinder cars?", cars, g) == "Is it different for 12-cylinder cars?"  # out of range
    assert _numbered("Is it different for 3-door cars?", cars, g) == "Is it different for 3-door cars?"  # no column counts doors


def test_gaining_most_in_y_from_x_places_its_roles_and_comparatives_gloss_a_weight() -> None:
    from jupyter_causal.parse.cues import role_spans
    from jupyter_causal.parse.grounding import Grounding

    assert role_spans("Which wines would gain most in quality from more alcohol?") == {"outcome": "quality ", "treatment": " more alcohol"}
    assert role_spans("How much does the gain in sales from ads differ?")["outcome"].strip() == "sales"
    assert role_spans("Do heavier cars get worse mileage?") == {"treatment": "heavier cars ", "outcome": "mileage"}
    assert "outcome" not in role_spans("Do patients on the drug get better faster?")  # recovering, not an outcome named "faster"
    g = Grounding()
    assert g.bonus("Do heavier cars get worse mileage?", "weight") > 0 and g.bonus("Do heavier cars get worse mileage?", "mpg") == g.named
    assert g.bonus("Do older cars get worse mileage?", "weight") == 0


def test_and_through_it_names_a_mediator_more_educated_units_are_graded_and_units_with_a_count_have_some() -> None:
    from jupyter_causal.corpus.questions import profile_from_spec
    from jupyter_causal.parse.cues import graded_groups, having_groups, names_mediator, role_spans
    from jupyter_causal.parse.decoding import _graded_at_median, _having_some
    from jupyter_causal.parse.grounding import Grounding

    for question, mediator in (("Does age lower maximum heart rate, and through it raise disease risk?", "maximum heart rate"),
                               ("Does the program raise self-efficacy and, through that, reemployment?", "self-efficacy")):
        spans = role_spans(question)
        assert names_mediator(question) and spans["mediator"].strip() == mediator, spans
    assert role_spans("Does overtime hurt work-life balance, and through it attrition?") == {
        "mediator": " work-life balance", "treatment": "overtime ", "outcome": "attrition"}
    assert not names_mediator("Does age lower heart rate and raise disease risk?")  # two effects, no path
    assert [(what, high) for _, what, high in graded_groups("Is it larger for less educated women?")] == [("educated", False)]
    assert [(what, high) for _, what, high in graded_groups("Is it larger for more experienced workers?")] == [("experienced", True)]
    g = Grounding()
    mroz = profile_from_spec(["inlf:binary", "kidslt6:discrete:0-3", "educ:discrete:5-17", "exper:discrete:0-45"])
    assert _graded_at_median("Is it larger for less educated women?", mroz, g) == "Is it larger for women with educ below the median?"
    assert [what for _, what in having_groups("Is it bigger for students with past failures?")] == ["past failures"]
    assert having_groups("Is it bigger for students with more failures?") == []  # graded: a median split reads it
    students = profile_from_spec(["failures:discrete:0-3", "studytime:discrete:1-4", "schoolsup:binary", "absences:continuous"])
    assert _having_some("Is it bigger for students with past failures?", students, g) == \
        "Is it bigger for students with failures above 0?"
    # a measured column, or one that does not start at zero, is no count of things had
    assert _having_some("Is it bigger for students with absences?", students, g) == "Is it bigger for students with absences?"
    assert _having_some("Is it bigger for students with study time?", students, g) == "Is it bigger for students with study time?"


def test_an_arm_compared_with_is_the_treatments_and_names_allow_hyphens_and_chance_writes_no_change() -> None:
    from jupyter_causal.corpus.questions import profile_from_spec
    from jupyter_causal.parse.cues import role_spans
    from jupyter_causal.parse.grounding import Grounding, names

    ads = profile_from_spec(["test_group:categorical:ad,psa", "converted:binary", "total_ads:continuous", "most_ads_hour:discrete:0-23"])
    g = Grounding()
    spans = role_spans("Did the ads increase conversion compared to the PSA?", ads.names)
    assert spans == {"treatment": "the ads  compared to the PSA", "outcome": " conversion"}
    # both levels of test_group are written in the treatment's place: they are compared, and "ads" grounds total_ads too
    assert g.placed(spans, "treatment", list(ads.names), ads.names, profile=ads) == ["test_group"]
    assert names("the share of lower-status residents", "lstat") and names("exercise induced angina", "exang")
    assert g.bonus("the chance a booking gets cancelled", "booking_changes") < g.named
    assert g.bonus("the chance a booking gets cancelled", "is_canceled") == g.named
    # teaching tables' names: heart disease, final grades, a relationship, house values
    assert names("heart disease", "target") and names("students' grades", "G3") and not names("the G1 grade", "G3")
    assert names("being in a relationship", "romantic") and names("house values", "medv")


def test_the_return_to_x_places_a_treatment_units_far_from_a_place_are_graded_and_compounds_write_initials() -> None:
    from jupyter_causal.corpus.questions import profile_from_spec
    from jupyter_causal.parse.cues import graded_groups, role_spans
    from jupyter_causal.parse.decoding import _graded_at_median
    from jupyter_causal.parse.grounding import Grounding, names

    assert role_spans("Is the return to experience smaller for women?") == {
        "condition": "for female", "treatment": "experience", "outcome": "earnings"}  # a return is paid in earnings
    assert role_spans("What is the return to education on wages?") == {"treatment": "education", "outcome": " wages"}
    assert role_spans("Does the program speed the return to work?") == {}  # coming back to work is no treatment
    assert [(what, high) for _, what, high in graded_groups("Is it larger among children far from a secondary school?")] == [
        ("distance to a secondary school", True)]
    assert [(what, high) for _, what, high in graded_groups("Is it larger for patients who live close to the clinic?")] == [
        ("distance to the clinic", False)]
    progresa = profile_from_spec(["progresa:binary", "enrolled:binary", "dist_sec:continuous", "poor:binary"])
    assert _graded_at_median("Is it larger among children far from a secondary school?", progresa, Grounding()) == \
        "Is it larger among children with dist_sec above the median?"
    assert names("Does the debt-to-income ratio affect repayment?", "dti") and names("a high loan-to-value", "ltv")
    # words in a row are initials where a word between joins the two around it (stop 48), not where it lists them
    assert names("the debt to income ratio", "dti") and not names("the debt and income ratio", "dai")
    # teaching tables' names: defaults, professionals, a cash transfer
    assert names("Do higher rates cause more defaults?", "loan_status") and names("the chance a loan is charged off", "loan_status")
    assert names("How much more do professionals earn?", "profocc") and names("Did the cash transfer raise enrollment?", "progresa")


def test_a_score_cutoff_is_a_discontinuity_lead_to_places_roles_and_larger_units_are_graded_by_their_size() -> None:
    from jupyter_causal.corpus.phrasings import REASONS
    from jupyter_causal.corpus.questions import profile_from_spec
    from jupyter_causal.parse.cues import graded_groups, having_groups, named_design, role_spans
    from jupyter_causal.parse.decoding import _graded_at_median, _having_some
    from jupyter_causal.parse.grounding import Grounding

    cols = ["scholarship", "college_gpa", "test_score"]
    # "score" is a word of test_score: the cue reads the question as written
    assert "discontinuity" in named_design("Does the scholarship raise GPA, using the score cutoff at 70?", cols, REASONS)
    assert "discontinuity" in named_design("Compare students just above and just below the cutoff.", cols, REASONS)
    assert named_design("Is the effect larger for households above the income threshold?", cols, REASONS) is None
    assert role_spans("Does a search lead to more arrests?") == {"treatment": "a search ", "outcome": " more arrests"}
    assert role_spans("Do more reviews lead to higher ratings, and through that higher prices?") == {
        "mediator": " higher ratings", "treatment": "more reviews ", "outcome": "higher prices"}
    assert [(what, high) for _, what, high in graded_groups("Is it larger on bigger farms or in small classes?")] == [
        ("farm size", True), ("class size", False)]
    assert graded_groups("Is it larger for small children?") == []  # children have no size measured
    assert [(what, high) for _, what, high in graded_groups("Is it better for employees with long commutes?")] == [("commutes", True)]
    g = Grounding()
    farms = profile_from_spec(["seed:categorical:local,hybrid", "yield_t_ha:continuous", "farm_size_ha:continuous", "irrigated:binary"])
    # the level "hybrid" is the treatment's arm, no value of the group: the median split is still written
    assert _graded_at_median("Does hybrid seed raise yields more on larger farms?", farms, g) == \
        "Does hybrid seed raise yields more on farms with farm_size_ha above the median?"
    assert [what for _, what in having_groups("Is it different for employees with kids at home?")] == ["kids at home"]
    remote = profile_from_spec(["remote:binary", "burnout:discrete:1-10", "children_at_home:discrete:0-3"])
    assert _having_some("Is it different for employees with kids at home?", remote, g) == \
        "Is it different for employees with children_at_home above 0?"


def test_explained_paths_bound_levels_glued_words_hyphenated_grades_and_best_amounts() -> None:
    from jupyter_causal.corpus.questions import profile_from_spec
    from jupyter_causal.parse.cues import asks_policy, graded_groups, names_mediator, role_spans
    from jupyter_causal.parse.decoding import _graded_at_median, _without_event, role_options
    from jupyter_causal.parse.grounding import Grounding, levels_in, names, outcome_events, prose, written_levels

    # "M explains why X affects Y" and "M explains the effect of X on Y" name the mediator; "can you explain ..." does not
    assert role_spans("Can satisfaction explain why callbacks affect hold time?") == {
        "mediator": "satisfaction", "treatment": "callbacks", "outcome": " hold time"}
    assert role_spans("Does punctuality explain the effect of real-time information on ridership?")["mediator"] == "punctuality"
    assert not names_mediator("Can you explain the effect of price on sales?") and not names_mediator("What explains the effect of price on sales?")
    # a group written at the end of the outcome's place is no subgroup where that place writes every word of its column
    assert "condition" not in role_spans("What is the effect of the gate version on 1-day retention?", ["version", "retention_1", "retention_7"])
    assert role_spans("Do discounts raise sales on weekends?", ["discount", "sales", "weekend"])["condition"] == "on weekends"
    # the end of a glued name's word, not an ending many words share
    g = Grounding()
    assert g.bonus("the number of rounds played", "sum_gamerounds") > 0
    assert g.bonus("the best action", "job_satisfaction") == 0 and g.bonus("a count of visits", "discount") == 0
    # "what amount of X maximises Y" places X as the treatment and asks for a policy
    assert role_spans("What level of free sulfur dioxide maximises quality?") == {"treatment": "free sulfur dioxide", "outcome": " quality"}
    assert asks_policy("What dose of the drug minimises blood pressure?", [])
    assert role_spans("Who should be targeted with the ad to maximise visits?")["treatment"].strip() == "the ad"
    # high- / low- before any units grades them; not "long-term effects", and a name may hold digits
    wine = profile_from_spec(["sulphates:continuous", "alcohol:continuous", "quality:discrete:3-8"])
    assert _graded_at_median("Is it larger for high-alcohol wines?", wine, g) == "Is it larger for wines with alcohol above the median?"
    assert graded_groups("What are the long-term effects of alcohol on quality?") == []
    assert [what for _, what, _ in graded_groups("Is it larger for users with high f0?")] == ["f0"]
    # customers, users, borrowers ... over or under an age are that old
    assert prose("for customers under 30") == "for customers under 30 years of age"
    assert prose("for customers under 30 visits") == "for customers under 30 visits"
    # a level that bounds a number is written in words; where only the outcome's place writes it, it is the outcome's event
    adult = profile_from_spec(["education:categorical:HS-grad,Bachelors,Masters", "hours:discrete:1-99", "income:binary:<=50K,>50K",
                               "age_group:categorical:18-39,40-64,65+"])
    assert levels_in("the chance of earning over 50K", adult, "income") == [">50K"]
    assert levels_in("earning 50K or less", adult, "income") == ["<=50K"] and written_levels("people over 65", adult, "age_group") == ["65+"]
    assert written_levels("earning over 500K", adult, "income") == [] and written_levels("people over 6.5", adult, "age_group") == []
    spans = role_spans("Does a bachelor's degree raise the chance of earning over 50K?", list(adult.names))
    assert outcome_events(spans, adult, list(adult.names)) == {"income"}
    assert "income" in role_options(adult, "outcome", Task.ATE, list(adult.names), spans, question="")
    assert "50K" not in _without_event("Does a bachelor's degree raise the chance of earning over 50K?", spans, adult)
    assert outcome_events(role_spans("Do longer hours raise income over 50K?", list(adult.names)), adult, list(adult.names)) == set()
    # the class-size experiment's treatment and the ethnicity levels of the econometrics tables
    star = profile_from_spec(["star:categorical:small,regular,regular+aide", "read:continuous", "ethnicity:categorical:cauc,afam,other"])
    assert names("Which class type gives the highest reading scores?", "star")
    assert written_levels("Is it bigger for Black students?", star, "ethnicity") == ["afam"]
    # a level in capitals is written in capitals ("help us" writes no "US"); a pronoun is no outcome's event ("move it")
    depts = profile_from_spec(["department:categorical:finance,it,operations", "country:categorical:US,UK,DE", "clicks:continuous"])
    assert written_levels("Does it help us?", depts, "country") == [] and written_levels("for US customers", depts, "country") == ["US"]
    spans = role_spans("Phishing click rate: does two-factor auth move it?", list(depts.names))
    assert spans["outcome"].strip() == "it" and outcome_events(spans, depts, list(depts.names)) == set()
    # a number standing apart in a name is written where the question joins it to a word or a period: "1-day", "day 7"
    g = Grounding()
    assert g.bonus("the effect on 1-day retention", "retention_1") > g.bonus("the effect on 1-day retention", "retention_7")
    assert g.bonus("retention on day 7", "retention_7") > g.bonus("retention on day 7", "retention_1")
    valued = "users with 7 purchases and their retention"
    assert g.bonus(valued, "retention_7") == g.bonus(valued, "retention_1")
    assert g.bonus("Does annual income drive the spending score?", "Spending Score (1-100)") == g.named  # a range in brackets is no name's number


def test_short_months_which_x_level_is_best_and_missed_appointments() -> None:
    from jupyter_causal.corpus.questions import profile_from_spec
    from jupyter_causal.parse.cues import asks_policy, role_spans
    from jupyter_causal.parse.grounding import names, written_levels

    shop = profile_from_spec(["PageValues:continuous", "Month:categorical:Feb,Mar,May,Nov,Dec", "day:categorical:Mon,Sat,Sun"])
    assert written_levels("Is it different in November?", shop, "Month") == ["Nov"]
    assert written_levels("Is it different on Saturdays?", shop, "day") == ["Sat"]
    assert written_levels("Is it different in the market?", shop, "Month") == [] and written_levels("on sunny days", shop, "day") == []
    question = "Which activity level is best for sleep quality among people with insomnia?"
    assert asks_policy(question, []) and role_spans(question)["treatment"] == "activity level"
    assert names("Did the SMS reminder cut missed appointments?", "No-show")


def test_an_arm_compared_with_after_the_outcome_levels_written_with_apostrophes_or_unhyphenated_and_which_of_the_arms_is_best() -> None:
    from jupyter_causal.corpus.questions import profile_from_spec
    from jupyter_causal.parse.cues import asks_policy, role_spans
    from jupyter_causal.parse.decoding import _grounded
    from jupyter_causal.parse.grounding import Grounding, written_levels

    mail = profile_from_spec(["segment:categorical:Mens E-Mail,No E-Mail,Womens E-Mail", "womens:binary", "mens:binary",
                              "conversion:binary", "visit:binary", "zip_code:categorical:Rural,Surburban,Urban"])
    g = Grounding()
    # "with" after "compared" starts the arm compared with, which is the treatment's, not a condition ending the outcome
    spans = role_spans("Does the women's email campaign increase conversion compared with no e-mail?", mail.names)
    assert spans["outcome"].strip() == "conversion" and spans["treatment"].endswith("compared with no e-mail")
    assert g.placed(spans, "treatment", list(mail.names), mail.names, profile=mail) == ["segment"]
    # a level is written with an apostrophe before its closing s and with or without its inner hyphen; a level opening
    # with a negation is not written by its other words
    assert written_levels("the women's email", mail, "segment") == ["Womens E-Mail"]
    assert written_levels("customers who got no email", mail, "segment") == ["No E-Mail"]
    assert written_levels("the womens e-mail", mail, "segment") == ["Womens E-Mail"]
    assert written_levels("the mens emails", mail, "segment") == ["Mens E-Mail"] and written_levels("an email", mail, "segment") == []
    # a whole level of two words outranks a column named by one of them, and keeps the treatment from that column
    question = "What's the uplift of sending the womens email on conversion for rural customers?"
    spans = role_spans(question, mail.names)
    assert g.placed(spans, "treatment", list(mail.names), mail.names, profile=mail) == ["segment"]
    read = CausalQuery(task=Task.HTE, treatment="segment", outcome="conversion", condition=[{"column": "zip_code", "op": "==", "value": "Rural"}])
    assert _grounded(read, question, mail, g, spans=spans).treatment == "segment" and _grounded(read, question, mail, g).treatment == "womens"
    # a level of one word ("ad") does not: "the number of ads" is total_ads
    ads = profile_from_spec(["test group:categorical:ad,psa", "converted:binary", "total ads:continuous"])
    question = "Does the number of ads a user sees change their conversion probability?"
    read = CausalQuery(task=Task.ATE, treatment="test group", outcome="converted")
    assert _grounded(read, question, ads, g, spans=role_spans(question, ads.names)).treatment == "total ads"
    question = "Which of the three email treatments works best for visits?"
    assert asks_policy(question, mail.names) and role_spans(question, mail.names) == {"treatment": "email treatments", "outcome": " visits"}
    assert not asks_policy("Which of these factors is the best predictor of visits?", mail.names)
    # an intervention noun in the treatment's place names the treatment unless it is a word of a column's name
    jobs = ["treat", "work1", "job_seek", "depress2"]
    assert g.role_named("", "treatment", jobs, "the JOBS II workshop", ()) == ["treat"]
    assert g.role_named("", "treatment", jobs + ["workshop_hours"], "the JOBS II workshop", ()) == jobs + ["workshop_hours"]


def test_covariates_listed_after_a_colon_codings_would_y_have_been_lower_a_cause_of_a_list_and_a_difference_between_arms() -> None:
    from jupyter_causal.parse.cues import adjusting_items, listed_items, role_spans, varies_with, without_codings

    prompt = "Treatment variable: treat. Outcome variable: re78. Covariates: age, educ, black and re74. Estimate the ATE."
    assert adjusting_items(prompt) == ["age", "educ", "black", "re74"]
    assert adjusting_items("Confounders are age and sex. What is the effect of X on Y?") == ["age", "sex"]
    assert adjusting_items("What is the effect of X on Y in the controls group?") == []
    assert role_spans("Would weight gain have been lower if people had not quit smoking?") == {
        "outcome": "weight gain", "treatment": " people had not quit smoking"}
    assert role_spans("Would sales have been any different without the promotion?") == {"outcome": "sales", "treatment": " the promotion"}
    assert listed_items("Does smoking cause lung cancer, bronchitis and dyspnoea?") == ["smoking", "lung cancer", "bronchitis", "dyspnoea"]
    assert listed_items("How are A, B and C related?") == ["are A", "B", "C related"]
    assert listed_items("Does weight affect price, and is that effect mediated by mpg?") is None
    assert varies_with("Does the effect of the intervention on test scores vary with the mother's age?")["what"] == "mother's age"
    assert role_spans("What's the risk difference in death for quitters versus non-quitters?") == {
        "outcome": "death", "treatment": "quitters versus non-quitters"}
    # how a description of the data codes a yes/no column names no subgroup; a condition before "if we want" still does
    assert without_codings("qsmk is 1 if the person quit smoking, and wt82_71 (1 means a gain)").split() == (
        "qsmk if the person quit smoking, and wt82_71 ( means a gain)").split()
    assert without_codings("sex (0 = female, 1 = male), visit (1 = visited the site)").split() == "sex ( , ), visit ( )".split()
    # nor does a sentence listing the columns, unless it names roles
    assert without_codings("Columns: survived, pclass, sex, black. Did a higher class raise survival?").strip() == (
        "Did a higher class raise survival?")
    listing = "Variables: outcome = re78, treatment = treat, black. Estimate the effect."
    assert without_codings(listing) == listing
    for question in ("for those with quota equal to 1 if we want more catch", "when z is 1 if the goal is profit", "for z = 1 when price is high",
                     "for z=2 and price >= 10"):
        assert without_codings(question) == question
    # not a difference in an effect: that effect's own roles
    assert role_spans("Is the difference in the effect of price on sales between men and women large?")["treatment"] == "price "


def test_effect_acronyms_hypotheses_benefits_treatment_effects_should_we_require_arms_set_against_each_other_and_glossed_yes_no() -> None:
    import pandas as pd

    from jupyter_causal.parse.cues import role_spans, without_contrast
    from jupyter_causal.parse.grounding import glossed_value, value_options
    from jupyter_causal.profile import profile

    assert role_spans("Estimate the ATT of treat on re78 using propensity score matching.")["treatment"].strip() == "treat"
    assert role_spans("What is the CATE of the discount on spend?")["outcome"].strip() == "spend"
    assert "treatment" not in role_spans("The patients ate of the meal.")  # "ate" is a verb, not the acronym
    assert role_spans("Hypothesis: longer working hours cause higher income. Test it.") == {
        "treatment": "longer working hours", "outcome": "higher income"}
    assert role_spans("Is it true that smoking raises blood pressure?") == {"treatment": "smoking", "outcome": "blood pressure"}
    assert role_spans("Test whether the discount increases sales.") == {"treatment": "the discount", "outcome": "sales"}
    spans = role_spans("Which patients with hypertension benefit most from BP medication in terms of systolic BP?")
    assert (spans["treatment"].strip(), spans["outcome"].strip()) == ("BP medication", "systolic BP")
    assert role_spans("Who benefits from the training?")["treatment"].strip() == "the training"
    spans = role_spans("What share of the treatment effect on conversion goes through visits?")
    assert (spans["treatment"], spans["outcome"].strip(), spans["mediator"].strip()) == ("treatment", "conversion", "visits")
    assert role_spans("Should we require a deposit from city hotel bookings to reduce cancellations?")["treatment"] == "a deposit"
    assert "treatment" not in role_spans("Which ship mode should we use for each order to maximise profit?")  # no "for each order"
    # two values set against each other are the arms compared, not a subgroup at one of them
    question = "Does putting the gate at level 40 instead of 30 hurt 1-day retention?"
    spans = role_spans(question)
    assert "condition" not in spans and "40" not in without_contrast(question, spans)
    assert role_spans("Does the gate hurt retention for players at level 40?")["condition"].strip() == "at level 40"
    # a 0 / 1 column named by what it stands for: the gloss's own negation is part of what the 1 means
    frame = pd.DataFrame({"mom.lths": [0, 1] * 50, "treatment": [1, 0] * 50, "y": range(100)})
    question = "What is the effect of the treatment on y for children whose mothers did not finish high school?"
    assert glossed_value(question, "mom.lths") == 1 and value_options(profile(frame), "mom.lths", question) == ["1}"]
    assert glossed_value("for children whose mothers did finish school", "mom.lths") is None


def test_model_formulas_if_all_units_had_x_compare_x_on_y_listed_arms_the_causes_of_a_variable_and_systolic() -> None:
    from jupyter_causal.parse.cues import caused_node, role_spans, without_contrast
    from jupyter_causal.parse.grounding import Grounding

    assert role_spans("churn ~ Contract, what's the causal impact") == {"outcome": "churn", "treatment": "Contract"}
    assert role_spans("Estimate Churn ~ TechSupport + tenure causally.") == {"outcome": "Churn", "treatment": "TechSupport"}
    assert role_spans("What is the effect of X on Y? (approx. ~ 5)").get("treatment") != "5"
    # the units between the verb and the treatment are no verb writing a column ("bookings ... change" for booking_changes)
    assert role_spans("How would cancellations change if all bookings required a non-refundable deposit?", ["booking_changes"]) == {
        "outcome": "cancellations ", "treatment": "a non-refundable deposit"}
    question = "Compare promotions 1, 2 and 3 on sales."
    spans = role_spans(question)
    assert spans == {"treatment": "promotions 1, 2 and 3", "outcome": "sales"}
    assert not any(n in without_contrast(question, spans) for n in "123")
    assert without_contrast("for ages 1, 2 and 3", {"treatment": "the promotion"}) == "for ages 1, 2 and 3"
    spans = role_spans("Does the BOGO offer lift conversion relative to the discount?")
    assert "the discount" in spans["treatment"] and spans["outcome"].strip() == "conversion"
    assert caused_node("What are the causes of high systolic blood pressure?") == "high systolic blood pressure"
    assert caused_node("Which variables drive churn?") == "churn" and caused_node("What is the effect of X on Y?") is None
    grounding = Grounding()  # "sys" and "dia" stand for systolic and diastolic
    assert grounding.bonus("systolic", "sysBP") > 0 == grounding.bonus("systolic", "diaBP")
    assert grounding.bonus("diastolic", "dia_bp") > 0 == grounding.bonus("diastolic", "sysBP")


def test_iv_estimates_which_arm_maximises_an_age_written_year_old_and_an_effect_changing_as_a_variable_rises() -> None:
    import pandas as pd

    from jupyter_causal.corpus.phrasings import REASONS
    from jupyter_causal.parse.cues import asks_policy, named_design, role_spans, varies_with
    from jupyter_causal.parse.decoding import _split_by_modifier
    from jupyter_causal.parse.grounding import Grounding, written_values
    from jupyter_causal.parse.prompt import numbers_in
    from jupyter_causal.profile import profile

    cols = ["educ", "lwage", "nearc4", "stage"]
    iv = next(r for r in REASONS if "instrumental" in r)
    assert named_design("What is the IV estimate of the return to education using college proximity?", cols, REASONS) == iv
    for question in ("What is the effect of educ on lwage for stage IV patients?", "Does the iv drip shorten stays?"):
        assert named_design(question, cols, REASONS) is None  # a Roman four, a drip
    question = "For customers from the web channel, which offer maximises conversion?"
    assert asks_policy(question, ["offer", "channel", "conversion"])
    assert role_spans(question)["treatment"] == "offer" and role_spans(question)["outcome"].strip() == "conversion"
    assert not asks_policy("Which factors maximise conversion?", ["offer"])
    assert numbers_in("the effect for a 45-year-old") == [45.0] and numbers_in("the 7-day retention") == []
    frame = pd.DataFrame({"age": range(20, 80), "bmi": [20.5 + i / 3 for i in range(60)], "smoker": [0, 1] * 30, "charges": range(60)})
    assert written_values("What is the CATE of smoking on charges for a 45-year-old?", profile(frame)) == [45.0]
    match = varies_with("How does the effect of smoking on charges change as BMI increases?")
    assert (match["by"], match["what"], match["rises"]) == ("as", "BMI", "increases")
    assert varies_with("Does the effect vary with age?")["rises"] is None
    assert _split_by_modifier("How does the effect of smoking on charges change as BMI increases?", profile(frame), Grounding()) == (
        "How does the effect of smoking on charges change with BMI above the median?")
    assert _split_by_modifier("Does the effect of smoking on charges vary with age?", profile(frame), Grounding()) == (
        "Does the effect of smoking on charges vary with age above the median?")


def test_having_an_effect_discrimination_and_gaps_place_roles_and_an_arm_or_outcome_word_names_no_subgroup() -> None:
    from jupyter_causal.corpus.questions import profile_from_spec
    from jupyter_causal.parse.cues import role_spans
    from jupyter_causal.parse.grounding import Grounding, writes_a_value, written_arms

    spans = role_spans("Does race have a direct effect on the decile score, or is it all through priors_count?")
    assert (spans["treatment"].strip(), spans["outcome"].strip(), spans["mediator"].strip()) == ("race", "the decile score", "priors_count")
    assert role_spans("Does gender have any causal effect on admission?")["treatment"] == "gender"  # was "any causal"
    for question, treatment, outcome in (("Is there gender discrimination in admissions?", "gender", "admissions"),
                                         ("Is there racial bias in sentencing?", "racial", "sentencing"),
                                         ("Is the gender wage gap explained by differences in tenure?", "gender", "wage"),
                                         ("How large is the racial gap in test scores?", "racial", "test scores")):
        spans = role_spans(question)
        assert (spans["treatment"].strip(), spans["outcome"].strip()) == (treatment, outcome), question
    assert "treatment" not in role_spans("What explains the gap in wages between men and women?")  # was "he"
    rhc = profile_from_spec(["swang1:binary:No RHC,RHC", "death:binary:No,Yes", "dth30:binary:No,Yes", "age:continuous",
                             "site:categorical:private,public"])
    question = "What is the effect of RHC on 30-day death?"
    assert written_arms(role_spans(question, rhc.names), rhc, rhc.names) == {"swang1"}
    assert writes_a_value(question, rhc) and not writes_a_value(question, rhc, arms={"swang1"})
    for subgroup in ("Should we give RHC (site = private) if we want more age?",
                     "Looking only at those where site is 'private', is RHC good for age?"):
        assert written_arms(role_spans(subgroup, rhc.names), rhc, rhc.names) == set(), subgroup  # the place runs on over a subgroup
    assert writes_a_value("What is the effect of RHC on death for men?", profile_from_spec(["swang1:binary:No RHC,RHC", "sex:binary:female,male"]),
                          arms={"swang1"})
    g = Grounding()
    for written, column in (("department", "Dept"), ("racial", "race")):  # a word of a name
        assert g.bonus(f"the {written}", column) > 0, (written, column)
    for written, column in (("diabetes", "Outcome"),):  # a whole name (Pima's)
        assert g.bonus(f"the {written}", column) >= g.named, (written, column)
    wages = profile_from_spec(["wage:continuous", "female:binary", "tenure:continuous"])
    assert g.role_bonus("the gender wage gap", wages, "female") >= g.named > g.role_bonus("the gender wage gap", wages, "tenure")
    both = profile_from_spec(["wage:continuous", "female:binary", "sex:categorical:f,m"])
    assert g.role_bonus("the gender wage gap", both, "female") == 0  # a column named for it is there


def test_a_place_naming_a_measure_but_no_column_means_the_columns_measuring_it() -> None:
    from jupyter_causal.corpus.questions import profile_from_spec
    from jupyter_causal.parse.cues import role_spans
    from jupyter_causal.parse.grounding import Grounding, measures

    assert measures("customer spends") == measures("purchase_amount") == measures("Fare") == {"money"}
    assert measures("package weights") == measures("parcel_kg") == {"mass"} and measures("route_km") == {"distance"}
    assert measures("past_purchases") == measures("is_weekend") == frozenset()
    assert measures("prcies") == frozenset() and measures("prcies", slips=True) == {"money"}  # a slip, in a question only
    assert measures("fnds", slips=True) == {"money"} and measures("having health", slips=True) == frozenset()  # no wrong letter
    g = Grounding()
    shop = profile_from_spec(["got_email:binary", "purchase_amount:continuous", "past_purchases:discrete:0-40", "visits:discrete:0-60",
                              "MobileUser:binary"])
    spans = role_spans("What is the indirect effect of got_email on customer spend that runs through visits?", shop.names)
    assert g.placed(spans, "outcome", ["purchase_amount", "past_purchases", "MobileUser"], shop.names, profile=shop) == ["purchase_amount"]
    rides = profile_from_spec(["surge:binary", "fare:continuous", "is_weekend:binary", "active_drivers:discrete:0-90", "price_cap:binary"])
    spans = role_spans("Is driver supply (active_drivers) a mediator between surge pricing and prcies?", rides.names)
    assert g.placed(spans, "outcome", ["fare", "is_weekend", "price_cap"], rides.names, profile=rides) == ["price_cap"]  # it names one
    spans = role_spans("Is driver supply (active_drivers) a mediator between surge pricing and what riders pay?", rides.names)
    assert g.placed(spans, "outcome", ["fare", "is_weekend"], rides.names[:4], profile=rides) == ["fare"]
    # a measure another role's place grounds is not offered again; a place naming no measure narrows nothing
    spans = role_spans("Does the fare change what riders pay?", rides.names)
    assert g.placed(spans, "outcome", ["fare", "is_weekend"], rides.names[:4], profile=rides) == ["is_weekend"]
    spans = role_spans("Does surge pricing change how riders feel?", rides.names)
    assert g.placed(spans, "outcome", ["fare", "is_weekend"], rides.names, profile=rides) == ["fare", "is_weekend"]


def test_did_y_rise_because_of_x_places_x_as_the_treatment_not_a_mediator() -> None:
    from jupyter_causal.parse.cues import role_spans

    for question, outcome, treatment in (("Did participants' income rise because of the training?", "participants' income", "the training"),
                                         ("Is income higher because of the training?", "income", "the training"),
                                         ("Has churn gone up because of the new pricing?", "churn", "the new pricing"),
                                         ("Did income change because of the training?", "income", "the training")):
        spans = role_spans(question)
        assert (spans["outcome"].strip(), spans["treatment"].strip()) == (outcome, treatment) and "mediator" not in spans, question
    assert role_spans("Did the training raise income because of more education?")["mediator"].strip() == "more education"
    spans = role_spans("Would fares be lower without airport trips?")  # was "fares be" the treatment
    assert (spans["outcome"].strip(), spans["treatment"].strip()) == ("fares", "airport trips")



def test_everyday_phrasings_place_both_roles_and_a_decomposition_names_no_level() -> None:
    from jupyter_causal.corpus.questions import profile_from_spec
    from jupyter_causal.parse.cues import role_spans
    from jupyter_causal.parse.grounding import Grounding, written_levels

    def roles(question: str) -> tuple[str | None, str | None]:
        spans = role_spans(question)
        return tuple(spans[r].strip() if r in spans else None for r in ("treatment", "outcome"))  # type: ignore[return-value]

    assert roles("Right heart catheterization and 30 day mortality: what's the causal effect?") == (
        "Right heart catheterization", "30 day mortality")
    assert roles("How many extra tons of yield does each kg of fertilizer give on irrigated plots?") == ("kg of fertilizer", "tons of yield")
    assert roles("Do guests who make special requests cancel less often?") == ("make special requests", "cancel")
    assert roles("Do passengers who pay by card tip more?") == ("pay by card", "tip")
    assert roles("Would giving featured for units with goal (`goal_usd`) of 855900 be the right call for video pitch?") == (
        "featured", "video pitch")
    assert roles("Would giving email campaign (emailed) (past purchases < 27) be the right call for spend?") == ("email campaign (emailed)", "spend")
    assert role_spans("Does social support mediate the effect of GDP per capita on happiness?")["mediator"].strip() == "social support"
    assert roles("What is the effect on WinRate of sponsorship (`sponsored`) for age of at most 30?") == ("sponsorship (`sponsored`)", "WinRate")
    assert roles("What is the effect on number of arrests of street lighting?") == ("street lighting", "number of arrests")
    assert roles("Is the camera effect on use of force different in the north?")[0] == "camera"  # not "force" of "use of force"
    assert roles("Optimise speed cameras (cameras) to get the most speed limits.") == (None, "speed limits")
    assert role_spans("Does the return to education differ between men and women?")["condition"] == "between male and female"
    # neither a data set's name before a colon nor a verb of having or getting is a role
    assert role_spans("Based on air.csv: what's the average impact on asthma of purifiers (purifier)?").get("treatment") != "Based"
    assert role_spans("Do patients who exercise have fewer heart attacks?") == {}
    # "direct" and "indirect" as parts of an effect are no level of a traffic source; "direct" traffic is
    web = profile_from_spec(["source:categorical:direct,organic,paid", "returning:binary", "cart_items:discrete:0-20", "load_ms:continuous"])
    for question in ("Split the effect of returning on cart items into direct and load_ms-mediated parts.",
                     "What are the direct and indirect effects of returning on cart items?", "What is the direct effect of returning on cart items?"):
        assert written_levels(question, web, "source") == [], question
    assert written_levels("What is the effect of returning on cart items for direct traffic?", web, "source") == ["direct"]
    # a name written exactly in a role's place is that place's grounding, whatever another name's slips read
    kids = profile_from_spec(["rural:binary", "height_cm:continuous", "ChildWeight:continuous", "calories:continuous"])
    spans = role_spans("Does child height (`height_cm`) mediate the effect of rural households on calories?", kids.names)
    assert Grounding().placed(spans, "mediator", ["height_cm", "ChildWeight"], kids.names, profile=kids) == ["height_cm"]


def test_glossary_reads_earning_as_a_wage_and_churn_as_the_bank_tables_exit() -> None:
    from jupyter_causal.parse.grounding import names

    assert names("Do married workers earn more, holding education constant?", "wage")
    assert names("Did the union raise what members earned?", "salary")
    assert not names("Do married workers learn more?", "wage")
    assert names("Does the number of products affect churn through the balance?", "Exited")


def test_shortened_initialled_and_totalled_names_counts_by_year_swapped_letters_aims_that_go_up_ages_before_and_returns_to_schooling() -> None:
    from jupyter_causal.parse.cues import role_spans
    from jupyter_causal.parse.grounding import Grounding, _covered, names, prose, written_ops

    best = Grounding().best_grounded
    # textbook tables shorten every word of a name: "attendance rate" is atndrte, before the attend a prefix of it writes
    assert names("Does class attendance rate improve the final exam score?", "atndrte")
    assert best("class attendance rate", ["attend", "atndrte", "final"]) == ["atndrte"]
    assert not names("Does the treatment effect differ by region?", "tree")  # two-letter pieces are too loose
    assert _covered("does sponsored (`Sponsorship`) cause it", "Sponsorship") == 1  # "ship" is no shortened "sponsorship"
    # a name of three letters that is the initials of as many words outranks a word of them
    assert best("the number of children ever born", ["children", "ceb", "educ"]) == ["ceb"]
    assert names("Does exercise lower body mass index?", "bmi")
    assert not names("Does visiting on a weekend change whether the session ends in a purchase?", "Sep")  # "in a" stands between
    # a total's or an average's glued prefix before the word it counts
    assert best("at firms with more than 5000 employees", ["totemp", "totpart", "prate"]) == ["totemp"]
    assert best("the plans' participation", ["totemp", "totpart", "prate"]) == ["prate"]  # a rate, not a total of participants
    # a count of something in a year: n, the thing's start and the year
    assert best("the number of arrests in 1986", ["narr86", "nfarr86", "inc86sq", "ptime86"]) == ["narr86"]
    # two letters swapped before an ending
    assert Grounding().bonus("Quantify the pathway voter turnout -> canvsasing -> mailers", "canvassed") > 0
    assert role_spans("How do we decide whom to give SMS reminders to, so that mailer goes up?")["outcome"] == "mailer"
    assert role_spans("Who should get the coupon so that revenue increases?")["outcome"] == "revenue"
    # a return to schooling is paid in earnings, where the question names no outcome
    assert role_spans("Does the return to education differ between men and women?")["outcome"] == "earnings"
    assert role_spans("What is the return to education on hourly wages?")["outcome"].strip() == "hourly wages"
    assert Grounding().best_grounded("earnings", ["educ", "female", "wage", "exper"]) == ["wage"]
    assert prose("for kids who moved before age 13") == "for kids who moved under 13 years of age"
    assert written_ops("for kids who moved before the age of 13") == {"<"} and written_ops("for people who retired after age 60") == {">"}


def test_a_value_after_is_a_subgroup_of_cases_and_a_mediator_grounded_by_its_kind() -> None:
    from jupyter_causal.parse.cues import role_spans
    from jupyter_causal.parse.grounding import Grounding, written_ops

    # a value written as what a column is compares equal, where no other comparison is written
    assert written_ops("would giving carbon tax for those whose growth is -5 be the right call for emissions?") == {"=="}
    assert written_ops("when income is 50000 or less") == {"<="} and written_ops("when age is over 60") == {">"}
    assert written_ops("Does the email raise spend for customers who are new?") == frozenset()
    # a subgroup named by what its cases are, without a value; "in most cases" names none
    asked = "How much does `WeatherDaysLost` respond to bim use among safety training (`safety_training`) cases?"
    assert role_spans(asked)["condition"] == "among safety training (`safety_training`) cases"
    assert "condition" not in role_spans("Does the coupon raise spend in most cases?")
    assert role_spans("Is login rewards effective for hours played among ChurnedPlayer cases?") == {"condition": "among ChurnedPlayer cases"}
    # a mediator's place grounds the columns measuring what it names where it names no column
    cols = ["tenure", "promo", "click_rate", "visits", "revenue", "is_mobile"]
    spans = role_spans("How much does mobile user (`is_mobile`) change click-through rate (click_rate) because it changes purchase amount?")
    assert Grounding().grounded_in_place(spans, "mediator", cols) == {"revenue"}
    assert Grounding().grounded_in_place(spans, "treatment", cols) == {"is_mobile"}
    assert Grounding().grounded_in_place({"outcome": "spend"}, "mediator", cols) == set()


def test_a_place_naming_a_measure_of_a_grouping_means_the_measure() -> None:
    from jupyter_causal.parse.cues import role_spans
    from jupyter_causal.parse.grounding import Grounding

    rng = np.random.default_rng(0)
    n = 200
    df = pd.DataFrame({"customer_segment": rng.choice(["budget", "standard", "premium"], n), "revenue": rng.gamma(2, 50, n),
                       "visits": rng.poisson(4, n), "contract_type": rng.choice(["monthly", "one_year", "two_year"], n),
                       "tenure": rng.uniform(1, 60, n), "churned": rng.integers(0, 2, n)})
    prof, cols, g = profile(df), list(df.columns), Grounding()
    # "customer" only modifies what is measured: the spend is revenue, not the customer's segment
    spans = role_spans("Is visits affected by customer spend?", cols)
    assert g.grounded_in_place(spans, "treatment", cols, profile=prof) == {"revenue"}
    assert g.grounded_in_place(spans, "treatment", cols) == {"customer_segment"}  # without the profile no kind is known
    # a grouping written whole, or whose levels are lengths of time, is what the place means
    assert g.grounded_in_place(role_spans("Is visits affected by customer segment?", cols), "treatment", cols, profile=prof) == {
        "customer_segment"}
    spans = role_spans("By how much does contract length raise churned?", cols)
    assert g.grounded_in_place(spans, "treatment", cols, profile=prof) == {"contract_type"}


def test_a_glossary_abbreviation_glued_to_another_piece_of_a_name() -> None:
    from jupyter_causal.parse.grounding import Grounding, names

    g = Grounding()
    # hw is homework and hh household (the glossary), glued to the next word's piece in one-word names
    assert names("household size", "hhsize") and names("Does the homework completion rate raise the final?", "hwrte")
    assert g.best_grounded("the homework completion rate", ["attend", "atndrte", "hwrte", "final"]) == ["hwrte"]
    assert g.best_grounded("household income", ["hhsize", "hhinc", "income_tax"]) == ["hhinc"]
    # the glossary's words must be written: "house size" writes neither household nor hh
    assert not names("house size", "hhsize") and g.bonus("house size", "hhsize") < g.named
    # only a piece opening the word: the "re" (income) of store does not make "store income" write store over two words
    assert g.best_grounded("vary with store income", ["store", "INCOME", "feat"]) == ["store", "INCOME"]


def test_a_name_another_place_quotes_is_that_roles() -> None:
    from jupyter_causal.parse.cues import role_spans
    from jupyter_causal.parse.grounding import Grounding

    cols, g = ["carbon_tax", "coal", "emissions", "growth", "price_mwh"], Grounding()
    spans = role_spans("How much would `emissions` change from emissions taxes for units with price_mwh of 161?", cols)
    assert spans["outcome"].strip() == "`emissions`" and "emissions" in spans["treatment"]
    assert "emissions" not in g.grounded_in_place(spans, "treatment", cols)  # the outcome's place quotes it
    assert g.grounded_in_place(spans, "outcome", cols) == {"emissions"}
    # unquoted, both places write the name alike and the treatment's keeps it
    spans = role_spans("How much would emissions change from emissions taxes for units with price_mwh of 161?", cols)
    assert "emissions" in g.grounded_in_place(spans, "treatment", cols)


def test_a_group_the_treatment_helped_more_and_a_dash_ending_a_condition() -> None:
    from jupyter_causal.parse.cues import role_spans

    cols = ["treat", "age", "educ", "black", "nodegree", "re74", "re75", "re78"]
    spans = role_spans("Did the training help participants without a high school degree more?", cols)
    assert spans["condition"] == "participants without a high school degree" and spans["treatment"].strip() == "the training"
    assert "condition" not in role_spans("Does the training help?", cols)
    assert "condition" not in role_spans("Did the training help them more than the controls?", cols)
    spans = role_spans("Did married participants benefit more from the training?", cols)
    assert spans["condition"] == "married participants" and spans["treatment"] == "the training"
    # a spaced dash ends the condition's clause: the roles after it are no part of the subgroup
    spans = role_spans("For units without wearable (Wearable) - does GOAL_SETTING cause ActiveMinutes to change?", ["Wearable", "goal_setting"])
    assert spans["condition"] == "For units without wearable (Wearable)"


def test_a_role_the_question_writes_nowhere() -> None:
    from jupyter_causal.parse.cues import role_spans
    from jupyter_causal.parse.grounding import Grounding, unwritten_outcomes

    cols = ["schoolid", "intervention", "achievement_score", "success_expect", "gender", "frst_in_family", "school_mindset"]
    question, g = "Did the mindset intervention help first-generation students more?", Grounding()
    spans = role_spans(question, cols)
    options = [c for c in cols if c != "intervention"]
    # written nowhere, the outcome is none of the columns the treatment's ("mindset") or the group's place grounds
    placed = g.placed(spans, "outcome", options, cols, question=question)
    assert "school_mindset" not in placed and "frst_in_family" not in placed and "achievement_score" in placed
    assert "school_mindset" in g.placed(spans, "outcome", options, cols)  # without the question, as before
    # written outside the places ("... on school mindset"), the rule does not apply
    assert g.writes_outside("Did the intervention raise school mindset for first-generation students?", spans, options, None)
    # an outcome written nowhere is no fixed trait and no earlier one of columns named alike but for a number
    nsw = ["age", "educ", "black", "hisp", "nodegree", "re74", "re75", "re78", "female", "page_views"]
    assert unwritten_outcomes([c for c in nsw if c != "re78"], nsw) == ["educ", "nodegree", "page_views"]
    assert unwritten_outcomes(["age", "re74"], nsw) == ["age", "re74"]  # nothing left: all stay
    # what the table measures again, after the treatment, is the outcome left unsaid (stop 50)
    assert unwritten_outcomes(nsw, nsw) == ["re78"]
    school = ["tutoring", "pretest", "posttest", "attendance_rate", "ell", "score_before", "score_after"]
    assert unwritten_outcomes(school, school) == ["posttest", "score_after"]
    assert unwritten_outcomes(["attendance_rate", "ell"], school) == ["attendance_rate", "ell"]


def test_worked_better_for_a_group_units_with_more_x_the_causes_of_one_variable_and_names_read_across_in() -> None:
    from jupyter_causal.parse.cues import asks_effect, asks_graph, role_spans
    from jupyter_causal.parse.grounding import Grounding, names

    nsw = ["treat", "age", "educ", "black", "hisp", "marr", "nodegree", "re74", "re75", "re78"]
    # a group the treatment worked better (was more effective) for is a subgroup, and "did X work" places X
    spans = role_spans("Did the program work better for black participants?", nsw)
    assert spans == {"condition": "for black participants", "treatment": "the program "}
    assert role_spans("Is the training more effective among married participants?", nsw)["condition"] == "among married participants"
    assert role_spans("Does the training work?", nsw) == {"treatment": "the training "}
    assert "treatment" not in role_spans("Does the training work more hours into people's week?", nsw)
    # units with more X getting better (more, less) Y: X is the treatment, Y the outcome; "more than 3" stays a value
    cols = ["business_name", "inspection_score", "Year", "NumberofLocations", "Weekend"]
    spans = role_spans("Do chains with more locations get better inspection scores?", cols)
    assert spans == {"treatment": "locations", "outcome": "get better inspection scores"}
    spans = role_spans("Are farmers with a higher perceived probability of disaster more likely to buy insurance?", cols)
    assert spans == {"treatment": "perceived probability of disaster", "outcome": "more likely to buy insurance"}
    assert "treatment" not in role_spans("Do customers with more than 3 purchases churn less?", ["purchases", "churn"])
    # units graded by an amount opening the question are the treatment's place, unless they benefit or respond more
    assert role_spans("Do heavier cars cost more?", ["weight", "price"]) == {"treatment": "heavier cars", "outcome": "cost more"}
    assert role_spans("Are older customers more likely to churn?", cols)["treatment"] == "older customers"
    assert role_spans("Do older patients benefit more from the drug?", cols) == {"condition": "older patients", "treatment": "the drug"}
    assert role_spans("Are older patients more likely to benefit from statins?", ["statins", "age"]) == {"treatment": "statins"}
    # such a phrasing asks for an effect, never a graph; "a causal link between A and B" may ask for either
    assert asks_effect("Do chains with more locations get better inspection scores?", cols)
    assert not asks_effect("Is there a causal link between weekend inspections and the inspection score?", cols)
    assert not asks_effect("Does the number of locations affect inspection scores? Learn the graph.", cols)
    # asking for the causes of one variable asks for a graph; "is X a cause of Y" places a treatment and does not
    nhefs = ["qsmk", "wt82_71", "sex", "age", "smokeintensity", "exercise"]
    assert asks_graph("What drives weight change between 1971 and 1982?", nhefs)
    assert asks_graph("What are the direct causes of employee attrition?", ["attrition", "salary"])
    assert not asks_graph("Is quitting smoking a cause of weight gain?", nhefs)
    assert not asks_graph("Does quitting smoking change weight gain?", nhefs)
    # initials and a whole word joined by "in": "black men in prison" (read "black male in prison") is bmprison, and the
    # outcome's place goes on over "in prison" to name it, which is then no subgroup
    texas = ["statefip", "year", "bmprison", "wmprison", "alcohol", "income", "ur", "poverty", "black"]
    assert names("the number of black male in prison", "bmprison") and not names("the number of black male", "bmprison")
    assert not names("the number of black male in prison", "wmprison")
    question = "Does the poverty rate affect the number of white men in prison?"
    spans = role_spans(question, texas)
    assert spans["outcome"].strip() == "the number of white male in prison" and "condition" not in spans
    assert Grounding().placed(spans, "outcome", texas, texas, question=question) == ["wmprison"]
    assert role_spans("Does the poverty rate affect the number of black men?", texas)["outcome"].strip() == "the number of black male"


def test_a_level_is_written_by_its_irregular_plural() -> None:
    from jupyter_causal.parse.cues import role_spans
    from jupyter_causal.parse.grounding import written_levels

    titanic = pd.DataFrame({"class": ["1st class", "crew", "3rd class", "2nd class"] * 3, "age": ["adults", "child", "adults"] * 4,
                            "sex": ["man", "women"] * 6, "survived": ["yes", "no", "no"] * 4})
    prof = profile(titanic)
    assert written_levels("Was the effect of sex on survival different for children?", prof, "age") == ["child"]
    assert written_levels("Did the men survive less?", prof, "sex") == ["man"]
    assert written_levels("Did the man survive?", prof, "age") == []
    assert role_spans("Was the effect of sex on survival different for children?", list(titanic))["condition"] == "for children"


def test_an_outcome_is_no_earlier_measurement_of_another_unless_asked() -> None:
    from jupyter_causal.parse.grounding import latest_outcomes

    insure = ["village", "takeup_survey", "age", "ricearea_2010", "intensive", "literacy", "pre_takeup_rate"]
    question = "Do farmers with more rice area take up insurance more often?"
    assert latest_outcomes(question, insure, insure) == [c for c in insure if c != "pre_takeup_rate"]
    for asked in ("Did the session change the village's prior take-up rate?", "Did it change pre_takeup_rate?",
                  "What's the impact on piror take-up of the session?"):  # an earlier one asked for, in words, by name, with a slip
        assert "pre_takeup_rate" in latest_outcomes(asked, insure, insure)
    elections = ["state", "district", "score", "demvoteshare", "democrat", "lagdemocrat", "lagdemvoteshare"]
    assert latest_outcomes("Does a Democrat winning raise the Democratic vote share?", elections, elections) == [
        "state", "district", "score", "demvoteshare", "democrat"]
    assert "lagdemvoteshare" in latest_outcomes("Did it raise the vote share in the last election?", elections, elections)
    # a name sharing a word is no earlier measurement of a different one: prev_births is no birth weight's
    births = ["prev_births", "birth_weight_g", "smoker"]
    assert latest_outcomes("Does smoking lower birth weight?", births, births) == births


def test_a_share_average_or_log_glued_before_a_word_is_that_words_measure() -> None:
    from jupyter_causal.parse.grounding import Grounding

    g = Grounding()
    # per, pct, av, med, ln, log before a word of five letters or more: the question writes the word, or a longer one it opens
    executions = ["EXECUTIONS", "INCOME", "PERPOVERTY", "PERBLACK", "VC100k96", "SOUTH", "DEGREE"]
    assert g.best_grounded("the black population share", executions) == ["PERBLACK"]
    assert g.best_grounded("Does poverty increase executions?", executions[2:]) == ["PERPOVERTY"]
    assert g.best_grounded("a higher coinsurance rate", ["mdvis", "lncoins", "idp", "lpi"]) == ["lncoins"]
    assert g.bonus("the share of white residents", "pctwhite") > 0 and g.bonus("median income", "medinc") > 0
    # a word of four letters or less after the marker, or a word the marker opens, is no such name
    assert g.bonus("Do parents with sons save more?", "persons") == 0 and g.bonus("central banks", "percent") == 0


def test_asking_whether_x_moves_y_places_both_roles_and_initials_keep_a_joining_word() -> None:
    from jupyter_causal.parse.cues import role_spans
    from jupyter_causal.parse.grounding import Grounding, names

    homes = ["YearBuilt", "dom", "plot_m2", "home_type", "sale_price", "home_staging"]
    # "I'm curious whether X boosts Y", "I wonder if", "tell me whether": X and Y as in "does X boost Y"
    for asked in ("I'm curious whether stagngs boosts listing duration (`dom`).", "I wonder if staging boosts listing duration (`dom`)",
                  "Tell me whether staging boosts listing duration (`dom`)."):
        spans = role_spans(asked, homes)
        assert spans["treatment"].strip() in ("stagngs", "staging") and spans["outcome"].startswith("listing duration"), spans
    # an "if" that opens a condition of the question is no such asking
    assert "treatment" not in role_spans("Would the sale price change if we raise plot_m2?", homes)
    # a name's initials keep a word joining two others: days on market, cost per click, return on investment
    assert names("Does staging shorten days on market?", "dom") and names("the cost per click", "cpc") and names("return on investment", "roi")
    assert Grounding().best_grounded("days on market", homes) == ["dom"]
    # not where the joining word opens or ends the run, nor over a word of asking
    assert not names("of market share", "oms") and not names("the effect on sales", "eos")


def test_a_number_after_a_comparison_is_a_value_and_a_long_word_ends_a_glued_name() -> None:
    from jupyter_causal.parse.grounding import Grounding, carried_numbers, counts_past_a_threshold, written_values

    castle = ["post", "l_homicide", "poverty", "trend_15", "blackm_15_24", "re78"]
    # "15" beside trend_15 names that column, but "above 15" compares: it is a value
    assert carried_numbers("Does post change l_homicide in trend 15?", castle) == {"15"}
    assert carried_numbers("Does the effect of post on l_homicide differ in states with poverty above 15?", castle) == set()
    assert carried_numbers("poverty > 15 or under $78", castle) == set() and carried_numbers("earnings in 1978", castle) == {"1978"}
    prof = profile(pd.DataFrame({"post": [0, 1] * 5, "poverty": np.linspace(6.0, 21.0, 10), "trend_15": np.arange(10)}))
    assert written_values("for states with poverty of at least 15", prof) == [15.0]
    # a word of eight letters or more ends a glued name, though its ending is common; a shorter one does not
    g = Grounding()
    assert g.best_grounded("consumption", ["COPPERPRICE", "ALUMPRICE", "WORLDCONSUMPTION"]) == ["WORLDCONSUMPTION"]
    assert g.best_grounded("the copper price", ["COPPERPRICE", "ALUMPRICE", "WORLDCONSUMPTION"]) == ["COPPERPRICE"]
    assert g.bonus("satisfaction", "dissatisfaction") == 0 and g.bonus("action", "satisfaction") == 0
    # an outcome counting the units past a threshold writes no subgroup
    assert counts_past_a_threshold(" the number of students above the national median")
    assert counts_past_a_threshold("the share of loans over 30 days late")
    assert not counts_past_a_threshold("test scores above the median") and not counts_past_a_threshold("the number of students")


def test_a_written_number_bounds_one_condition() -> None:
    import importlib

    decoding = importlib.import_module("jupyter_causal.parse.decoding")
    rand = profile(pd.DataFrame({"lncoins": [0.0, 2.3, 3.2, 4.6] * 5, "lpi": np.linspace(0.0, 7.0, 20), "hlthp": [0, 1] * 10,
                                 "hlthf": [1, 0, 0, 0] * 5, "mdvis": np.arange(20)}))
    question = "What is the effect of lncoins on mdvis for people in poor health (hlthp = 1)?"
    drawn = [{"column": "hlthp", "op": "==", "value": 1}]
    # before any condition, lpi may take the written 1; once hlthp has it, neither lpi nor hlthf (offered for that 1) may
    assert decoding._unspent(['1}'], question, rand, []) == ['1}']
    assert decoding._unspent(['1}'], question, rand, drawn) == [] and decoding._unspent(['0}', '1}'], question, rand, drawn) == []
    # a number written twice bounds two conditions; a level, or a value named but not written, is free
    twice = "Effect of lncoins on mdvis for hlthp = 1 and hlthf = 1"
    assert decoding._unspent(['0}', '1}'], twice, rand, drawn) == ['0}', '1}']
    assert decoding._unspent(['"north"}'], question, rand, drawn) == ['"north"}'] and decoding._unspent(['0}', '1}'], "for smokers", rand, drawn) == [
        '0}', '1}']


def test_the_glossary_reads_the_documented_names_of_statsmodels_teaching_tables() -> None:
    from jupyter_causal.parse.grounding import Grounding

    g = Grounding()
    rand = ["mdvis", "lncoins", "idp", "lpi", "fmde", "physlm", "disea", "hlthg", "hlthf", "hlthp"]
    assert g.best_grounded("people in poor health", rand) == ["hlthp"] and g.best_grounded("doctor visits", rand) == ["mdvis"]
    assert g.best_grounded("an individual deductible plan", rand) == ["idp"]
    card = ["AVGEXP", "AGE", "INCOME", "INCOMESQ", "OWNRENT"]
    assert g.best_grounded("owning a home", card) == ["OWNRENT"] and g.best_grounded("credit card spending", card) == ["AVGEXP"]
    schools = ["NABOVE", "NBELOW", "LOWINC", "PERSPENK", "AVSALK", "AVYRSEXP", "PTRATIO"]
    assert g.best_grounded("teacher salaries", schools) == ["AVSALK"] and g.best_grounded("per-pupil spending", schools) == ["PERSPENK"]
    assert g.best_grounded("the new teaching method", ["GPA", "TUCE", "PSI", "GRADE"]) == ["PSI"]
    # a whole name's gloss is that name's only: "poor health" writes no column of another name holding those letters
    assert g.bonus("people in poor health", "hlthp_wave2") == 0 and g.bonus("the new teaching method", "psi_score") == 0


def test_a_yes_no_group_is_named_by_its_words_together_not_apart() -> None:
    from jupyter_causal.parse.grounding import grounds_subgroup, value_options

    rng = np.random.default_rng(3)
    politicians = profile(pd.DataFrame({"leg_black": rng.integers(0, 2, 40), "treat_out": rng.integers(0, 2, 40),
                                        "responded": rng.integers(0, 2, 40), "totalpop": rng.normal(1e5, 1e4, 40)}))
    # "black legislators", "legislators who are not black": a group of leg_black
    for asked in ("Was the effect different for black legislators?", "Did it differ for legislators who are not black?"):
        assert value_options(politicians, "leg_black", asked) == ["0}", "1}"] and grounds_subgroup(asked, politicians, "leg_black")
    # the two words apart, in different phrases, name no group
    apart = "Were legislators less likely to respond to emails from putatively black senders (treat_out)?"
    assert value_options(politicians, "leg_black", apart) == [] and not grounds_subgroup(apart, politicians, "leg_black")


def test_how_much_y_did_x_cause_places_both_roles_and_an_ages_years_are_its_own() -> None:
    from jupyter_causal.parse.cues import role_spans
    from jupyter_causal.parse.grounding import Grounding, names

    nhefs = ["qsmk", "wt82_71", "active", "wtloss", "smokeyrs", "smokeintensity", "age"]
    for asked, treatment in (("How much weight did quitting smoking cause them to gain?", "quitting smoking"),
                             ("How much weight did quitting smoking cause?", "quitting smoking"),
                             ("How much weight did people gain because they quit smoking?", "quit smoking")):
        spans = role_spans(asked, nhefs)
        assert (spans["outcome"].strip(), spans["treatment"].strip()) == ("weight", treatment), spans
    assert "treatment" not in role_spans("How many extra visits does the reminder generate for clinics?", nhefs)
    # the years of "above 50 years old" are the age's: the smokers do not write smokeyrs with them
    g = Grounding()
    assert g.best_grounded("For smokers above 50 years old", nhefs) == ["age"]
    assert not names("For smokers above 50 years old", "smokeyrs") and names("smokers for 20 years or more", "smokeyrs")
    assert g.bonus("patients over 60 years old", "age_years") == g.bonus("patients aged 60 years", "age_years") > 0


def test_a_levels_numbers_are_written_with_it_and_names_read_by_starts_hyphens_and_logs() -> None:
    import importlib

    g = importlib.import_module("jupyter_causal.parse.grounding")
    rng = np.random.default_rng(4)
    courts = profile(pd.DataFrame({"custody": rng.integers(0, 2, 40), "male": rng.integers(0, 2, 40),
                                   "prev_convictions": rng.choice(["None", "1 to 3", "4 to 9", "10 or more"], 40)}))
    # "more likely" writes the words of "10 or more" but not its number: no level, no subgroup
    assert g.written_levels("Are men more likely to receive custody than women?", courts, "prev_convictions") == []
    assert g.written_levels("For offenders with 10 or more previous convictions, does it differ?", courts, "prev_convictions") == ["10 or more"]
    # both names are read in "real investment", the one by its words' starts first, the one shortening a word after
    macro = ["realgdp", "realcons", "realinv", "realint", "tbilrate", "infl"]
    assert g.names("real investment", "realinv") and g.names("real investment", "realint")
    assert g.Grounding().best_grounded("real investment", macro) == ["realinv"]
    assert g.Grounding().best_grounded("the real interest rate", macro) == ["realint"]
    # a letter hyphened to a word is one word with it
    assert g.Grounding().best_grounded("the T-bill rate", macro) == ["tbilrate"] and g.names("e-mail opens", "emailopens")
    assert not g.names("the bill rate", "tbilrate")
    # a log's name: the log word and the start of a word after it
    for asked, column in (("her hourly log wage", "lnw"), ("log earnings", "lnearn"), ("the log of hourly wages", "lnw"),
                          ("log income", "linc")):
        assert g.names(asked, column), (asked, column)
    for asked, column in (("her hourly wage", "lnw"), ("log hours", "lnw"), ("log wage", "lw"), ("blog posts", "lnb")):
        assert not g.names(asked, column), (asked, column)


def test_a_supposed_change_places_the_treatment_and_its_amount_is_no_value() -> None:
    from jupyter_causal.parse.cues import role_spans, without_amounts

    assert without_amounts("If a car were 500 pounds lighter, how much better would its mpg be?") == (
        "If a car were lighter, how much better would its mpg be?")
    assert without_amounts("a 10% higher price") == "a higher price"
    assert without_amounts("patients 5 years older than 60") == "patients 5 years older than 60"
    for asked, treatment, outcome in (("If a car were lighter, how much better would its mpg be?", "a car were lighter", "its mpg"),
                                      ("How much higher would the price be if a car were longer?", "a car were longer", "the price"),
                                      ("If tuition were much higher, how much would enrollment fall?", "tuition were much higher",
                                       "enrollment")):
        spans = role_spans(asked, ["mpg", "weight", "price", "length"])
        assert (spans["treatment"].strip(), spans["outcome"].strip()) == (treatment, outcome), spans
    # "what X should each <unit> choose" places X as a policy's treatment; a bare "what should" places none
    spans = role_spans("What class size should each school choose to maximize its test score?", ["class_size", "test_score"])
    assert spans["treatment"] == "class size" and spans["outcome"].strip() == "its test score"
    assert "treatment" not in role_spans("What should each customer get?", ["discount", "revenue"])


def test_which_way_causation_runs_is_a_graph_of_the_two_variables() -> None:
    from jupyter_causal.parse.cues import asks_direction, asks_graph, direction_items

    for asked, pair in (("Does smoking intensity cause weight change, or does weight change cause smoking intensity?",
                         ["smoking intensity", "weight change"]),
                        ("Does price affect demand or vice versa?", ["price", "demand"]),
                        ("Which causes which: education or income?", ["education", "income"]),
                        ("What is the direction of causality between blood pressure and weight?", ["blood pressure", "weight"])):
        assert asks_graph(asked, []), asked
        assert [item.strip() for item in direction_items(asked, [])] == pair, asked
    # the sign of an effect, or causation against correlation, is no question of direction
    for asked in ("Does smoking cause cancer, or is it just correlation?", "What is the direction of the effect of price on demand?",
                  "Does X cause Y or does Z cause Y?"):
        assert not asks_direction(asked) and direction_items(asked, []) is None, asked


def test_a_level_written_before_units_is_the_treatments_arm_and_words_of_a_short_verb_are_one_word() -> None:
    import importlib

    from jupyter_causal.parse.cues import role_spans

    g = importlib.import_module("jupyter_causal.parse.grounding")
    subs = ["plan", "device", "churned", "monthly_spend", "discount"]
    for asked, treatment, outcome in (("Do premium users churn less?", "premium users", "churn less"),
                                      ("Are premium users less likely to churn?", "premium users", "less likely to churn"),
                                      ("Do mobile users spend more?", "mobile users", "spend more"),
                                      ("Do large discounts lead to more sales?", "large discounts", "more sales")):
        spans = role_spans(asked, subs)
        assert (spans["treatment"].strip(), spans["outcome"].strip()) == (treatment, outcome), spans
    # who benefits more from a treatment is a subgroup's question, and an article opens no group
    spans = role_spans("Do premium users benefit more from the discount?", subs)
    assert spans["treatment"].strip() == "the discount" and spans["condition"] == "premium users"
    assert role_spans("Do the results hold more generally?", subs) == {}
    # another word of a three-letter verb writes it; a bare three letters or another ending does not
    assert g.writes_all_words("owning a home", "home_ownership") and g.writes_all_words("paying on time", "payment_time")
    assert g._same_word("owning", "ownership") and g._same_word("voters", "voting")
    assert not g._same_word("art", "article") and not g._same_word("own", "ownership") and not g.writes_all_words("a home", "home_ownership")


def test_a_role_placed_nowhere_is_read_outside_the_other_places_and_school_abbreviations() -> None:
    import importlib

    from jupyter_causal.parse.cues import role_spans

    decoding = importlib.import_module("jupyter_causal.parse.decoding")
    g = importlib.import_module("jupyter_causal.parse.grounding")
    cols = ["treatment", "outcome", "x1", "x2", "x3"]
    asked = "Does the treatment effect vary with x2? Estimate it for x2 above 1."
    spans = role_spans(asked, cols)
    rest = decoding._unplaced(asked, spans)
    assert "x2" not in rest and "treatment effect" in rest
    # the question grounds x2 only as the group: a column named for the outcome is it, as where nothing is grounded
    others = list(spans.values())
    options = ["outcome", "x1", "x2", "x3"]
    assert g.Grounding().role_named(rest, "outcome", options, None, others) == ["outcome"]
    assert g.Grounding().role_named(asked, "outcome", options, None, others) == options  # read whole, x2 seemed the outcome
    # what school records abbreviate
    school = ["tutoring", "posttest", "ell", "frl", "sped"]
    assert g.Grounding().best_grounded("English learners", school) == ["ell"]
    assert g.Grounding().best_grounded("kids on free lunch", school) == ["frl"]
    assert g.Grounding().best_grounded("students in special education", school) == ["sped"]


def test_a_description_before_the_question_glosses_columns_and_names_no_subgroup() -> None:
    from jupyter_causal.parse.described import annotated, described
    from jupyter_causal.parse.grounding import Grounding

    cols = ["lfp", "k5", "k618", "age", "wc", "hc", "lwg", "inc"]
    asked = ("Mroz (1987) surveyed 753 married women in 1975: lfp is labor force participation, k5 the number of children under "
             "6, k618 those aged 6 to 18, wc and hc whether the wife and husband attended college, lwg the log wage and inc the "
             "family income excluding the wife's. Does the number of young children affect participation?")
    found = described(asked, cols)
    assert found is not None and found.asked == "Does the number of young children affect participation?"
    assert found.glosses["lfp"] == "labor force participation" and found.glosses["k5"] == "the number of children under 6"
    assert found.glosses["lwg"] == "the log wage" and "wc" not in found.glosses  # "wc and hc whether ...": the gloss is hc's
    # no 753, 1975 or 6; the glossary reads "participation" as ``lfp`` itself, so the description need not echo it
    assert annotated(asked, cols) == "Does the number of young children affect participation?"
    assert Grounding().best_grounded("participation", cols) == ["lfp"]
    assert annotated(asked.replace("lfp", "part"), [c.replace("lfp", "part") for c in cols]).endswith("participation (part)?")
    # a bracket glosses the name before it, a numbered family listed with "and" alike, a name opening brackets the phrase before
    nsw = ["treat", "age", "educ", "marr", "re74", "re75", "re78"]
    found = described("Variables: treat (1 if assigned to job training), age, educ (years of schooling), marr (married), re74, "
                      "re75 and re78 (real earnings). What is the effect of the training on 1978 earnings?", nsw)
    assert found is not None and found.glosses["educ"] == "years of schooling" and "age" not in found.glosses
    assert found.glosses["re74"] == found.glosses["re78"] == "real earnings"
    assert annotated(found.description + " " + found.asked, nsw) == "What is the effect of the training (treat) on 1978 earnings?"
    hiv = ["any", "tinc", "got", "distvct", "age"]
    found = described("People were offered a random cash incentive (any, tinc for the amount); got records whether they learned "
                      "their HIV results, distvct the distance to the results centre, age. Did the incentive raise learning?", hiv)
    assert found is not None and found.glosses["any"] == "a random cash incentive" and found.glosses["tinc"] == "the amount"
    # a word the description writes outside a gloss echoes nothing ("results" is got's and distvct's); a name written inside
    # another's gloss is no name
    assert annotated("Columns: got (learned the results), distvct (distance to the results centre), age. For people more than "
                     "3 km away, did the incentive change learning results?", hiv) == (
        "For people more than 3 km away, did the incentive change learning (got) results?")
    # ... but a word of a gloss's head that no other gloss writes still echoes (``tk``, a name the glossary does not know);
    # a column the asking part names keeps its words (the glossary reads "incentive amount" as ``tinc``)
    asked = "Which incentive amount should each person get to maximize the chance of learning their result?"
    assert annotated("Thornton randomized cash incentives for learning HIV test results. Variables: any (received any "
                     "incentive), tk (total incentive amount), got (learned HIV result), distvct (distance to results center). "
                     + asked, ["any", "tk", "got", "distvct", "age"]) == (
        "Which incentive amount (tk) should each person get to maximize the chance of learning (got) their result?")
    assert annotated("Variables: any (received any incentive), tinc (total incentive amount), got (learned HIV result), distvct "
                     "(distance to results center). " + asked, hiv).startswith("Which incentive amount should each person get")
    star = ["NABOVE", "PTRATIO", "PERSPENK", "LOWINC"]
    assert annotated("Variables: NABOVE (students above the median), PTRATIO (pupil-teacher ratio), PERSPENK (per-pupil "
                     "spending), LOWINC (% low income). Does a lower pupil-teacher ratio raise NABOVE?", star) == (
        "Does a lower pupil-teacher ratio raise NABOVE?")
    texas = ["bmprison", "black", "ur", "poverty", "year"]
    found = described("bmprison is the Black male prison population, ur the unemployment rate, poverty, year. What is the "
                      "effect of unemployment on Black male incarceration?", texas)
    assert found is not None and found.glosses["bmprison"] == "the Black male prison population" and "black" not in found.glosses
    # a scene set before the question keeps its words, not its numbers, unless it narrows the rows or writes an effect
    school = ["tutoring", "test_score", "grade_level", "free_lunch"]
    assert annotated("The program started in 2018 and serves grades 6 to 12. Did tutoring improve test scores?", school) == (
        "The program started in and serves grades to. Did tutoring improve test scores?")
    for kept in ("We only look at grades 6 to 8. Did tutoring improve test scores?",
                 "Tutoring may raise scores by 5 points. Did tutoring improve test scores?",
                 "For grades above 8, did tutoring improve test scores?"):
        assert annotated(kept, school) == kept
    # a scene naming no column is left out, unless the question points back to it
    star = ["NABOVE", "PERSPENK", "PTRATIO"]
    assert annotated("In star98, each of the 303 rows is a California school district in 1998. Does PERSPENK affect NABOVE?",
                     star) == "Does PERSPENK affect NABOVE?"
    assert annotated("We rolled out 3 robots. Did it change milk yield?", ["robot", "litres_cow"]) == (
        "We rolled out robots. Did it change milk yield?")
    # a markdown data dictionary; a clause glossing the question's names at its end; sentences giving roles are the question's
    mroz = ["lfp", "k5", "wc", "inc", "lwg"]
    assert annotated("| column | meaning |\n|---|---|\n| lfp | in the labor force (1/0) |\n| k5 | children under 6 |\n| wc | wife "
                     "went to college |\n| inc | family income |\nWhat is the effect of the wife going to college on labor force "
                     "participation?", mroz) == "What is the effect of the wife going to college (wc) on labor force participation?"
    assert annotated("Does k5 affect lfp, where k5 is the number of children under six and lfp indicates participation?", mroz) == (
        "Does k5 affect lfp?")
    assert annotated("Does k5 affect lfp where inc is over 30?", mroz) == "Does k5 affect lfp where inc is over 30?"
    roles = "We have the columns lfp, k5, wc and inc. k5 is the treatment and lfp the outcome. Estimate the effect."
    assert described(roles, mroz) is None and annotated(roles, mroz) == roles
    # not a description: fewer than three names, an effect set out, or no asking sentence after it
    assert described("Among smokers over 50, does quitting lower weight?", ["qsmk", "wt", "age"]) is None
    assert described("x1 may raise x2, and x2 may raise x3. How much of the effect of x1 on x3 is that chain?", ["x1", "x2", "x3"]) is None
    assert described("Given age, educ and income, learn the causal graph.", ["age", "educ", "income"]) is None


def test_which_treatment_each_unit_should_get_places_a_bracketed_name() -> None:
    from jupyter_causal.parse.cues import role_spans

    cols = ["got", "tinc", "any", "age"]
    spans = role_spans("Which incentive amount (tinc) should each person get to maximize the chance of learning (got) their result?", cols)
    assert spans["treatment"] == "incentive amount (tinc)" and "(got)" in spans["outcome"]


def test_a_group_of_one_sex_names_a_sex_coded_in_numbers() -> None:
    import importlib

    from jupyter_causal.profile import profile

    g = importlib.import_module("jupyter_causal.parse.grounding")
    rng = np.random.default_rng(0)
    df = pd.DataFrame({"sex": rng.integers(0, 2, 50), "gender": rng.integers(1, 3, 50), "sex_text": rng.choice(["F", "M"], 50),
                       "female": rng.integers(0, 2, 50), "wage": rng.normal(size=50)})
    p = profile(df)
    assert g.coded_sex_written("Was the effect larger for women?", p, "sex")
    assert g.coded_sex_written("Did it raise wages among men?", p, "gender")
    assert g.grounds_subgroup("Did it raise wages for female workers?", p, "gender")
    assert g.value_options(p, "gender", "Did it raise wages for female workers?") == ["1}", "2}"]  # both codes, as decoded
    assert g.value_options(p, "gender", "Did it raise wages?") == []
    assert not g.coded_sex_written("Does sex affect wages?", p, "sex")  # no group of one sex
    assert not g.coded_sex_written("Was the effect larger for women?", p, "female")  # a yes/no female is named, not coded
    assert not g.coded_sex_written("Was the effect larger for women?", p, "wage")


def test_moderation_effects_on_the_treated_zero_amounts_and_standard_bands() -> None:
    import importlib

    from jupyter_causal.parse.cues import as_variation, banded_groups, role_spans, varies_with
    from jupyter_causal.profile import profile

    g = importlib.import_module("jupyter_causal.parse.grounding")
    # moderation in its own words is the variation it asks for
    asked = as_variation("Does living in the south moderate the effect of nearc4 on lwage?")
    assert asked == "does the effect of nearc4 on lwage vary with south?" and varies_with(asked)["what"] == "south"
    assert as_variation("Is the effect of tutoring on scores moderated by income?") == "does the effect of tutoring on scores vary with income?"
    assert varies_with(as_variation("Is gender a moderator of the effect of training on wages?"))["what"] == "gender"
    assert as_variation("Does price moderate demand?") == "Does price moderate demand?"  # no effect named
    # an outcome's place naming no column runs on "in" a few words to a name in brackets, not to a condition's
    star = ["NABOVE", "PERSPENK", "region"]
    spans = role_spans("Does per-pupil spending (PERSPENK) affect the pass rate in math (NABOVE)?", star)
    assert spans["outcome"].strip() == "the pass rate in math (NABOVE)"
    spans = role_spans("Does per-pupil spending (PERSPENK) affect pass rates in the region (region) = north?", star)
    assert "region" not in spans["outcome"]
    # whom an effect is asked for, between "effect" and "of", is no role's place
    cols = ["qsmk", "wt82_71", "active", "wtloss"]
    spans = role_spans("What is the average treatment effect on the treated of quitting smoking on weight gain?", cols)
    assert spans["treatment"].strip() == "quitting smoking" and spans["outcome"].strip() == "weight gain"
    # "zero" before every word of an amount's name is its 0
    rng = np.random.default_rng(0)
    earnings = np.where(rng.random((2, 40)) < 0.3, 0.0, rng.uniform(100, 9e3, (2, 40)))  # many earned nothing
    p = profile(pd.DataFrame({"re74": earnings[0], "re75": earnings[1], "age": rng.integers(20, 80, 40)}))
    assert g.none_of("For people who had zero earnings in 1975, did it help?", p, "re75")
    assert not g.none_of("For people who had zero earnings in 1975, did it help?", p, "re74")
    # standard bands: 65 and older, the classic 140 mmHg
    (match, measure, side, threshold), = banded_groups("Is the effect different for seniors?")
    assert (match[0], measure, side, threshold) == ("seniors", "age", "at least", 65)
    assert [b[1:] for b in banded_groups("for hypertensive patients")] == [("systolic blood pressure", "at least", 140)]
    assert banded_groups("for senior managers") == []


def test_a_path_from_x_to_y_a_happening_a_setting_a_listed_cause_and_textbook_names() -> None:
    from jupyter_causal.parse.cues import asks_graph, listed_items, role_spans
    from jupyter_causal.parse.grounding import Grounding

    nsw = ["treat", "age", "educ", "marr", "nodegree", "re74", "re75", "re78"]
    # "a causal path from X to Y (via M)" places the treatment and the outcome: an effect or a mediation, not a graph
    spans = role_spans("Is there a causal path from education to earnings in 1978 via degree status?", nsw)
    assert (spans["treatment"].strip(), spans["outcome"].strip(), spans["mediator"].strip()) == (
        "education", "earnings 1978", "degree status")
    assert role_spans("Is the link running from age to re78 real?", nsw)["treatment"] == "age"
    # "what would happen to Y if everyone X": the outcome first, whoever does it left out
    spans = role_spans("What would happen to mortality if everyone quit smoking?", nsw)
    assert (spans["outcome"], spans["treatment"]) == ("mortality", "quit smoking")
    assert role_spans("What happens to re78 if all participants got training?", nsw)["treatment"] == "got training"
    # "how should we set X to maximise Y" places the policy's treatment
    spans = role_spans("How should we set the pupil-teacher ratio to maximize NABOVE?", ["PTRATIO", "NABOVE"])
    assert spans["treatment"] == "the pupil-teacher ratio" and spans["outcome"].strip() == "NABOVE"
    # a list asked to cause one more variable lists that variable too, and asks for a graph
    assert listed_items("Which of age, educ, and re74 are causes of re78?") == ["age", " educ", "re74", "re78"]
    assert listed_items("Which of age, educ and re74 affect re78?") == ["age", "educ", "re74", "re78"]
    assert listed_items("How do A, B, C and D affect each other?")[-1] == "D affect each other"
    assert asks_graph("Which of age, educ, and re74 are causes of re78?", nsw)
    # the names of Thornton's HIV-results experiment
    g = Grounding()
    hiv = ["villnum", "got", "distvct", "tinc", "any", "age", "hiv2004"]
    assert g.best_grounded("learn their results", hiv) == ["got"] and g.best_grounded("an incentive", hiv) == ["any"]
    assert g.best_grounded("the incentive amount", hiv) == ["tinc"] and g.best_grounded("distance to the center", hiv) == ["distvct"]


def test_everyday_idioms_place_an_effects_roles() -> None:
    from jupyter_causal.parse.cues import asks_graph, role_spans
    from jupyter_causal.parse.grounding import Grounding

    def placed(question: str, columns: list[str]) -> tuple[str, str]:
        spans = role_spans(question, columns)
        return spans["treatment"].strip(), spans["outcome"].strip()

    cols = ["qsmk", "wt82_71", "cholesterol", "dbp", "alcoholfreq", "exercise"]
    assert placed("What role does poverty play in robbery rates?", cols) == ("poverty", "robbery rates")
    assert placed("How big a role does the default option play in take-up?", cols) == ("the default option", "take-up")
    assert placed("What's the contribution of unsafe sex to the log wage?", cols) == ("unsafe sex", "the log wage")
    assert placed("Is unemployment behind the rise in burglary?", cols) == ("unemployment", "burglary")
    assert placed("How much does alcohol frequency matter for weight change?", cols) == ("alcohol frequency", "weight change")
    assert placed("Does quitting pay off in terms of diastolic blood pressure?", cols) == ("quitting", "diastolic blood pressure")
    assert placed("Does exercise translate into less weight gain?", cols) == ("exercise", "less weight gain")
    assert placed("Would quitting move the needle on cholesterol?", cols) == ("quitting", "cholesterol")
    assert placed("Does schooling make a dent in the log wage?", cols) == ("schooling", "the log wage")
    assert placed("Does being religious keep people from having affairs?", cols) == ("being religious", "having affairs")
    assert placed("Does a bigger bill push people into default?", cols) == ("a bigger bill", "default")
    assert placed("Does body mass index push disease progression up?", cols) == ("body mass index", "disease progression")
    # a noun "push" is no verb: "sending a push notification" stays the treatment's words
    assert placed("Would sending a push notification increase app sessions?", cols)[0] == "sending a push notification"
    assert placed("Does watching TV news sway the vote?", cols) == ("watching TV news", "the vote")
    assert placed("How much does AIDS prevalence weigh on imprisonment?", cols) == ("AIDS prevalence", "imprisonment")
    assert placed("Is the response gap from a Black-sounding name smaller in the south?", cols) == ("a Black-sounding name", "response")
    # outcome first: "is Y driven by X" (not an effect driven by a path), "how sensitive is Y to X"; "in-" starts no condition
    assert role_spans("Is take-up driven by risk aversion?", cols) == {"outcome": "take-up", "treatment": " risk aversion"}
    assert "mediator" in role_spans("Is the effect of training on wages driven by job search?", cols)
    assert placed("How sensitive is the choice to in-vehicle time?", cols) == ("in-vehicle time", "the choice")
    # "M explains why X affects Y" asked with "would"; a causal web is a graph
    spans = role_spans("Would weight change explain why quitting affects systolic blood pressure?", cols)
    assert spans["mediator"] == "weight change" and spans["treatment"] == "quitting"
    assert asks_graph("Sketch the causal web linking schooling, experience, race and wages.", ["educ", "exper", "black", "lwage"])
    # the glossary: a reply is a response; the Texas prison table's names
    g = Grounding()
    assert g.best_grounded("the reply rate", ["treat_out", "responded", "south"]) == ["responded"]
    texas = ["bmprison", "wmprison", "black", "aidscapita", "ur"]
    assert g.best_grounded("Black male imprisonment", texas) == ["bmprison"] and g.best_grounded("AIDS prevalence", texas) == ["aidscapita"]


def test_effect_modification_interactions_subgroup_analyses_markov_blankets_and_designs() -> None:
    from jupyter_causal.parse.cues import as_variation, caused_node, named_design, varies_with

    # effect modification, an interaction "in their effect", a subgroup analysis "by" Z: the variation they ask for
    asked = as_variation("Is there effect modification of treat on re78 by black?")
    assert asked == "does the effect of treat on re78 vary with black?" and varies_with(asked)["what"] == "black"
    assert as_variation("Test for an interaction between treat and marr in their effect on re78.") == (
        "does the effect of treat on re78 vary with marr.")
    assert as_variation("Run a subgroup analysis of the training effect on re78 by nodegree.") == (
        "does the training effect on re78 vary with nodegree.")
    assert as_variation("Is there an interaction between price and season?") == "Is there an interaction between price and season?"
    # a Markov blanket is a graph question about one variable
    assert caused_node("Learn the Markov blanket of wt82_71.") == "wt82_71"
    # survival analyses and event studies are designs the tool does not run; moral hazard is no hazard ratio
    reason = named_design("Estimate the hazard ratio of death for quitters versus non-quitters.", ["qsmk", "death"], [])
    assert reason is not None and "survival" in reason
    assert "difference-in-differences" in named_design("Use an event study to look at wages around a college opening.", ["lwage"],
                                                       ["difference-in-differences is not supported"])
    assert named_design("Does insurance create moral hazard?", ["insured", "claims"], []) is None


def test_causal_notation_is_read_in_words() -> None:
    from jupyter_causal.parse.cues import in_words, role_spans

    assert in_words("E[re78 | do(treat=1)] - E[re78 | do(treat=0)]?") == "the effect of treat on re78?"
    assert in_words("Compute E[affairs | do(children = 1)] vs E[affairs | do(children = 0)].") == "Compute the effect of children on affairs."
    assert in_words("What is E[wt82_71 | do(qsmk=1), sex=1] \u2212 E[wt82_71 | do(qsmk=0), sex=1]?") == (
        "What is the effect of qsmk on wt82_71 for sex=1?")
    assert in_words("What is P(death=1 | do(qsmk=1))?") == "What is the effect of qsmk on death?"
    # a bar before a comparison is the subgroup's "for"; a markdown table's bars are not
    spans = role_spans(in_words("Effect of treat on re78 | nodegree = 1"))
    assert spans["condition"] == "for nodegree = 1" and spans["outcome"].strip() == "re78"
    assert in_words("| k5 | number of kids under 6 |") == "| k5 | number of kids under 6 |"


def test_scores_named_as_groups_unsaid_outcomes_functions_of_a_modifier_and_race() -> None:
    import importlib

    from jupyter_causal.parse.cues import varies_with
    from jupyter_causal.parse.grounding import Grounding, latest_outcomes
    from jupyter_causal.profile import profile

    decoding = importlib.import_module("jupyter_causal.parse.decoding")
    rng = np.random.default_rng(0)
    farms = pd.DataFrame({"intensive": rng.integers(0, 2, 200), "takeup_survey": rng.integers(0, 2, 200),
                          "risk_averse": rng.choice([0, 0.2, 0.4, 0.6, 0.8, 1.0], 200), "literacy": rng.integers(0, 2, 200),
                          "pre_takeup_rate": rng.random(200)})
    p = profile(farms)
    # every word of a score's name before the units is the score above its median; a yes/no column's group is left alone
    assert decoding._named_at_median("Estimate the CATE of intensive on takeup_survey among risk-averse farmers.", p) == (
        "Estimate the CATE of intensive on takeup_survey among farmers with risk_averse above the median.")
    assert decoding._named_at_median("What is the effect of intensive among literate farmers?", p).endswith("among literate farmers?")
    assert decoding._named_at_median("Do risk-averse farmers take up more insurance?", p) == "Do risk-averse farmers take up more insurance?"
    cards = profile(pd.DataFrame({"AGE": rng.integers(21, 70, 200), "LateSept": rng.integers(0, 2, 200)}))
    assert decoding._named_at_median("Do older clients pay late more often?", cards) == "Do older clients pay late more often?"
    # an outcome left unsaid is the later of a measurement and its earlier twin
    cols = list(farms.columns)
    assert "pre_takeup_rate" not in latest_outcomes("Which farmers should get the intensive session?", cols, cols)
    assert "pre_takeup_rate" in latest_outcomes("Did the session change the prior take-up rate?", cols, cols)
    # "as a function of Z" and "across levels of Z" name the modifier
    match = varies_with("Compute the CATE of qsmk on wt82_71 as a function of age.")
    assert (match["by"], match["what"]) == ("as a function of", "age")
    assert varies_with("Is the effect of religious on affairs heterogeneous across levels of educ?")["what"] == "educ"
    ages = profile(pd.DataFrame({"qsmk": rng.integers(0, 2, 50), "wt82_71": rng.normal(0, 1, 50), "age": rng.integers(25, 75, 50)}))
    assert decoding._split_by_modifier("Compute the CATE of qsmk on wt82_71 as a function of age.", ages, Grounding()) == (
        "Compute the CATE of qsmk on wt82_71 with age above the median.")
    # race is what a black indicator records
    assert Grounding().best_grounded("race", ["nearc4", "educ", "black", "south", "exper", "lwage"]) == ["black"]


def test_typos_are_read_as_the_words_meant_and_names_stay_as_written() -> None:
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    from jupyter_causal.parse.spelling import readable, respelled, vocabulary

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=True)
    tok.train_from_iterator(["what does the data say about the causal effect of quitting smoking on weight and wages"] * 20,
                            trainers.BpeTrainer(vocab_size=400, initial_alphabet=pre_tokenizers.ByteLevel.alphabet()))
    common = vocabulary(PreTrainedTokenizerFast(tokenizer_object=tok))
    assert {"effect", "smoking", "weight", "causal"} <= common and "efect" not in common
    assert {"effect", "weight", "training", "earnings", "increase", "quitting", "quantity", "quality"} <= readable()
    nhefs = ["qsmk", "wt82_71", "smokeyrs", "sex"]
    assert respelled("Whats the efect of quiting smoking on wieght change?", common, nhefs) == (
        "Whats the effect of quitting smoking on weight change?")  # "whats" is "what" and an "s": no typo
    assert respelled("does the trainig program increse earnigs in 1978", common, ["treat", "re78"]) == (
        "does the training program increase earnings in 1978")
    # a word of the table, a name in quotes or joined to a number, a capitalised name mid-sentence, a short word, a
    # plural or contraction of a known word and a known word with an ending stay as written
    kept = "Does smokeyrs change `wieght` or wt82_71 in the Spector data, causally, for quitters who doesnt smok?"
    assert respelled(kept, common, nhefs) == kept
    # the table's own word first: "quanity" is a slip for the table's quantity, not the more common quality
    assert respelled("Does price change quanity sold?", common, ["price", "quantity_sold"]) == "Does price change quantity sold?"
    assert respelled("Does price change quanity sold?", common, ["price", "units"]) == "Does price change quantity sold?"
    assert respelled("the efect", frozenset(), []) == "the effect"  # the readable words alone read a typo too


def _placed(question: str, columns: list[str]) -> dict[str, str]:
    """Where the rules place each role in ``question`` about a table of ``columns``, without the spaces at the edges."""
    from jupyter_causal.parse.cues import role_spans

    return {role: place.strip() for role, place in role_spans(question, columns).items()}


def test_counterfactuals_comparisons_and_negations_place_an_effects_roles() -> None:
    nsw = ["treat", "age", "educ", "black", "hisp", "marr", "nodegree", "re74", "re75", "re78"]
    assert _placed("Had the trainees not been enrolled, how much less would they have earned in 1978?", nsw) == {
        "treatment": "the trainees not been enrolled", "outcome": "have earned 1978"}
    assert _placed("By how many dollars does the program raise re78?", nsw) == {"treatment": "the program", "outcome": "re78"}
    assert _placed("Does the jobs program help Hispanic participants' 1978 earnings?", nsw) == {
        "treatment": "the jobs program", "condition": "Hispanic participants'", "outcome": "1978 earnings"}
    nhefs = ["qsmk", "wt82_71", "sex", "age"]
    assert _placed("If the quitters had kept smoking, would their weight have changed less?", nhefs) == {
        "treatment": "the quitters had kept smoking", "outcome": "weight have changed less"}
    assert _placed("Do people who quit smoking gain more weight than those who keep smoking?", nhefs)["outcome"] == "gain more weight"
    assert _placed("How would weight change differ if nobody had quit smoking?", nhefs) == {
        "outcome": "weight change", "treatment": "quit smoking"}
    assert _placed("Is it true that quitting smoking has no effect on weight change?", nhefs) == {
        "treatment": "quitting smoking", "outcome": "weight change"}
    assert _placed("Can we reject the hypothesis that class had no causal effect on survival?", ["class", "survived"]) == {
        "treatment": "class", "outcome": "survival"}
    mroz = ["lfp", "k5", "k618", "wc", "hc", "lwg"]
    assert _placed("Would these women have been more likely to work if they had had no children under six?", mroz) == {
        "outcome": "work", "treatment": "they had had no children under six"}
    assert _placed("Does having a husband who went to college change whether the wife works?", mroz) == {
        "treatment": "having a husband who went to college", "outcome": "whether the wife works"}
    hiv = ["got", "any", "tinc", "distvct", "age"]
    assert _placed("If we offered everyone a cash incentive, would more people learn their HIV results?", hiv) == {
        "treatment": "a cash incentive", "outcome": "learn their HIV results"}
    insure = ["takeup_survey", "intensive", "risk_averse", "literacy"]
    assert _placed("Do farmers with risk_averse above the median take up insurance more when given the intensive session?", insure)[
        "outcome"] == "take up insurance"
    assert _placed("How many more students score above the median (NABOVE) when the pupil-teacher ratio falls by one?",
                  ["NABOVE", "PTRATIO"]) == {"outcome": "students score above the median (NABOVE)", "treatment": "the pupil-teacher ratio"}
    assert _placed("Recommend a gear ratio for each car to get the best mileage.", ["gear_ratio", "mpg"]) == {
        "treatment": "gear ratio", "outcome": "mileage"}
    assert _placed("For water source well - does under5 cause `hh_size` to change, and by how much?", ["under5", "hh_size"]) == {
        "treatment": "under5", "outcome": "`hh_size`"}
    assert _placed("Did black legislators respond more often?", ["leg_black", "responded"]) == {
        "treatment": "black legislators", "outcome": "respond more often"}
    # ... but "respond more to X" says whose effect is larger: the drug is the treatment there, not the older patients
    assert _placed("Do older patients respond more often?", ["age", "responded"])["treatment"] == "older patients"
    assert _placed("Do older patients respond more to the drug?", ["age", "drug"])["treatment"] == "the drug"


def test_scene_setting_pronouns_lists_arrows_cutoffs_moderation_and_groups() -> None:
    from jupyter_causal.parse.cues import (
        adjusting_items,
        as_variation,
        asks_mediation,
        graded_groups,
        listed_items,
        named_design,
        role_spans,
    )
    from jupyter_causal.parse.grounding import Grounding

    # words before a "Question:" label set the scene; "it" is the sentence before
    spans = role_spans("Context: we emailed legislators posing as constituents. Question: did black legislators respond more often?",
                       ["leg_black", "responded", "treat_out"])
    assert spans["treatment"].strip() == "black legislators"
    spans = role_spans("How far people live from the results centre: does it stop them learning their results?", ["got", "distvct"])
    assert spans == {"treatment": "How far people live from the results centre", "outcome": "learning their results"}
    assert role_spans("My question is whether higher unemployment leads to more Black men in prison.", ["ur", "bmprison"]) == {
        "treatment": "higher unemployment", "outcome": "more Black male in prison"}
    # one arrow is an effect, two a path; names listed after a colon with commas alone are a graph's nodes
    cols = ["treat", "educ", "re78"]
    assert not asks_mediation("ATE treat -> re78", cols) and asks_mediation("treat -> educ -> re78", cols)
    listed = listed_items("causal graph: TVnews, PID, age, educ, income, vote")
    assert listed is not None and [item.strip() for item in listed] == ["TVnews", "PID", "age", "educ", "income", "vote"]
    assert listed_items("Treatment: any. Outcome: got.") is None
    # a cutoff used is a regression discontinuity
    reasons = ["regression discontinuity is not supported"]
    assert named_design("Use the 50% vote-share cutoff to estimate the effect of a Democratic win on the score.", ["score"], reasons)
    assert named_design("Estimate the effect of a Democratic win on the score.", ["score"], reasons) is None
    # "does Z change how much X raises Y" is moderation; "the less educated" a group below the median
    assert as_variation("Does literacy change how much the intensive session raises take-up?") == (
        "does the effect of the intensive session on take-up vary with literacy?")
    (match, what, high), = graded_groups("Does it raise support among the less educated?")
    assert what == "educated" and not high and match[0] == "the less educated"
    # an adjusting list ends at a comma opening a condition
    assert adjusting_items("What is the effect of bp on target, adjusting for age, sex and bmi, for s5 above its median?") == [
        "age", "sex", "bmi"]
    g = Grounding()
    assert g.best_grounded("higher unemployment", ["ur", "poverty"]) == ["ur"]
    assert g.best_grounded("earn", ["lwage", "educ"]) == ["lwage"] and g.best_grounded("participation", ["lfp", "inc"]) == ["lfp"]
    assert g.best_grounded("children under six", ["k5", "k618"]) == ["k5"]
    assert g.best_grounded("income per person", ["gdpPercap", "pop"]) == ["gdpPercap"]
    assert g.best_grounded("learn their HIV results", ["got", "hiv2004"]) == ["got"]


def test_attributions_percentages_periods_and_lower_on_place_roles_and_years() -> None:
    from jupyter_causal.parse.cues import role_spans
    from jupyter_causal.parse.grounding import dated, grounds_subgroup

    nsw = ["treat", "age", "educ", "re74", "re75", "re78"]
    assert _placed("Quantify how much of the wage is due to the program.", ["treat", "wage"]) == {
        "outcome": "the wage", "treatment": "the program"}
    # ... but how much of a gain (a premium, an advantage) or of "it" is due to M asks for a path
    assert _placed("Quantify how much of the 1978 earnings gain is due to the program.", nsw) == {"mediator": "the program"}
    assert "outcome" not in role_spans("Is the union wage premium larger in the south?", ["union", "wage", "south"])
    assert _placed("By what percent does training change 1978 earnings?", nsw) == {"treatment": "training", "outcome": "1978 earnings"}
    assert _placed("Does experience pay more in the South?", ["exper", "lwage", "south"]) == {
        "treatment": "experience", "outcome": "pay", "condition": "in the South"}
    assert _placed("Are inspection scores lower on weekends?", ["inspection_score", "Weekend"]) == {
        "outcome": "inspection scores", "treatment": "weekends"}
    assert _placed("Do kids under 6 keep mothers out of the labour force?", ["lfp", "k5", "k618"]) == {
        "treatment": "kids under 6", "outcome": "the labour force"}
    # ... but "is it larger for ..." asks whose effect is larger, and "how much of X's effect on Y is due to M" is a path
    assert "outcome" not in role_spans("Is it larger for less educated women?", ["educ", "lwage"])
    assert _placed("How much of voter turnout's effect on age is due to distance?", ["turnout", "age", "distance"])["mediator"] == (
        "distance")
    # a year after "after", "before" or "since" is a subgroup of a column of years whose range holds it
    gap = pd.DataFrame({"year": [1952, 1977, 2007] * 4, "gdpPercap": np.linspace(300, 40000, 12), "lifeExp": np.linspace(30, 80, 12),
                        "pop": np.linspace(1e5, 1e9, 12)})
    prof = profile(gap)
    question = "After 1990, did GDP per capita still raise life expectancy?"
    assert _placed(question, list(gap.columns))["condition"] == "After 1990"
    assert dated("After 1990", prof, list(gap.columns)) == {"year"} and dated("After 2090", prof, list(gap.columns)) == set()
    assert grounds_subgroup(question, prof, "year") and not grounds_subgroup(question, prof, "pop")


def test_responses_assignments_scenes_changes_and_faced_scores_place_roles() -> None:
    import importlib

    from jupyter_causal.parse.cues import as_variation, asks_mediation
    from jupyter_causal.parse.grounding import Grounding, names, written_levels

    decoding = importlib.import_module("jupyter_causal.parse.decoding")

    # a group responding differently (more responsive, helped more against Y, for whom X matters more): the group the condition
    letters = ["leg_black", "treat_out", "responded", "black_medianhh", "south"]
    assert _placed("Did black legislators respond differently to out-of-district letters?", letters) == {
        "condition": "black legislators", "treatment": "out-of-district letters"}
    farms = ["takeup_survey", "intensive", "literacy", "risk_averse"]
    assert _placed("Were literate farmers more responsive to the intensive session?", farms) == {
        "condition": "literate farmers", "treatment": "the intensive session"}
    jobs = ["treat", "econ_hard", "depress2", "job_seek", "work1"]
    assert _placed("Was the workshop more helpful against depression for those facing economic hardship?", jobs) == {
        "condition": "for those facing economic hardship", "treatment": "the workshop", "outcome": "depression"}
    hiv = ["got", "distvct", "tinc", "any", "hiv2004"]
    assert _placed("Did the incentive matter more for people living far from the results centre?", hiv) == {
        "condition": "for people living far from the results centre", "treatment": "the incentive"}
    # roles assigned as an estimator's arguments are; "condition on" a value starts a condition
    card = ["nearc4", "educ", "south", "lwage"]
    assert _placed("y = lwage, t = educ, condition on south == 1", card) == {
        "treatment": "educ", "outcome": "lwage", "condition": "condition on south == 1"}
    assert _placed("T: educ; Y: lwage", card) == {"treatment": "educ", "outcome": "lwage"}
    # a role's place goes on over the words that name a column with it, the mediator's too ("changes in smoking intensity")
    nhefs = ["qsmk", "wt82_71", "smokeintensity", "smkintensity82_71", "hbp"]
    assert _placed("How much of quitting smoking's effect on weight change goes through changes in smoking intensity?", nhefs) == {
        "treatment": "quitting smoking", "outcome": "weight change", "mediator": "changes in smoking intensity"}
    assert names("changes in smoking intensity", "smkintensity82_71") and names("cost sharing", "lncoins")
    assert names("the incentive", "any") and names("the incentive amount", "tinc") and names("marital status", "marr")
    assert Grounding().best_grounded("the size of the cash incentive", hiv) == ["tinc"]
    # no question word is a possessive treatment; an effect on Y whose treatment is no phrase's is the outcome alone, and
    # the sentence before it the treatment where there is one ("Customers were emailed. Was the effect on Y bigger ...?")
    assert _placed("Is quitting's influence on wt82_71 mediated by smokeintensity?", nhefs)["treatment"] == "quitting"
    assert _placed("Use lottery winnings as an instrument for income and estimate its effect on happiness.", ["income"]) == {
        "outcome": "happiness"}
    shop = ["segment", "visit", "conversion", "spend", "newbie"]
    assert _placed("Customers were randomly emailed. Was the effect on conversion bigger for newbies?", shop) == {
        "condition": "for newbies", "outcome": "conversion bigger", "treatment": "Customers were randomly emailed"}
    # a question opening a later sentence places roles, and its "it" is the sentence before
    assert _placed("We sent a coupon to some customers. Did it change spend?", shop) == {
        "treatment": "We sent a coupon to some customers", "outcome": "spend"}
    # a long group named before the question; units gaining more Y after X; units with X doing Y more
    assert _placed("For people who were unemployed in 1975, did the training raise 1978 earnings?", ["treat", "re75", "re78"])[
        "condition"] == "For people who were unemployed 1975"
    assert _placed("Did people with high blood pressure gain more weight after quitting?", nhefs) == {
        "condition": "people with high blood pressure", "treatment": "quitting", "outcome": "weight"}
    assert _placed("Do wives with college degrees participate more in the labor force?", ["lfp", "k5", "wc", "hc"]) == {
        "treatment": "college degrees", "outcome": "participate more"}
    # "is that because M" names a path; effect modification and heterogeneity "by Z in the effect of X on Y" vary with Z
    fair = ["rate_marriage", "religious", "affairs"]
    why = "Does religiousness lower affairs, and is that because happier marriages result?"
    assert asks_mediation(why, fair) and _placed(why, fair)["mediator"] == "happier marriages result"
    assert as_variation("Is there effect modification by marital status in the effect of treat on re78?") == (
        "does the effect of treat on re78 vary with marital status?")
    assert as_variation("Is there treatment effect heterogeneity across education for the training's impact on re78?") == (
        "does the training's impact on re78 vary with education?")
    # an ordinal in figures is written by its word; a training ends a treatment's place as a programme does
    titanic = profile(pd.DataFrame({"class": ["1st class", "2nd class", "3rd class", "crew"] * 5, "survived": ["yes", "no"] * 10}))
    assert written_levels("Did being a child raise survival for third class passengers?", titanic, "class") == ["3rd class"]
    assert Grounding().role_named("q", "treatment", jobs, place="the JOBS training ") == ["treat"]
    # units facing what a score of four levels or more measures are those above its median
    rng = np.random.default_rng(0)
    scored = profile(pd.DataFrame({"treat": rng.integers(0, 2, 100), "econ_hard": rng.integers(1, 6, 100),
                                   "depress2": rng.normal(2, 1, 100)}))
    assert decoding._named_at_median("Did the workshop help those facing economic hardship?", scored) == (
        "Did the workshop help those with econ_hard above the median?")
    assert decoding._named_at_median("Did the workshop help those facing hardship at work?", scored) == (
        "Did the workshop help those facing hardship at work?")


def test_groups_reacting_gaining_or_helped_more_and_outcomes_paid_in_earnings() -> None:
    import importlib

    from jupyter_causal.parse.cues import facing_units

    nsw = ["treat", "age", "educ", "black", "hisp", "marr", "nodegree", "re74", "re75", "re78"]
    # units that react differently (or are more receptive) are the subgroup; a measure that responds is the outcome
    assert _placed("Did Hispanic participants react differently to the training?", nsw) == {
        "condition": "Hispanic participants", "treatment": "the training"}
    assert _placed("Were dropouts more receptive to the job training program?", nsw) == {
        "condition": "dropouts", "treatment": "the job training program"}
    assert _placed("Do sales respond more strongly to price?", ["price", "sales"]) == {"outcome": "Do sales", "treatment": "price"}
    # where the verb is the outcome's column ("respond" for ``responded``), the units that respond are the subgroup
    letters = ["leg_black", "treat_out", "responded", "blackpercent", "south"]
    assert _placed("Did legislators in the South respond less to out-of-district requests?", letters) == {
        "treatment": "out-of-district requests", "condition": "legislators in the South"}
    # units that gain or earn more after X: the units the subgroup, X the treatment
    assert _placed("Did participants with no degree earn more after the training?", nsw) == {
        "treatment": "the training", "outcome": "earn more", "condition": "participants with no degree"}
    # units more likely to Y when X; the Y gain from X
    assert _placed("Are wives more likely to work when their husbands went to college?", ["lfp", "wc", "hc"]) == {
        "outcome": "work", "treatment": "their husbands went to college"}
    assert _placed("Is the weight gain from quitting explained by changes in cigarettes per day?", ["qsmk", "wt82_71", "smkintensity82_71"]) == {
        "outcome": "weight gain", "treatment": "quitting", "mediator": "changes in cigarettes per day"}
    # schooling "more rewarding", or its return, is paid in earnings
    assert _placed("Was schooling more rewarding for black men?", ["educ", "black", "lwage"]) == {
        "condition": "for black male", "treatment": "schooling", "outcome": "earnings"}
    assert _placed("Does the return to schooling matter more in the South?", ["educ", "south", "lwage"]) == {
        "condition": "in the South", "treatment": "schooling", "outcome": "earnings"}
    # "they" is the sentence before, as "it" is; units helped more by X are the subgroup
    assert _placed("The study offered random cash incentives. Did they raise the share learning their results?", ["any", "got"]) == {
        "treatment": "The study offered random cash incentives", "outcome": "the share learning their results"}
    assert _placed("Were participants facing severe economic hardship helped more by the workshop?", ["treat", "econ_hard"]) == {
        "condition": "participants facing severe economic hardship", "treatment": "the workshop"}
    # what units face (however severe) or are, for a score to read
    assert facing_units("Were participants facing severe economic hardship helped more?")[0].group("units", "what") == (
        "participants", "economic hardship")
    assert facing_units("For households that are risk averse, did X raise Y?")[0].group("units", "what") == ("households", "risk averse")
    assert facing_units("For households that are in debt of any kind, did X raise Y?") == []
    # a group whose words with its units name a yes/no column is no share above its median ("black legislators")
    rng = np.random.default_rng(1)
    politicians = profile(pd.DataFrame({"leg_black": rng.integers(0, 2, 100), "blackpercent": rng.random(100),
                                        "treat_out": rng.integers(0, 2, 100), "responded": rng.integers(0, 2, 100)}))
    decoding = importlib.import_module("jupyter_causal.parse.decoding")
    question = "Did black legislators respond differently to out-of-district letters?"
    assert decoding._named_at_median(question, politicians) == question
    assert decoding._named_at_median(question.replace("legislators", "voters"), politicians).startswith(
        "Did voters with blackpercent above the median")


def test_groups_helped_or_hurt_premiums_pushes_and_lacks_glued_to_a_word() -> None:
    import importlib

    from jupyter_causal.parse.grounding import another_group, written_levels

    decoding = importlib.import_module("jupyter_causal.parse.decoding")
    lalonde = ["treat", "age", "race", "married", "nodegree", "re74", "re78"]
    # units helped or hurt with a word of group before them are the subgroup; units hurt are no outcome, a measure of them is
    assert _placed("Did the program help Hispanic participants?", lalonde) == {"condition": "Hispanic participants", "treatment": "the program"}
    assert _placed("Did the program help the participants?", lalonde) == {"treatment": "the program"}
    assert _placed("Did the training hurt married workers?", lalonde) == {"condition": "married workers", "treatment": "the training"}
    assert _placed("Did the training hurt earnings of married workers?", lalonde)["outcome"] == "earnings"
    assert _placed("Did the program help participants with no degree?", lalonde) == {
        "condition": "participants with no degree", "treatment": "the program"}
    assert _placed("Did the training hurt workers with kids?", lalonde) == {"condition": "workers with kids", "treatment": "the training"}
    # claimants under an age that respond more; a treatment more effective for a group; a premium earned for X
    bonus = ["tg", "inuidur1", "agelt35", "female"]
    assert _placed("Did claimants under 35 respond more to the cash bonus?", bonus) == {
        "condition": "claimants under 35", "treatment": "the cash bonus"}
    assert _placed("Was the bonus more effective for women?", bonus)["treatment"] == "the bonus"
    assert _placed("Is the drug more effective than surgery?", ["drug", "surgery", "survival"]).get("treatment") is None
    assert _placed("Do sex workers earn a premium for unprotected sex?", ["unsafe", "lnw"]) == {"treatment": "unprotected sex"}
    # "push up", "drive down": the verb and its particle, not the outcome's words
    assert _placed("Did the council tax push up the yes vote?", ["COUTAX", "YES"]) == {"treatment": "the council tax", "outcome": "the yes vote"}
    assert _placed("Does the tax drive down mortality?", ["tax", "mortality"]) == {"treatment": "the tax", "outcome": "mortality"}
    # moving Y more for a group names the group
    assert _placed("Does smoking during pregnancy lower infant birthweight more for unmarried mothers?", ["mbsmoke", "bweight"])[
        "condition"] == "for unmarried mothers"
    rng = np.random.default_rng(0)
    n = 60
    births = profile(pd.DataFrame({"mbsmoke": rng.integers(0, 2, n), "mmarried": rng.integers(0, 2, n), "unemployed": rng.integers(0, 2, n),
                                   "bweight": rng.normal(3400, 400, n), "race": rng.choice(["black", "hispan", "white"], n)}))
    # "un" glued to a yes/no column's word (or its gloss) is its lack, unless the word names a column itself
    assert decoding._unprefixed("for unmarried mothers", births) == "for non-married mothers"
    assert decoding._unprefixed("for unemployed mothers", births) == "for unemployed mothers"
    assert decoding._unprefixed("for unusual mothers", births) == "for unusual mothers"
    # a level cut short ("hispan") is written by its whole word, not by a word it merely starts
    assert written_levels("Did the program help Hispanic participants?", births, "race") == ["hispan"]
    assert written_levels("Did the program help participants?", births, "race") == []
    # a yes/no column whose name holds a condition's drawn column's name is no further group ("married" for nevermarried)
    providers = profile(pd.DataFrame({"married": rng.integers(0, 2, n), "nevermarried": rng.integers(0, 2, n),
                                      "diabetes": rng.integers(0, 2, n), "age": rng.integers(20, 80, n)}))
    assert not another_group("for married providers", providers, "nevermarried", ["married"])
    assert another_group("for diabetes patients over 65", providers, "diabetes", ["age"])
    # a rise per additional unit of X places the outcome first
    assert _placed("How much do sales increase per additional unit of TV advertising?", ["TV", "radio", "sales"]) == {
        "outcome": "sales", "treatment": "TV advertising"}
    assert _placed("How much does wage increase with each year of education?", ["education", "wage"]) == {
        "outcome": "wage", "treatment": "education"}
    # levels numbered to order them are written by their words; a level whose words another written level holds is not
    wages = profile(pd.DataFrame({"maritl": rng.choice(["1. Never Married", "2. Married", "4. Divorced"], n),
                                  "race": rng.choice(["1. White", "2. Black"], n), "wage": rng.normal(100, 10, n)}))
    assert written_levels("for married workers", wages, "maritl") == ["2. Married"]
    assert written_levels("for never married workers", wages, "maritl") == ["1. Never Married"]
    assert written_levels("for Black workers", wages, "race") == ["2. Black"]
    assert written_levels("for married or divorced workers", wages, "maritl") == []


def test_roles_declared_by_name_outcomes_a_session_ends_in_and_steps_joined_to_a_name() -> None:
    from jupyter_causal.parse.grounding import Grounding, carried_numbers

    acic = ["x_1", "x_2", "z", "y"]
    # roles declared by a column's whole name place both, whichever way round the sentence says it
    assert _placed("z is a binary treatment and y the outcome; x_1 to x_2 are covariates. Estimate the ATE.", acic) == {
        "treatment": "z", "outcome": "y"}
    assert _placed("The treatment variable is z and the outcome variable is y. Estimate the ATE.", acic) == {"treatment": "z", "outcome": "y"}
    assert _placed("With z as the treatment and y as the outcome, what is the effect?", acic) == {"treatment": "z", "outcome": "y"}
    # a word that names no column declares nothing: "the treatment is effective" is no treatment's name
    assert _placed("Is the treatment effective and the outcome good?", acic).get("treatment") != "effective"
    # what a session ends in is its outcome's state, not a group of sessions
    shoppers = ["BounceRates", "Weekend", "Revenue"]
    assert "condition" not in _placed("What's the impact of the bounce rate on whether the session ends in revenue?", shoppers)
    assert _placed("Does the bounce rate lower revenue on weekends?", shoppers)["condition"] == "on weekends"
    # a number after a step ("year 4") joined to a name's word is the name's, not a condition's value
    jobcorps = ["assignment", "female", "health", "health4", "earny4"]
    assert carried_numbers("the effect on health at year 4", jobcorps) == {"4"}
    assert carried_numbers("for units with health above 4", jobcorps) == set()
    assert _placed("Did assignment to the program improve health at year 4 for women?", jobcorps) == {
        "treatment": "assignment to the program", "outcome": "health year 4", "condition": "for female"}
    rng = np.random.default_rng(0)
    table = profile(pd.DataFrame({c: rng.integers(0, 5, 40) for c in jobcorps}))
    grounding = Grounding()
    assert grounding.best_grounded("health year 4", jobcorps, profile=table) == ["health4"]
    assert grounding.best_grounded("health", jobcorps, profile=table) == ["health"]


def test_doers_claims_lists_after_among_and_the_ate_of_x() -> None:
    import importlib

    from jupyter_causal.parse.cues import asks_graph, caused_node, listed_items
    from jupyter_causal.parse.grounding import writes_all_words, written_levels

    decoding = importlib.import_module("jupyter_causal.parse.decoding")
    rng = np.random.default_rng(0)
    n = 60
    loans = profile(pd.DataFrame({"home_ownership": rng.choice(["RENT", "OWN", "MORTGAGE"], n), "purpose": rng.choice(["car", "house"], n),
                                  "smoking": rng.choice(["smoke", "never"], n), "int_rate": rng.uniform(5, 30, n)}))
    # a doing is written by those who do it ("renters" for RENT, "smokers" for smoke), not by another word it starts
    assert written_levels("For renters, does verifying income change repayment?", loans, "home_ownership") == ["RENT"]
    assert written_levels("For owners, does the rate matter?", loans, "home_ownership") == ["OWN"]
    assert written_levels("Do smokers pay higher rates?", loans, "smoking") == ["smoke"]
    assert written_levels("Does the rental market matter?", loans, "home_ownership") == []
    # a claim asked about ("is there evidence that X lowers Y") places both roles
    assert _placed("is there evidence that being physically active lowers systolic blood pressure?", ["PhysActive", "BPSysAve"]) == {
        "treatment": "being physically active", "outcome": "systolic blood pressure"}
    assert _placed("Do the data suggest that smoking raises pulse?", ["SmokeNow", "Pulse"]) == {"treatment": "smoking", "outcome": "pulse"}
    # units who X and Y more (fewer) of something: X the treatment, Y's words the outcome; a verb of having is no outcome
    assert _placed("Do patients who smoke miss more appointments?", ["smoke", "noshow"]) == {
        "treatment": "smoke", "outcome": "miss more appointments"}
    assert _placed("Do patients who exercise have fewer heart attacks?", ["exercise", "attack"]) == {}
    # names listed with commas alone after "over" (among, between) are a graph's nodes; "which variables directly cause Y"
    question = "Which variables directly cause TenYearCHD? Learn the structure over age, sysBP, totChol, BMI, glucose, TenYearCHD."
    assert [item.strip(" .") for item in listed_items(question) or []] == ["age", "sysBP", "totChol", "BMI", "glucose", "TenYearCHD"]
    assert caused_node("Which variables directly cause TenYearCHD?") == "TenYearCHD"
    assert asks_graph(question, ["age", "sysBP", "totChol", "BMI", "glucose", "TenYearCHD"])
    assert listed_items("What is the effect of age on sysBP over 60?") is None
    # "the ATE of X on Y" asks for an effect in so many words (no policy), as "the effect of X on Y" does
    assert decoding._EFFECT_OF.search("Run double machine learning to get the ATE of active on cardio.")
    assert not decoding._EFFECT_OF.search("What rates of uptake follow?")
    # a unit of time ends a name as other units do: "the departure delay" writes all of "Departure Delay in Minutes"
    assert writes_all_words("the departure delay", "Departure Delay in Minutes")
    assert not writes_all_words("the delay", "Departure Delay in Minutes")


def test_names_held_inside_glued_codes_edges_asked_and_bounds_in_brackets() -> None:
    import importlib

    from jupyter_causal.parse.cues import asks_direction, asks_graph, direction_items, points_to
    from jupyter_causal.parse.grounding import stem_share, written_levels

    decoding = importlib.import_module("jupyter_causal.parse.decoding")
    # a word held inside a glued name between short codes ("math" in gktmathss) half-writes it; a name's ending does not
    assert stem_share("Is the small-class effect on math scores bigger?", "gktmathss") == 0.5
    assert stem_share("the effect on kindergarten reading scores", "gktreadss") == 0.5
    assert stem_share("the effect on reading scores", "gktmathss") == 0.0
    assert stem_share("a count of visits", "discount") == 0.0
    # an edge asked about by its ends is a graph of the two; a list of edges is not a pair
    for asked, pair in (("Is there a direct causal edge from rainfall to pest damage?", ["rainfall", "pest damage"]),
                        ("Is there an arrow between CO and BP in the causal graph?", ["CO", "BP"]),
                        ("Does length of stay cause readmission, or does readmission risk drive length of stay?", ["length of stay", "readmission"])):
        assert asks_direction(asked) and asks_graph(asked, []), asked
        assert [item.strip() for item in direction_items(asked, [])] == pair, asked
    assert direction_items("Is there a causal arrow from education to income, or from income to health?", []) is None
    assert not asks_direction("Does X cause Y, or does Z cause W?")
    # a bound alone in brackets glosses the group before it; a bracket naming a column is the condition itself
    assert _placed("Do reminders work better for people who live far from a clinic (more than 20 km)?", ["sms_reminder", "distance_km"])[
        "condition"] == "for people who live far from a clinic (more than 20"
    assert _placed("Is the wage effect of education larger in the south (south = 1)?", ["educ", "wage", "south"])["condition"] == "(south = 1"
    assert _placed("Given a search was conducted, does race affect arrests?", ["race", "arrest", "search"])["condition"] == (
        "Given a search was conducted")
    # "or is it just correlation" asks for the effect: the word points to no out-of-scope reason there
    assert not points_to("Does being a superhost increase ratings, or is it just correlation?", [], "correlation")
    assert points_to("What is the correlation between ratings and price?", [], "correlation")
    # "do X work better for <group>" compares groups, as "who benefits more" does; "which X works best for Y" asks for the best
    assert decoding._BENEFITS_MOST.search("Do reminders work better for people far from a clinic?")
    assert not decoding._BENEFITS_MOST.search("Which diet works best for weight loss among people with a BMI above 30?")
    # a comparative's verb names no one who does a level: "lowers" is no doer of "LOW"; "renters" still are of "RENT"
    rng = np.random.default_rng(0)
    icu = profile(pd.DataFrame({"TPR": rng.choice(["LOW", "NORMAL", "HIGH"], 60), "tenure": rng.choice(["RENT", "OWN"], 60)}))
    assert written_levels("Does hypovolemia lower blood pressure, and who lowers it?", icu, "TPR") == []
    assert written_levels("For renters, does it matter?", icu, "tenure") == ["RENT"]
    # a mediation's treatment whose place writes no yes/no column is offered the column it writes most of ("the freight cost")
    orders = profile(pd.DataFrame({"late_delivery": rng.integers(0, 2, 60), "freight_value": rng.uniform(0, 100, 60),
                                   "delivery_days": rng.integers(1, 40, 60), "review_score": rng.integers(1, 6, 60)}))
    options = list(orders.names)
    assert "freight_value" in decoding.role_options(orders, "treatment", jc.Task.MA, options, {"treatment": "the freight cost"}, question="")
    assert decoding.role_options(orders, "treatment", jc.Task.MA, options, {"treatment": "the late parcels"}, question="") == ["late_delivery"]
    # thousands written with a "k" after money or a decimal are values; "401k" and a "10k time" are names
    from jupyter_causal.parse.prompt import numbers_in

    assert numbers_in("Does premium cut churn for households earning over $50k?") == [50000.0]
    assert numbers_in("Effect of autopay on defaults for loans above 2.5k") == [2500.0]
    assert numbers_in("Does the 401k plan raise savings for people whose 10k time is 35?") == [35.0]
    # moderation asked as heterogeneity in an effect across Z, or as a CATE by Z, is a variation with Z; "by" a method is not
    from jupyter_causal.parse.cues import as_variation

    assert as_variation("Is there heterogeneity in the premium effect on churn across tenure?").endswith("vary with tenure?")
    assert as_variation("Estimate the CATE of premium on order count by region.").endswith("vary with region.")
    assert as_variation("Estimate the CATE of X on Y by causal forest.") == "Estimate the CATE of X on Y by causal forest."
    # a mediator declared "with M as the mediator" has its place
    assert _placed("Compute the natural direct and indirect effects of premium on churn with order count as mediator.", [])[
        "mediator"] == "order count"
    # "of" is no word of a name's to write: "reviews" writes number_of_reviews by its share, not as a name of two words written whole
    assert decoding.Grounding().bonus("the review rating", "number_of_reviews") == 1.0
    assert decoding.Grounding().bonus("the review rating", "number_of_ratings") == 1.0
    # a plot asked for and an "IV for" are out of scope; a plot of a causal graph is not; "beyond what Z explains" adjusts for Z
    from jupyter_causal.corpus.phrasings import REASONS as reasons
    from jupyter_causal.parse.cues import adjusting_items, named_design, without_adjusting

    assert "descriptive" in (named_design("Plot LDL by age.", [], reasons) or "")
    assert named_design("Plot the causal graph of age and LDL.", [], reasons) is None
    assert "instrument" in (named_design("Use distance to the pharmacy as an IV for statin use to estimate the effect on MI.", [], reasons) or "")
    assert named_design("Does IV drug use raise HIV risk?", [], reasons) is None
    assert adjusting_items("Does remote work cause people to quit, beyond what tenure explains?") == ["tenure"]
    assert without_adjusting("Does remote work cause people to quit, beyond what tenure explains?") == "Does remote work cause people to quit?"
    # a true / false column whose words are written together, none negated, is its true ("given a search was conducted");
    # a 0 / 1 column keeps both codes for the model; "sending" is no slip of "spending" where the place grounds columns
    from jupyter_causal.parse.grounding import Grounding, value_options

    stops = profile(pd.DataFrame({"search_conducted": rng.choice([True, False], 60), "got_loan": rng.integers(0, 2, 60),
                                  "coupon_sent": rng.integers(0, 2, 60), "spend_grocery": rng.gamma(2, 50, 60), "spend_total": rng.gamma(2, 80, 60)}))
    assert value_options(stops, "search_conducted", "Given a search was conducted, does race matter?") == ["true}"]
    assert value_options(stops, "search_conducted", "Where a search was not conducted, does race matter?") == ["false}", "true}"]
    assert value_options(stops, "got_loan", "for people who got a loan") == ["0}", "1}"]
    spans = {"treatment": "sending a coupon ", "outcome": " total spend"}
    assert Grounding().grounded_in_place(spans, "treatment", list(stops.names), profile=stops) == {"coupon_sent"}


def test_backticked_exact_names_mediators_written_as_a_prefix_and_conditions_after_where() -> None:
    from jupyter_causal.parse.grounding import words_taken, written_exactly

    # a name written in backticks is written exactly (it holds a graph's list open); one in single quotes, or a word of a
    # longer name, is not
    cols = ["budget", "budget_overrun", "subs"]
    assert written_exactly("how `budget` and cost overrun (budget_overrun) are related", cols) == ["budget", "budget_overrun"]
    assert written_exactly("how 'budget' relates to cost overrun", cols) == []
    # "split the effect of X on Y into direct and M-mediated parts" places M
    assert _placed("Split the effect of injury on race time into direct and RestingHR-mediated parts.", [])["mediator"] == "RestingHR"
    assert _placed("Split the effect of surge on hour_of_day into direct and weekend day-mediated parts.", [])["mediator"] == "weekend day"
    # "which treatment should we pick for X where (when) ..." ends the treatment's place before the condition
    spans = _placed("Which treatment should we pick for injury history where diet plan (diet_plan) is 'standard' so that AGE is highest?", [])
    assert spans["treatment"] == "injury history"
    # words that wrote a condition write no further one: ``voted`` beside ``voted_last``, not ``age`` beside ``sex``
    assert words_taken("voted", ["voted_last"]) and not words_taken("age", ["sex"]) and not words_taken("voted_last", ["voted"])


def test_levels_with_numbers_shares_sex_columns_and_links_asked() -> None:
    import importlib

    from jupyter_causal.parse.cues import asks_direction, asks_graph, asks_mediation, direction_items
    from jupyter_causal.parse.grounding import level_cover, levels_in, value_options, written_levels, written_values

    decoding = importlib.import_module("jupyter_causal.parse.decoding")
    rng = np.random.default_rng(0)
    table = profile(pd.DataFrame({"sex": rng.choice(["Male", "Female"], 60), "charge": rng.choice(["F", "M"], 60),
                                  "prompt": rng.choice(["none", "20-25-30"], 60), "fare": rng.uniform(5, 90, 60),
                                  "term": rng.choice([" 36 months", " 60 months"], 60), "share": rng.uniform(0, 0.8, 60),
                                  "low": rng.integers(0, 2, 60), "lwt": rng.integers(80, 250, 60), "job": rng.choice(["at_home", "other"], 60)}))
    # "women" writes a sex column's level, not a charge's "F", where the table has a column named for sex
    assert levels_in("Among women, do priors matter?", table, "charge") == [] and levels_in("Among women, ...", table, "sex") == ["Female"]
    # numbers inside a level written are no values; an amount with its unit writes a level "60 months"
    assert written_values("Does the 20-25-30 prompt raise tips?", table) == []
    assert written_levels("Is the effect larger for 60-month loans?", table, "term") == [" 60 months"]
    # a percentage of a share column is its fraction
    assert value_options(table, "share", "schools where more than 40% of pupils get free meals") == ["0.4}"]
    # a bound no yes/no column takes; a level's joining word counts for nothing
    assert decoding._bounds_a_number("For mothers who weighed under 110", table, "low")
    assert not decoding._bounds_a_number("For mothers who weighed under 110", table, "lwt")
    assert not decoding._bounds_a_number("for units with low equal to 1", table, "low")
    assert level_cover("home internet access", table, "job") == 0
    # "put through" a programme is the treatment given, not a path; "goes through M" is a path
    assert not asks_mediation("Which users should we put through the new onboarding to keep the most?", [])
    assert asks_mediation("Does the effect of onboarding on retention go through sessions?", [])
    # a verb in brackets is a column's name; a doing goes on over "with"; "the payoff of X on Y" is an effect
    assert _placed("Does changing the diabetes medication (change) reduce readmission?", [])["treatment"] == (
        "changing the diabetes medication (change)")
    assert _placed("does going out with friends hurt first period grades", [])["treatment"] == "going out with friends"
    assert _placed("Is the payoff of years of coding on pay larger in Germany?", [])["treatment"] == "years of coding"
    # the condition's place runs on to what a share is of
    assert _placed("Is the effect on attendance bigger in schools where more than 40% of pupils get free school meals?", [])[
        "condition"] == "where more than 40% of pupils get free school meals"
    # "is there a causal relationship (link) between A and B" asks for the graph of the two, as the training questions do
    asked = "Is there a causal relationship between TV spend and sales?"
    assert asks_direction(asked) and asks_graph(asked, []) and [item.strip() for item in direction_items(asked, [])] == ["TV spend", "sales"]
    assert not asks_direction("Is there a causal relationship between TV spend and sales, and how big is it?")


def test_one_letter_levels_after_an_article_paths_in_turn_and_jumps() -> None:
    import importlib

    from jupyter_causal.corpus.phrasings import REASONS as reasons
    from jupyter_causal.parse.cues import asks_mediation, named_design, names_mediator

    grounding = importlib.import_module("jupyter_causal.parse.grounding")
    # a one-letter level is no article before a quoted name; "type b" at a clause's end still writes it
    assert not grounding._level_written('Does running a "Promo" increase "Sales"?', "a")
    assert grounding._level_written("Is the promo effect on sales bigger for stores of type b?", "b")
    # "does X raise M, which in turn raises Y" names each role of a path; "by bringing in more M" is a path
    asked = "Does raising the line speed increase vibration, which in turn increases defects?"
    assert names_mediator(asked)
    assert {role: place for role, place in _placed(asked, []).items() if role != "condition"} == {
        "treatment": "raising the line speed", "mediator": "vibration", "outcome": "defects"}
    assert asks_mediation("Does a promo raise sales by bringing in more customers?", [])
    # "a jump in Y at" a value asks for a regression discontinuity
    assert "discontinuity" in (named_design("Is there a jump in unemployment at a vote share of 0.5?", ["unemployment", "vote_share"], reasons) or "")
    assert named_design("Did sales jump after the promo?", [], reasons) is None


def test_a_grade_alone_writes_no_levels_word() -> None:
    from jupyter_causal.parse.grounding import level_words_written

    rng = np.random.default_rng(0)
    athletes = profile(pd.DataFrame({"DietPlan": rng.choice(["standard", "high_carb", "keto"], 60), "alt_camp": rng.integers(0, 2, 60),
                                     "segment": rng.choice(["Mens E-Mail", "Womens E-Mail", "No E-Mail"], 60)}))
    # "high" of "high_carb" in "high-altitude camps" names no diet; a level's distinctive word still names its column
    assert not level_words_written("Find who should be treated with high-altitude camps", athletes, "DietPlan")
    assert level_words_written("Does a low-carbohydrate keto plan help?", athletes, "DietPlan")
    assert level_words_written("Do the emails raise spend?", athletes, "segment")


def test_numbers_glued_into_names_leave_values_and_shared_heads_list_two_names() -> None:
    from jupyter_causal.parse.grounding import Grounding, written_values

    rng = np.random.default_rng(0)
    air = profile(pd.DataFrame({"pm25": rng.gamma(3, 4, 80), "temp_c": rng.normal(15, 8, 80), "asthma_er_visits": rng.poisson(6, 80)}))
    # the "25" of pm25 is part of a name, which leaves "above 25" a value; "earnings in 1978" still names re78
    assert written_values("How much does pm25 raise ER visits when temp_c > 25?", air) == [25.0]
    earnings = profile(pd.DataFrame({"re78": rng.gamma(2, 3000, 80), "treat": rng.integers(0, 2, 80)}))
    assert written_values("Did the training raise earnings in 1978?", earnings) == []
    wine = ["fixed acidity", "volatile acidity", "citric acid", "alcohol", "quality"]
    grounding = Grounding()
    assert grounding.shared_heads(["fixed and volatile acidity", "alcohol"], wine) == ["fixed acidity", "volatile acidity", "alcohol"]
    # two modifiers of which one names no column stay one item
    assert grounding.shared_heads(["fixed and total acidity", "alcohol"], wine) == ["fixed and total acidity", "alcohol"]
    scores = ["math_score", "reading_score", "tutoring"]
    assert grounding.shared_heads(["math and reading scores"], scores) == ["math scores", "reading scores"]


def test_arms_set_against_each_other_policies_seen_groups_with_a_place_and_boosts() -> None:
    from jupyter_causal.parse.cues import role_spans
    from jupyter_causal.parse.grounding import mentions

    # "B vs A on conversion": the arms are the treatment's place, what follows "on" the outcome's
    assert role_spans("B vs A on conversion - what's the lift?") == {"treatment": "B vs A", "outcome": "conversion"}
    assert "treatment" not in role_spans("Does X vs Y on Z matter?")
    # the thing each unit should see is the policy's treatment
    assert role_spans("what price should each user see to maximise LTV?")["treatment"] == "price"
    # a group with a place or a level after it ends the clause as the condition's place, as a longer group before the question does
    columns = ["trial_length_days", "subscribed", "referred", "platform"]
    assert role_spans("effect of trial length on subscription for referred users on iOS", columns)["condition"] == "for referred users on iOS"
    assert role_spans("for app users at outlet stores, what is the enrolment effect on churn?")["condition"] == "for app users at outlet stores"
    # a boost compared across groups is the effect's, not an outcome's
    assert "outcome" not in role_spans("is the playlist boost bigger for hip-hop tracks?", ["playlist_feature", "popularity", "genre"])
    # acronyms of product analytics and the natality records' names
    assert mentions("which price arm maximises lifetime value?", "ltv_usd")
    assert mentions("does maternal smoking raise infant mortality?", "tobacco")
    assert mentions("does the effect differ by maternal age?", "mager")
    assert mentions("average effect on business profits", "bizprofit")


def test_worth_it_means_named_by_getting_a_groups_further_trait_and_whole_levels() -> None:
    from jupyter_causal.parse.cues import role_spans
    from jupyter_causal.parse.grounding import level_written_whole

    assert role_spans("is the loyalty program worth it in terms of annual spend?") == {
        "treatment": "the loyalty program", "outcome": " annual spend"}
    # "by bringing (getting) M ..." names the path
    assert role_spans("Does heat increase drownings by bringing more people to the beach?")["mediator"] == " more people to the beach"
    assert "mediator" in role_spans("Did free breakfast raise maths scores by getting kids to school on time?")
    # a relative clause after a bound goes on naming the group
    assert role_spans("For people older than 50 who speak English, what's the effect of selection on ER use?")["condition"].endswith(
        "who speak English")
    # a level written letter for letter as a word draws a further condition; a unit's word inside a level does not
    rng = np.random.default_rng(0)
    telco = profile(pd.DataFrame({"Contract": rng.choice(["Month-to-month", "One year", "Two year"], 60), "tenure": rng.integers(0, 72, 60),
                                  "platform": rng.choice(["ios", "android"], 60)}))
    assert not level_written_whole("for customers with tenure under 12 months", telco, "Contract")
    melanoma = profile(pd.DataFrame({"status": rng.choice(["1", "2", "3"], 60), "thickness": rng.uniform(0, 10, 60)}))
    assert not level_written_whole("among patients with tumours thicker than 3 mm", melanoma, "status")
    stores = profile(pd.DataFrame({"StoreType": rng.choice(["a", "b", "c"], 60), "Assortment": rng.choice(["a", "b", "c"], 60)}))
    assert not level_written_whole("for stores of type b", stores, "Assortment")
    assert level_written_whole("for referred users on iOS", telco, "platform")


def test_which_level_of_and_a_lone_through_beside_names_holding_them_and_a_task_code_label() -> None:
    import importlib

    from jupyter_causal.parse.cues import asks_mediation, asks_policy

    effect_of = importlib.import_module("jupyter_causal.parse.decoding")._EFFECT_OF
    columns = ["HolidayWeek", "CompetitorPrice", "units_sold", "ProductCategory", "stock_level"]
    # "level" is a word of stock_level, yet "which level of X is best" asks which arm is best
    assert asks_policy("Which level of PRODUCTCATEGORY is best for holiday week?", columns)
    assert not asks_policy("Does the stock level matter for holiday week sales?", columns)
    # "through" written beside none of ClickThroughRate's other words names a path; "click through rate" names the column
    shop = ["emailed", "n_sessions", "ClickThroughRate", "past_purchases"]
    assert asks_mediation("Decompose the effect of email campaign on orders into a part through site visits and a direct part.", shop)
    assert not asks_mediation("Does the email raise click through rate?", shop)
    assert not asks_mediation("Does the email raise click-through rate?", shop)
    # a task code written as a label asks that effect ("ATE: treatment X, outcome Y"); a rate or a date is none
    assert effect_of.search("ATE: treatment `Injuries`, outcome subcontractor.")
    assert effect_of.search("CATE : treatment X")
    assert not effect_of.search("conversion rate: 4%") and not effect_of.search("start date: May")


def test_row_numbers_states_before_the_question_plus_bounds_and_compared_arms() -> None:
    from jupyter_causal.parse.cues import listed_items, named_units, role_spans
    from jupyter_causal.parse.grounding import names_rows, written_arms, written_ops

    rng = np.random.default_rng(0)
    n = 60
    table = profile(pd.DataFrame({"household": np.arange(n), "day": np.arange(n), "pop": rng.permutation(10 * n)[:n] + 1000,
                                  "age": rng.integers(18, 30, n), "segment": rng.choice(["Mens E-Mail", "Womens E-Mail", "No E-Mail"], n),
                                  "mens": rng.integers(0, 2, n), "spend": rng.gamma(1, 5, n)}))
    # a column numbering the rows 0, 1, 2, ... is no role; a day so numbered is a time, distinct counts are measures
    assert [c for c in table.names if names_rows(table, c)] == ["household"]
    assert not names_rows(profile(pd.DataFrame({"household": np.arange(10)})), "household")  # too few rows to tell
    # two levels compared in the treatment's place are its arms, however many words it has
    spans = role_spans("Did the Mens E-Mail lift spend compared with sending no email?", table.names)
    assert written_arms(spans, table, table.names) == {"segment"}
    # a state before the question names the group; a conjunction grades no units; a plus after a number is "or more"
    assert role_spans("When a promo is running, how much does each extra agent reduce abandon rate?")["condition"] == "When a promo is running"
    assert "condition" not in role_spans("If we raise prices, how much do sales drop?")
    assert not named_units("Does the callback option improve CSAT because people wait less?")
    assert written_ops("for big households (5+ people)") == {">="} and not written_ops("a 3+4 split")
    # an uplift on an outcome with no treatment written places the outcome; names listed after "on"; who we email
    assert role_spans("Is the uplift on visits different when f2 is above its median?")["outcome"].startswith("visits")
    assert listed_items("structure learning on study_hours, attendance, gpa, final_exam") == ["study_hours", " attendance", " gpa", "final_exam"]
    assert role_spans("Who should we email to maximise spend?")["treatment"] == "email"
    assert role_spans("Does vaccination prevent deaths by preventing hospital admission?")["mediator"] == " hospital admission"
    assert role_spans("Do ITQs protect fisheries by rebuilding biomass?")["mediator"] == " biomass"
    # what a row is, numbered 99% distinct, or text distinct in every row, names the rows too; a count of them does not
    units = profile(pd.DataFrame({"client": rng.permutation(10**6)[:n], "player": [f"P{i}" for i in range(n)],
                                  "logins": rng.integers(0, 9, n), "Overall rank": np.arange(1, n + 1)}))
    assert [c for c in units.names if names_rows(units, c)] == ["client", "player"]
    # a label before the question; "the over-65s" is an age group
    assert role_spans("Quick one: statin -> heart attack")["treatment"] == "statin"
    assert role_spans("effect of statin on heart attack for the over-65s")["condition"] == "for people over 65 years of age"
