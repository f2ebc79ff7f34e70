/**
 * The cold-load baseline (see docs/benchmarks.md): the smallest Phaser 4 page, one scene that
 * shows one text, built with the project's Vite config. It records when its text is shown the
 * same way the game's probe does: the frame that draws it, then a task after that frame.
 */
import Phaser from 'phaser';

interface BenchWindow {
  __bench?: { marks: Record<string, number>; done: boolean };
}

class TextScene extends Phaser.Scene {
  constructor() {
    super('text');
  }

  create(): void {
    this.add.text(48, 48, 'Is this a claim, a verified fact, or disputed?', {
      fontFamily: 'Verdana, sans-serif',
      fontSize: '32px',
      color: '#1c2131',
    });
    const bench = ((window as BenchWindow).__bench ??= { marks: {}, done: false });
    bench.marks.textCreated = performance.now();
    // POST_RENDER: the frame that drew the text; then a task after that frame.
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      bench.marks.textDrawn = performance.now();
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        bench.marks.textShown = performance.now();
        bench.done = true;
      };
      ch.port2.postMessage(0);
    });
  }
}

new Phaser.Game({
  type: Phaser.WEBGL,
  parent: 'app',
  width: 960,
  height: 540,
  backgroundColor: '#f6f1e6',
  banner: false,
  audio: { noAudio: true },
  scene: TextScene,
});
