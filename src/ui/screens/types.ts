/** What a screen module returns to the app shell. */
export interface Screen {
  /** The root element; carries `data-screen`. */
  root: HTMLElement;
  /** Receives focus when the screen appears (tabindex=-1). */
  heading: HTMLElement;
  /** A keyboard shortcut, already filtered (not typing, no modifiers, no dialog). True if handled. */
  key?(e: KeyboardEvent): boolean;
  /** Said by the live region once the screen is shown (what focusing the heading does not read). */
  announce?: string;
  /** Called when the screen is replaced: drop subscriptions and timers. */
  dispose?(): void;
}
