/**
 * Messages between the kernel (jupyter_causal/kernel.py) and the sidebar. Each carries the
 * protocol version; the sidebar refuses messages of another version and says so.
 */

/** Must equal PROTOCOL_VERSION in jupyter_causal/kernel.py. */
export const PROTOCOL_VERSION = 1;

/** The comm target the kernel registers on `%load_ext jupyter_causal`. */
export const COMM_TARGET = 'jupyter_causal';

/** A DataFrame in the kernel's namespace. */
export interface IFrame {
  name: string;
  rows: number;
  columns: number;
}

/** One answered question. */
export interface IEntry {
  id: number;
  question: string | null;
  task: string;
  label: string | null;
  value: string | null;
  interval: string | null;
  df_name: string | null;
  cell_id: string | null;
  time: string;
}

/** Kernel -> sidebar: the whole state (on connect and after each refresh request). */
export interface IStateMessage {
  type: 'state';
  version: number;
  dataframes: IFrame[];
  history: IEntry[];
}

/** Kernel -> sidebar: a new analysis (a cell run or a panel's Run button). */
export interface IAnalysisMessage {
  type: 'analysis';
  version: number;
  entry: IEntry;
}

export type KernelMessage = IStateMessage | IAnalysisMessage;

/** Sidebar -> kernel: send the state again. */
export interface IRefreshRequest {
  type: 'refresh';
  version: number;
}

/** What the sidebar can show about the active notebook's kernel. */
export type Status =
  | 'no-notebook' // no notebook is open or active
  | 'connecting' // waiting for the kernel's answer
  | 'not-loaded' // the kernel has no `%load_ext jupyter_causal`
  | 'ready'
  | 'dead' // the kernel died or is gone
  | 'version-mismatch'; // the kernel speaks another protocol version
