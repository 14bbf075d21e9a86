// Progress of a run over many files: on a terminal, one bar redrawn in place (files done of the
// total, characters per second, time left); otherwise nothing but the lines the caller prints.

export interface Progress {
  /** Records a file as done, with the characters it held (0 when it was not read). */
  fileDone(file: string, chars: number): void;
  /** Prints a line above the bar. */
  line(text: string): void;
  /** Clears the bar. */
  end(): void;
}

export interface ProgressOptions {
  /** Byte size of each file, to estimate the time left. */
  sizes: Map<string, number>;
  write: (text: string) => void;
  /** Draw the bar (a terminal); else only lines. */
  tty: boolean;
  /** Clock in ms. Default: performance.now. */
  now?: () => number;
}

const WIDTH = 24;

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.max(0, Math.round(seconds));
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/** The bar's text: `[####....] 12/146 files  0.41 M chars/s  ETA 42s`. */
export function progressBar(done: number, total: number, charsPerSecond: number, etaSeconds: number): string {
  const filled = total === 0 ? WIDTH : Math.round((done / total) * WIDTH);
  const rate =
    charsPerSecond >= 1e6 ? `${(charsPerSecond / 1e6).toFixed(2)} M` : `${Math.round(charsPerSecond / 1e3)} k`;
  const eta = done >= total ? 'done' : `ETA ${duration(etaSeconds)}`;
  return `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total} files  ${rate} chars/s  ${eta}`;
}

export function createProgress(options: ProgressOptions): Progress {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const total = options.sizes.size;
  const totalBytes = [...options.sizes.values()].reduce((a, b) => a + b, 0);
  let done = 0;
  let doneBytes = 0;
  let chars = 0;
  let bar = '';
  const draw = () => {
    if (!options.tty) return;
    const seconds = (now() - started) / 1000;
    const eta = doneBytes > 0 ? (seconds * (totalBytes - doneBytes)) / doneBytes : Number.POSITIVE_INFINITY;
    bar = progressBar(done, total, seconds > 0 ? chars / seconds : 0, eta);
    options.write(`\r\x1b[K${bar}`);
  };
  return {
    fileDone(file, fileChars) {
      done++;
      doneBytes += options.sizes.get(file) ?? 0;
      chars += fileChars;
      draw();
    },
    line(text) {
      options.write(options.tty && bar ? `\r\x1b[K${text}\n` : `${text}\n`);
      if (bar) options.write(`\r\x1b[K${bar}`);
    },
    end() {
      if (options.tty && bar) options.write('\r\x1b[K');
      bar = '';
    },
  };
}
