"""Explanations written by a fine-tuned model from the Result's facts, checked against the Result."""
