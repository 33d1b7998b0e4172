"""Question -> CausalQuery. The fine-tuned model plugs in here; any object with a ``parse`` method can."""
from .interface import QuestionParser, active_parser, parse, use_parser

__all__ = ["QuestionParser", "active_parser", "parse", "use_parser"]
