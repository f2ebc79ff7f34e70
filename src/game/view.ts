/**
 * What the stage needs to know, derived from the stores by the app (see src/ui/app.ts).
 * Phaser-free, so the UI can import the types without pulling Phaser in.
 */
export type StageScreen = 'boot' | 'title' | 'round' | 'reveal' | 'summary' | 'error';

export interface StageView {
  screen: StageScreen;
  /** Changes for every new reveal (e.g. `<session id>:<answer count>`), null otherwise. */
  revealKey: string | null;
  result: 'right' | 'wrong' | null;
  /** The answer just given reached a streak milestone. */
  streak: boolean;
  /** Changes when a session reaches its summary (session id), null otherwise. */
  finishKey: string | null;
  reducedMotion: boolean;
  highContrast: boolean;
}

export interface StageSource {
  get(): StageView;
  subscribe(listener: (view: StageView, prev: StageView) => void): () => void;
}

export interface StageHandle {
  renderer: 'webgl' | 'canvas';
  /** The Phaser.Game (typed loosely so the UI does not import Phaser's types). */
  game: unknown;
  destroy(): void;
}
