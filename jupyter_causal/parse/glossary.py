"""What common column-name abbreviations stand for: knowledge a question's words cannot give the grounding.

A data set's columns are often named by conventions a reader learns once (``bp`` is blood pressure,
``hh`` household) or by the short names of widely taught tables (``thalach``, ``qsmk``, ``pclass``,
``medv``). The 135M model has not learned them, and no rule on letters recovers "maximum heart rate"
from ``thalach``. Each entry lists the phrases a question may use instead; the grounding reads a
phrase written as the column named (:func:`.grounding.names`) or, for a word of a name, that word written.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

WORDS: Mapping[str, tuple[str, ...]] = {
    "bp": ("blood pressure",), "sbp": ("systolic blood pressure", "systolic pressure"),
    "dbp": ("diastolic blood pressure", "diastolic pressure"), "hr": ("heart rate", "pulse"),
    "chol": ("cholesterol",), "bmi": ("body mass index",), "wt": ("weight",), "ht": ("height",),
    "hh": ("household",), "qty": ("quantity",), "amt": ("amount",), "pct": ("percent", "percentage", "share"),
    "yrs": ("years",), "yr": ("year",), "mo": ("month",), "wk": ("week",), "sal": ("salary",),
    "ses": ("socioeconomic status", "socio-economic status"), "gpa": ("grade point average", "grades"),
    "los": ("length of stay",), "rx": ("prescription",), "dx": ("diagnosis",), "trt": ("treatment",),
    "grp": ("group",), "cnt": ("count",), "freq": ("frequency",), "sqft": ("square feet", "floor area"),
    "gdp": ("gross domestic product", "economic output"), "unemp": ("unemployment",), "cig": ("cigarettes",),
    "cigs": ("cigarettes",), "alc": ("alcohol",), "hosp": ("hospital",), "hyp": ("hypertension",),
    "chd": ("coronary heart disease", "heart disease"), "exper": ("experience",), "re": ("real earnings", "earnings"),
    "lwage": ("log wage", "wage", "wages", "earnings"), "expend": ("spending", "expenditure", "expenditures"),
    "hp": ("horsepower", "horse power"), "disp": ("displacement",),
    "hw": ("homework",),
}
"""A word of a column's name (lower case) -> what it abbreviates."""

_LABOUR_FORCE = ("labour force participation", "labor force participation", "in the labour force", "in the labor force",
                 "labour force", "labor force")
"""What labour-supply tables' participation column (``inlf``, ``lfp``) stands for."""

NAMES: Mapping[str, tuple[str, ...]] = {
    # heart disease tables
    "trestbps": ("resting blood pressure", "blood pressure"),
    "thalach": ("maximum heart rate", "max heart rate", "peak heart rate", "heart rate"),
    "cp": ("chest pain",), "fbs": ("fasting blood sugar", "blood sugar"), "exang": ("exercise induced angina", "exercise-induced angina", "angina"),
    "oldpeak": ("st depression",), "restecg": ("resting ecg", "resting electrocardiogram", "electrocardiogram", "ecg"),
    "thal": ("thalassemia",), "ca": ("major vessels", "number of vessels"),
    "totchol": ("total cholesterol", "cholesterol"), "cigsperday": ("cigarettes per day", "cigarettes a day"),
    "tenyearchd": ("ten-year heart disease", "coronary heart disease", "heart disease"),
    "prevalenthyp": ("hypertension",), "bpmeds": ("blood pressure medication", "blood pressure medicine"),
    # passenger lists
    "pclass": ("passenger class", "ticket class", "class"), "sibsp": ("siblings", "spouses"),
    "parch": ("parents", "children aboard"), "embarked": ("port of embarkation", "port"),
    # smoking cessation cohorts
    "qsmk": ("quitting smoking", "quit smoking", "quitting", "smoking cessation", "stopping smoking"),
    "wt8271": ("weight change", "weight gain"), "smokeintensity": ("cigarettes per day", "smoking intensity"),
    "smokeyrs": ("years of smoking", "years smoked"),
    # job training and schooling tables
    "nodegree": ("no degree", "no high school degree", "dropout", "dropouts"), "nodegr": ("no degree", "dropout", "dropouts"),
    "hisp": ("hispanic",), "u74": ("unemployed in 1974",), "u75": ("unemployed in 1975",),
    "nearc4": ("near a four-year college", "near a 4-year college", "college proximity", "near a college", "near college"),
    "nearc2": ("near a two-year college", "near a 2-year college"), "smsa": ("metropolitan area", "urban area"),
    "inlf": _LABOUR_FORCE,
    "kidslt6": ("young children", "small children", "kids under 6", "children under 6", "kids under six", "children under six"),
    "lfp": _LABOUR_FORCE,
    "k5": ("young children", "small children", "young kids", "kids under 5", "children under 5", "children under five"),
    "k618": ("older children", "older kids", "school-age children", "children 6 to 18"),
    "wc": ("wife's college", "wife attended college", "wife attending college", "wife went to college"),
    "hc": ("husband's college", "husband attended college", "husband went to college"), "lwg": ("log wage", "wage rate"),
    "kidsge6": ("older children", "older kids", "school-age children"), "huswage": ("husband's wage", "husbands wage", "husband's earnings"),
    "faminc": ("family income",), "motheduc": ("mother's education",), "fatheduc": ("father's education",),
    "medu": ("mother's education",), "fedu": ("father's education",), "meduc": ("mother's education",),
    "feduc": ("father's education",),
    "stark": ("class type", "class size"), "gkclasstype": ("class type", "class size"),
    "readk": ("reading score", "reading scores"), "mathk": ("math score", "math scores", "maths score"),
    "experiencek": ("teacher experience", "teachers' experience"), "schoolk": ("school type", "type of school"),
    "studytime": ("study time", "time spent studying", "hours of study"), "famsup": ("family support",),
    "schoolsup": ("school support", "extra educational support"), "dalc": ("workday alcohol", "weekday alcohol"),
    "walc": ("weekend alcohol",), "goout": ("going out",),
    # retirement saving (401(k)) tables
    "e401": ("401(k) eligibility", "401k eligibility", "eligible for a 401(k)", "eligible for a 401k", "401(k) eligible",
             "401(k)-eligible", "eligibility for a 401(k)"),
    "p401": ("401(k) participation", "401k participation", "participating in a 401(k)", "participation in a 401(k)",
             "participate in a 401(k)"),
    "nettfa": ("net financial assets", "net total financial assets"), "pira": ("ira participation", "individual retirement account"),
    "hown": ("home ownership", "homeownership", "homeowner", "homeowners", "owning a home"),
    "twoearn": ("two earners", "two-earner", "dual-earner", "dual income", "two incomes"), "db": ("defined benefit", "defined-benefit"),
    "fsize": ("family size",),
    # birth weight and infant health tables
    "nprenatal": ("number of prenatal visits", "prenatal visits", "prenatal care visits"),
    "prenatal1": ("first-trimester prenatal care", "prenatal care in the first trimester", "first trimester"),
    "mage": ("mother's age", "maternal age", "mothers' age"), "momage": ("mother's age", "maternal age", "mothers' age"),
    "mmarried": ("married mother", "married mothers", "mother's marital status"),
    "mbsmoke": ("smoking during pregnancy", "maternal smoking", "smoking mothers", "mothers who smoke", "mothers who smoked"),
    "bw": ("birth weight", "birthweight"),
    # hospital outcome tables
    "dth30": ("30-day mortality", "30 day mortality", "death within 30 days", "30-day death", "died within 30 days"),
    # lottery and school-intervention studies
    "selected": ("won the lottery", "winning the lottery", "lottery winners", "lottery win", "selected in the lottery", "lottery"),
    "frstinfamily": ("first-generation", "first generation", "first in their family", "first in family"),
    # get-out-the-vote experiments
    "voted": ("turnout", "voter turnout", "turned out"),
    # housing tables
    "medv": ("median home value", "median house value", "home value", "house price", "home price", "house prices"),
    "lstat": ("lower status", "low-income share", "share of low-income"), "rm": ("rooms", "number of rooms"),
    "crim": ("crime rate", "crime"), "nox": ("nitric oxide", "nitric oxides", "nitrogen oxide", "nitrogen oxides", "air pollution", "pollution"),
    "ptratio": ("pupil-teacher ratio", "pupil teacher ratio", "student-teacher ratio"),
    "dis": ("distance to employment", "distance to jobs"), "chas": ("charles river", "river"),
    "indus": ("industrial", "industry"), "zn": ("residential land", "zoned"), "rad": ("highway access", "radial highways"),
    # firms and their executives
    "roe": ("return on equity",), "ros": ("return on sales",), "roa": ("return on assets",),
    "salary": ("pay", "compensation"), "wage": ("pay", "earnings"),
    # students' years
    "frosh": ("freshman", "freshmen", "first-year", "first year"), "soph": ("sophomore", "sophomores"),
    # cars (the motor-trend road tests)
    "am": ("manual transmission", "transmission type", "transmission", "manual"),
    "vs": ("engine shape", "straight engine", "v-shaped engine", "engine type"), "drat": ("rear axle ratio", "axle ratio"),
    "qsec": ("quarter-mile time", "quarter mile time", "1/4 mile time"), "cyl": ("cylinders", "number of cylinders"),
    "carb": ("carburetors", "carburettors"), "gear": ("forward gears", "gears"),
    # customers, diners, patients
    "size": ("party size", "number of diners", "diners", "number of people", "group size"), "totalbill": ("bill",),
    "newbie": ("new customer", "new customers"), "recency": ("months since last purchase",),
    "fbaby": ("first baby", "first-time mother", "first-time mothers", "first birth", "firstborn"),
    "swang1": ("right heart catheterization", "rhc", "swan-ganz", "catheterization"),
    "diabetespedigreefunction": ("family history", "pedigree"), "skinthickness": ("skin fold", "skinfold"),
    # causal-discovery benchmarks
    "tub": ("tuberculosis",), "bronc": ("bronchitis",), "dysp": ("dyspnoea", "dyspnea", "shortness of breath"),
    "lung": ("lung cancer",), "plcg": ("plc gamma", "plc-gamma", "plcγ"),
}
"""A whole column name (lower case, letters and digits only) -> what it stands for in the tables that use it."""


def key(name: str) -> str:
    """A column name as :data:`NAMES` lists it (``wt82_71`` -> ``wt8271``, ``total_bill`` -> ``totalbill``)."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def name_glosses(column: str) -> tuple[str, ...]:
    """What the column's whole name stands for (empty for a name the glossary does not list)."""
    return NAMES.get(key(column), ())


def word_glosses(word: str) -> tuple[str, ...]:
    """What a word of a column's name abbreviates (empty for a word the glossary does not list)."""
    return WORDS.get(word.lower(), ())
