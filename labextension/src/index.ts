import { JupyterFrontEnd, JupyterFrontEndPlugin } from '@jupyterlab/application';
import { INotebookTracker, NotebookActions, NotebookPanel } from '@jupyterlab/notebook';
import { LabIcon } from '@jupyterlab/ui-components';

import { ISidebarActions, SidebarWidget } from './components';
import { KernelConnector } from './connector';
import { SidebarModel } from './model';
import { IEntry } from './tokens';

/** A small graph (three nodes, two arrows) as the sidebar's icon. */
const causalIcon = new LabIcon({
  name: 'jupyter-causal:graph',
  svgstr:
    '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">' +
    '<g class="jp-icon3" fill="#616161"><circle cx="3" cy="3" r="2"/><circle cx="3" cy="13" r="2"/><circle cx="13" cy="8" r="2"/>' +
    '<path d="M4.6 4.1 11 7.2l-.4.9L4.2 5z M4.2 11l6.4-3.1.4.9-6.4 3.1z"/></g></svg>'
});

/** Insert a cell below the active one with `source` and run it. */
async function runBelow(panel: NotebookPanel, source: string): Promise<void> {
  const notebook = panel.content;
  NotebookActions.insertBelow(notebook);
  notebook.activeCell?.model.sharedModel.setSource(source);
  await NotebookActions.run(notebook, panel.sessionContext);
}

function actionsFor(tracker: INotebookTracker, connector: KernelConnector): ISidebarActions {
  return {
    ask: (dataframe: string, question: string) => {
      if (tracker.currentWidget) {
        void runBelow(tracker.currentWidget, `%%causal ${dataframe}\n${question}`);
      }
    },
    loadExtension: () => connector.loadExtension(),
    show: (entry: IEntry) => {
      const panel = tracker.currentWidget;
      if (!panel) {
        return;
      }
      const notebook = panel.content;
      const index = notebook.widgets.findIndex(cell => cell.model.id === entry.cell_id);
      if (index >= 0) {
        notebook.activeCellIndex = index;
        void notebook.scrollToItem(index, 'center');
      } else {
        void runBelow(panel, `%causal_history ${entry.id}`);
      }
    }
  };
}

const plugin: JupyterFrontEndPlugin<void> = {
  id: 'jupyter-causal:sidebar',
  description: 'DataFrames in the kernel, an ask form and the history of causal analyses.',
  autoStart: true,
  requires: [INotebookTracker],
  activate: (app: JupyterFrontEnd, tracker: INotebookTracker) => {
    const model = new SidebarModel();
    const connector = new KernelConnector(model);
    const sidebar = new SidebarWidget(model, actionsFor(tracker, connector));
    sidebar.title.icon = causalIcon;
    app.shell.add(sidebar, 'left', { rank: 650 });
    const follow = () => connector.follow(tracker.currentWidget?.sessionContext ?? null);
    tracker.currentChanged.connect(follow);
    follow();
  }
};

export default plugin;
