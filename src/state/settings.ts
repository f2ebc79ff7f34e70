import { persist } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { boolean, number, oneOf, type Guard } from '../core/guard.ts';
import { guardedPersist, type PersistContext, type Salvaged, type SliceSpec } from './persisted.ts';

export type ReducedMotion = 'system' | 'on' | 'off';

/** The player's settings (all persisted). */
export interface Settings {
  /** Sound cues on/off. */
  sound: boolean;
  /** Master volume, 0–1. */
  volume: number;
  /** The music loop on/off (off by default). */
  music: boolean;
  /** 'system' follows `prefers-reduced-motion`; see `motionReduced`. */
  reducedMotion: ReducedMotion;
  /** Text size in percent, 100–200. */
  textSize: number;
  highContrast: boolean;
  /** Ask "sure / not sure" with each answer (applies to games started afterwards). */
  askConfidence: boolean;
  /** Keys 1 2 3 (and others) answer; off for players whose assistive tech sends keys. */
  keyboardShortcuts: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  sound: true,
  volume: 0.8,
  music: false,
  reducedMotion: 'system',
  textSize: 100,
  highContrast: false,
  askConfidence: false,
  keyboardShortcuts: true,
});

export const TEXT_SIZE_MIN = 100;
export const TEXT_SIZE_MAX = 200;

export interface SettingsState extends Settings {
  /**
   * Changes some settings. Values are checked and clamped (volume to 0–1, text size to
   * 100–200, rounded); a value of the wrong type is ignored. Returns the settings applied.
   */
  update(patch: Partial<Settings>): Settings;
  /** Back to the defaults. */
  reset(): void;
}

export type SettingsStore = StoreApi<SettingsState>;

/** Whether motion should be reduced, given the setting and the system preference. */
export function motionReduced(setting: ReducedMotion, systemPrefersReduced: boolean): boolean {
  return setting === 'system' ? systemPrefersReduced : setting === 'on';
}

/** The settings part of a state (what is saved). */
export function pickSettings(s: Settings): Settings {
  return {
    sound: s.sound,
    volume: s.volume,
    music: s.music,
    reducedMotion: s.reducedMotion,
    textSize: s.textSize,
    highContrast: s.highContrast,
    askConfidence: s.askConfidence,
    keyboardShortcuts: s.keyboardShortcuts,
  };
}

const fieldSchemas: { [K in keyof Settings]: Guard<Settings[K]> } = {
  sound: boolean(),
  volume: number({ min: 0, max: 1 }),
  music: boolean(),
  reducedMotion: oneOf(['system', 'on', 'off']),
  textSize: number({ int: true, min: TEXT_SIZE_MIN, max: TEXT_SIZE_MAX }),
  highContrast: boolean(),
  askConfidence: boolean(),
  keyboardShortcuts: boolean(),
};

const FIELD_NAMES: Record<keyof Settings, string> = {
  sound: 'sound',
  volume: 'volume',
  music: 'music',
  reducedMotion: 'reduced motion',
  textSize: 'text size',
  highContrast: 'high contrast',
  askConfidence: 'ask how sure I am',
  keyboardShortcuts: 'keyboard shortcuts',
};

/** Field by field: each valid field is kept, each invalid one is reset. Missing fields take defaults silently. */
export function salvageSettings(data: unknown): Salvaged<Settings> {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { value: {}, dropped: [], usable: false };
  const src = data as Record<string, unknown>;
  const value: Partial<Settings> = {};
  const dropped: string[] = [];
  for (const key of Object.keys(fieldSchemas) as (keyof Settings)[]) {
    if (!(key in src)) continue;
    const r = fieldSchemas[key].safeParse(src[key]);
    if (r.success) (value as Record<string, unknown>)[key] = r.data;
    else dropped.push(FIELD_NAMES[key]);
  }
  // An object that has keys but none of ours is not a settings save.
  const known = Object.keys(src).some((k) => k in fieldSchemas);
  if (!known && Object.keys(src).length > 0) return { value: {}, dropped: [], usable: false };
  return { value, dropped, usable: true };
}

/**
 * Version 0 was the prototype's layout: `{ muted, volume (0–100), textScale (1–2),
 * reducedMotion: boolean, confidence }`. Unknown fields are dropped.
 */
export function migrateSettingsV0(old: unknown): unknown {
  if (!old || typeof old !== 'object') throw new Error('not an object');
  const o = old as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  if (typeof o.muted === 'boolean') out.sound = !o.muted;
  if (typeof o.sound === 'boolean') out.sound = o.sound;
  if (typeof o.volume === 'number') out.volume = o.volume > 1 ? o.volume / 100 : o.volume;
  if (typeof o.music === 'boolean') out.music = o.music;
  if (typeof o.reducedMotion === 'boolean') out.reducedMotion = o.reducedMotion ? 'on' : 'system';
  if (typeof o.textScale === 'number') out.textSize = Math.round(o.textScale * 100);
  if (typeof o.highContrast === 'boolean') out.highContrast = o.highContrast;
  if (typeof o.confidence === 'boolean') out.askConfidence = o.confidence;
  if (typeof o.keyboardShortcuts === 'boolean') out.keyboardShortcuts = o.keyboardShortcuts;
  return out;
}

export const SETTINGS_SLICE: SliceSpec<Settings> = {
  key: 'sourced:settings',
  version: 1,
  label: 'settings',
  plural: true,
  messages: { partlyReset: (dropped) => `Some of your saved settings could not be read and went back to their defaults: ${dropped.join(', ')}.` },
  migrations: { 0: migrateSettingsV0 },
  salvage: salvageSettings,
};

function clean(patch: Partial<Settings>): Partial<Settings> {
  const out: Partial<Settings> = {};
  const p = patch as Record<string, unknown>;
  const put = <K extends keyof Settings>(k: K, v: Settings[K]): void => {
    out[k] = v;
  };
  for (const k of ['sound', 'music', 'highContrast', 'askConfidence', 'keyboardShortcuts'] as const) {
    if (typeof p[k] === 'boolean') put(k, p[k] as boolean);
  }
  if (typeof p.volume === 'number' && Number.isFinite(p.volume)) put('volume', Math.min(1, Math.max(0, p.volume)));
  if (typeof p.textSize === 'number' && Number.isFinite(p.textSize)) {
    put('textSize', Math.round(Math.min(TEXT_SIZE_MAX, Math.max(TEXT_SIZE_MIN, p.textSize))));
  }
  if (p.reducedMotion === 'system' || p.reducedMotion === 'on' || p.reducedMotion === 'off') {
    put('reducedMotion', p.reducedMotion);
  }
  return out;
}

export function createSettingsStore(ctx: PersistContext): SettingsStore {
  const guard = guardedPersist<SettingsState, Settings>(SETTINGS_SLICE, pickSettings, ctx);
  const store = createStore<SettingsState>()(
    persist(
      (set, get) => ({
        ...DEFAULT_SETTINGS,
        update(patch) {
          set(clean(patch));
          return pickSettings(get());
        },
        reset() {
          set({ ...DEFAULT_SETTINGS });
        },
      }),
      guard.options,
    ),
  );
  guard.afterCreate(store);
  return store;
}
