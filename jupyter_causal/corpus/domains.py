"""Domains of realistic variables: what a column means, the names real DataFrames give it, its type.

The synthetic datasets draw their columns from here; the fine-tuning corpus will draw its
questions from the same catalogue, so a question and its DataFrame agree on names.
"""
from __future__ import annotations

import dataclasses


@dataclasses.dataclass(frozen=True, kw_only=True)
class Variable:
    """One quantity: a human description, column-name styles, and how to draw plausible values."""

    description: str
    names: tuple[str, ...]
    kind: str = "continuous"  # continuous | binary | categorical
    mean: float = 0.0
    sd: float = 1.0
    levels: tuple[str, ...] = ()
    decimals: int = 2
    low: float | None = None

    def __post_init__(self) -> None:
        if self.kind == "categorical" and len(self.levels) < 2:
            raise ValueError(f"{self.description}: a categorical variable needs levels")


@dataclasses.dataclass(frozen=True, kw_only=True)
class Domain:
    """A setting with a treatment in three forms, an outcome, a mediator and covariates.

    A domain built for one kind of dataset may leave out the roles that dataset does not draw.
    """

    name: str
    covariates: tuple[Variable, ...]
    binary_treatment: Variable | None = None
    multi_treatment: Variable | None = None
    continuous_treatment: Variable | None = None
    outcome: Variable | None = None
    mediator: Variable | None = None

    def role(self, name: str) -> Variable:
        """The variable playing ``name`` (``"outcome"``, ``"mediator"``, ...); an error if this domain has none."""
        var = getattr(self, name)
        if var is None:
            raise ValueError(f"domain {self.name!r} has no {name.replace('_', ' ')}")
        return var


def _v(description: str, *names: str, **kw: object) -> Variable:
    return Variable(description=description, names=names, **kw)  # type: ignore[arg-type]


DOMAINS: tuple[Domain, ...] = (
    Domain(
        name="labour",
        binary_treatment=_v("job training programme", "training", "job_training", "JobTraining", "trained", kind="binary"),
        multi_treatment=_v("training track", "training_track", "TrainingTrack", "program_type", kind="categorical",
                           levels=("none", "classroom", "on_the_job")),
        continuous_treatment=_v("hours of training", "training_hours", "TrainingHours", "hrs_training", mean=40, sd=15, decimals=1, low=0),
        outcome=_v("annual earnings", "earnings", "annual_earnings", "AnnualEarnings", "income_usd", mean=32000, sd=9000, decimals=0),
        mediator=_v("job interviews attended", "interviews", "n_interviews", "InterviewCount", mean=6, sd=2.5, decimals=1),
        covariates=(
            _v("age", "age", "Age", "age_years", mean=38, sd=10, decimals=0, low=18),
            _v("years of schooling", "education_years", "educ", "YearsSchooling", mean=12, sd=2.5, decimals=0, low=0),
            _v("married", "married", "is_married", "Married", kind="binary"),
            _v("region", "region", "Region", "area", kind="categorical", levels=("north", "south", "east", "west")),
            _v("prior earnings", "prior_earnings", "earnings_prev", "PriorIncome", mean=24000, sd=8000, decimals=0),
        ),
    ),
    Domain(
        name="health",
        binary_treatment=_v("new drug", "drug", "treated", "NewDrug", "received_drug", kind="binary"),
        multi_treatment=_v("dosage group", "dose_group", "DoseGroup", "dosage", kind="categorical", levels=("placebo", "low", "high")),
        continuous_treatment=_v("daily exercise minutes", "exercise_min", "ExerciseMinutes", "daily_exercise", mean=30, sd=12, decimals=1, low=0),
        outcome=_v("systolic blood pressure", "systolic_bp", "SystolicBP", "bp_sys", mean=130, sd=15, decimals=1),
        mediator=_v("body mass index", "bmi", "BMI", "body_mass_index", mean=27, sd=4, decimals=1),
        covariates=(
            _v("age", "age", "Age", "patient_age", mean=55, sd=12, decimals=0, low=18),
            _v("smoker", "smoker", "is_smoker", "Smoking", kind="binary"),
            _v("cholesterol", "cholesterol", "chol_mgdl", "Cholesterol", mean=200, sd=35, decimals=0),
            _v("sex", "sex", "Sex", "gender", kind="categorical", levels=("female", "male")),
            _v("hospital", "hospital", "site", "HospitalSite", kind="categorical", levels=("A", "B", "C")),
        ),
    ),
    Domain(
        name="education",
        binary_treatment=_v("tutoring", "tutoring", "tutored", "Tutoring", "got_tutor", kind="binary"),
        multi_treatment=_v("class size group", "class_size", "ClassSize", "class_type", kind="categorical",
                           levels=("regular", "small", "regular_aide")),
        continuous_treatment=_v("study hours per week", "study_hours", "StudyHours", "hrs_study", mean=10, sd=4, decimals=1, low=0),
        outcome=_v("test score", "test_score", "TestScore", "math_score", mean=70, sd=12, decimals=1),
        mediator=_v("homework completion rate", "homework_rate", "HomeworkRate", "hw_completion", mean=0.7, sd=0.12, decimals=3),
        covariates=(
            _v("parental income", "parent_income", "ParentIncome", "family_income", mean=55000, sd=18000, decimals=0),
            _v("prior grade", "prior_grade", "PriorGrade", "gpa_prev", mean=3.0, sd=0.5, decimals=2),
            _v("free lunch eligibility", "free_lunch", "FreeLunch", "lunch_eligible", kind="binary"),
            _v("school type", "school_type", "SchoolType", "school", kind="categorical", levels=("public", "charter", "private")),
            _v("age", "age", "Age", "student_age", mean=15, sd=1.5, decimals=0),
        ),
    ),
    Domain(
        name="marketing",
        binary_treatment=_v("email campaign", "email", "got_email", "EmailCampaign", "emailed", kind="binary"),
        multi_treatment=_v("discount offer", "discount_offer", "DiscountOffer", "promo", kind="categorical",
                           levels=("no", "ten_percent", "free_shipping")),
        continuous_treatment=_v("ad spend", "ad_spend", "AdSpend", "spend_usd", mean=200, sd=70, decimals=2, low=0),
        outcome=_v("customer spend", "spend", "revenue", "CustomerSpend", "purchase_amount", mean=120, sd=40, decimals=2),
        mediator=_v("site visits", "visits", "site_visits", "SiteVisits", mean=8, sd=3, decimals=1),
        covariates=(
            _v("customer tenure in months", "tenure_months", "tenure", "TenureMonths", mean=24, sd=12, decimals=0, low=0),
            _v("past purchases", "past_purchases", "n_orders", "PastPurchases", mean=5, sd=2, decimals=0, low=0),
            _v("mobile user", "mobile", "is_mobile", "MobileUser", kind="binary"),
            _v("segment", "segment", "Segment", "customer_segment", kind="categorical", levels=("budget", "standard", "premium")),
            _v("age", "age", "Age", "customer_age", mean=40, sd=12, decimals=0, low=18),
        ),
    ),
    Domain(
        name="energy",
        binary_treatment=_v("smart thermostat", "smart_thermostat", "SmartThermostat", "has_thermostat", kind="binary"),
        multi_treatment=_v("tariff plan", "tariff", "TariffPlan", "rate_plan", kind="categorical", levels=("standard", "time_of_use", "green")),
        continuous_treatment=_v("insulation thickness", "insulation_cm", "InsulationCm", "insulation", mean=15, sd=5, decimals=1, low=0),
        outcome=_v("monthly energy use", "energy_kwh", "EnergyUse", "kwh_month", mean=900, sd=200, decimals=1),
        mediator=_v("heating hours", "heating_hours", "HeatingHours", "hrs_heating", mean=120, sd=30, decimals=1),
        covariates=(
            _v("home size", "home_sqft", "HomeSize", "floor_area", mean=1800, sd=500, decimals=0),
            _v("household size", "household_size", "HouseholdSize", "occupants", mean=3, sd=1.2, decimals=0, low=1),
            _v("outdoor temperature", "outdoor_temp", "OutdoorTemp", "temp_c", mean=8, sd=6, decimals=1),
            _v("climate zone", "climate_zone", "ClimateZone", "zone", kind="categorical", levels=("cold", "mild", "warm")),
            _v("owner occupied", "owner_occupied", "OwnerOccupied", "owns_home", kind="binary"),
        ),
    ),
    Domain(
        name="retail",
        binary_treatment=_v("loyalty programme", "loyalty", "loyalty_member", "LoyaltyProgram", kind="binary"),
        multi_treatment=_v("store layout", "layout", "StoreLayout", "store_format", kind="categorical", levels=("standard", "open", "compact")),
        continuous_treatment=_v("price discount percent", "discount_pct", "DiscountPct", "discount", mean=10, sd=4, decimals=1, low=0),
        outcome=_v("weekly sales", "weekly_sales", "WeeklySales", "sales", mean=5000, sd=1200, decimals=1),
        mediator=_v("foot traffic", "foot_traffic", "FootTraffic", "visitors", mean=800, sd=150, decimals=0),
        covariates=(
            _v("store size", "store_sqft", "StoreSize", "floor_space", mean=12000, sd=3000, decimals=0),
            _v("local population", "population", "LocalPopulation", "pop_k", mean=50, sd=15, decimals=1),
            _v("urban location", "urban", "is_urban", "Urban", kind="binary"),
            _v("region", "region", "Region", "market", kind="categorical", levels=("north", "south", "central")),
            _v("competitor count", "competitors", "n_competitors", "CompetitorCount", mean=3, sd=1.5, decimals=0, low=0),
        ),
    ),
)


def domain(name: str) -> Domain:
    """Look a domain up by name."""
    for d in DOMAINS:
        if d.name == name:
            return d
    raise KeyError(f"unknown domain {name!r}; known: {[d.name for d in DOMAINS]}")
