/**
 * The Phaser the stage uses: Phaser 4's own "core" entry point (game, scenes, WebGL renderer,
 * textures, images, text, tweens, timers, scale manager) plus particles and Geom.Rectangle,
 * built from Phaser's sources. vite.config.ts aliases `phaser` to this file, so the code keeps
 * `import Phaser from 'phaser'` (and Phaser's types), and sets Phaser's build flags as its own
 * dist build does, except: no Canvas renderer (deprecated in v4; the stage asks for WebGL and
 * does without a stage when there is none) and no sound (Howler plays every sound).
 *
 * Left out, and so unavailable to src/game: physics (Arcade, Matter), tilemaps, the other game
 * objects (containers, shapes, bitmap text, video, …), curves, actions, 3D camera. About 210 KB
 * gzip instead of 357 KB for the prebuilt `phaser` package. Need one of them? Import it here
 * from `phaser-src/…` the way particles are, or point the alias back at the package.
 */
import Phaser from 'phaser-src/phaser-core.js';
import Rectangle from 'phaser-src/geom/rectangle/Rectangle.js';
import Particles from 'phaser-src/gameobjects/particles/index.js';
// Registers `scene.add.particles` (the module has no exports).
import 'phaser-src/gameobjects/particles/ParticleEmitterFactory.js';

Phaser.GameObjects.Particles = Particles;
Phaser.Geom = { Rectangle };

export default Phaser;
