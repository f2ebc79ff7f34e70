/** The join surface (`join/`, `join/?code=KXRTM` from the QR code): a student joins a live class. */
import type { SurfaceContext } from '../app';
import './join.css';
import { startJoin } from './app';

export function mount(ctx: SurfaceContext): Promise<void> {
  return startJoin(ctx);
}
