// The first screen stays until the app has something of its own to show: its
// reader (the same text in the same place) or its error screen. Both scripts
// load this one module, so they share its state.
export const FIRST_SCREEN_CLASS = 'first-screen';

let handedOver = false;

/** The app shows itself: the first screen goes, and is not drawn if it has not been yet. */
export function handOver(): void {
  handedOver = true;
  for (const screen of document.querySelectorAll(`.${FIRST_SCREEN_CLASS}`)) screen.remove();
}

export const appHasTakenOver = (): boolean => handedOver;
