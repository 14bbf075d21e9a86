// Questions across reports: four questions in the page's scope (report, jurisdiction with or
// without the levels below, years, all), each one click, each with its Cypher shown.

import { api, type Template, templates } from '../api.js';
import { errorBlock, h, stateBlock } from '../dom.js';
import { viewFrame } from './common.js';
import type { AppContext, MountedView } from './context.js';
import {
  QUESTIONS,
  type QuestionInputs,
  type QuestionName,
  question,
  questionInputs,
  runQuestion,
} from './corpus-questions.js';

/** Kept while the page lives: the inputs follow the user from question to question. */
let inputs: QuestionInputs | null = null;

function defaultInputs(all: Template[], ctx: AppContext, indicators: { name: string }[]): QuestionInputs {
  const param = (name: string, key: string) => String(all.find((t) => t.name === name)?.params[key] ?? '');
  const docs = [...ctx.documents()].map((d) => d.key.replace(/^Document:/, ''));
  return {
    program: param('program-timeline', 'program'),
    indicator: indicators.some((i) => i.name === param('indicator-series', 'indicator'))
      ? param('indicator-series', 'indicator')
      : (indicators[0]?.name ?? ''),
    measure: 'growth',
    a: docs.at(-2) ?? docs[0] ?? '',
    b: docs.at(-1) ?? '',
  };
}

export function mountCorpusView(container: HTMLElement, ctx: AppContext, arg: string | null): MountedView {
  const body = viewFrame(
    container,
    'corpus',
    '跨报告 Across reports',
    'Questions over the reports in the scope: pick a scope above, then a question.',
  );
  let disposed = false;
  let run = 0;
  let current: QuestionName = QUESTIONS.some((q) => q.name === arg) ? (arg as QuestionName) : 'program-timeline';
  const scopeBox = h('div', { class: 'corpus-scope-box' });
  const tabs = h('div', { class: 'corpus-tabs', role: 'tablist' });
  const inputsBox = h('div');
  const result = h('div', { class: 'view-result corpus-result' });
  body.append(scopeBox, tabs, inputsBox, result);
  let all: Template[] = [];
  let indicators: { name: string; reports: number }[] = [];

  const show = async (name: QuestionName) => {
    const mine = ++run;
    current = name;
    ctx.setArg(name);
    for (const button of tabs.querySelectorAll('button'))
      button.setAttribute('aria-selected', String(button.dataset.question === name));
    if (!inputs) return;
    inputsBox.replaceChildren(questionInputs(name, inputs, ctx.documents(), indicators, () => void show(current)));
    result.replaceChildren(stateBlock('loading'));
    result.dataset.state = 'loading';
    try {
      const parts = await runQuestion(ctx, name, question(name, ctx.scope.get(), inputs), all);
      if (disposed || mine !== run) return;
      result.replaceChildren(...parts);
      result.dataset.state = 'ready';
      result.dataset.question = name;
    } catch (error) {
      if (!disposed && mine === run) result.replaceChildren(errorBlock(error, () => void show(name)));
    }
  };

  for (const q of QUESTIONS)
    tabs.append(
      h('button', { type: 'button', role: 'tab', 'data-question': q.name, onclick: () => void show(q.name) }, q.label),
    );

  const load = async () => {
    try {
      const [templateList, found] = await Promise.all([
        templates(),
        api.corpus<{ indicators: { name: string; reports: number }[] }>('indicators'),
      ]);
      if (disposed) return;
      all = templateList;
      indicators = found.indicators;
      inputs ??= defaultInputs(all, ctx, indicators);
      void show(current);
    } catch (error) {
      if (!disposed) scopeBox.replaceChildren(errorBlock(error, () => void load()));
    }
  };
  void load();
  return {
    dispose() {
      disposed = true;
    },
  };
}
