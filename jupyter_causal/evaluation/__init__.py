"""The benchmark harness: parse, end-to-end (with explanations) and speed suites, and their reports."""
