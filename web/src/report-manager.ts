// Adding and removing reports from the page: a menu beside the report switcher lists the reports
// with a remove action (confirmed first), a file picker, a drop zone over the whole page and one
// progress line per file (upload → read → extract → load). The uploads outlive a re-render.

import { ApiError, api, type DocumentSummary, type UploadJob, type UploadSettings, type UploadStage } from './api.js';
import { h } from './dom.js';
import { errorMessage } from './error-message.js';
import { type MessageKey, t } from './i18n.js';

export interface ReportManagerOptions {
  documents: () => DocumentSummary[];
  /** After a report was added or removed: the page reloads its report list and graph. */
  onChanged: (change: { added?: string; removed?: string }) => Promise<void>;
}

interface Upload {
  id: number;
  file: string;
  stage: UploadStage;
  /** Why it failed, in the page's words and the server's (which names the file). */
  error?: { text: string; detail: string };
  status?: string;
}

/** Steps of an upload, for its progress bar. */
const STEPS: UploadStage[] = ['upload', 'queued', 'read', 'extract', 'load', 'done'];
const POLL_MS = 300;

const uploads: Upload[] = [];
const listeners = new Set<() => void>();
let nextId = 1;
let settings: Promise<UploadSettings> | null = null;

function changed(): void {
  for (const listener of listeners) listener();
}

function fail(upload: Upload, error: unknown): void {
  const message = errorMessage(error);
  upload.stage = 'failed';
  upload.error = { text: message.text, detail: message.detail };
}

async function follow(upload: Upload, job: UploadJob): Promise<UploadJob> {
  let current = job;
  while (current.stage !== 'done' && current.stage !== 'failed') {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    current = (await api.job(current.id)).job;
    if (current.stage !== upload.stage) {
      upload.stage = current.stage;
      changed();
    }
  }
  return current;
}

/** Sends one file and follows its job to the end; a failure stays on its line, naming the file. */
async function send(file: File, options: ReportManagerOptions): Promise<void> {
  const upload: Upload = { id: nextId++, file: file.name, stage: 'upload' };
  uploads.unshift(upload);
  uploads.splice(20);
  changed();
  try {
    const job = await follow(upload, (await api.upload(file)).job);
    if (job.stage === 'failed') {
      fail(upload, new ApiError(job.error?.code ?? 'UNKNOWN', job.error?.message ?? ''));
    } else {
      upload.status = job.status;
      await options.onChanged({ added: job.doc });
    }
  } catch (error) {
    fail(upload, error);
  }
  changed();
}

function stageText(upload: Upload): string {
  if (upload.stage === 'done' && upload.status === 'unchanged') return t('reports.stage.unchanged');
  return t(`reports.stage.${upload.stage}` as MessageKey);
}

function uploadLine(upload: Upload): HTMLElement {
  const step = upload.stage === 'failed' ? 0 : STEPS.indexOf(upload.stage);
  return h(
    'li',
    { class: 'upload', 'data-stage': upload.stage, 'data-file': upload.file },
    h('span', { class: 'upload-file' }, upload.file),
    upload.stage === 'failed'
      ? null
      : h('progress', { max: String(STEPS.length - 1), value: String(Math.max(step, 0)) }),
    h('span', { class: 'upload-stage' }, stageText(upload)),
    upload.error ? h('span', { class: 'upload-error', role: 'alert' }, upload.error.text) : null,
    upload.error?.detail ? h('code', { class: 'upload-detail' }, upload.error.detail) : null,
  );
}

function reportLine(doc: DocumentSummary, enabled: boolean, options: ReportManagerOptions): HTMLElement {
  const id = doc.key.replace(/^Document:/, '');
  const line = h('li', { class: 'report', 'data-doc': id });
  const label = h('span', { class: 'report-label' }, `${doc.region || ''} ${doc.year ?? ''} ${doc.name}`.trim());
  const actions = h('span', { class: 'report-actions' });
  const ask = () => {
    const confirm = h('button', { type: 'button', class: 'danger confirm-remove' }, t('reports.confirm'));
    const cancel = h('button', { type: 'button', class: 'cancel-remove', onclick: idle }, t('reports.cancel'));
    confirm.addEventListener('click', async () => {
      confirm.setAttribute('disabled', '');
      actions.replaceChildren(h('span', { class: 'report-removing' }, t('reports.removing')));
      try {
        await api.removeDocument(id);
        await options.onChanged({ removed: id });
      } catch (error) {
        actions.replaceChildren(h('span', { class: 'upload-error', role: 'alert' }, errorMessage(error).text));
      }
    });
    actions.replaceChildren(confirm, cancel);
    confirm.focus();
  };
  function idle(): void {
    actions.replaceChildren(
      enabled
        ? h(
            'button',
            { type: 'button', class: 'remove-report', title: t('reports.removeTitle'), onclick: ask },
            t('reports.remove'),
          )
        : '',
    );
  }
  idle();
  line.append(label, actions);
  return line;
}

/** True when a drag carries files (not text or a link dragged inside the page). */
const carriesFiles = (event: DragEvent) => [...(event.dataTransfer?.types ?? [])].includes('Files');

export function mountReportManager(root: HTMLElement, options: ReportManagerOptions): () => void {
  settings ??= api.uploadSettings().catch(() => ({ enabled: false, maxBytes: 0, formats: [] }));
  const input = h('input', {
    type: 'file',
    multiple: '',
    hidden: '',
    id: 'report-files',
    'aria-label': t('reports.add'),
  });
  const uploadList = h('ul', { class: 'uploads', 'aria-live': 'polite' });
  const reportList = h('ul', { class: 'reports' });
  const addButton = h(
    'button',
    { type: 'button', class: 'add-reports', onclick: () => input.click() },
    t('reports.add'),
  );
  const hint = h('p', { class: 'hint drop-hint' }, t('reports.dropHint'));
  const panel = h(
    'div',
    { class: 'reports-panel', role: 'dialog', 'aria-label': t('reports.title'), hidden: '' },
    h('h3', {}, t('reports.title')),
    reportList,
    h('div', { class: 'reports-add' }, addButton, input, hint),
    uploadList,
  );
  const toggle = h(
    'button',
    { type: 'button', class: 'reports-toggle', 'aria-expanded': 'false' },
    t('reports.manage'),
  );
  toggle.addEventListener('click', () => {
    panel.hidden = !panel.hidden;
    toggle.setAttribute('aria-expanded', String(!panel.hidden));
  });
  root.replaceChildren(toggle, panel);
  let enabled = false;

  const render = () => {
    const docs = options.documents();
    reportList.replaceChildren(
      ...(docs.length === 0 ? [h('li', { class: 'hint' }, t('reports.none'))] : []),
      ...docs.map((doc) => reportLine(doc, enabled, options)),
    );
    uploadList.replaceChildren(...uploads.map(uploadLine));
  };
  const addFiles = (files: Iterable<File>) => {
    panel.hidden = false;
    toggle.setAttribute('aria-expanded', 'true');
    for (const file of files) void send(file, options);
  };
  input.addEventListener('change', () => {
    addFiles([...(input.files ?? [])]);
    input.value = '';
  });

  const onDragOver = (event: DragEvent) => {
    if (!enabled || !carriesFiles(event)) return;
    event.preventDefault();
    document.body.dataset.dropping = 'true';
  };
  const onDragLeave = (event: DragEvent) => {
    if (event.relatedTarget === null) delete document.body.dataset.dropping;
  };
  const onDrop = (event: DragEvent) => {
    delete document.body.dataset.dropping;
    if (!enabled || !carriesFiles(event)) return;
    event.preventDefault();
    addFiles([...(event.dataTransfer?.files ?? [])]);
  };
  document.addEventListener('dragover', onDragOver);
  document.addEventListener('dragleave', onDragLeave);
  document.addEventListener('drop', onDrop);
  listeners.add(render);
  let disposed = false;
  void settings.then((s) => {
    if (disposed) return;
    enabled = s.enabled;
    input.setAttribute('accept', s.formats.join(','));
    addButton.hidden = !enabled;
    hint.textContent = enabled ? t('reports.dropHint') : t('reports.readOnly');
    root.dataset.writable = String(enabled);
    render();
  });
  render();
  return () => {
    disposed = true;
    listeners.delete(render);
    document.removeEventListener('dragover', onDragOver);
    document.removeEventListener('dragleave', onDragLeave);
    document.removeEventListener('drop', onDrop);
  };
}

/** Redraws the report list (after the page reloaded it). */
export function refreshReportManager(): void {
  changed();
}
