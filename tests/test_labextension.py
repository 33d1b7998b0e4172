"""The sidebar extension: its TypeScript unit tests, and the wheel / sdist shipping it prebuilt."""
from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).parent.parent
EXTENSION = "share/jupyter/labextensions/jupyter-causal"


def _bin(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def test_typescript_model_tests_pass() -> None:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    run = subprocess.run([_bin("jlpm"), "test"], cwd=ROOT / "labextension", env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert "# fail 0" in run.stdout and "# pass 0" not in run.stdout


def test_wheel_and_sdist_ship_the_prebuilt_extension(tmp_path: Path) -> None:
    build = subprocess.run([sys.executable, "-m", "hatchling", "build", "-d", str(tmp_path)], cwd=ROOT, capture_output=True,
                           text=True, timeout=600)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    (wheel,) = tmp_path.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    data = [n.split(".data/data/", 1)[1] for n in names if ".data/data/" in n]
    assert f"{EXTENSION}/package.json" in data and f"{EXTENSION}/install.json" in data
    assert any(n.startswith(f"{EXTENSION}/static/remoteEntry.") for n in data)
    assert "jupyter_causal/parse/adapter/adapter_model.safetensors" in names
    assert "jupyter_causal/interpret/adapter/adapter_model.safetensors" in names and "jupyter_causal/interpret/adapter/jupyter_causal.json" in names
    (sdist,) = tmp_path.glob("*.tar.gz")
    members = tarfile.open(sdist).getnames()
    assert any("/jupyter_causal/labextension/static/remoteEntry." in m for m in members)
    assert not any("node_modules" in m for m in members)


def test_jupyterlab_lists_the_extension_enabled() -> None:
    listing = subprocess.run([_bin("jupyter"), "labextension", "list"], capture_output=True, text=True, timeout=120)
    line = next((row for row in (listing.stdout + listing.stderr).splitlines() if "jupyter-causal" in row), "")
    assert "enabled" in line and "OK" in line, listing.stdout + listing.stderr
