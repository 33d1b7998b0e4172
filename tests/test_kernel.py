"""The kernel side of the sidebar protocol, in a real kernel: a comm on the target gets typed, versioned messages."""
from __future__ import annotations

import queue

import pytest
from jupyter_client.manager import start_new_kernel

from jupyter_causal.kernel import COMM_TARGET, PROTOCOL_VERSION


@pytest.fixture(scope="module")
def client():
    manager, kc = start_new_kernel(kernel_name="python3")
    yield kc
    kc.stop_channels()
    manager.shutdown_kernel(now=True)


def _execute(kc, code: str) -> list[dict]:
    """Run ``code``; returns the iopub messages it produced (comm messages included)."""
    seen: list[dict] = []
    reply = kc.execute_interactive(code, timeout=120, output_hook=seen.append)
    assert reply["content"]["status"] == "ok", reply["content"]
    return seen


def _comm_messages(kc, comm_id: str, n: int) -> list[dict]:
    found = []
    while len(found) < n:
        try:
            msg = kc.get_iopub_msg(timeout=60)
        except queue.Empty:
            break
        if msg["msg_type"] == "comm_msg" and msg["content"]["comm_id"] == comm_id:
            found.append(msg["content"]["data"])
    return found


def test_comm_sends_hello_with_history_then_each_new_analysis(client) -> None:
    _execute(client, "import jupyter_causal as jc\n%load_ext jupyter_causal\ndf, truth = jc.make_dataset('ATE', n=600, seed=11)\n"
                     "q = truth.query.to_json()")
    _execute(client, "_ = jc.kernel.record(jc.analyze(q, df), df_name='df')")
    comm_id = "test-comm-1"
    opening = client.session.msg("comm_open", {"comm_id": comm_id, "target_name": COMM_TARGET, "data": {}})
    client.session.send(client.shell_channel.socket, opening)
    (hello,) = _comm_messages(client, comm_id, 1)
    assert hello["type"] == "hello" and hello["version"] == PROTOCOL_VERSION
    assert len(hello["history"]) == 1 and hello["history"][0]["task"] == "ATE" and hello["history"][0]["df_name"] == "df"
    seen = _execute(client, "get_ipython().run_cell_magic('causal', 'df --seed 1', q)")
    (event,) = [m["content"]["data"] for m in seen if m["msg_type"] == "comm_msg" and m["content"]["comm_id"] == comm_id]
    assert event["type"] == "analysis" and event["version"] == PROTOCOL_VERSION
    entry = event["entry"]
    assert entry["id"] == 2 and entry["task"] == "ATE" and entry["value"] and entry["interval"].startswith("[")
