"""The panel in JupyterLab in a real browser (headless Debian chromium driven by Playwright).

`.ci/run` installs chromium; without it this test fails rather than skips. It takes the
screenshot committed as docs/panel.png.
"""
from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook

ROOT = Path(__file__).parent.parent
DOCS = ROOT / "docs"
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]


def chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    assert path, "Debian's chromium is needed for the browser tests: apt-get install chromium (.ci/run does this)."
    return path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Lab:
    """A JupyterLab server on 127.0.0.1 with every user directory in a temporary folder."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.port = _free_port()
        self.token = secrets.token_hex(16)
        home = root.parent / "home"
        env = {**os.environ}
        for var, sub in (("JUPYTER_CONFIG_DIR", "config"), ("JUPYTER_DATA_DIR", "data"), ("JUPYTER_RUNTIME_DIR", "runtime"),
                         ("JUPYTERLAB_SETTINGS_DIR", "settings"), ("JUPYTERLAB_WORKSPACES_DIR", "workspaces"),
                         ("IPYTHONDIR", "ipython"), ("MPLCONFIGDIR", "mpl")):
            (home / sub).mkdir(parents=True, exist_ok=True)
            env[var] = str(home / sub)
        # No news toast over the screenshot.
        (home / "config" / "labconfig").mkdir(exist_ok=True)
        (home / "config" / "labconfig" / "page_config.json").write_text(
            json.dumps({"disabledExtensions": {"@jupyterlab/apputils-extension:announcements": True}})
        )
        env["JUPYTER_CAUSAL_THREADS"] = "1"
        self.log = (home / "lab.log").open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "jupyterlab", "--no-browser", "--ip=127.0.0.1", f"--port={self.port}", "--allow-root",
             f"--IdentityProvider.token={self.token}", f"--ServerApp.root_dir={root}", "--LabApp.news_url=None",
             "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate", "--LabApp.extension_manager=readonly"],
            env=env, stdout=self.log, stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"{self.url('api/status')}", timeout=2)
                return
            except OSError:
                assert self.process.poll() is None, (home / "lab.log").read_text()
                time.sleep(0.5)
        raise AssertionError("JupyterLab did not start within 60 s")

    def url(self, path: str) -> str:
        sep = "&" if "?" in path else "?"
        return f"http://127.0.0.1:{self.port}/{path}{sep}token={self.token}"

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lab]:
    root = tmp_path_factory.mktemp("lab") / "work"
    root.mkdir()
    server = Lab(root)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def page(lab: Lab):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium(), args=CHROMIUM_FLAGS)
        context = browser.new_context(viewport={"width": 1280, "height": 1100})
        yield context.new_page()
        browser.close()


def _write_notebook(path: Path, sources: list[str]) -> None:
    nb = new_notebook(cells=[new_code_cell(s) for s in sources],
                      metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
    nbformat.write(nb, path)


def _accept_kernel_dialog(page) -> None:
    """JupyterLab may ask which kernel to start; take the notebook's own (the preselected one)."""
    dialog = page.locator(".jp-Dialog")
    try:
        dialog.wait_for(timeout=3_000)
    except Exception:  # noqa: BLE001  (no dialog: nothing to do)
        return
    dialog.locator(".jp-mod-accept").click()
    dialog.wait_for(state="detached", timeout=10_000)


def _run_all_cells(page) -> None:
    _accept_kernel_dialog(page)
    page.locator("#jp-MainMenu").get_by_text("Run", exact=True).click()
    page.locator(".lm-Menu-content").get_by_text("Run All Cells", exact=True).click()


SETUP_CELL = 'import jupyter_causal as jc\n%load_ext jupyter_causal\ndf, truth = jc.make_dataset("ATE", n=2000, seed=1)'


@contextlib.contextmanager
def _screenshot_on_failure(lab: Lab, page, name: str) -> Iterator[None]:
    """Keep a picture of the page (and point at the server log) when a browser step fails."""
    try:
        yield
    except Exception as err:
        where = lab.root.parent
        page.screenshot(path=str(where / name))
        raise AssertionError(f"{err}\npage: {where / name}, server log: {where / 'home' / 'lab.log'}") from None


IPYKERNEL_TASK_NOISE = re.compile(r"Task was destroyed but it is pending!\s+task: <Task pending .*(ipykernel|zmq)[/\\]\w+", re.S)
"""asyncio's note about one of the kernel's own message-handling tasks (ipykernel 7, pyzmq), which it
prints into the cell on a loaded machine (or after other kernels ran in the same pytest process);
not an error of ours."""


def _open_and_run(lab: Lab, page, name: str, causal_cell: str):
    """Open a notebook of the set-up cell and ``causal_cell``, run all, wait for the finished panel; returns it."""
    _write_notebook(lab.root / name, [SETUP_CELL, causal_cell])
    page.goto(lab.url(f"lab/tree/{name}?reset"))
    page.locator(".jp-Notebook .jp-Cell").first.wait_for(timeout=60_000)
    page.locator(".jp-Notebook-ExecutionIndicator[data-status='idle']").wait_for(timeout=60_000)
    _run_all_cells(page)
    _accept_kernel_dialog(page)
    panel = page.locator(".jupyter-causal-panel").first
    panel.locator("text=fitted with").wait_for(timeout=240_000)
    return panel


def test_the_panel_renders_in_jupyterlab(lab: Lab, page) -> None:
    with _screenshot_on_failure(lab, page, "panel-failure.png"):
        panel = _open_and_run(lab, page, "panel.ipynb", "%%causal df\nDoes tutoring raise math scores, and by how much?")
    text = panel.inner_text()
    assert "Does tutoring raise math scores" in text
    assert "tutoring = 1 vs 0: effect on math_score" in text
    assert "doubly robust learner" in text
    assert panel.locator("img").count() >= 1 and panel.locator("textarea").count() >= 1
    stderr = page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']").all_inner_texts()
    ours = [text for text in stderr if not IPYKERNEL_TASK_NOISE.match(text.strip())]
    assert ours == [], ours
    DOCS.mkdir(exist_ok=True)
    panel.scroll_into_view_if_needed()
    panel.screenshot(path=str(DOCS / "panel.png"))
    assert (DOCS / "panel.png").stat().st_size > 10_000


def _history(page):
    return page.locator("#jupyter-causal-sidebar .jc-Sidebar-entry")


def test_the_sidebar_follows_the_kernel(lab: Lab, page) -> None:
    with _screenshot_on_failure(lab, page, "sidebar-failure.png"):
        _sidebar_flow(lab, page)


def _sidebar_flow(lab: Lab, page) -> None:
    _open_and_run(lab, page, "sidebar.ipynb", '%%causal df\n{"task": "ATE", "treatment": "tutoring", "outcome": "math_score"}')

    # The sidebar lists the DataFrame and the first analysis.
    page.locator(".jp-SideBar li[data-id='jupyter-causal-sidebar']").click()
    sidebar = page.locator("#jupyter-causal-sidebar")
    sidebar.locator(".jc-Sidebar-status[data-status='ready']").wait_for(timeout=60_000)
    assert "df" in sidebar.locator(".jc-Sidebar-frame").first.inner_text()
    assert "2,000 × 7" in sidebar.locator(".jc-Sidebar-frame").first.inner_text()
    _history(page).first.wait_for(timeout=30_000)
    assert _history(page).count() == 1 and "tutoring = 1 vs 0" in _history(page).first.inner_text()

    # Asking through the form inserts a %%causal cell, runs it, and adds a second entry.
    sidebar.locator(".jc-Sidebar-status", has_text="Kernel ready").wait_for(timeout=120_000)
    sidebar.locator(".jc-Sidebar-frameSelect").select_option("df")
    sidebar.locator(".jc-Sidebar-question").fill("Does tutoring change math_score?")
    sidebar.locator(".jc-Sidebar-askButton").click()
    page.locator(".jp-Cell .jp-InputArea-editor", has_text="Does tutoring change math_score?").wait_for(timeout=30_000)
    _history(page).nth(1).wait_for(timeout=240_000)
    assert "Does tutoring change math_score?" in _history(page).first.inner_text()  # newest first
    page.locator(".jupyter-causal-panel").nth(1).locator("text=fitted with").wait_for(timeout=120_000)

    # A panel's Run button is not a cell execution: the entry arrives over the comm.
    page.locator(".jupyter-causal-panel").first.get_by_role("button", name="Run").click()
    _history(page).nth(2).wait_for(timeout=120_000)
    DOCS.mkdir(exist_ok=True)
    page.screenshot(path=str(DOCS / "sidebar.png"))

    # Clicking an entry selects its cell (the oldest entry is the first %%causal cell).
    _history(page).last.click()
    active = page.locator(".jp-Notebook .jp-Cell.jp-mod-active")
    assert '"task": "ATE"' in active.locator(".jp-InputArea-editor").inner_text()

    # After a restart the kernel has no extension: the sidebar says so and offers to load it.
    page.locator("#jp-MainMenu").get_by_text("Kernel", exact=True).click()
    page.locator(".lm-Menu-content").get_by_text("Restart Kernel…", exact=True).click()
    page.locator(".jp-Dialog .jp-mod-accept").click()
    sidebar.locator(".jc-Sidebar-status[data-status='not-loaded']").wait_for(timeout=60_000)
    assert _history(page).count() == 0
    sidebar.locator(".jc-Sidebar-load").click()
    sidebar.locator(".jc-Sidebar-status[data-status='ready']").wait_for(timeout=60_000)
