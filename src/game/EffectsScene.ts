/**
 * The moments: a right answer bursts into particles behind a pulsing check; a wrong one
 * gets a gentle shake of a cross; a streak throws sparks; the finish rains confetti.
 * Every object is created once and reused (no leaks over hundreds of rounds).
 * With reduced motion, nothing moves.
 */
import Phaser from 'phaser';
import type { StageSource, StageView } from './view';

const GREEN = 0x1c6a3b;
const RED = 0xa0262e;
const PALETTE = [0x1c6a3b, 0xe0a030, 0x1d4f73, 0xa0262e, 0x86480a, 0x4f9a6a];

export class EffectsScene extends Phaser.Scene {
  private source!: StageSource;
  private unsubscribe: (() => void) | null = null;
  private burst!: Phaser.GameObjects.Particles.ParticleEmitter;
  private sparks!: Phaser.GameObjects.Particles.ParticleEmitter;
  private confetti!: Phaser.GameObjects.Particles.ParticleEmitter;
  private markRight!: Phaser.GameObjects.Image;
  private markWrong!: Phaser.GameObjects.Image;
  private busyUntil = 0;
  /** Called when an effect starts and ends, so the stage can run at full frame rate meanwhile. */
  onBusy: ((busy: boolean) => void) | null = null;
  private busyTimer: Phaser.Time.TimerEvent | null = null;

  constructor() {
    super({ key: 'effects', active: false });
  }

  init(data: { source: StageSource }): void {
    this.source = data.source;
  }

  create(): void {
    this.burst = this.add.particles(0, 0, 'dot', {
      emitting: false,
      lifespan: { min: 600, max: 1100 },
      speed: { min: 140, max: 420 },
      angle: { min: 0, max: 360 },
      scale: { start: 0.7, end: 0 },
      alpha: { start: 0.95, end: 0 },
      gravityY: 260,
      tint: [GREEN, 0x4f9a6a, 0xe0a030, 0x8fd0a4],
      maxParticles: 120,
    });
    this.sparks = this.add.particles(0, 0, 'spark', {
      emitting: false,
      lifespan: 900,
      speed: { min: 220, max: 320 },
      angle: { min: 0, max: 360 },
      rotate: { start: 0, end: 240 },
      scale: { start: 0.9, end: 0.1 },
      alpha: { start: 1, end: 0 },
      tint: [0xe0a030, 0xf2c14e, 0x1d4f73],
      maxParticles: 60,
    });
    this.confetti = this.add.particles(0, 0, 'confetti', {
      emitting: false,
      lifespan: 3200,
      speedY: { min: 80, max: 220 },
      speedX: { min: -60, max: 60 },
      rotate: { min: 0, max: 360 },
      scaleX: { min: 0.6, max: 1.2 },
      scaleY: { min: 0.6, max: 1.2 },
      gravityY: 60,
      alpha: { start: 1, end: 0.2 },
      tint: PALETTE,
      frequency: 40,
      quantity: 3,
      maxParticles: 220,
    });
    this.markRight = this.add.image(0, 0, 'mark-right').setTint(GREEN).setVisible(false);
    this.markWrong = this.add.image(0, 0, 'mark-wrong').setTint(RED).setVisible(false);
    // Warm-up: draw every texture once, invisibly, so the first reveal uploads nothing.
    const warm = [this.markRight, this.markWrong];
    for (const m of warm) m.setPosition(-400, -400).setAlpha(0.01).setVisible(true);
    this.sparks.emitParticleAt(-400, -400, 1);
    this.confetti.emitParticleAt(-400, -400, 1);
    this.burst.emitParticleAt(-400, -400, 1);
    this.time.delayedCall(300, () => {
      for (const m of warm) m.setVisible(false).setAlpha(1);
    });

    this.unsubscribe = this.source.subscribe((v, prev) => this.onView(v, prev));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.cleanup());
    this.events.once(Phaser.Scenes.Events.DESTROY, () => this.cleanup());
    // A reveal that is already on screen when the stage arrives is not replayed.
  }

  private cleanup(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  /** Centre of the DOM anchor (the result mark) in game coordinates. */
  private anchor(): { x: number; y: number; size: number } {
    const el = document.querySelector('[data-fx-anchor] .result-mark') ?? document.querySelector('[data-fx-anchor]');
    const sx = this.scale.width / Math.max(1, window.innerWidth);
    const sy = this.scale.height / Math.max(1, window.innerHeight);
    if (!el) return { x: this.scale.width / 2, y: this.scale.height * 0.3, size: 80 * sx };
    const r = el.getBoundingClientRect();
    return { x: (r.left + r.width / 2) * sx, y: (r.top + r.height / 2) * sy, size: Math.max(r.width, r.height) * sx };
  }

  private onView(v: StageView, prev: StageView): void {
    if (v.reducedMotion) {
      this.stopAll();
      return;
    }
    if (v.revealKey && v.revealKey !== prev.revealKey && v.result) {
      // Wait a frame so the DOM of the reveal is laid out.
      requestAnimationFrame(() => this.reveal(v.result!, v.streak));
    }
    if (v.finishKey && v.finishKey !== prev.finishKey) this.finish();
    if (v.screen !== prev.screen && v.screen !== 'reveal') {
      this.markRight.setVisible(false);
      this.markWrong.setVisible(false);
    }
  }

  private stopAll(): void {
    this.burst.killAll();
    this.sparks.killAll();
    this.confetti.stop(true);
    this.tweens.killAll();
    this.markRight.setVisible(false);
    this.markWrong.setVisible(false);
  }

  private busy(ms: number): void {
    this.onBusy?.(true);
    this.busyUntil = Math.max(this.busyUntil, this.time.now + ms);
    this.busyTimer?.remove(false);
    this.busyTimer = this.time.delayedCall(Math.max(0, this.busyUntil - this.time.now), () => {
      this.busyTimer = null;
      this.onBusy?.(false);
    });
  }

  private reveal(result: 'right' | 'wrong', streak: boolean): void {
    const { x, y, size } = this.anchor();
    const base = size / 150;
    if (result === 'right') {
      this.burst.explode(36, x, y);
      const m = this.markRight;
      this.tweens.killTweensOf(m);
      m.setPosition(x, y).setScale(base * 0.6).setAlpha(0.9).setVisible(true);
      this.tweens.add({
        targets: m,
        scale: base * 2.2,
        alpha: 0,
        duration: 900,
        ease: 'Cubic.easeOut',
        onComplete: () => m.setVisible(false),
      });
      if (streak) this.time.delayedCall(250, () => this.sparks.explode(24, x, y));
      this.busy(streak ? 1600 : 1300);
    } else {
      const m = this.markWrong;
      this.tweens.killTweensOf(m);
      m.setPosition(x, y).setScale(base * 1.1).setAlpha(0.55).setVisible(true);
      this.tweens.add({
        targets: m,
        x: { from: x - 10 * base, to: x + 10 * base },
        duration: 70,
        yoyo: true,
        repeat: 3,
        ease: 'Sine.easeInOut',
        onComplete: () => {
          m.setX(x);
          this.tweens.add({ targets: m, alpha: 0, scale: base * 1.5, duration: 500, onComplete: () => m.setVisible(false) });
        },
      });
      this.busy(1100);
    }
  }

  private finish(): void {
    const w = this.scale.width;
    this.confetti.setPosition(0, -10);
    this.confetti.addEmitZone({ type: 'random', source: new Phaser.Geom.Rectangle(0, 0, w, 1), quantity: 1 } as never);
    this.confetti.start(0, 1800);
    this.busy(5000);
    // The zone is re-added each time: clear it once the flow stops, so zones never pile up.
    this.time.delayedCall(1900, () => this.confetti.clearEmitZones());
  }
}
