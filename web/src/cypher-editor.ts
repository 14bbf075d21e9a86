// The Cypher editor of the console: CodeMirror 6 with Neo4j's Cypher language support
// (highlighting, completion of the govkg labels, types and properties). Its code is a chunk of
// its own, loaded when the console first opens (or once the page is idle, see preloadCypherEditor),
// so the page's first render does not parse it. It only edits text; running is the console's job.

import type { EditorApi } from '@neo4j-cypher/codemirror';
import { EDGE_KINDS, NODE_KINDS } from '../../graph/types.js';

export interface CypherEditor {
  getValue(): string;
  setValue(value: string): void;
  focus(): void;
  dispose(): void;
}

export interface CypherEditorOptions {
  value: string;
  onChange(value: string): void;
  /** Ctrl+Enter or Cmd+Enter. */
  onRun(): void;
}

const PROPERTY_KEYS = [
  'key',
  'name',
  'aliases',
  'doc',
  'text',
  'status',
  'section',
  'sentence',
  'start',
  'end',
  'value',
  'unit',
  'subject',
  'qualifier',
  'rank',
  'docType',
  'issuer',
  'jurisdiction',
  'region',
  'year',
  'title',
  'path',
  'level',
  'order',
  'role',
];

let editorCode: Promise<typeof import('./cypher-editor-code.js')> | null = null;

/** Loads the editor's chunk once; a failed load is tried again on the next call. */
export function preloadCypherEditor(): Promise<typeof import('./cypher-editor-code.js')> {
  editorCode ??= import('./cypher-editor-code.js').catch((error: unknown) => {
    editorCode = null;
    throw error;
  });
  return editorCode;
}

/** Mounts the editor into `parent`; resolves once the editor code has loaded. */
export async function mountCypherEditor(parent: HTMLElement, options: CypherEditorOptions): Promise<CypherEditor> {
  const { createCypherEditor } = await preloadCypherEditor();
  // The package's typings say it returns the EditorApi; it returns { editor: EditorApi }.
  const { editor } = createCypherEditor(parent, {
    value: options.value,
    theme: 'light',
    lineNumbers: true,
    lineWrapping: true,
    autocomplete: true,
    lint: false,
    history: true,
    schema: { labels: [...NODE_KINDS], relationshipTypes: [...EDGE_KINDS], propertyKeys: PROPERTY_KEYS },
  }) as unknown as { editor: EditorApi };
  const offChange = editor.onValueChanged((value: string) => options.onChange(value));
  const offKey = editor.onKeyDown((event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      options.onRun();
    }
  });
  return {
    getValue: () => editor.codemirror.state.doc.toString(),
    setValue(value) {
      if (value !== editor.codemirror.state.doc.toString()) editor.setValue(value);
    },
    focus: () => editor.focus(),
    dispose() {
      offChange();
      offKey();
      editor.destroy();
    },
  };
}
