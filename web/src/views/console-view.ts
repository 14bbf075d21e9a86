// Use case 4, the Cypher console: an editor with Cypher highlighting, the named templates as
// examples, a read-only run through the API, results as a table and, when they hold nodes or
// paths, as the main view's graph. Errors, refused writes included, show Neo4j's message inline.

import { ApiError, api, type Template, templates } from '../api.js';
import { type CypherEditor, mountCypherEditor } from '../cypher-editor.js';
import { errorBlock, h, stateBlock } from '../dom.js';
import { t } from '../i18n.js';
import { edit, editParams, failed, parseParams, started, succeeded, useTemplate } from '../state/query-state.js';
import { resultTable, viewFrame } from './common.js';
import type { AppContext, MountedView } from './context.js';

function examples(list: HTMLElement, pick: (template: Template) => void): void {
  templates()
    .then((all) =>
      list.replaceChildren(
        ...all.map((template) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                class: 'link',
                title: template.description,
                'data-template': template.name,
                onclick: () => pick(template),
              },
              template.title,
            ),
          ),
        ),
      ),
    )
    .catch((error: unknown) => list.replaceChildren(errorBlock(error, () => examples(list, pick))));
}

function renderOutcome(ctx: AppContext, box: HTMLElement, retry: () => void): void {
  const q = ctx.query.get();
  if (q.status === 'idle') return void box.replaceChildren();
  if (q.status === 'running') return void box.replaceChildren(stateBlock('loading'));
  if (q.status === 'error' && q.error) {
    const error = new ApiError(q.error.code, q.error.message);
    return void box.replaceChildren(
      h('div', { class: 'query-error', 'data-code': q.error.code }, errorBlock(error, retry)),
    );
  }
  const result = q.result;
  if (!result) return;
  box.replaceChildren(
    result.graph.nodes.length > 0
      ? h(
          'p',
          { class: 'note graph-note' },
          t('console.graphShown', { nodes: result.graph.nodes.length }),
          result.connected > 0 ? ` ${t('console.connected', { edges: result.connected })}` : '',
        )
      : '',
    result.rows.length === 0
      ? stateBlock('empty')
      : resultTable({
          columns: result.columns,
          rows: result.rows,
          name: q.template ?? 'query',
          truncated: result.truncated,
        }),
  );
}

/** Runs the console's query through the API and records the outcome; a graph result fills the main view. */
async function runQuery(ctx: AppContext, text: string, paramsText: string): Promise<void> {
  ctx.query.update((q) => editParams(edit(q, text), paramsText));
  const parsed = parseParams(paramsText);
  if ('error' in parsed) {
    const error = { code: 'BAD_PARAMS', message: parsed.error };
    ctx.query.update((q) => failed(started(q), q.run + 1, error));
    return;
  }
  ctx.query.update(started);
  const mine = ctx.query.get().run;
  try {
    const result = await api.cypher(text, parsed.params);
    ctx.query.update((q) => succeeded(q, mine, result));
    if (ctx.query.get().run === mine && result.graph.nodes.length > 0) ctx.showQueryGraph(result.graph);
  } catch (error) {
    const code = error instanceof ApiError ? error.code : 'NETWORK';
    ctx.query.update((q) => failed(q, mine, { code, message: error instanceof Error ? error.message : String(error) }));
  }
}

/** The console's parts: editor slot, parameters, run button, outcome and examples. */
function consoleLayout(container: HTMLElement, paramsText: string) {
  const body = viewFrame(container, 'console', t('console.title'), t('console.intro'));
  const editorBox = h(
    'div',
    { class: 'editor', id: 'cypher-editor' },
    stateBlock('loading', t('console.editorLoading')),
  );
  const params = h('textarea', {
    id: 'cypher-params',
    rows: '2',
    spellcheck: 'false',
    'aria-label': t('console.params'),
  });
  params.value = paramsText;
  const runButton = h('button', { type: 'button', id: 'run-query', class: 'primary' }, `${t('console.run')} ▶`);
  const outcome = h('div', { class: 'query-outcome' });
  const exampleList = h('ul', { class: 'examples' });
  body.append(
    editorBox,
    h('label', { class: 'params-label' }, h('span', {}, t('console.params')), params),
    h('div', { class: 'actions' }, runButton),
    outcome,
    h('h3', {}, t('console.examples')),
    exampleList,
  );
  return { editorBox, params, runButton, outcome, exampleList };
}

export function mountConsoleView(container: HTMLElement, ctx: AppContext, initial: boolean): MountedView {
  const { editorBox, params, runButton, outcome, exampleList } = consoleLayout(container, ctx.query.get().params);
  let editor: CypherEditor | null = null;
  let disposed = false;

  const run = () => runQuery(ctx, editor?.getValue() ?? ctx.query.get().text, params.value);

  const unsubscribe = ctx.query.subscribe((q, previous) => {
    if (q.status !== previous.status || q.result !== previous.result || q.error !== previous.error)
      renderOutcome(ctx, outcome, () => void run());
    if (q.text !== previous.text) editor?.setValue(q.text);
    if (q.params !== previous.params && params.value !== q.params) params.value = q.params;
  });
  renderOutcome(ctx, outcome, () => void run());
  runButton.addEventListener('click', () => void run());
  params.addEventListener('input', () => ctx.query.update((q) => editParams(q, params.value)));
  examples(exampleList, (template) => {
    ctx.query.update((q) => useTemplate(q, template));
    ctx.setArg(template.name);
    editor?.focus();
  });

  mountCypherEditor(editorBox, {
    value: ctx.query.get().text,
    onChange: (value) => ctx.query.update((q) => edit(q, value)),
    onRun: () => void run(),
  })
    .then((mounted) => {
      if (disposed) return mounted.dispose();
      editor = mounted;
      // The text may have changed while the editor's code loaded.
      mounted.setValue(ctx.query.get().text);
      editorBox.querySelector('.state')?.remove();
      editorBox.dataset.ready = 'true';
      // A link to the console reopens its result: run the linked query once.
      if (initial && ctx.query.get().status === 'idle') void run();
    })
    .catch((error: unknown) => editorBox.replaceChildren(errorBlock(error)));
  return {
    dispose() {
      disposed = true;
      unsubscribe();
      editor?.dispose();
    },
  };
}
