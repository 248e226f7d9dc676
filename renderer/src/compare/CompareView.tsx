// Compare view: conflicting claims on one question, one column per actor.
// Placeholder so the shell can wire the view switcher; filled in next.
export function CompareView() {
  return <section className="compare-view" aria-label="Compare claims" />;
}
