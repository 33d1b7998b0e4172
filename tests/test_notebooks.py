"""Every example notebook runs top to bottom on the embedded model; each %%causal cell leaves a panel with its state."""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).parent.parent / "notebooks").glob("*.ipynb"))
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"


def test_there_is_a_quickstart_and_one_notebook_per_task() -> None:
    names = " ".join(p.stem for p in NOTEBOOKS)
    for part in ("quickstart", "graph", "average", "subgroup", "mediation", "policy"):
        assert part in names


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_and_each_causal_cell_shows_a_panel(path: Path, tmp_path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    state = nb.metadata["widgets"][WIDGET_STATE]["state"]
    state_text = html.unescape(json.dumps(state))
    causal_cells = [c for c in nb.cells if c.cell_type == "code" and c.source.startswith("%%causal")]
    assert causal_cells
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert not [o for o in cell.outputs if o.output_type == "error"], cell.source
    for cell in causal_cells:
        views = [o["data"] for o in cell.outputs if WIDGET_VIEW in o.get("data", {})]
        panels = [v for v in views if "jupyter-causal-panel" in state.get(v[WIDGET_VIEW]["model_id"], {}).get("state", {}).get("_dom_classes", ())]
        assert len(panels) == 1, cell.source
        final = panels[0]
        report = final["text/plain"]
        assert "Error" not in report.split("\n")[0], report
        # The panel's widget state holds the query, the key numbers and the explanation the report shows.
        query = json.loads(re.search(r"^Query: (.*)$", report, re.M).group(1))
        assert f'"task": "{query["task"]}"' in state_text.replace('\\"', '"')
        numbers = re.findall(r"^  .*?:  (\S+)", report, re.M)
        assert numbers and all(n in state_text for n in numbers), numbers
        explanation = report.split("\n\n", 1)[1]
        assert explanation[:80] in state_text.replace('\\"', '"'), explanation[:80]
