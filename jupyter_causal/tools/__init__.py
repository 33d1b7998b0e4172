"""The causal tools, one module per task, registered by task code and method name."""
from . import ate, cgl, hte, ma, opo  # noqa: F401  (registers the methods)
from .registry import Method, methods, resolve, run

__all__ = ["Method", "methods", "resolve", "run"]
