/** The Actors panel's name in the window's UI state (shell/ui.tsx). */
export const ACTORS_PANEL = 'actors';
