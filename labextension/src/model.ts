import { ISignal, Signal } from '@lumino/signaling';

import { IEntry, IFrame, KernelMessage, PROTOCOL_VERSION, Status } from './tokens';

/**
 * The sidebar's state: which kernel situation we are in, the DataFrames and the history.
 * It owns no connection; the connector feeds it events and it emits `changed`.
 */
export class SidebarModel {
  private _status: Status = 'no-notebook';
  private _busy = false;
  private _frames: IFrame[] = [];
  private _history: IEntry[] = [];
  private _message = '';
  private _changed = new Signal<this, void>(this);

  get changed(): ISignal<this, void> {
    return this._changed;
  }
  get status(): Status {
    return this._status;
  }
  get busy(): boolean {
    return this._busy;
  }
  get dataframes(): readonly IFrame[] {
    return this._frames;
  }
  get history(): readonly IEntry[] {
    return this._history;
  }
  /** A line explaining the current status (e.g. the version mismatch). */
  get message(): string {
    return this._message;
  }

  /** The active notebook changed (or none is active any more). */
  notebookChanged(present: boolean): void {
    this._reset(present ? 'connecting' : 'no-notebook');
  }

  /** A new kernel (start, restart or change): forget the old one's state and wait for its answer. */
  kernelChanged(): void {
    this._reset('connecting');
  }

  /** The kernel's execution status, as JupyterLab reports it. */
  kernelStatusChanged(status: string): void {
    if (status === 'dead') {
      this._reset('dead');
      return;
    }
    if (status === 'unknown') {
      return; // reported while (re)connecting: not a verdict on the kernel
    }
    const busy = status === 'busy' || status === 'starting' || status === 'restarting';
    if (busy !== this._busy) {
      this._busy = busy;
      this._changed.emit();
    }
  }

  /** The kernel closed our comm: the extension is not loaded there. */
  commClosed(): void {
    if (this._status !== 'dead' && this._status !== 'no-notebook') {
      this._reset('not-loaded');
    }
  }

  /** A message from the kernel; anything malformed or of another version is refused visibly. */
  handleMessage(data: unknown): void {
    const msg = data as Partial<KernelMessage> | null;
    if (!msg || typeof msg !== 'object' || typeof msg.type !== 'string') {
      return;
    }
    if (msg.version !== PROTOCOL_VERSION) {
      this._status = 'version-mismatch';
      this._message =
        `The kernel's jupyter-causal speaks protocol version ${String(msg.version)}, ` +
        `this sidebar version ${PROTOCOL_VERSION}. Install the same jupyter-causal in the kernel and in JupyterLab.`;
      this._changed.emit();
      return;
    }
    if (msg.type === 'state') {
      const state = msg as KernelMessage & { type: 'state' };
      this._frames = [...state.dataframes];
      this._history = [...state.history];
      this._status = 'ready';
      this._message = '';
    } else if (msg.type === 'analysis') {
      const entry = (msg as KernelMessage & { type: 'analysis' }).entry;
      if (!this._history.some(e => e.id === entry.id)) {
        this._history = [...this._history, entry];
      }
      this._status = 'ready';
    } else {
      return;
    }
    this._changed.emit();
  }

  private _reset(status: Status): void {
    this._status = status;
    this._frames = [];
    this._history = [];
    this._busy = false;
    this._message = '';
    this._changed.emit();
  }
}
