/**
 * Public entry of the audio module. Only the service shell and the cue names are exported
 * here: the synthesiser and Howler stay behind the service's dynamic import so they are
 * never part of the initial bundle. (Tools and tests import `synth.ts` directly.)
 */
export { CUES, isCue, type Cue } from './cues.ts';
export {
  createFakeAudio,
  createHowlerAudio,
  DEFAULT_SETTINGS,
  type AudioService,
  type AudioSettings,
  type FakeAudio,
  type FakeCall,
  type HowlerAudioOptions,
} from './service.ts';
