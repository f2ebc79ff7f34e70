/**
 * A tiny DOM builder. Every string goes in through `textContent` / attributes:
 * nothing here ever parses HTML, so pack text stays plain text.
 */

export type Child = Node | string | number | null | undefined | false | Child[];

export interface Props {
  [attr: string]: unknown;
  class?: string;
  text?: string;
  on?: { [event: string]: (ev: any) => void };
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props?: Props | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props) {
    for (const key in props) {
      const value = props[key];
      if (value === undefined || value === null || value === false) continue;
      if (key === 'text') el.textContent = String(value);
      else if (key === 'on') {
        const handlers = value as Record<string, (ev: Event) => void>;
        for (const ev in handlers) el.addEventListener(ev, handlers[ev]!);
      } else if (key === 'class') el.className = String(value);
      // Through the CSSOM, which a content security policy allows, not as a style attribute.
      else if (key === 'style') el.style.cssText = String(value);
      else if (key in el && typeof value !== 'string') (el as any)[key] = value;
      else el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else if (typeof child === 'string' || typeof child === 'number') parent.appendChild(document.createTextNode(String(child)));
    else parent.appendChild(child);
  }
}

const SVG = 'http://www.w3.org/2000/svg';

/** Icon shapes, drawn on a 24×24 grid with a round stroke. */
export const ICONS = {
  check: ['M5 12.5l4.5 4.5L19 7.5'],
  cross: ['M6.5 6.5l11 11M17.5 6.5l-11 11'],
  claim: ['M4.5 5h15v10.5H10L5.5 19.5v-4H4.5z', 'M10 8.6a2.1 2.1 0 1 1 2.6 2c-.5.2-.6.5-.6 1', 'M12 13.6v.1'],
  fact: ['M12 3a9 9 0 1 1 0 18a9 9 0 1 1 0-18z', 'M7.8 12.3l2.9 2.9l5.5-5.7'],
  disputed: ['M12 3a9 9 0 1 1 0 18a9 9 0 1 1 0-18z', 'M7.5 10h9M7.5 14h9', 'M14.2 6.8l-4.4 10.4'],
  info: ['M12 3a9 9 0 1 1 0 18a9 9 0 1 1 0-18z', 'M12 11v5.5', 'M12 7.8v.1'],
  supports: ['M5 12.5l4.5 4.5L19 7.5'],
  contradicts: ['M5 9.5h14M5 14.5h14', 'M14.5 5l-5 14'],
  context: ['M12 3a9 9 0 1 1 0 18a9 9 0 1 1 0-18z', 'M12 11v5.5', 'M12 7.8v.1'],
  gear: [
    'M12 8.6a3.4 3.4 0 1 1 0 6.8a3.4 3.4 0 1 1 0-6.8z',
    'M12 2.8v2.4M12 18.8v2.4M2.8 12h2.4M18.8 12h2.4M5.5 5.5l1.7 1.7M16.8 16.8l1.7 1.7M5.5 18.5l1.7-1.7M16.8 7.2l1.7-1.7',
  ],
  upload: ['M12 15V4.5', 'M7.5 9L12 4.5L16.5 9', 'M4.5 15v4.5h15V15'],
  back: ['M10 6l-6 6l6 6', 'M4.5 12h15'],
  arrow: ['M14 6l6 6l-6 6', 'M19.5 12h-15'],
  trash: ['M5 7h14', 'M9.5 7V4.5h5V7', 'M7 7l1 12.5h8L17 7'],
  book: ['M4 5.5c3-1 5.5-1 8 .8c2.5-1.8 5-1.8 8-.8v13c-3-1-5.5-1-8 .8c-2.5-1.8-5-1.8-8-.8z', 'M12 6.3v13'],
  star: ['M12 3.5l2.6 5.4l5.9.8l-4.3 4.1l1 5.8L12 16.8l-5.2 2.8l1-5.8L3.5 9.7l5.9-.8z'],
} as const;

export type IconName = keyof typeof ICONS;

export function icon(name: IconName, cls = 'icon'): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', cls);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  for (const d of ICONS[name]) {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', d);
    svg.appendChild(path);
  }
  return svg;
}

let uid = 0;
/** A document-unique id for aria wiring. */
export function nextId(prefix = 'id'): string {
  uid += 1;
  return `${prefix}-${uid}`;
}

/** Only absolute http(s) URLs ever become links. */
export function safeHttpUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A panel of a screen: a card section named by its heading. */
export function panel(title: string, cls: string, ...children: Child[]): HTMLElement {
  const id = nextId('panel');
  return h('section', { class: `panel card ${cls}`, 'aria-labelledby': id }, h('h2', { id, text: title }), ...children);
}
