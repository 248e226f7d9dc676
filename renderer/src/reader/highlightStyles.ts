// Highlights are grouped by how they look: claims by their actor's colour
// (tint and underline), tagged annotations by their first tag's colour (tint),
// the rest plain. One CSS Custom Highlight per group keeps the number of
// highlights small however many annotations there are.
import type { Actor, Annotation, Claim, Tag } from '../../../notes/model/schema.ts';
import type { AnchoredSpan } from './spanAt.ts';

export type HighlightKind = 'claim' | 'tag' | 'plain';

export interface HighlightGroup {
  name: string;
  kind: HighlightKind;
  color: string;
  spans: AnchoredSpan[];
}

/** Every group highlight name starts with this. */
export const GROUP_PREFIX = 'rn-hl-';
export const PLAIN_COLOR = '#e0b000';
/** Highlight names the reader uses besides the groups. */
export const FLASH_HIGHLIGHT = 'rn-flash';
export const PENDING_HIGHLIGHT = 'rn-pending';
export const ACTIVE_HIGHLIGHT = 'rn-active';

/** What chooses an annotation's look (the whole annotation, or the first screen's span of it). */
export type Looked = Pick<Annotation, 'id' | 'tags'> & { claim?: Pick<Claim, 'actorId'> | undefined };
/** The colours the looks come from. */
export interface Palette {
  actors: readonly Pick<Actor, 'id' | 'color'>[];
  tags: readonly Pick<Tag, 'id' | 'color'>[];
}

interface Look {
  name: string;
  kind: HighlightKind;
  color: string;
}

interface Looks {
  byActor: ReadonlyMap<string, Look>;
  byTag: ReadonlyMap<string, Look>;
  plain: Look;
}

export function groupName(kind: HighlightKind, color: string): string {
  return `${GROUP_PREFIX}${kind}-${color.slice(1).toLowerCase()}`;
}

const look = (kind: HighlightKind, color: string): Look => ({ name: groupName(kind, color), kind, color: color.toLowerCase() });

/** Each look worked out once per actor and tag, not per annotation: grouping runs on every edit. */
function looksOf(nb: Palette): Looks {
  return {
    byActor: new Map(nb.actors.map((a) => [a.id, look('claim', a.color)])),
    byTag: new Map(nb.tags.map((t) => [t.id, look('tag', t.color)])),
    plain: look('plain', PLAIN_COLOR),
  };
}

function lookOf(annotation: Looked, looks: Looks): Look {
  let found = annotation.claim && looks.byActor.get(annotation.claim.actorId);
  for (let i = 0; !found && i < annotation.tags.length; i++) found = looks.byTag.get(annotation.tags[i]!);
  return found ?? looks.plain;
}

export function styleOf(annotation: Looked, nb: Palette): { kind: HighlightKind; color: string } {
  const { kind, color } = lookOf(annotation, looksOf(nb));
  return { kind, color };
}

export function groupHighlights(annotations: readonly Looked[], spans: ReadonlyMap<string, AnchoredSpan>, nb: Palette): HighlightGroup[] {
  const looks = looksOf(nb);
  const groups = new Map<string, HighlightGroup>();
  for (const annotation of annotations) {
    const span = spans.get(annotation.id);
    if (!span) continue;
    const style = lookOf(annotation, looks);
    let group = groups.get(style.name);
    if (!group) groups.set(style.name, (group = { ...style, spans: [] }));
    group.spans.push(span);
  }
  return [...groups.values()];
}

function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `${(n >> 16) & 255} ${(n >> 8) & 255} ${n & 255}`;
}

/**
 * `::highlight()` rules for the groups. Colours come from validated `#rrggbb`
 * strings and names from them, so nothing from a document reaches the CSS.
 */
export function highlightCss(groups: readonly Pick<HighlightGroup, 'name' | 'kind' | 'color'>[]): string {
  const light: string[] = [];
  const dark: string[] = [];
  for (const g of groups) {
    if (!/^#[0-9a-f]{6}$/.test(g.color) || !/^rn-hl-[a-z]+-[0-9a-f]{6}$/.test(g.name)) continue;
    const c = rgb(g.color);
    const underline = g.kind === 'claim' ? ` text-decoration: underline 2px rgb(${c}); text-underline-offset: 3px;` : '';
    light.push(`::highlight(${g.name}) { background-color: rgb(${c} / 0.22);${underline} }`);
    dark.push(`::highlight(${g.name}) { background-color: rgb(${c} / 0.4); }`);
  }
  return `${light.join('\n')}\n@media (prefers-color-scheme: dark) {\n${dark.join('\n')}\n}\n`;
}

function sameSpans(a: readonly AnchoredSpan[], b: readonly AnchoredSpan[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.id !== y.id || x.start !== y.start || x.end !== y.end) return false;
  }
  return true;
}

/**
 * Keeps the previous groups when new ones draw the same thing, so typing in a
 * note (which replaces the annotation object) does not repaint thousands of
 * highlights.
 */
export class StableGroups {
  private last: HighlightGroup[] = [];

  get(next: HighlightGroup[]): HighlightGroup[] {
    const prev = this.last;
    const same =
      prev.length === next.length &&
      next.every((g, i) => {
        const p = prev[i]!;
        return p.name === g.name && p.kind === g.kind && p.color === g.color && sameSpans(p.spans, g.spans);
      });
    if (!same) this.last = next;
    return this.last;
  }
}
