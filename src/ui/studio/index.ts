/** The studio surface (`…/studio/`): teachers make packs from their own articles. A lazy chunk players never load. */
import './studio.css';
// The studio uses the game's screens, stores and built-in pack. Importing the play surface's
// module keeps all of it in the play chunk as the player downloads it (the studio loads that
// chunk as it is), instead of splitting it into shared chunks that would change what players
// download.
import '../play/index';
import type { SurfaceContext } from '../app';
import { startStudio } from './app';

export function mount(ctx: SurfaceContext): Promise<void> {
  return startStudio(ctx);
}
