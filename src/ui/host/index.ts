/** The host surface (`host/`, `host/?pack=<id>` to preselect a pack of the library): a teacher runs a live class. */
import type { SurfaceContext } from '../app';
import '../join/join.css';
import './host.css';
import { startHost } from './app';

export function mount(ctx: SurfaceContext): Promise<void> {
  return startHost(ctx);
}
