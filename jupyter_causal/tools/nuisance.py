"""Explicit, fast nuisance models shared by the effect tools (EconML's 'auto' ones are slow and fragile)."""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor

MIN_PROPENSITY = 0.02
"""Propensities are clipped to [MIN_PROPENSITY, 1 - MIN_PROPENSITY] in doubly robust scores."""


def regressor(seed: int) -> HistGradientBoostingRegressor:
    """Outcome / mediator model: shallow boosted trees, no early stopping (deterministic under a seed)."""
    from sklearn.ensemble import HistGradientBoostingRegressor

    return HistGradientBoostingRegressor(
        max_iter=150, learning_rate=0.08, max_leaf_nodes=15, min_samples_leaf=20, l2_regularization=1.0,
        early_stopping=False, random_state=seed,
    )


def classifier(seed: int) -> HistGradientBoostingClassifier:
    """Treatment model for a discrete treatment (boosted trees)."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    return HistGradientBoostingClassifier(
        max_iter=100, learning_rate=0.08, max_leaf_nodes=15, min_samples_leaf=30, l2_regularization=1.0,
        early_stopping=False, random_state=seed,
    )


def logistic() -> object:
    """A well-behaved propensity model: standardised logistic regression."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))


def linear() -> object:
    """A linear model of a continuous treatment: standardised ridge regression, its penalty chosen by cross-validation."""
    from sklearn.linear_model import RidgeCV
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return make_pipeline(StandardScaler(), RidgeCV())


SELECTION_ROWS = 10_000
"""Candidate treatment models are compared on a seeded sample of at most this many rows: on fewer the comparison is
noise where they differ mostly in the tails, which inverse weights magnify (401(k) eligibility levels off with income;
a logistic model overshoots it for the richest)."""


def treatment_model(T: np.ndarray, W: np.ndarray, *, discrete: bool, seed: int) -> object:
    """The treatment model (a propensity model for a discrete treatment) that predicts ``T`` from ``W`` better out
    of fold: the linear one (:func:`logistic`, :func:`linear`) or boosted trees (:func:`classifier`, :func:`regressor`).

    Trees that fit the treatment too closely give overconfident propensities, and inverse-propensity weights turn
    that into bias away from zero and intervals that miss; where the treatment's dependence on the controls is
    close to linear, the linear model is the better calibrated one, and the held-out log-loss (squared error)
    shows it. Returns an unfitted model.
    """
    from sklearn.base import clone
    from sklearn.model_selection import KFold, StratifiedKFold, cross_val_score

    rows = np.arange(len(T))
    if len(rows) > SELECTION_ROWS:
        rows = np.random.default_rng(seed).choice(rows, size=SELECTION_ROWS, replace=False)
    candidates = [logistic(), classifier(seed)] if discrete else [linear(), regressor(seed)]
    splitter = (StratifiedKFold if discrete else KFold)(n_splits=3, shuffle=True, random_state=seed)
    scoring = "neg_log_loss" if discrete else "neg_mean_squared_error"
    scores = [cross_val_score(m, W[rows], T[rows], cv=splitter, scoring=scoring, error_score=-np.inf).mean() for m in candidates]
    return clone(candidates[int(np.argmax(scores))])


def folds(n_rows: int) -> int:
    """Cross-fitting folds: more when the sample is small."""
    return 5 if n_rows < 5000 else 3


def controls(X: np.ndarray) -> np.ndarray:
    """The controls matrix, or one constant column when there are none (EconML needs X or W)."""
    return X if X.shape[1] else np.zeros((len(X), 1))
