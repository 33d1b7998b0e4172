"""jupyter-causal: ask a causal question about a DataFrame, get an honest, explained answer.

    import jupyter_causal as jc
    a = jc.analyze({"task": "ATE", "treatment": "treat", "outcome": "re78"}, df)
    print(a.explanation)
"""
from .corpus.datasets import Truth, make_dataset
from .errors import CausalError, FitError, NoParserError, PlanError, QueryError, UnknownColumnError
from .explain import Explanation
from .kernel import history
from .parse import QuestionParser, load_parser, parse, use_parser
from .pipeline import Analysis, analyze
from .profile import DataProfile
from .schema import (
    ATEResult,
    CausalQuery,
    CGLResult,
    Condition,
    HTEResult,
    MAResult,
    OPOResult,
    Result,
    Task,
    from_llm4causal,
    query_json_schema,
)
from .tools import methods

__version__ = "0.1.0"


def load_ipython_extension(ipython: object) -> None:
    """``%load_ext jupyter_causal``: registers the ``%%causal`` magic and the sidebar's comm target."""
    from .magics import load_ipython_extension as load

    load(ipython)


__all__ = [
    "Analysis", "analyze", "ATEResult", "CausalError", "CausalQuery", "CGLResult", "Condition", "DataProfile",
    "Explanation", "FitError", "from_llm4causal", "history", "HTEResult", "load_ipython_extension",
    "load_parser", "make_dataset", "MAResult", "methods", "NoParserError", "OPOResult", "parse", "PlanError",
    "query_json_schema", "QueryError", "QuestionParser", "Result", "Task", "Truth", "UnknownColumnError",
    "use_parser",
]
