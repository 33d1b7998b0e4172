// The connector's reaction to kernel traffic (run with `jlpm test`). A small stand-in session
// with real lumino signals replays what JupyterLab reports; the real front end is covered by
// tests/test_browser.py.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { ISessionContext } from '@jupyterlab/apputils';
import { KernelMessage } from '@jupyterlab/services';
import { Signal } from '@lumino/signaling';

import { KernelConnector } from '../src/connector';
import { SidebarModel } from '../src/model';

/** What the connector uses of a notebook's session: signals, a kernel that makes comms, executions. */
class FakeSession {
  readonly kernelChanged = new Signal<this, unknown>(this);
  readonly statusChanged = new Signal<this, string>(this);
  readonly iopubMessage = new Signal<this, KernelMessage.IMessage>(this);
  readonly ready = Promise.resolve();
  readonly kernelDisplayStatus = 'idle';
  opened = 0;
  sent: unknown[] = [];
  executed: string[] = [];
  comm: { onClose: (msg: unknown) => void; onMsg: (msg: unknown) => void } | null = null;
  readonly session = {
    kernel: {
      createComm: () => {
        const comm = {
          isDisposed: false,
          onClose: (_: unknown) => undefined,
          onMsg: (_: unknown) => undefined,
          open: () => {
            this.opened++;
          },
          send: (data: unknown) => {
            this.sent.push(data);
          },
          dispose: () => {
            comm.isDisposed = true;
          }
        };
        this.comm = comm;
        return comm;
      },
      requestExecute: (content: { code: string }) => {
        this.executed.push(content.code);
      }
    }
  };

  /** The kernel's idle at the end of a request of `parentType`. */
  idleAfter(parentType: string): void {
    this.statusChanged.emit('busy');
    this.statusChanged.emit('idle');
    this.iopubMessage.emit({
      header: { msg_type: 'status' },
      parent_header: { msg_type: parentType },
      content: { execution_state: 'idle' }
    } as unknown as KernelMessage.IMessage);
  }

  /** The kernel has no comm target: it closes the comm we opened. */
  refuse(): void {
    this.comm?.onClose({});
  }
}

async function connected(): Promise<{ session: FakeSession; model: SidebarModel; connector: KernelConnector }> {
  const session = new FakeSession();
  const model = new SidebarModel();
  const connector = new KernelConnector(model);
  connector.follow(session as unknown as ISessionContext);
  await session.ready;
  await new Promise(resolve => setImmediate(resolve));
  return { session, model, connector };
}

test('opens the comm once the kernel is idle', async () => {
  const { session, model } = await connected();
  assert.equal(session.opened, 1);
  assert.equal(model.status, 'connecting');
});

test('not loaded: its own comm traffic does not make it retry; a finished cell does', async () => {
  const { session, model } = await connected();
  session.refuse();
  assert.equal(model.status, 'not-loaded');
  session.idleAfter('comm_open');
  session.idleAfter('comm_msg');
  session.idleAfter('kernel_info_request');
  assert.equal(session.opened, 1);
  session.idleAfter('execute_request');
  assert.equal(session.opened, 2);
});

test('loaded: a finished cell asks for fresh state, comm traffic does not', async () => {
  const { session } = await connected();
  session.idleAfter('comm_open');
  session.idleAfter('comm_msg');
  assert.equal(session.sent.length, 0);
  session.idleAfter('execute_request');
  assert.equal(session.sent.length, 1);
  assert.equal(session.opened, 1);
});

test('the load button runs %load_ext; the end of that cell reconnects', async () => {
  const { session, model, connector } = await connected();
  session.refuse();
  connector.loadExtension();
  assert.deepEqual(session.executed, ['%load_ext jupyter_causal']);
  assert.equal(model.status, 'not-loaded');
  session.idleAfter('execute_request');
  assert.equal(session.opened, 2);
});
