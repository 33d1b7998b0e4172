"""Question -> CausalQuery. The fine-tuned model plugs in here; any object with a ``parse`` method can."""
from .interface import QuestionParser, active_parser, parse, use_parser
from .model import ModelParser, load_parser

__all__ = ["ModelParser", "QuestionParser", "active_parser", "load_parser", "parse", "use_parser"]
