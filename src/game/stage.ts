/**
 * The Phaser stage behind the DOM: one game, two scenes (backdrop, effects), started once
 * and never restarted. Input is off entirely (the DOM owns every control, and Phaser's key
 * capture would break Space/Enter on buttons); sound is Howler's job, so Phaser has none.
 *
 * The paper backdrop is baked into plain 2D canvases under the WebGL canvas (see
 * BackdropScene); the WebGL canvas is transparent, holds only what moves, and renders at a
 * capped resolution (640 px on its long side) stretched by CSS. Under software GL the cost
 * of a frame is mostly the WebGL canvas' size, so this keeps the reveal smooth anywhere.
 */
import Phaser from 'phaser';
import { BackdropScene } from './BackdropScene';
import { EffectsScene } from './EffectsScene';
import type { StageHandle, StageSource, StageView } from './view';

const MAX_SIDE = 640;
/** Frame rate while only the backdrop drifts; effects run uncapped. */
const IDLE_FPS = 15;

function gameSize(): { w: number; h: number } {
  const ww = Math.max(1, window.innerWidth);
  const wh = Math.max(1, window.innerHeight);
  const k = Math.min(1, MAX_SIDE / Math.max(ww, wh));
  return { w: Math.max(1, Math.round(ww * k)), h: Math.max(1, Math.round(wh * k)) };
}

export function createStage(parent: HTMLElement, source: StageSource): Promise<StageHandle> {
  const { w, h } = gameSize();
  // The layer that holds the cross-fade canvases of the backdrop (BackdropScene), under the WebGL canvas.
  const layer = document.createElement('div');
  layer.className = 'backdrop-layer';
  parent.prepend(layer);
  return new Promise((resolve, reject) => {
    let game: Phaser.Game;
    try {
      game = new Phaser.Game({
        type: Phaser.WEBGL,
        parent,
        width: w,
        height: h,
        transparent: true,
        banner: false,
        audio: { noAudio: true },
        input: { keyboard: false, mouse: false, touch: false, gamepad: false },
        disableContextMenu: false,
        scale: { mode: Phaser.Scale.NONE, autoRound: true },
        render: { antialias: true, antialiasGL: false, powerPreference: 'low-power', pixelArt: false },
        fps: { limit: IDLE_FPS },
        scene: [],
        callbacks: {
          postBoot: (g) => {
            const back = new BackdropScene();
            const fx = new EffectsScene();
            g.scene.add('backdrop', back, true, { source, layer });
            g.scene.add('effects', fx, true, { source });
            fx.onBusy = (busy) => {
              if (!still(source.get())) g.loop.setFPSLimit(busy ? 0 : IDLE_FPS);
            };
            applyMotion(g, still(source.get()));
            resolve(handle(g));
          },
        },
      });
    } catch (e) {
      layer.remove();
      reject(e);
      return;
    }

    const canvas = game.canvas;
    if (canvas) {
      canvas.setAttribute('aria-hidden', 'true');
      canvas.setAttribute('tabindex', '-1');
    }

    let resizeFrame = 0;
    const onResize = () => {
      cancelAnimationFrame(resizeFrame);
      resizeFrame = requestAnimationFrame(() => {
        const s = gameSize();
        game.scale.resize(s.w, s.h);
        if (still(source.get())) wakeOnce(game);
      });
    };
    window.addEventListener('resize', onResize);

    const unsub = source.subscribe((v, prev) => {
      if (still(v) !== still(prev)) applyMotion(game, still(v));
      else if (still(v) && (v.screen !== prev.screen || v.revealKey !== prev.revealKey)) wakeOnce(game);
    });

    function handle(g: Phaser.Game): StageHandle {
      return {
        renderer: g.renderer && g.renderer.type === Phaser.WEBGL ? 'webgl' : 'canvas',
        game: g,
        destroy() {
          unsub();
          window.removeEventListener('resize', onResize);
          g.destroy(true);
          layer.remove();
        },
      };
    }
  });
}

/** Reduced motion, or high contrast (which hides the stage): nothing should keep moving. */
function still(v: StageView): boolean {
  return v.reducedMotion || v.highContrast;
}

/** A still stage: draw a few frames for the new layout, then stop the loop entirely. */
function applyMotion(game: Phaser.Game, reduced: boolean): void {
  if (reduced) wakeOnce(game);
  else {
    game.loop.setFPSLimit(IDLE_FPS);
    if (!game.loop.running) game.loop.wake();
  }
}

let sleepTimer = 0;
function wakeOnce(game: Phaser.Game): void {
  if (!game.loop.running) game.loop.wake();
  window.clearTimeout(sleepTimer);
  sleepTimer = window.setTimeout(() => {
    if (game.loop.running) game.loop.sleep();
  }, 250);
}
