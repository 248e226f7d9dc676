// A notebook whose every analyst- or source-supplied string tries to run code,
// for the "exports are inert" tests.
import type { Notebook } from '../model/schema.ts';
import { sampleNotebook } from '../samples/sample.ts';

export const SCRIPT = '<script>alert(1)</script>';
export const IMG = '<img src=x onerror=alert(1)>';
export const JS_LINK = '[x](javascript:alert(1))';
export const SVG = '<svg onload=alert(1)>';
/** Markdown that a viewer would act on: script links, remote images, definitions that lend a target. */
export const MD_LINKS = [
  '[click](javascript:alert(1)) ![x](http://example.invalid/a.png) [f](file:///etc/passwd) [v](VBScript:msgbox(1))',
  '[d](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) <javascript:alert(1)> [t](<java\tscript:alert(1)>)',
  '[![inner](http://example.invalid/b.png)](javascript:alert(2)) ![by reference][pic] ![from another note][elsewhere]',
  '> ![quoted](http://example.invalid/q.png)\n\n- ![listed](//example.invalid/l.png)',
  '[pic]: http://example.invalid/ref.png',
].join('\n\n');
/** A definition in one note that another note's reference could use in a Markdown document. */
export const DEF_ELSEWHERE = '[elsewhere]: http://example.invalid/elsewhere.png';
export const HOSTILE_MD = [
  SCRIPT,
  `Text ${IMG} and ${JS_LINK} and ${SVG}`,
  '[y](JaVaScRiPt:alert(1)) [z](data:text/html,<script>alert(1)</script>) [w](vbscript:msgbox) ![pic](https://tracker.example/p.png)',
  '<iframe src="https://evil.example"></iframe> <a href="javascript:alert(1)">a</a> <b onmouseover=alert(1)>b</b>',
  '<style>body{background:url(https://evil.example/x)}</style>',
  MD_LINKS,
].join('\n\n');
const LINE = `${SCRIPT} ${IMG} ${SVG}`;

export function hostileNotebook(now = '2026-01-15T09:30:00.000Z'): Notebook {
  const nb = sampleNotebook(now);
  const source = nb.sources[0]!;
  const addition = `\n\n${LINE} javascript:alert(1) =HYPERLINK("https://evil.example")`;
  const text = source.text + addition;
  const start = source.text.length + 2;
  const question = nb.questions[0]!;
  return {
    ...nb,
    title: LINE,
    sources: [{ ...source, text, title: `${SCRIPT} title`, publisher: IMG }],
    actors: nb.actors.map((a, i) => ({ ...a, name: [`${IMG} Baghdad`, `${SVG} Washington`][i] ?? `${SCRIPT} ${a.name}` })),
    questions: nb.questions.map((q) => ({ ...q, text: `${SCRIPT} question?` })),
    tags: nb.tags.map((t) => ({ ...t, label: SVG })),
    annotations: [
      ...nb.annotations.map((a) => ({ ...a, note: HOSTILE_MD, claim: a.claim && { ...a.claim, cue: IMG, position: a.claim.position + ' ' + SCRIPT } })),
      {
        ...nb.annotations[0]!,
        id: 'hostile-quote',
        note: HOSTILE_MD,
        claim: undefined,
        target: {
          quote: { type: 'TextQuoteSelector', exact: text.slice(start), prefix: text.slice(start - 32, start), suffix: '' },
          position: { type: 'TextPositionSelector', start, end: text.length },
        },
      },
    ],
    relations: nb.relations.map((r) => ({ ...r, note: LINE })),
    briefing: {
      ...nb.briefing,
      title: `${SCRIPT} ${SVG}`,
      bluf: `${HOSTILE_MD}\n\n${DEF_ELSEWHERE}`,
      keyJudgments: nb.briefing.keyJudgments.map((k) => ({ ...k, text: LINE })),
      questionNotes: { [question.id]: HOSTILE_MD },
      excerptIds: [...nb.briefing.excerptIds, 'hostile-quote'],
    },
  };
}
