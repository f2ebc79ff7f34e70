/**
 * The player's display settings from the solo game (text size up to 200 %, high contrast,
 * reduced motion, keyboard shortcuts), applied on the classroom pages too: a student who reads
 * at 200 % at home reads the class's questions at 200 %. Read only; the solo game's Settings
 * dialog changes them.
 */
import { createNoticesStore } from '../../state/notices';
import { createSettingsStore, motionReduced, type Settings } from '../../state/settings';
import { browserStorage, createMemoryStorage } from '../../state/storage';

export function applySavedSettings(): Settings {
  const settings = createSettingsStore({ storage: browserStorage() ?? createMemoryStorage(), notices: createNoticesStore(Date.now) }).getState();
  const root = document.documentElement;
  const systemReduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  root.style.setProperty('--text-scale', String(settings.textSize / 100));
  root.dataset.contrast = settings.highContrast ? 'high' : 'normal';
  root.dataset.motion = motionReduced(settings.reducedMotion, systemReduced) ? 'reduced' : 'full';
  return settings;
}
