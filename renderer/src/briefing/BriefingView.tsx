// Briefing view: BLUF, key judgments, conflict tables, excerpts, live preview, export.
// Placeholder so the shell can wire the view switcher; filled in next.
export function BriefingView() {
  return <section className="briefing-view" aria-label="Briefing" />;
}
