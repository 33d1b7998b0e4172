// State transitions of the sidebar model (run with `jlpm test`: compiled to CommonJS, node's test runner).
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { SidebarModel } from '../src/model';
import { IEntry, PROTOCOL_VERSION } from '../src/tokens';

function entry(id: number): IEntry {
  return {
    id,
    question: `question ${id}`,
    task: 'ATE',
    label: 'effect',
    value: '1.5',
    interval: '[1, 2]',
    df_name: 'df',
    cell_id: `cell-${id}`,
    time: '2026-01-01T00:00:00+00:00'
  };
}

function state(history: IEntry[]) {
  return { type: 'state', version: PROTOCOL_VERSION, dataframes: [{ name: 'df', rows: 10, columns: 3 }], history };
}

function ready(): SidebarModel {
  const model = new SidebarModel();
  model.notebookChanged(true);
  model.handleMessage(state([entry(1)]));
  return model;
}

test('starts with no notebook, then waits for the kernel', () => {
  const model = new SidebarModel();
  assert.equal(model.status, 'no-notebook');
  model.notebookChanged(true);
  assert.equal(model.status, 'connecting');
});

test('a state message makes it ready with the DataFrames and history', () => {
  const model = ready();
  assert.equal(model.status, 'ready');
  assert.deepEqual(
    model.dataframes.map(f => f.name),
    ['df']
  );
  assert.equal(model.history.length, 1);
});

test('analysis messages append once, in order, and emit changed', () => {
  const model = ready();
  let emitted = 0;
  model.changed.connect(() => emitted++);
  model.handleMessage({ type: 'analysis', version: PROTOCOL_VERSION, entry: entry(2) });
  model.handleMessage({ type: 'analysis', version: PROTOCOL_VERSION, entry: entry(2) });
  assert.deepEqual(
    model.history.map(e => e.id),
    [1, 2]
  );
  assert.equal(emitted, 2);
});

test('another protocol version is refused with a visible message', () => {
  const model = ready();
  model.handleMessage({ type: 'analysis', version: PROTOCOL_VERSION + 1, entry: entry(2) });
  assert.equal(model.status, 'version-mismatch');
  assert.match(model.message, /protocol version 2/);
  assert.equal(model.history.length, 1);
});

test('a closed comm means the extension is not loaded; a kernel change forgets the old state', () => {
  const model = ready();
  model.kernelChanged();
  assert.equal(model.status, 'connecting');
  assert.equal(model.history.length, 0);
  model.commClosed();
  assert.equal(model.status, 'not-loaded');
});

test('kernel status: busy is a flag, dead resets', () => {
  const model = ready();
  model.kernelStatusChanged('busy');
  assert.equal(model.busy, true);
  assert.equal(model.status, 'ready');
  model.kernelStatusChanged('idle');
  assert.equal(model.busy, false);
  model.kernelStatusChanged('unknown');
  assert.equal(model.status, 'ready');
  model.kernelStatusChanged('dead');
  assert.equal(model.status, 'dead');
  model.commClosed();
  assert.equal(model.status, 'dead');
});

test('closing the notebook goes back to no-notebook; junk messages are ignored', () => {
  const model = ready();
  model.handleMessage(null);
  model.handleMessage({ type: 'nonsense', version: PROTOCOL_VERSION });
  assert.equal(model.status, 'ready');
  model.notebookChanged(false);
  assert.equal(model.status, 'no-notebook');
  assert.equal(model.dataframes.length, 0);
});
