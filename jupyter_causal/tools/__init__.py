"""The causal tools, one module per task, registered by task code and method name.

Each tool imports its library (EconML, causal-learn, scikit-learn) when it first runs, so loading
the package, the magic or the parser does not pay for them.
"""
from . import ate, cgl, hte, ma, opo  # noqa: F401  (registers the methods)
from .registry import Method, methods, resolve, run

__all__ = ["Method", "methods", "resolve", "run"]
