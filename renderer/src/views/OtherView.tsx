// The Compare and Briefing views (built in their own folders), inside the
// shell's main landmark.
import { BriefingView } from '../briefing/BriefingView.tsx';
import { CompareView } from '../compare/CompareView.tsx';
import type { View } from '../state/store.tsx';

export function OtherView({ view }: { view: Exclude<View, 'reader'> }) {
  return (
    <main className="view-main" id="main" aria-label={view === 'compare' ? 'Compare claims' : 'Briefing'}>
      {view === 'compare' ? <CompareView /> : <BriefingView />}
    </main>
  );
}
