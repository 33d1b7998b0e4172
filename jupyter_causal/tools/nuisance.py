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


def folds(n_rows: int) -> int:
    """Cross-fitting folds: more when the sample is small."""
    return 5 if n_rows < 5000 else 3


def controls(X: np.ndarray) -> np.ndarray:
    """The controls matrix, or one constant column when there are none (EconML needs X or W)."""
    return X if X.shape[1] else np.zeros((len(X), 1))
