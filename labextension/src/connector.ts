import { ISessionContext } from '@jupyterlab/apputils';
import { Kernel, KernelMessage } from '@jupyterlab/services';

import { SidebarModel } from './model';
import { COMM_TARGET, IRefreshRequest, PROTOCOL_VERSION } from './tokens';

/** True for the kernel's "idle" that ends a code execution (not a comm message or any other request). */
export function endsExecution(msg: KernelMessage.IMessage): boolean {
  const parent = msg.parent_header as Partial<KernelMessage.IHeader>;
  return (
    msg.header.msg_type === 'status' &&
    (msg.content as { execution_state?: string }).execution_state === 'idle' &&
    parent.msg_type === 'execute_request'
  );
}

/**
 * Follows one notebook's session: opens the comm to the kernel's jupyter_causal target, feeds the
 * model, asks for fresh state after each execution, and reopens after a restart or kernel change.
 * Only executions trigger a refresh or a retry: the busy/idle of our own comm traffic does not.
 */
export class KernelConnector {
  private _session: ISessionContext | null = null;
  private _comm: Kernel.IComm | null = null;
  private _needsOpen = true;

  constructor(private readonly _model: SidebarModel) {}

  /** Follow `session` (the active notebook's), or nothing. */
  follow(session: ISessionContext | null): void {
    if (session === this._session) {
      return;
    }
    if (this._session) {
      this._session.kernelChanged.disconnect(this._onKernelChanged, this);
      this._session.statusChanged.disconnect(this._onStatus, this);
      this._session.iopubMessage.disconnect(this._onIOPub, this);
    }
    this._dropComm();
    this._session = session;
    this._model.notebookChanged(session !== null);
    if (!session) {
      return;
    }
    session.kernelChanged.connect(this._onKernelChanged, this);
    session.statusChanged.connect(this._onStatus, this);
    session.iopubMessage.connect(this._onIOPub, this);
    this._needsOpen = true;
    void session.ready.then(() => this._onStatus(session, session.kernelDisplayStatus));
  }

  /** Run `%load_ext jupyter_causal` in the kernel; the end of that execution reopens the comm. */
  loadExtension(): void {
    this._session?.session?.kernel?.requestExecute({ code: '%load_ext jupyter_causal', store_history: false });
  }

  /** Ask the kernel for its DataFrames and history again. */
  refresh(): void {
    if (this._comm && !this._comm.isDisposed) {
      const request: IRefreshRequest = { type: 'refresh', version: PROTOCOL_VERSION };
      this._comm.send({ ...request });
    }
  }

  private _onKernelChanged(): void {
    this._dropComm();
    this._needsOpen = true;
    this._model.kernelChanged();
  }

  private _onStatus(_: ISessionContext, status: string): void {
    if (status === 'restarting' || status === 'autorestarting') {
      this._onKernelChanged();
    }
    this._model.kernelStatusChanged(status);
    if (status === 'idle' && this._needsOpen) {
      this._openComm(); // first connection to this kernel
    }
  }

  /** After each code execution: fresh state, or a retry when not connected (the cell may have been `%load_ext`). */
  private _onIOPub(_: ISessionContext, msg: KernelMessage.IMessage): void {
    if (!endsExecution(msg)) {
      return;
    }
    if (this._comm) {
      this.refresh();
    } else {
      this._openComm();
    }
  }

  private _openComm(): void {
    const kernel = this._session?.session?.kernel;
    if (!kernel) {
      return;
    }
    this._dropComm();
    this._needsOpen = false;
    const comm = kernel.createComm(COMM_TARGET);
    comm.onMsg = msg => this._model.handleMessage(msg.content.data);
    comm.onClose = () => {
      if (this._comm === comm) {
        this._comm = null;
        this._model.commClosed();
      }
    };
    this._comm = comm;
    comm.open({ version: PROTOCOL_VERSION });
  }

  private _dropComm(): void {
    const comm = this._comm;
    this._comm = null;
    if (comm && !comm.isDisposed) {
      comm.dispose();
    }
  }
}
