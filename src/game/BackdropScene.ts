/**
 * The calm backdrop: warm paper with grain and a few soft coloured clouds, painted in code,
 * plus slowly drifting flecks. Each screen's paper is baked once with a 2D canvas and becomes
 * the page's background (see the class comment); screen changes cross-fade to the next.
 * Nothing here is text; nothing is interactive.
 */
import Phaser from 'phaser';
import { makeTextures } from './textures';
import type { StageScreen, StageSource, StageView } from './view';

type Rgb = readonly [number, number, number];
const C = {
  blue: [0xc4, 0xd7, 0xe8],
  amber: [0xf3, 0xd6, 0xa8],
  green: [0xbd, 0xdf, 0xc7],
  rose: [0xf0, 0xc8, 0xc4],
  sand: [0xe8, 0xd9, 0xbb],
  lilac: [0xd9, 0xd2, 0xea],
} as const satisfies Record<string, Rgb>;

/** Per screen: soft clouds as (x, y, radius) in fractions of the view, and their colour. */
type Layout = Array<[number, number, number, Rgb]>;
const LAYOUTS: Record<Exclude<StageScreen, 'reveal'>, Layout> = {
  boot: [
    [0.08, 0.12, 0.55, C.amber],
    [0.9, 0.08, 0.5, C.blue],
    [0.95, 0.8, 0.55, C.green],
    [0.08, 0.9, 0.5, C.rose],
  ],
  title: [
    [0.05, 0.1, 0.6, C.amber],
    [0.92, 0.05, 0.5, C.blue],
    [0.98, 0.72, 0.6, C.green],
    [0.1, 0.95, 0.55, C.rose],
    [0.6, 1.05, 0.4, C.lilac],
  ],
  round: [
    [0.0, 0.3, 0.5, C.sand],
    [1.0, 0.15, 0.45, C.blue],
    [0.98, 0.95, 0.5, C.lilac],
    [0.05, 1.0, 0.45, C.amber],
  ],
  summary: [
    [0.05, 0.08, 0.55, C.green],
    [0.95, 0.08, 0.55, C.amber],
    [0.95, 0.95, 0.55, C.blue],
    [0.05, 0.95, 0.55, C.rose],
    [0.5, 0.5, 0.35, C.lilac],
  ],
  error: [
    [0.05, 0.08, 0.5, C.rose],
    [0.95, 0.95, 0.5, C.sand],
  ],
};

const PAPER = '#f6f1e6';
/** The backdrop is baked at CSS-pixel resolution, capped (it is soft anyway). */
const BAKE_MAX_SIDE = 1600;

/**
 * The paper is baked with a 2D canvas, encoded once, and set as the page's own background:
 * the root layer is composited on every frame anyway, so a static backdrop there costs
 * nothing per frame. A frame of the game then only draws what moves (drifting flecks,
 * bursts) on a transparent, low-resolution WebGL canvas. Under software GL (school laptops,
 * CI) every full-screen layer that changes costs a full-screen composite, so keeping the
 * paper out of the moving layers is what keeps the reveal smooth.
 *
 * A screen change cross-fades: the old paper is shown on a canvas over the page, the page
 * background switches to the new paper, and the canvas fades out (then leaves the layer tree).
 */
export class BackdropScene extends Phaser.Scene {
  private source!: StageSource;
  private layer!: HTMLElement;
  /** `canvases[cur]` holds the paper on screen; the other one is baked next. */
  private canvases: HTMLCanvasElement[] = [];
  private cur = 0;
  private url: string | null = null;
  private layout: Layout = LAYOUTS.boot;
  private grain: HTMLCanvasElement | null = null;
  private unsubscribe: (() => void) | null = null;
  private reduced = false;
  private flecks!: Phaser.GameObjects.Particles.ParticleEmitter;
  private resizeTimer: Phaser.Time.TimerEvent | null = null;
  private generation = 0;

  constructor() {
    super({ key: 'backdrop', active: false });
  }

  init(data: { source: StageSource; layer: HTMLElement }): void {
    this.source = data.source;
    this.layer = data.layer;
  }

  create(): void {
    makeTextures(this);
    this.grain = makeGrain();
    for (let i = 0; i < 2; i++) {
      const c = document.createElement('canvas');
      c.className = 'backdrop';
      c.setAttribute('aria-hidden', 'true');
      c.addEventListener('animationend', () => c.classList.remove('fading'));
      this.layer.appendChild(c);
      this.canvases.push(c);
    }
    const view = this.source.get();
    this.reduced = view.reducedMotion;
    this.layout = layoutFor(view);
    this.bake(this.canvases[this.cur]!, this.layout);
    this.publish(this.canvases[this.cur]!);

    // Calm motion: a few faint flecks of colour drifting up the paper.
    const { width, height } = this.scale;
    this.flecks = this.add.particles(0, 0, 'dot', {
      x: { min: 0, max: width },
      y: { min: height * 0.2, max: height * 1.05 },
      lifespan: { min: 9000, max: 16000 },
      speedY: { min: -14, max: -5 },
      speedX: { min: -4, max: 4 },
      scale: { min: 0.15, max: 0.5 },
      alpha: { onEmit: () => 0, onUpdate: (_p: unknown, _k: string, t: number) => Math.sin(t * Math.PI) * 0.5 } as never,
      tint: [0xd8b987, 0x9fbcd6, 0x9fcfae, 0xe5a9a3, 0xbcb0dc],
      frequency: 900,
      quantity: 1,
      maxParticles: 24,
    });
    this.flecks.fastForward(12000, 100);
    if (this.reduced) this.flecks.stop(true);

    this.unsubscribe = this.source.subscribe((v, prev) => this.onView(v, prev));
    this.scale.on(Phaser.Scale.Events.RESIZE, this.onResize, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.cleanup());
    this.events.once(Phaser.Scenes.Events.DESTROY, () => this.cleanup());
  }

  private cleanup(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.scale.off(Phaser.Scale.Events.RESIZE, this.onResize, this);
    for (const c of this.canvases) c.remove();
    this.canvases = [];
    document.documentElement.style.removeProperty('background-image');
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = null;
  }

  private onView(v: StageView, prev: StageView): void {
    if (v.reducedMotion !== prev.reducedMotion) {
      this.reduced = v.reducedMotion;
      for (const c of this.canvases) c.classList.remove('shown', 'fading');
      if (this.reduced) this.flecks.stop(true);
      else {
        this.flecks.start();
        this.flecks.fastForward(8000, 100);
      }
    }
    const next = layoutFor(v);
    if (next === this.layout) return;
    this.layout = next;
    this.crossfade();
  }

  /** Shows the old paper on its canvas, switches the page to the new one, fades the canvas out. */
  private crossfade(): void {
    const old = this.canvases[this.cur]!;
    const nxt = this.canvases[1 - this.cur]!;
    this.cur = 1 - this.cur;
    this.bake(nxt, this.layout);
    nxt.classList.remove('shown', 'fading');
    if (this.reduced) {
      old.classList.remove('shown', 'fading');
      this.publish(nxt);
      return;
    }
    old.classList.remove('fading');
    old.classList.add('shown');
    this.publish(nxt, () => {
      // Next frame: start the fade from fully shown.
      requestAnimationFrame(() => {
        old.classList.add('fading');
        old.classList.remove('shown');
      });
    });
  }

  /** Encodes a baked canvas and makes it the page background. */
  private publish(canvas: HTMLCanvasElement, then?: () => void): void {
    const gen = ++this.generation;
    const apply = (url: string) => {
      if (gen !== this.generation) {
        URL.revokeObjectURL(url);
        return;
      }
      const prev = this.url;
      this.url = url;
      document.documentElement.style.backgroundImage = `url("${url}")`;
      // Let the new background decode before dropping the old one.
      window.setTimeout(() => prev && URL.revokeObjectURL(prev), 2000);
      then?.();
    };
    if (canvas.toBlob) canvas.toBlob((b) => b && apply(URL.createObjectURL(b)), 'image/jpeg', 0.9);
  }

  private onResize(size: Phaser.Structs.Size): void {
    this.flecks.updateConfig({ x: { min: 0, max: size.width }, y: { min: size.height * 0.2, max: size.height * 1.05 } } as never);
    this.resizeTimer?.remove(false);
    this.resizeTimer = this.time.delayedCall(200, () => {
      this.resizeTimer = null;
      const c = this.canvases[this.cur]!;
      this.bake(c, this.layout);
      this.publish(c);
    });
  }

  /** Paints paper, clouds and grain into a canvas sized to the window. */
  private bake(canvas: HTMLCanvasElement, layout: Layout): void {
    const ww = Math.max(1, window.innerWidth);
    const wh = Math.max(1, window.innerHeight);
    const k = Math.min(1, BAKE_MAX_SIDE / Math.max(ww, wh));
    const w = Math.round(ww * k);
    const h = Math.round(wh * k);
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
    }
    const ctx = canvas.getContext('2d', { alpha: false });
    if (!ctx) return;
    ctx.fillStyle = PAPER;
    ctx.fillRect(0, 0, w, h);
    const side = Math.max(w, h);
    for (const [x, y, r, rgb] of layout) {
      const cx = x * w;
      const cy = y * h;
      const rad = r * side;
      const g = ctx.createRadialGradient(cx, cy, 0, cx, cy, rad);
      const [cr, cg, cb] = rgb;
      g.addColorStop(0, `rgba(${cr},${cg},${cb},0.85)`);
      g.addColorStop(0.5, `rgba(${cr},${cg},${cb},0.45)`);
      g.addColorStop(1, `rgba(${cr},${cg},${cb},0)`);
      ctx.fillStyle = g;
      ctx.fillRect(cx - rad, cy - rad, rad * 2, rad * 2);
    }
    if (this.grain) {
      const pattern = ctx.createPattern(this.grain, 'repeat');
      if (pattern) {
        ctx.fillStyle = pattern;
        ctx.fillRect(0, 0, w, h);
      }
    }
  }
}

function layoutFor(v: StageView): Layout {
  // The reveal keeps the round's backdrop: its moment belongs to the effects, and a
  // cross-fade there would double the fill cost exactly while the burst animates.
  if (v.screen === 'reveal') return LAYOUTS.round;
  return LAYOUTS[v.screen as Exclude<StageScreen, 'reveal'>] ?? LAYOUTS.boot;
}

/** A tile of paper grain and fibres (a seeded pattern, the same on every load). */
function makeGrain(): HTMLCanvasElement | null {
  const c = document.createElement('canvas');
  c.width = 160;
  c.height = 160;
  const ctx = c.getContext('2d');
  if (!ctx) return null;
  let s = 7;
  const r = () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
  for (let i = 0; i < 1400; i++) {
    const dark = r() < 0.5;
    ctx.fillStyle = dark ? `rgba(90,70,40,${0.04 + r() * 0.05})` : `rgba(255,255,255,${0.15 + r() * 0.25})`;
    ctx.fillRect(Math.floor(r() * 160), Math.floor(r() * 160), 1, 1);
  }
  ctx.lineWidth = 0.6;
  for (let i = 0; i < 14; i++) {
    ctx.strokeStyle = `rgba(120,95,60,${0.03 + r() * 0.04})`;
    const x = r() * 160;
    const y = r() * 160;
    const a = r() * Math.PI;
    const len = 6 + r() * 16;
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.quadraticCurveTo(x + Math.cos(a) * len * 0.5 + 2, y + Math.sin(a) * len * 0.5 - 2, x + Math.cos(a) * len, y + Math.sin(a) * len);
    ctx.stroke();
  }
  return c;
}
