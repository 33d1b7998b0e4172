"""jupyter-causal: ask a causal question about a DataFrame, get an honest, explained answer.

    import jupyter_causal as jc
    a = jc.analyze({"task": "ATE", "treatment": "treat", "outcome": "re78"}, df)
    print(a.explanation)
"""
from .corpus.datasets import Truth, make_dataset
from .errors import CausalError, FitError, NoParserError, PlanError, QueryError, UnknownColumnError
from .explain import Explanation
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

__all__ = [
    "ATEResult", "Analysis", "CGLResult", "CausalError", "CausalQuery", "Condition", "DataProfile", "Explanation",
    "FitError", "HTEResult", "MAResult", "NoParserError", "OPOResult", "PlanError", "query_json_schema", "QueryError",
    "QuestionParser", "Result", "Task", "Truth", "UnknownColumnError", "analyze", "from_llm4causal", "load_parser", "make_dataset",
    "methods", "parse", "use_parser",
]
