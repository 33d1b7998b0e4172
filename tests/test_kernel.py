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


def test_comm_sends_state_then_each_new_analysis(client) -> None:
    _execute(client, "import jupyter_causal as jc\n%load_ext jupyter_causal\ndf, truth = jc.make_dataset('ATE', n=600, seed=11)\n"
                     "q = truth.query.to_json()")
    _execute(client, "_ = jc.kernel.record(jc.analyze(q, df), df_name='df')")
    comm_id = "test-comm-1"
    opening = client.session.msg("comm_open", {"comm_id": comm_id, "target_name": COMM_TARGET, "data": {}})
    client.session.send(client.shell_channel.socket, opening)
    (hello,) = _comm_messages(client, comm_id, 1)
    assert hello["type"] == "state" and hello["version"] == PROTOCOL_VERSION
    assert len(hello["history"]) == 1 and hello["history"][0]["task"] == "ATE" and hello["history"][0]["df_name"] == "df"
    assert hello["dataframes"] == [{"name": "df", "rows": 600, "columns": 7}]
    seen = _execute(client, "get_ipython().run_cell_magic('causal', 'df --seed 1', q)")
    (event,) = [m["content"]["data"] for m in seen if m["msg_type"] == "comm_msg" and m["content"]["comm_id"] == comm_id]
    assert event["type"] == "analysis" and event["version"] == PROTOCOL_VERSION
    entry = event["entry"]
    assert entry["id"] == 2 and entry["task"] == "ATE" and entry["value"] and entry["interval"].startswith("[")


def test_refresh_request_lists_new_dataframes(client) -> None:
    comm_id = "test-comm-2"
    client.session.send(client.shell_channel.socket, client.session.msg("comm_open", {"comm_id": comm_id, "target_name": COMM_TARGET, "data": {}}))
    _comm_messages(client, comm_id, 1)
    _execute(client, "small = df.head(10)\n_hidden = df")
    client.session.send(client.shell_channel.socket, client.session.msg("comm_msg", {"comm_id": comm_id, "data": {"type": "refresh"}}))
    (state,) = _comm_messages(client, comm_id, 1)
    assert [f["name"] for f in state["dataframes"]] == ["df", "small"] and state["dataframes"][1]["rows"] == 10


def test_an_unloaded_kernel_closes_the_comm() -> None:
    manager, kc = start_new_kernel(kernel_name="python3")
    try:
        kc.session.send(kc.shell_channel.socket, kc.session.msg("comm_open", {"comm_id": "c", "target_name": COMM_TARGET, "data": {}}))
        messages = [kc.get_iopub_msg(timeout=30) for _ in range(3)]
        assert any(m["msg_type"] == "comm_close" and m["content"]["comm_id"] == "c" for m in messages)
    finally:
        kc.stop_channels()
        manager.shutdown_kernel(now=True)
