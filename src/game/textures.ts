/** Textures drawn in code (no image files): particles (dots, sparks, confetti) and the result marks. */
import type Phaser from 'phaser';

function canvasTexture(scene: Phaser.Scene, key: string, w: number, h: number, draw: (ctx: CanvasRenderingContext2D) => void): void {
  if (scene.textures.exists(key)) return;
  const tex = scene.textures.createCanvas(key, w, h);
  if (!tex) return;
  const ctx = tex.getContext();
  draw(ctx);
  tex.refresh();
}

export function makeTextures(scene: Phaser.Scene): void {
  // Particles.
  canvasTexture(scene, 'dot', 24, 24, (ctx) => {
    ctx.fillStyle = '#fff';
    ctx.beginPath();
    ctx.arc(12, 12, 10, 0, Math.PI * 2);
    ctx.fill();
  });
  canvasTexture(scene, 'spark', 32, 32, (ctx) => {
    ctx.fillStyle = '#fff';
    ctx.beginPath();
    for (let i = 0; i < 8; i++) {
      const r = i % 2 === 0 ? 15 : 5;
      const a = (i / 8) * Math.PI * 2 - Math.PI / 2;
      ctx.lineTo(16 + Math.cos(a) * r, 16 + Math.sin(a) * r);
    }
    ctx.closePath();
    ctx.fill();
  });
  // A transparent border keeps the edges smooth when the piece rotates.
  canvasTexture(scene, 'confetti', 18, 12, (ctx) => {
    ctx.fillStyle = '#fff';
    ctx.fillRect(2, 2, 14, 8);
  });

  // The result marks: a check in a ring and a cross in a ring (white, tinted per use).
  const ring = (ctx: CanvasRenderingContext2D) => {
    ctx.strokeStyle = '#fff';
    ctx.lineWidth = 10;
    ctx.beginPath();
    ctx.arc(96, 96, 84, 0, Math.PI * 2);
    ctx.stroke();
  };
  canvasTexture(scene, 'mark-right', 192, 192, (ctx) => {
    ring(ctx);
    ctx.lineWidth = 16;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.beginPath();
    ctx.moveTo(58, 100);
    ctx.lineTo(84, 126);
    ctx.lineTo(136, 70);
    ctx.stroke();
  });
  canvasTexture(scene, 'mark-wrong', 192, 192, (ctx) => {
    ring(ctx);
    ctx.lineWidth = 16;
    ctx.lineCap = 'round';
    ctx.beginPath();
    ctx.moveTo(68, 68);
    ctx.lineTo(124, 124);
    ctx.moveTo(124, 68);
    ctx.lineTo(68, 124);
    ctx.stroke();
  });
}
