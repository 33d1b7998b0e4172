import { Widget } from '@lumino/widgets';

import { SidebarModel } from './model';
import { IEntry } from './tokens';

/** What the sidebar's controls ask the application to do. */
export interface ISidebarActions {
  ask(dataframe: string, question: string): void;
  loadExtension(): void;
  show(entry: IEntry): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

const STATUS_TEXT: Record<string, string> = {
  'no-notebook': 'Open a notebook to ask causal questions about its DataFrames.',
  connecting: 'Connecting to the kernel…',
  'not-loaded': 'jupyter-causal is not loaded in this kernel.',
  dead: 'The kernel is dead or gone. Restart it from the Kernel menu.',
  'version-mismatch': ''
};

/** The left-sidebar panel: status, DataFrames, the ask form and the history. It only renders the model. */
export class SidebarWidget extends Widget {
  private _question: HTMLTextAreaElement;
  private _frameSelect: HTMLSelectElement;
  private _body: HTMLDivElement;
  private _statusLine: HTMLDivElement | null = null;
  private _shown = '';

  constructor(private readonly _model: SidebarModel, private readonly _actions: ISidebarActions) {
    super();
    this.id = 'jupyter-causal-sidebar';
    this.addClass('jc-Sidebar');
    this.title.caption = 'Causal questions';
    this.node.appendChild(el('h2', 'jc-Sidebar-title', 'Causal questions'));
    this._body = el('div', 'jc-Sidebar-body');
    this.node.appendChild(this._body);
    this._frameSelect = el('select', 'jc-Sidebar-frameSelect');
    this._question = el('textarea', 'jc-Sidebar-question');
    this._question.placeholder = 'e.g. Does the training programme raise earnings?';
    this._question.rows = 3;
    this._model.changed.connect(this._render, this);
    this._render();
  }

  /** Re-render on content changes; a busy / idle flip only updates the status line (no lost clicks). */
  private _render(): void {
    const model = this._model;
    const shown = JSON.stringify([model.status, model.message, model.dataframes, model.history]);
    if (shown === this._shown) {
      if (this._statusLine) {
        this._statusLine.textContent = model.busy ? 'Kernel busy…' : 'Kernel ready.';
      }
      return;
    }
    this._shown = shown;
    const body = this._body;
    body.textContent = '';
    const status = el('div', `jc-Sidebar-status jc-mod-${model.status}`);
    this._statusLine = model.status === 'ready' ? status : null;
    status.dataset.status = model.status;
    if (model.status !== 'ready') {
      status.textContent = model.status === 'version-mismatch' ? model.message : STATUS_TEXT[model.status];
      body.appendChild(status);
      if (model.status === 'not-loaded') {
        const load = el('button', 'jp-mod-styled jp-mod-accept jc-Sidebar-load', 'Load jupyter-causal');
        load.onclick = () => this._actions.loadExtension();
        body.appendChild(load);
      }
      return;
    }
    status.textContent = model.busy ? 'Kernel busy…' : 'Kernel ready.';
    body.appendChild(status);
    body.appendChild(this._frames());
    body.appendChild(this._askForm());
    body.appendChild(this._historyList());
  }

  private _frames(): HTMLElement {
    const section = el('section', 'jc-Sidebar-frames');
    section.appendChild(el('h3', '', 'DataFrames'));
    const frames = this._model.dataframes;
    if (frames.length === 0) {
      section.appendChild(el('p', 'jc-Sidebar-empty', 'No DataFrame in this kernel yet.'));
      return section;
    }
    const list = el('ul', 'jc-Sidebar-frameList');
    for (const f of frames) {
      const item = el('li', 'jc-Sidebar-frame');
      item.appendChild(el('span', 'jc-Sidebar-frameName', f.name));
      item.appendChild(el('span', 'jc-Sidebar-frameShape', ` ${f.rows.toLocaleString()} × ${f.columns}`));
      list.appendChild(item);
    }
    section.appendChild(list);
    return section;
  }

  private _askForm(): HTMLElement {
    const form = el('section', 'jc-Sidebar-ask');
    form.appendChild(el('h3', '', 'Ask'));
    const previous = this._frameSelect.value;
    this._frameSelect.textContent = '';
    for (const f of this._model.dataframes) {
      const option = el('option', '', f.name);
      option.value = f.name;
      this._frameSelect.appendChild(option);
    }
    if (previous && this._model.dataframes.some(f => f.name === previous)) {
      this._frameSelect.value = previous;
    }
    const ask = el('button', 'jp-mod-styled jp-mod-accept jc-Sidebar-askButton', 'Ask');
    ask.disabled = this._model.dataframes.length === 0;
    ask.onclick = () => {
      const question = this._question.value.trim();
      if (question && this._frameSelect.value) {
        this._actions.ask(this._frameSelect.value, question);
        this._question.value = '';
      }
    };
    form.append(this._frameSelect, this._question, ask);
    return form;
  }

  private _historyList(): HTMLElement {
    const section = el('section', 'jc-Sidebar-history');
    section.appendChild(el('h3', '', 'History'));
    const list = el('ol', 'jc-Sidebar-historyList');
    for (const entry of [...this._model.history].reverse()) {
      const item = el('li', 'jc-Sidebar-entry');
      item.dataset.id = String(entry.id);
      item.title = 'Show this analysis';
      item.appendChild(el('div', 'jc-Sidebar-entryQuestion', entry.question ?? '(JSON query)'));
      const number = entry.value ? `${entry.label}: ${entry.value} ${entry.interval ?? ''}` : '';
      item.appendChild(el('div', 'jc-Sidebar-entryResult', `${entry.task} · ${number}`));
      item.appendChild(el('div', 'jc-Sidebar-entryTime', `${entry.df_name ?? ''} · ${new Date(entry.time).toLocaleTimeString()}`));
      item.onclick = () => this._actions.show(entry);
      list.appendChild(item);
    }
    if (this._model.history.length === 0) {
      section.appendChild(el('p', 'jc-Sidebar-empty', 'No analysis yet.'));
    }
    section.appendChild(list);
    return section;
  }
}
