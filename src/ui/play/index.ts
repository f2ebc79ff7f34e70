/** The play surface: the solo game, at the site's root. */
import type { SurfaceContext } from '../app';
import { startPlay } from './app';

export function mount(ctx: SurfaceContext): void {
  startPlay(ctx);
}
