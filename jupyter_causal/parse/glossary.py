"""What common column-name abbreviations stand for: knowledge a question's words cannot give the grounding.

A data set's columns are often named by conventions a reader learns once (``bp`` is blood pressure,
``hh`` household) or by the short names of widely taught tables (``thalach``, ``qsmk``, ``pclass``,
``medv``). The 135M model has not learned them, and no rule on letters recovers "maximum heart rate"
from ``thalach``. Each entry lists the phrases a question may use instead; the grounding reads a
phrase written as the column named (:func:`.grounding.names`) or, for a word of a name, that word written.
It also lists the words that name a kind of measure (:data:`MEASURES`): "spend" and ``amount`` are both money.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

WORDS: Mapping[str, tuple[str, ...]] = {
    "bp": ("blood pressure",), "sbp": ("systolic blood pressure", "systolic pressure"),
    "dbp": ("diastolic blood pressure", "diastolic pressure"), "hr": ("heart rate", "pulse"),
    "chol": ("cholesterol",), "bmi": ("body mass index", "obesity", "obese", "overweight"), "wt": ("weight",), "ht": ("height",),
    "hh": ("household",), "qty": ("quantity",), "amt": ("amount",), "pct": ("percent", "percentage", "share"),
    "yrs": ("years",), "yr": ("year",), "mo": ("month",), "wk": ("week",), "sal": ("salary",),
    "ses": ("socioeconomic status", "socio-economic status"), "gpa": ("grade point average", "grades"),
    "los": ("length of stay",), "rx": ("prescription",), "dx": ("diagnosis",), "trt": ("treatment",),
    "grp": ("group",), "cnt": ("count",), "freq": ("frequency",), "sqft": ("square feet", "floor area"),
    "gdp": ("gross domestic product", "economic output"), "unemp": ("unemployment",), "cig": ("cigarettes",),
    "ur": ("unemployment rate", "unemployment"),
    "cigs": ("cigarettes",), "alc": ("alcohol",), "hosp": ("hospital",), "hyp": ("hypertension",),
    "chd": ("coronary heart disease", "heart disease"), "exper": ("experience",), "re": ("real earnings", "earnings", "income", "earn", "earned"),
    "lwage": ("log wage", "wage", "wages", "earnings", "earn", "earned", "pay"), "expend": ("spending", "expenditure", "expenditures"),
    "hp": ("horsepower", "horse power"), "disp": ("displacement",),
    "hw": ("homework",), "ins": ("insurance", "insured"), "purchase": ("buy", "buys", "bought", "buying"),
    "retained": ("retention", "retain", "retains"), "retention": ("retained", "retain"),
    "educ": ("education", "schooling"), "sys": ("systolic",), "dia": ("diastolic",),
    "kid": ("child", "children"), "kids": ("children", "child"), "lbs": ("pounds",), "prc": ("price",), "hours": ("time",),
    "strength": ("stronger", "strong"), "length": ("longer", "long"), "width": ("wider", "wide"), "depth": ("deeper", "deep"),
    "weight": ("heavier", "heavy", "lighter"), "age": ("older", "younger"), "dept": ("department",), "govt": ("government",),
    "intl": ("international",), "biz": ("business", "businesses"),
    "natl": ("national",), "mgmt": ("management",), "race": ("racial",), "black": ("race", "racial"), "nonwhite": ("race", "racial"),
    "girl": ("female",), "boy": ("male",), "csat": ("customer satisfaction", "satisfaction"), "gross": ("box office", "box-office", "takings"),
    "pts": ("points", "scoring", "scored"),
    "before": ("prior", "previous", "past", "earlier"), "prior": ("previous", "past", "before", "earlier"),
    "prev": ("previous", "prior", "past", "earlier"), "previous": ("prior", "past", "earlier"),
    "died": ("death", "deaths", "dying"), "death": ("died", "dying"), "dead": ("death", "deaths", "died"),
    "responded": ("replied", "reply", "replies", "answered"), "response": ("reply", "replies", "answer"),
    # school records' usual abbreviations
    "ell": ("english learner", "english language learner"), "lep": ("limited english proficiency", "limited english proficient"),
    "frl": ("free or reduced lunch", "free or reduced-price lunch", "free lunch", "reduced lunch"), "frpl": ("free or reduced-price lunch",
    "free or reduced lunch", "free lunch"), "iep": ("individualized education program", "individualised education programme"),
    "sped": ("special education",),
    # product and marketing analytics' acronyms
    "ltv": ("lifetime value", "life-time value", "customer lifetime value"), "clv": ("customer lifetime value", "lifetime value"),
    "cltv": ("customer lifetime value", "lifetime value"), "aov": ("average order value", "order value"),
    "arpu": ("average revenue per user", "revenue per user"), "mrr": ("monthly recurring revenue", "recurring revenue"),
    "arr": ("annual recurring revenue", "recurring revenue"), "nps": ("net promoter score", "promoter score"),
    "ctr": ("click-through rate", "click through rate", "clickthrough rate"), "cac": ("customer acquisition cost", "acquisition cost"),
    "roas": ("return on ad spend",), "dau": ("daily active users",), "mau": ("monthly active users",),
    # US natality records (the twins benchmark): birth weight, the mother's age, gestation, smoking and drinking in pregnancy
    "dbirwt": ("birth weight", "birthweight", "weight at birth"), "gestat": ("gestation", "gestational age", "weeks of gestation"),
    "mager": ("mother's age", "maternal age", "age of the mother", "mothers aged", "mothers older", "mothers younger", "older mothers",
              "younger mothers"),
    "meduc": ("mother's education", "maternal education"), "feduc": ("father's education", "paternal education"),
    "mrace": ("mother's race", "maternal race"), "frace": ("father's race", "paternal race"), "wtgain": ("weight gain",),
    "nprevist": ("prenatal visits", "prenatal care visits"), "nprevistq": ("prenatal visits", "prenatal care visits"),
    "csex": ("child's sex", "baby's sex", "sex of the child", "infant's sex"), "bord": ("birth order",), "mort": ("mortality",),
    "adequacy": ("adequacy of prenatal care", "prenatal care adequacy", "adequate prenatal care"),
    "tobacco": ("smoking", "smoked", "smoke", "smokes", "smoker", "smokers"), "cigar": ("cigarettes", "smoking"),
    "alcohol": ("drinking", "drank", "drinks", "drinker", "drinkers"), "drink": ("drinking", "drinks", "drank"),
}
"""A word of a column's name (lower case) -> what it abbreviates."""

_LABOUR_FORCE = ("labour force participation", "labor force participation", "in the labour force", "in the labor force",
                 "labour force", "labor force", "participation", "participate", "participating", "work", "working")
"""What labour-supply tables' participation column (``inlf``, ``lfp``) stands for."""

NAMES: Mapping[str, tuple[str, ...]] = {
    # heart disease tables
    "trestbps": ("resting blood pressure", "blood pressure"),
    "thalach": ("maximum heart rate", "max heart rate", "peak heart rate", "heart rate"),
    "trtbps": ("resting blood pressure", "blood pressure"), "thalachh": ("maximum heart rate", "max heart rate", "peak heart rate", "heart rate"),
    "exng": ("exercise induced angina", "exercise-induced angina", "angina"), "output": ("heart attack", "heart attacks"),
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
    "qsmk": ("quitting smoking", "quit smoking", "quitting", "quit", "quitters", "smoking cessation", "stopping smoking"),
    "wt8271": ("weight change", "weight gain", "change in weight", "changes in weight", "weight gained"),
    "smkintensity8271": ("change in smoking intensity", "changes in smoking intensity", "change in cigarettes per day",
                         "changes in cigarettes per day", "increase in cigarettes per day", "change in how much they smoke"),
    "price71": ("tobacco price", "tobacco prices", "cigarette price", "cigarette prices"),
    "tax71": ("tobacco tax", "tobacco taxes", "cigarette tax", "cigarette taxes"),
    "price7182": ("change in tobacco price", "change in tobacco prices", "change in cigarette prices", "rise in cigarette prices"),
    "tax7182": ("change in tobacco tax", "change in tobacco taxes", "change in cigarette taxes", "rise in cigarette taxes"),
    "hightax82": ("highly taxed state", "high-tax state", "high tax state"), "hbp": ("high blood pressure", "hypertension"),
    "alcoholfreq": ("drinking frequency", "how often they drink", "how often people drink"),
    "smokeintensity": ("cigarettes per day", "smoking intensity", "heavy smokers", "light smokers", "heavy smoking", "light smoking"),
    "smokeyrs": ("years of smoking", "years smoked"),
    # cash incentives to learn HIV results (Thornton's Malawi experiment)
    "got": ("learned their hiv status", "learn their hiv status", "learning their hiv status", "learned their results",
            "learn their results", "learning their results", "collected their results", "collect their results", "got their results",
            "getting their results", "get their results", "learned their hiv results", "learn their hiv results",
            "learning their hiv results", "learning one's hiv status", "learn one's hiv status", "learning hiv results",
            "learn hiv results", "learned hiv results", "learning their hiv test results", "learn their hiv test results"),
    "any": ("any incentive", "an incentive", "a cash incentive", "received an incentive", "the cash incentive", "cash incentives",
            "the incentive", "the incentives"),
    "tinc": ("total incentive", "incentive amount", "amount of the incentive", "size of the incentive", "incentive size",
             "size of the cash incentive", "amount of the cash incentive", "cash incentive amount", "cash amount",
             "the incentive amount", "the incentive size"),
    # the General Social Survey and the Medical Expenditure Panel Survey
    "educ": ("years of schooling", "years of education", "years of school"),
    "realinc": ("real income", "income", "family income", "household income"), "polviews": ("political views", "political ideology", "ideology"),
    "totexp": ("total expenditure", "total expenditures", "total spending", "total medical spending", "medical spending", "health spending",
               "medical expenditure", "medical expenditures", "health expenditure", "spending", "expenditure", "expenditures"),
    # the RAND Health Insurance Experiment
    "lncoins": ("coinsurance", "coinsurance rate", "cost sharing", "cost-sharing", "copayment rate", "co-insurance"),
    # Gapminder's country panel
    "gdppercap": ("gdp per capita", "income per person", "income per head", "gdp per person"),
    "lifeexp": ("life expectancy", "lifespan", "longevity", "length of life"),
    "distvct": ("distance to the vct center", "distance to the testing center", "distance to the center", "distance",
                "how far", "far from the results centre", "far from the results center"),
    "hiv2004": ("hiv positive", "hiv-positive", "infected with hiv", "hiv infection"),
    # state prison and AIDS panel (Cunningham's Texas prison-expansion example)
    "bmprison": ("black male prisoners", "black male prison population", "black male imprisonment", "black male incarceration"),
    "wmprison": ("white male prisoners", "white male prison population", "white male imprisonment", "white male incarceration"),
    "aidscapita": ("aids prevalence", "aids cases per capita", "aids rate", "aids cases", "aids"),
    # job training and schooling tables
    "nodegree": ("no degree", "no high school degree", "dropout", "dropouts"), "nodegr": ("no degree", "dropout", "dropouts"),
    "hisp": ("hispanic",), "marr": ("married", "marital status", "marriage"), "u74": ("unemployed in 1974",), "u75": ("unemployed in 1975",),
    "nearc4": ("near a four-year college", "near a 4-year college", "college proximity", "near a college", "near college"),
    "nearc2": ("near a two-year college", "near a 2-year college"),
    "smsa": ("metropolitan area", "urban area", "urban residence", "living in a city", "lived in a city", "metropolitan"),
    "inlf": _LABOUR_FORCE,
    "kidslt6": ("young children", "small children", "young kids", "small kids", "kids under 6", "children under 6", "kids under six",
                "children under six"),
    "lfp": _LABOUR_FORCE,
    "k5": ("young children", "small children", "young kids", "kids under 5", "children under 5", "children under five",
           "children under six", "children under 6", "kids under 6", "kids under six"),
    "k618": ("older children", "older kids", "school-age children", "children 6 to 18"),
    "wc": ("wife's college", "wife attended college", "wife attending college", "wife went to college", "wife who went to college",
           "wives went to college", "wives with college degrees", "wife with a college degree"),
    "hc": ("husband's college", "husband attended college", "husband went to college", "husband who went to college",
           "husband who attended college", "husbands went to college", "husbands attended college"), "lwg": ("log wage", "wage rate"),
    "kidsge6": ("older children", "older kids", "school-age children"), "huswage": ("husband's wage", "husbands wage", "husband's earnings"),
    "faminc": ("family income",), "motheduc": ("mother's education",), "fatheduc": ("father's education",),
    "medu": ("mother's education",), "fedu": ("father's education",), "meduc": ("mother's education",),
    "feduc": ("father's education",),
    "stark": ("class type", "class size"), "gkclasstype": ("class type", "class size"),
    "readk": ("reading score", "reading scores"), "mathk": ("math score", "math scores", "maths score"),
    "experiencek": ("teacher experience", "teachers' experience"), "schoolk": ("school type", "type of school"),
    "studytime": ("study time", "time spent studying", "hours of study"), "famsup": ("family support",),
    "schoolsup": ("school support", "extra educational support"),
    "dalc": ("workday alcohol", "weekday alcohol", "workday drinking", "weekday drinking"),
    "romantic": ("romantic relationship", "relationship", "dating"), "g3": ("final grade", "final mark", "grades"),
    "g1": ("first-period grade", "first period grade"), "g2": ("second-period grade", "second period grade"),
    "walc": ("weekend alcohol", "weekend drinking"), "goout": ("going out",),
    # developer surveys, pharmacy claims
    "convertedcompyearly": ("compensation", "yearly compensation", "annual compensation", "pay", "salary", "salaries"),
    "yearscodepro": ("years of professional coding", "years coding professionally", "professional coding experience"),
    "pdc": ("proportion of days covered", "adherence", "medication adherence"),
    # retirement saving (401(k)) tables
    "e401": ("eligibility", "eligible", "401(k) eligibility", "401k eligibility", "eligible for a 401(k)", "eligible for a 401k", "401(k) eligible",
             "401(k)-eligible", "eligibility for a 401(k)"),
    "p401": ("401(k) participation", "401k participation", "participating in a 401(k)", "participation in a 401(k)",
             "participate in a 401(k)", "participation", "actual participation", "participating"),
    "tw": ("total wealth",),
    "nettfa": ("net financial assets", "net total financial assets", "wealth", "net worth", "financial wealth"),
    "pira": ("ira participation", "individual retirement account"),
    "hown": ("home ownership", "homeownership", "homeowner", "homeowners", "owning a home"),
    "twoearn": ("two earners", "two-earner", "dual-earner", "dual income", "two incomes"), "db": ("defined benefit", "defined-benefit"),
    "fsize": ("family size",),
    # the adult census income table
    "educationnum": ("years of education", "years of schooling", "education years", "schooling years"),
    "hoursperweek": ("hours per week", "weekly hours", "hours worked"), "capitalgain": ("capital gains", "capital gain"),
    # the Pennsylvania reemployment bonus experiment
    "tg": ("reemployment bonus", "re-employment bonus", "cash bonus", "the bonus", "bonus offer", "bonus group"),
    "inuidur1": ("unemployment duration", "duration of unemployment", "unemployment spell", "unemployment spells", "length of unemployment",
                 "time unemployed", "time on unemployment insurance", "weeks unemployed", "weeks of unemployment"),
    "agelt35": ("under 35", "younger than 35", "below 35", "aged under 35"), "agegt54": ("over 54", "older than 54", "aged over 54"),
    "dep": ("dependents", "dependants", "number of dependents"), "othrace": ("other race",),
    # paid sex transactions (Cunningham's unprotected-sex premium example)
    "unsafe": ("unprotected sex", "unsafe sex", "without a condom", "no condom", "condomless sex"),
    "lnw": ("log wage", "log hourly wage", "log price", "hourly price", "price per hour", "price", "premium", "earn", "earnings"),
    "llength": ("log session length", "session length", "length of the session"), "hot": ("attractive", "attractiveness", "good-looking"),
    "reg": ("regular client", "regular clients", "repeat client", "repeat clients"),
    # birth weight and infant health tables
    "nprenatal": ("number of prenatal visits", "prenatal visits", "prenatal care visits"),
    "prenatal1": ("first-trimester prenatal care", "prenatal care in the first trimester", "first trimester"),
    "mage": ("mother's age", "maternal age", "mothers' age"), "momage": ("mother's age", "maternal age", "mothers' age"),
    "momlths": ("mother did not finish high school", "mothers did not finish high school", "mother without a high school diploma",
                "mothers without a high school diploma"),
    "mmarried": ("married mother", "married mothers", "mother's marital status", "mother married", "mothers' marital status"),
    "mbsmoke": ("smoking during pregnancy", "maternal smoking", "smoking mothers", "mothers who smoke", "mothers who smoked"),
    "bw": ("birth weight", "birthweight"), "lbweight": ("low birth weight", "low birthweight"),
    # job-loss and news-framing experiments (mediation studies)
    "jobseek": ("job search", "job-search", "job search self-efficacy", "job-search self-efficacy", "self-efficacy",
                "job search confidence", "job-search confidence"),
    "depress1": ("baseline depression", "depression at baseline", "prior depression", "pre-treatment depression"),
    "econhard": ("economic hardship", "financial hardship", "financial strain", "economic strain"),
    "work1": ("reemployment", "re-employment", "employment", "back to work", "working", "reemployed", "re-employed"),
    "emo": ("emotion", "emotions", "emotional response", "emotional reaction", "anxiety"),
    "congmesg": ("message to congress", "messages to congress", "contacting congress", "letter to congress", "writing to congress"),
    "immigr": ("immigration attitudes", "attitudes toward immigration", "attitude toward immigration", "support for immigration"),
    "pharm": ("perceived harm",), "antiinfo": ("anti-immigration information",),
    # hospital outcome tables
    "dth30": ("30-day mortality", "30 day mortality", "death within 30 days", "30-day death", "died within 30 days"),
    # lottery and school-intervention studies
    "selected": ("won the lottery", "winning the lottery", "lottery winners", "lottery win", "selected in the lottery", "lottery"),
    "frstinfamily": ("first-generation", "first generation", "first in their family", "first in family"),
    # get-out-the-vote experiments
    "voted": ("turnout", "voter turnout", "turned out"),
    # housing tables
    "medv": ("median home value", "median house value", "median value", "home value", "house value", "house price", "home price", "price"),
    "lstat": ("lower status", "low-income share", "share of low-income"), "rm": ("rooms", "number of rooms"),
    "crim": ("crime rate", "crime"), "nox": ("nitric oxide", "nitric oxides", "nitrogen oxide", "nitrogen oxides", "air pollution", "pollution"),
    "ptratio": ("pupil-teacher ratio", "pupil teacher ratio", "student-teacher ratio"),
    "dis": ("distance to employment", "distance to jobs"), "chas": ("charles river", "river"),
    "indus": ("industrial", "industry"), "zn": ("residential land", "zoned"), "rad": ("highway access", "radial highways"),
    # firms and their executives
    "roe": ("return on equity",), "ros": ("return on sales",), "roa": ("return on assets",),
    "salary": ("pay", "compensation", "earn", "earned", "earning"), "wage": ("pay", "earn", "earned", "earning"),
    # bank customers
    "exited": ("churn", "churned", "churning", "attrition", "left the bank", "leaving the bank"),
    # students' years
    "frosh": ("freshman", "freshmen", "first-year", "first year"), "soph": ("sophomore", "sophomores"),
    # cars (the motor-trend road tests)
    "mpg": ("miles per gallon", "mileage", "fuel economy", "fuel efficiency"),
    "am": ("manual transmission", "transmission type", "transmission", "manual"),
    "vs": ("engine shape", "straight engine", "v-shaped engine", "engine type"), "drat": ("rear axle ratio", "axle ratio"),
    "qsec": ("quarter-mile time", "quarter mile time", "1/4 mile time"), "cyl": ("cylinders", "number of cylinders"),
    "carb": ("carburetors", "carburettors"), "gear": ("forward gears", "gears"),
    # customers, diners, patients
    "size": ("party size", "number of diners", "diners", "number of people", "group size"), "totalbill": ("bill",),
    "newbie": ("new customer", "new customers"), "recency": ("months since last purchase",),
    "fbaby": ("first baby", "first-time mother", "first-time mothers", "first birth", "firstborn"),
    "swang1": ("right heart catheterization", "rhc", "swan-ganz", "catheterization"),
    "aps1": ("apache score", "apache", "illness severity", "severity of illness"), "t3d30": ("survival time", "days survived"),
    "cat1": ("disease category", "primary disease", "diagnosis"), "meanbp1": ("mean blood pressure", "blood pressure"),
    "diabetespedigreefunction": ("family history", "pedigree"), "skinthickness": ("skin fold", "skinfold"),
    # causal-discovery benchmarks
    "tub": ("tuberculosis",), "bronc": ("bronchitis",), "dysp": ("dyspnoea", "dyspnea", "shortness of breath"),
    "lung": ("lung cancer",), "plcg": ("plc gamma", "plc-gamma", "plcγ"),
    # birth weight risk factors (low birth weight study)
    "bwt": ("birth weight", "birthweight", "weight at birth", "baby's weight", "babies' weight", "infant weight"),
    "low": ("low birth weight", "low birthweight"),
    "lwt": ("mother's weight", "maternal weight", "weight at the last menstrual period"),
    "ptl": ("premature labours", "premature labors", "premature labour", "premature labor", "preterm labour", "preterm labor"),
    "ht": ("hypertension", "high blood pressure"), "ui": ("uterine irritability",),
    "ftv": ("physician visits", "doctor visits", "visits to a physician", "visits to the doctor"),
    # guinea-pig teeth, air quality and weight-gain trials
    "supp": ("supplement", "supplement type", "delivery method", "supplement delivery"), "len": ("tooth length", "length"),
    "solarr": ("solar radiation",), "prewt": ("weight before treatment", "pre-treatment weight", "baseline weight", "weight before"),
    "postwt": ("weight after treatment", "post-treatment weight", "final weight", "weight after"),
    # cancer trials
    "karno": ("karnofsky score", "karnofsky", "performance status"), "diagtime": ("time since diagnosis", "months since diagnosis"),
    "celltype": ("cell type", "tumour type", "tumor type"), "hormon": ("hormone therapy", "hormonal therapy", "hormone treatment"),
    "meno": ("menopausal status", "menopausal", "postmenopausal", "post-menopausal", "menopause"),
    "rfstime": ("recurrence-free survival", "recurrence-free time", "recurrence free survival", "recurrence free time"),
    "pgr": ("progesterone receptor", "progesterone"), "er": ("estrogen receptor", "oestrogen receptor"),
    "obstruct": ("obstruction", "obstructed colon", "obstructed"), "perfor": ("perforation", "perforated colon", "perforated"),
    "adhere": ("adherence to nearby organs", "adhesion"), "node4": ("more than 4 positive nodes", "more than four positive nodes"),
    # an AIDS trial's CD4 and CD8 counts
    "cd420": ("cd4 count at 20 weeks", "cd4 at 20 weeks", "cd4 count at week 20", "cd4 at week 20"),
    "cd40": ("baseline cd4", "cd4 count at baseline", "cd4 at baseline"),
    "cd820": ("cd8 count at 20 weeks", "cd8 at 20 weeks", "cd8 count at week 20", "cd8 at week 20"),
    "cd80": ("baseline cd8", "cd8 count at baseline", "cd8 at baseline"), "karnof": ("karnofsky score", "karnofsky"),
    "offtrt": ("off treatment", "stopped treatment"), "wtkg": ("weight",),
    # wages and looks, sleep, charity mailings, family background and schooling, mortgages
    "belavg": ("below-average looks", "below average looks", "below-average", "below average"),
    "abvavg": ("above-average looks", "above average looks", "above-average", "above average"),
    "yngkid": ("young child", "young children", "young kids", "small children"),
    "totwrk": ("total work", "minutes worked", "time worked", "work time"), "gdhlth": ("good health",),
    "giftlast": ("last gift", "most recent gift", "previous gift"), "propresp": ("response rate", "share of responses"),
    "weekslast": ("weeks since the last response", "weeks since last response"), "avggift": ("average gift",),
    "resplast": ("responded last time", "responded to the last mailing"), "brkhme14": ("broken home",), "abil": ("ability",),
    "attexc": ("excellent attendance",), "actmth": ("act math",), "acteng": ("act english",),
    "econhs": ("high school economics", "economics in high school"),
    "hrat": ("housing expense ratio", "housing expenses"), "obrat": ("other obligations ratio", "debt ratio", "debt-to-income"),
    "loanprc": ("loan-to-value", "loan to value", "loan amount to price"), "chist": ("credit history",),
    "pubrec": ("public record", "public records", "bankruptcy"), "cosign": ("cosigner", "co-signer"),
    "libvol": ("library volumes", "library size"),
    # field trials of fertilisers (the chemical symbols)
    "n": ("nitrogen",), "p": ("phosphate", "phosphorus"), "k": ("potassium", "potash"),
    # crime across US states, diabetes among Pima women, eco-labelled apples
    "po1": ("police spending", "police expenditure", "police expenditure in 1960"), "po2": ("police expenditure in 1959",),
    "u1": ("unemployment of young urban men", "youth unemployment", "unemployment of young men", "unemployment among young men"),
    "u2": ("unemployment of older urban men", "unemployment of men aged 35-39", "adult unemployment"),
    "ineq": ("income inequality", "inequality"), "so": ("southern state", "southern states", "the south"),
    "lf": ("labour force participation", "labor force participation"), "nw": ("non-white", "nonwhite"),
    "prob": ("probability of imprisonment", "chance of imprisonment"),
    "npreg": ("pregnancies", "number of pregnancies"), "glu": ("plasma glucose", "glucose"), "ped": ("pedigree", "diabetes pedigree"),
    "outcome": ("diabetes", "diabetic", "diabetics"),
    "ecoprc": ("price of eco-labelled apples", "price of eco-labeled apples", "eco-labelled apple price", "eco-labeled apple price",
               "eco price"),
    "regprc": ("price of regular apples", "regular apple price", "regular price"),
    "ecolbs": ("pounds of eco-labelled apples", "pounds of eco-labeled apples", "eco-labelled apples bought", "eco-labeled apples bought"),
    "reglbs": ("pounds of regular apples", "regular apples bought"),
    # bike sharing, California districts, orange juice sales
    "cnt": ("rentals", "bike rentals", "rental count", "total rentals", "number of rentals", "ridership"),
    "medhouseval": ("median house value", "house value", "house values", "home value", "home values", "house price", "house prices",
                    "home prices"),
    "medinc": ("median income", "income"), "logmove": ("log sales", "sales", "units sold", "quantity sold", "log quantity"),
    "feat": ("featured", "featuring", "feature ad", "feature advertising", "feature advertisement", "weekly ad"),
    # staff attrition, telecom churn, bank telemarketing, a diabetes-progression table
    "attrition": ("leave", "leaving", "left the company", "quit", "quitting", "turnover"),
    "churn": ("leave", "leaving", "cancel", "cancelling", "canceling", "cancellation"),
    "campaign": ("number of contacts", "contacts during the campaign", "calls during the campaign"),
    "housing": ("housing loan", "home loan", "mortgage"), "loan": ("personal loan",),
    "poutcome": ("previous campaign outcome", "previous outcome", "outcome of the previous campaign", "previous campaign"),
    "target": ("disease progression", "progression", "heart disease", "disease"),
    # wages and occupations, consumer loans, a cash-transfer programme and its schools
    "profocc": ("professional occupation", "professional", "professionals", "occupation"),
    "loanstatus": ("default", "defaults", "defaulted", "defaulting", "charge-off", "charge-offs", "charged off", "repayment",
                   "repaid", "loan outcome"),
    "progresa": ("cash transfer", "cash transfers", "conditional cash transfer"),
    "distsec": ("distance to secondary school", "distance to a secondary school", "distance to the secondary school"),
    # car seats and orange juice sales
    "shelveloc": ("shelf location", "shelving location", "shelf placement"),
    "compprice": ("competitor price", "competitor's price", "competitors' price"),
    # the Tennessee class-size experiment; ethnicity levels of the econometrics teaching tables; appointment no-shows
    "star": ("class type", "class size", "small class", "small classes", "small-class"),
    "afam": ("black", "african american", "african-american"), "cauc": ("white", "caucasian"),
    "noshow": ("no-shows", "no shows", "missed appointment", "missed appointments", "missing the appointment", "missing appointments",
               "show up", "showing up", "turn up", "miss appointments", "attendance", "attend", "attended"),
    "defaultpaymentnextmonth": ("default", "defaults", "defaulted", "defaulting", "default risk"),
    # statsmodels' teaching tables, as their documentation describes the variables: California schools (star98), a
    # teaching experiment (spector), the RAND health insurance experiment (randhie), travel mode choice (modechoice),
    # capital punishment (cpunish), credit card spending (ccard), the Scottish vote (scotland), the 1996 election
    # survey (anes96), affairs (fair), state crime (statecrime), Engel's food spending (engel), Longley's employment, US macroeconomic
    # series (macrodata), Danish money demand (danish_data)
    "nabove": ("students above the national median", "students above the median", "pupils above the median",
               "number above the median", "scoring above the median"),
    "nbelow": ("students below the national median", "students below the median", "pupils below the median", "scoring below the median"),
    "lowinc": ("low-income students", "low income students", "low-income pupils", "low-income", "low income"),
    "perminte": ("minority teachers",),
    "avyrsexp": ("teacher experience", "teachers' experience", "teaching experience", "years of teaching experience"),
    "avsalk": ("teacher salary", "teacher salaries", "teachers' salaries", "teachers' salary", "teacher pay"),
    "perspenk": ("per-pupil spending", "per pupil spending", "spending per pupil", "school spending"),
    "pctaf": ("college prep courses", "college preparatory courses", "prep courses"), "pctchrt": ("charter schools",),
    "pctyrrnd": ("year-round schools", "year round schools"),
    "psi": ("personalized system of instruction", "personalised system of instruction", "new teaching method", "teaching method"),
    "tuce": ("economics test", "test of understanding of college economics", "pretest score", "pre-test score"),
    "mdvis": ("doctor visits", "physician visits", "outpatient visits", "medical visits", "visits to a doctor", "visits to the doctor"),
    "idp": ("individual deductible", "individual deductible plan", "deductible"),
    "lpi": ("participation incentive", "incentive payment"), "physlm": ("physical limitation", "physical limitations"),
    "disea": ("chronic diseases", "chronic disease", "number of chronic diseases"),
    "hlthg": ("good health",), "hlthf": ("fair health",), "hlthp": ("poor health",),
    "ttme": ("terminal time", "terminal waiting time", "waiting time", "wait time"),
    "invc": ("in-vehicle cost", "in vehicle cost", "travel cost"), "invt": ("in-vehicle time", "in vehicle time", "travel time"),
    "gc": ("generalized cost", "generalised cost"), "hinc": ("household income",), "psize": ("party size", "travel party size"),
    "vc100k96": ("violent crime", "violent crimes", "violent crime rate"),
    "avgexp": ("credit card spending", "card spending", "credit card expenditure", "average expenditure", "average spending", "spending",
               "spend", "spent"),
    "ownrent": ("owning a home", "owning their home", "own their home", "own a home", "owns a home", "home ownership", "homeownership",
                "homeowner", "homeowners", "home owner", "home owners"),
    "incomesq": ("income squared",),
    "yes": ("yes vote", "votes in favour", "votes in favor", "support for taxing powers", "support for tax-varying powers"),
    "coutax": ("council tax",), "unempf": ("female unemployment", "women's unemployment"),
    "mor": ("mortality", "mortality rate", "standardized mortality", "standardised mortality"),
    "act": ("labour force participation", "labor force participation"),
    "pid": ("party identification", "party id", "partisanship", "party affiliation"),
    "selflr": ("self placement", "self-placement", "ideology", "political leaning", "political leanings"),
    "clinlr": ("clinton's placement", "clinton's ideology", "placement of clinton"),
    "dolelr": ("dole's placement", "dole's ideology", "placement of dole"),
    "tvnews": ("tv news", "television news", "watching the news", "news watching"),
    "ratemarriage": ("marriage rating", "marital happiness", "happiness in marriage", "marriage quality", "quality of the marriage",
                     "marital satisfaction", "rating of the marriage", "happily married"),
    "affairs": ("infidelity", "extramarital affairs", "cheating"), "occupationhusb": ("husband's occupation",),
    "single": ("single parents", "single-parent households", "single-parent families", "single parenthood", "single-parent", "single parent"),
    "foodexp": ("food spending", "spending on food", "food expenditure"),
    "tbilrate": ("treasury bill rate", "t-bill rate", "tbill rate", "short-term interest rate", "interest rate"),
    "realint": ("real interest rate",), "realdpi": ("real disposable income", "disposable income"), "m1": ("money supply", "money stock"),
    "infl": ("inflation", "inflation rate"), "realgovt": ("real government spending", "government spending", "public spending"),
    "lrm": ("real money", "money demand", "real money demand", "log real money"), "lry": ("real income", "log real income"),
    "lpy": ("price level", "prices", "log prices"), "ibo": ("bond rate", "bond yield", "long-term interest rate"),
    "ide": ("deposit rate", "bank deposit rate"),
    "totemp": ("total employment", "employment"), "gnpdefl": ("gnp deflator", "deflator", "price level"), "armed": ("armed forces", "military"),
}
"""A whole column name (lower case, letters and digits only) -> what it stands for in the tables that use it."""


MEASURES: Mapping[str, frozenset[str]] = {
    "money": frozenset({
        "price", "pricing", "cost", "spend", "spending", "expenditure", "expense", "revenue", "income", "earning", "wage", "salary",
        "pay", "payment", "fare", "fee", "rent", "budget", "dollar", "usd", "eur", "gbp", "money", "fund", "funding", "pledged",
        "donation", "gift", "profit", "amount", "amt", "prc", "expend", "cash", "commission", "tax", "tuition", "premium", "wealth",
        "asset", "debt", "saving", "bill", "tip", "charge"}),
    "distance": frozenset({"distance", "dist", "length", "km", "mile", "metre", "meter", "kilometre", "kilometer", "proximity"}),
    "duration": frozenset({"duration", "length", "tenure"}),
    "mass": frozenset({"weight", "kg", "kilogram", "lbs", "pound", "gram", "mass"}),
    "temperature": frozenset({"temperature", "temp", "celsius", "fahrenheit"}),
}
"""Kinds of measure -> the words (singular, lower case) that name one in a question or a column's name: "customer
spend" and ``purchase_amount`` are both money, "prices" and ``fare``, "package weights" and ``parcel_kg``, "durations"
and ``CampaignLength`` (a length is a distance too). Where a role's place names no column, the columns measuring what
it names are the ones it can mean."""


TRAITS = frozenset({"age", "sex", "gender", "female", "male", "race", "ethnicity", "ethnic", "black", "white", "nonwhite", "hisp",
                    "hispanic", "asian", "born", "birthplace", "nationality"})
"""Words (singular, lower case) of column names that record a fixed trait of a unit: set before any treatment, such a
column is never the effect a question leaves unnamed."""


def key(name: str) -> str:
    """A column name as :data:`NAMES` lists it (``wt82_71`` -> ``wt8271``, ``total_bill`` -> ``totalbill``)."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def name_glosses(column: str) -> tuple[str, ...]:
    """What the column's whole name stands for (empty for a name the glossary does not list)."""
    return NAMES.get(key(column), ())


def word_glosses(word: str) -> tuple[str, ...]:
    """What a word of a column's name abbreviates (empty for a word the glossary does not list)."""
    return WORDS.get(word.lower(), ())
