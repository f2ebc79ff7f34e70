/** The pack checker's thread (see pack-check.ts): the project's validator, one pack at a time. */
import { parentPort } from 'node:worker_threads';
import { parsePack } from '../core/pack/index.ts';

parentPort!.on('message', ({ id, text }: { id: number; text: string }) => {
  parentPort!.postMessage({ id, result: parsePack(text) });
});
