/** The presenter surface (`…/present/`): one screen for a whole class, no devices, no network. */
import type { SurfaceContext } from '../app';
import { startPresenter } from './app';

export function mount(ctx: SurfaceContext): void {
  startPresenter(ctx);
}
