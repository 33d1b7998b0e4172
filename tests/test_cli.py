from __future__ import annotations

import json
import os
import subprocess
import sys

import jupyter_causal as jc

CLI = [sys.executable, "-m", "jupyter_causal.cli"]


def _write(tmp_path):
    df, truth = jc.make_dataset("ATE", n=500, seed=0)
    path = tmp_path / "data.csv"
    df.to_csv(path, index=False)
    return path, truth


def test_ask_with_query_prints_json(tmp_path) -> None:
    path, truth = _write(tmp_path)
    out = subprocess.run([*CLI, "ask", str(path), "--query", truth.query.to_json(indent=None), "--json",
                          "--figures", str(tmp_path / "figs")], capture_output=True, text=True, check=True)
    data = json.loads(out.stdout)
    assert data["result"]["task"] == "ATE" and data["data_name"] == "data.csv"
    assert (tmp_path / "figs" / "effect.png").exists()


def test_ask_bad_column_is_a_one_line_error(tmp_path) -> None:
    path, truth = _write(tmp_path)
    bad = {"task": "ATE", "treatment": truth.query.treatment + "x", "outcome": truth.query.outcome}
    out = subprocess.run([*CLI, "ask", str(path), "--query", json.dumps(bad)], capture_output=True, text=True)
    assert out.returncode == 2
    assert "Nearest column names" in out.stderr and repr(truth.query.treatment) in out.stderr
    assert "Traceback" not in out.stderr


def test_ask_question_without_parser_and_missing_file(tmp_path) -> None:
    path, _ = _write(tmp_path)
    env = {**os.environ, "JUPYTER_CAUSAL_ADAPTER": str(tmp_path / "no-adapter")}
    out = subprocess.run([*CLI, "ask", str(path), "does it work?"], capture_output=True, text=True, env=env)
    assert out.returncode == 2 and "No question parser" in out.stderr
    out = subprocess.run([*CLI, "ask", str(tmp_path / "nope.csv"), "--query", "{}"], capture_output=True, text=True)
    assert out.returncode == 2 and "No such file" in out.stderr and "Traceback" not in out.stderr


def test_demo_runs_every_task() -> None:
    """The demo asks a natural-language question per task through the embedded parser (installed by the set-up)."""
    out = subprocess.run([*CLI, "demo"], capture_output=True, text=True, check=True)
    for task in ("CGL", "ATE", "HTE", "MA", "OPO"):
        assert f"=== {task}" in out.stdout
    assert out.stdout.count("Question: ") == 5 and out.stdout.count("Parsed (") == 5
    assert out.stdout.count("Parsed as intended: yes") >= 4
    assert "Numbers in the explanation not found in the result: none" in out.stdout
    assert "Done in" in out.stdout
