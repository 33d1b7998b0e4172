"""Kernel-side state of the extension: the history of analyses, and the comm that tells the sidebar about it.

Every answered question (a ``%%causal`` cell or a panel's Run button) is recorded here. Front ends
open a comm on :data:`COMM_TARGET`; each message is a typed dict carrying :data:`PROTOCOL_VERSION`.
"""
from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Callable
from typing import Any, Literal, TypedDict

from .pipeline import Analysis

PROTOCOL_VERSION = 1
COMM_TARGET = "jupyter_causal"


class EntryMessage(TypedDict):
    """One analysis as the sidebar lists it."""

    id: int
    question: str | None
    task: str
    label: str | None
    value: str | None
    interval: str | None
    df_name: str | None
    cell_id: str | None
    time: str


class FrameMessage(TypedDict):
    """A DataFrame in the user's namespace, as the sidebar lists it."""

    name: str
    rows: int
    columns: int


class StateMessage(TypedDict):
    """Sent when a front end opens the comm and after each refresh request: everything the sidebar shows."""

    type: Literal["state"]
    version: int
    dataframes: list[FrameMessage]
    history: list[EntryMessage]


class AnalysisMessage(TypedDict):
    """Sent for every new analysis."""

    type: Literal["analysis"]
    version: int
    entry: EntryMessage


@dataclasses.dataclass(frozen=True, kw_only=True)
class HistoryEntry:
    """An Analysis with where it came from (the DataFrame's name and the notebook cell, when known)."""

    id: int
    analysis: Analysis
    df_name: str | None
    cell_id: str | None
    time: datetime.datetime

    def message(self) -> EntryMessage:
        from .explain import key_numbers

        result = self.analysis.result
        first = key_numbers(result)[0] if result is not None else None
        return EntryMessage(
            id=self.id, question=self.analysis.question, task=self.analysis.query.task.value,
            label=first.label if first else None, value=first.value if first else None, interval=first.interval if first else None,
            df_name=self.df_name, cell_id=self.cell_id, time=self.time.isoformat(timespec="seconds"),
        )


_ENTRIES: list[HistoryEntry] = []
_LISTENERS: list[Callable[[HistoryEntry], None]] = []


def record(analysis: Analysis, *, df_name: str | None = None, cell_id: str | None = None) -> HistoryEntry:
    """Add ``analysis`` to the history and tell every listener (``_causal``, open comms)."""
    entry = HistoryEntry(id=len(_ENTRIES) + 1, analysis=analysis, df_name=df_name, cell_id=cell_id,
                         time=datetime.datetime.now().astimezone())
    _ENTRIES.append(entry)
    for listener in list(_LISTENERS):
        listener(entry)
    return entry


def history() -> list[Analysis]:
    """Every Analysis answered in this kernel, oldest first."""
    return [e.analysis for e in _ENTRIES]


def entries() -> list[HistoryEntry]:
    """The history with the DataFrame name, cell and time of each analysis."""
    return list(_ENTRIES)


def listen(listener: Callable[[HistoryEntry], None]) -> None:
    """Call ``listener`` with each new entry (once per listener, however often it is added)."""
    if listener not in _LISTENERS:
        _LISTENERS.append(listener)


def dataframes(namespace: dict[str, Any]) -> list[FrameMessage]:
    """The pandas DataFrames among the user's variables (names starting with ``_`` are private)."""
    import pandas as pd

    return [
        FrameMessage(name=name, rows=int(value.shape[0]), columns=int(value.shape[1]))
        for name, value in sorted(namespace.items())
        if isinstance(value, pd.DataFrame) and not name.startswith("_")
    ]


def state(namespace: dict[str, Any]) -> StateMessage:
    """What the sidebar shows for this kernel."""
    return StateMessage(type="state", version=PROTOCOL_VERSION, dataframes=dataframes(namespace),
                        history=[e.message() for e in _ENTRIES])


def _open_comm(comm: Any, _open_msg: dict[str, Any]) -> None:
    """A front end connected: send the state, answer refresh requests, then stream new analyses."""
    from IPython import get_ipython

    namespace = get_ipython().user_ns
    comm.send(state(namespace))

    def forward(entry: HistoryEntry) -> None:
        comm.send(AnalysisMessage(type="analysis", version=PROTOCOL_VERSION, entry=entry.message()))

    def on_msg(msg: dict[str, Any]) -> None:
        if (msg.get("content", {}).get("data") or {}).get("type") == "refresh":
            comm.send(state(namespace))

    _LISTENERS.append(forward)
    comm.on_msg(on_msg)
    comm.on_close(lambda _msg: _LISTENERS.remove(forward) if forward in _LISTENERS else None)


def register_comm_target() -> None:
    """Let front ends open :data:`COMM_TARGET` comms in this kernel."""
    from comm import get_comm_manager

    get_comm_manager().register_target(COMM_TARGET, _open_comm)
