/**
 * Team marks: a shape and a colour per team (src/core/present/teams.ts), drawn in code. The
 * shape tells teams apart without colour; the colours are dark enough to read against the
 * page, in normal and high contrast alike.
 */
import type { Team, TeamMark } from '../../core/present/index';
import { h } from '../dom';

const SVG = 'http://www.w3.org/2000/svg';

/** Filled shapes on a 24×24 grid. */
const SHAPES: Record<TeamMark, string> = {
  circle: 'M12 3a9 9 0 1 1 0 18a9 9 0 1 1 0-18z',
  square: 'M4 4h16v16H4z',
  triangle: 'M12 3l10 18H2z',
  diamond: 'M12 2l10 10l-10 10L2 12z',
  star: 'M12 2l2.9 6.6l7.1.6l-5.4 4.7l1.6 7.1L12 17.3L5.8 21l1.6-7.1L2 9.2l7.1-.6z',
  hexagon: 'M7 3h10l5 9l-5 9H7l-5-9z',
  cross: 'M8.5 2h7v6.5H22v7h-6.5V22h-7v-6.5H2v-7h6.5z',
  heart: 'M12 21C5 15.5 2 12.2 2 8.3C2 5.3 4.3 3 7.2 3c2 0 3.6 1 4.8 2.7C13.2 4 14.8 3 16.8 3C19.7 3 22 5.3 22 8.3c0 3.9-3 7.2-10 12.7z',
};

export const MARK_COLOUR: Record<TeamMark, string> = {
  circle: '#1d4f73',
  square: '#a0262e',
  triangle: '#1c6a3b',
  diamond: '#86480a',
  star: '#5b3a8c',
  hexagon: '#0f5f61',
  cross: '#9c2a6b',
  heart: '#3d4450',
};

/** The team's shape in its colour (decorative: the team's name always stands beside it). */
export function teamMark(mark: TeamMark): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', `team-mark m-${mark}`);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', SHAPES[mark]);
  path.setAttribute('fill', MARK_COLOUR[mark]);
  svg.appendChild(path);
  return svg;
}

/** A team's mark and name, for tables and lists. */
export function teamLabel(team: Team): HTMLElement {
  return h('span', { class: 'team-label' }, teamMark(team.mark), h('span', { class: 'team-name', text: team.name }));
}
