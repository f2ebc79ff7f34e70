/**
 * Packs are checked off the event loop. Validating the largest pack the classroom accepts
 * (8 MB) takes about half a second, and every room of the process would stand still meanwhile
 * (answers, reveals, reconnections); uploads are checked in turn on one worker thread instead,
 * with the same validator as the content tools.
 */
import { Worker } from 'node:worker_threads';
import type { ValidationResult } from '../core/pack/index.ts';

// The server runs its TypeScript through tsx; a worker thread has to ask tsx for its module too.
const TSX_API = import.meta.resolve('tsx/esm/api');
const ENTRY = new URL('./pack-check.worker.ts', import.meta.url).href;
const BOOT = `import(${JSON.stringify(TSX_API)}).then(({ tsImport }) => tsImport(${JSON.stringify(ENTRY)}, ${JSON.stringify(import.meta.url)}))`;

interface Pending {
  resolve(result: ValidationResult): void;
  reject(error: Error): void;
}

export class PackChecker {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  check(text: string): Promise<ValidationResult> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    worker.ref();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, text });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private start(): Worker {
    const worker = new Worker(BOOT, { eval: true });
    worker.on('message', ({ id, result }: { id: number; result: ValidationResult }) => {
      this.pending.get(id)?.resolve(result);
      this.pending.delete(id);
      // An idle checker does not keep the process alive.
      if (this.pending.size === 0) worker.unref();
    });
    // A thread that fails (out of memory on a hostile pack, say) fails the packs it held; the next upload gets a new one.
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`The pack checker stopped (exit code ${code}).`)));
    this.worker = worker;
    return worker;
  }
}
