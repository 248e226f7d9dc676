// Checks the W3C export against the Web Annotation Working Group's own test
// schemas (copied into ./w3c-schemas, BSD-3-Clause). A `.test` file lists
// assertion schemas; each carries `expectedResult` (valid / invalid), and a
// document conforms when every assertion gives its expected result.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { sampleNotebook } from '../samples/sample.ts';
import { emptyNotebook } from '../model/factory.ts';
import type { Notebook } from '../model/schema.ts';
import { toW3CCollection } from './index.ts';
import type { W3CAnnotation } from './w3c.ts';

const ROOT = new URL('./w3c-schemas/', import.meta.url);
const readJson = (rel: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(rel, ROOT), 'utf8')) as Record<string, unknown>;

interface Assertion {
  file: string;
  expected: boolean;
  validate: (doc: unknown) => boolean;
}

function loadMusts(testFile: string): Assertion[] {
  const ajv = new Ajv({ strict: false, allErrors: false });
  addFormats(ajv);
  for (const name of readdirSync(new URL('definitions/', ROOT)).filter((f) => f.endsWith('.json'))) ajv.addSchema(readJson(`definitions/${name}`));
  const test = readJson(testFile) as { assertions: string[] };
  expect(test.assertions.length).toBeGreaterThan(0);
  return test.assertions.map((file) => {
    const schema = readJson(file);
    expect(['valid', 'invalid']).toContain(schema.expectedResult);
    const validate = ajv.compile(schema);
    return { file, expected: schema.expectedResult === 'valid', validate: (doc) => validate(doc) as boolean };
  });
}

const annotationMusts = loadMusts('annotations/annotationMusts.test');
const collectionMusts = loadMusts('collections/collectionMusts.test');
const pageMusts = loadMusts('collections/pages/pageMusts.test');

function failures(assertions: Assertion[], doc: unknown): string[] {
  return assertions.filter((a) => a.validate(doc) !== a.expected).map((a) => a.file);
}

const NOW = '2026-01-15T09:30:00.000Z';

/** The sample, plus annotations of every shape: bare highlight, tags only, note with HTML, no prefix. */
function variedNotebook(): Notebook {
  const nb = sampleNotebook(NOW);
  const base = nb.annotations[0]!;
  const text = nb.sources[0]!.text;
  return {
    ...nb,
    annotations: [
      ...nb.annotations,
      { ...base, id: 'bare', note: '', tags: [], claim: undefined },
      { ...base, id: 'tagged', note: '  ', claim: undefined },
      { ...base, id: 'html-note', note: '<script>alert(1)</script> "quotes" & ampersands', claim: undefined },
      {
        ...base,
        id: 'first-words',
        note: 'Start of the text',
        claim: undefined,
        target: {
          quote: { type: 'TextQuoteSelector', exact: text.slice(0, 5), prefix: '', suffix: text.slice(5, 37) },
          position: { type: 'TextPositionSelector', start: 0, end: 5 },
        },
      },
    ],
  };
}

describe('W3C Web Annotation export', () => {
  it('loads the assertions the W3C test files list', () => {
    expect(annotationMusts.length).toBe(54);
    expect(collectionMusts.length).toBe(10);
    expect(pageMusts.length).toBe(15);
  });

  it('passes every annotation MUST for every annotation of the sample notebook', () => {
    const nb = variedNotebook();
    const collection = toW3CCollection(nb);
    const items = collection.first!.items;
    // Every annotation (the sample's and four of other shapes), and the sample's one relation.
    expect(items).toHaveLength(nb.annotations.length + nb.relations.length);
    for (const item of JSON.parse(JSON.stringify(items)) as unknown[]) expect(failures(annotationMusts, item)).toEqual([]);
  });

  it('passes the collection and page MUSTs', () => {
    const collection = JSON.parse(JSON.stringify(toW3CCollection(variedNotebook()))) as unknown;
    expect(failures(collectionMusts, collection)).toEqual([]);
    // The page tests take "an Annotation Collection with an embedded Page".
    expect(failures(pageMusts, collection)).toEqual([]);
    const empty = JSON.parse(JSON.stringify(toW3CCollection(emptyNotebook('Nothing yet', NOW)))) as unknown;
    expect(failures(collectionMusts, empty)).toEqual([]);
  });

  it('would catch a broken annotation (the assertions are live)', () => {
    const [item] = JSON.parse(JSON.stringify(toW3CCollection(sampleNotebook(NOW)).first!.items)) as Record<string, unknown>[];
    expect(failures(annotationMusts, { ...item, '@context': 'http://example.org/ctx' })).toContain('annotations/3.1-annotationContextValidated.json');
    expect(failures(annotationMusts, { ...item, created: 'yesterday' })).toContain('annotations/3.3.1-annotationCreatedValidated.json');
    const { target: _target, ...noTarget } = item!;
    expect(failures(annotationMusts, noTarget)).toContain('annotations/3.1-targetKeyFound.json');
    expect(failures(annotationMusts, { ...item, bodyValue: 'x' })).toContain('annotations/3.2.5-notBodyBodyValue.json');
  });

  it('keeps the note, tags, claim and both selectors of the sample’s claims', () => {
    const nb = sampleNotebook(NOW);
    const collection = toW3CCollection(nb);
    expect(collection).toMatchObject({ type: 'AnnotationCollection', label: nb.title, total: nb.annotations.length + nb.relations.length });
    expect(collection['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    const [baghdad, washington] = collection.first!.items as W3CAnnotation[];
    expect(baghdad!.id).toBe('urn:research-notebook:annotation:ann-baghdad-end-of-mission');
    expect(baghdad!.body).toEqual([
      { type: 'TextualBody', value: nb.annotations[0]!.note, format: 'text/markdown', purpose: 'commenting' },
      { type: 'TextualBody', value: 'Coalition future', format: 'text/plain', purpose: 'tagging' },
      expect.objectContaining({ type: 'TextualBody', purpose: 'classifying', value: expect.stringContaining('End of the mission') }),
    ]);
    expect(baghdad!['rn:claim']).toMatchObject({ actor: 'Baghdad (Government of Iraq)', position: 'End of the mission', cue: 'maintained', reliability: 'B', credibility: '3' });
    const [quote, position] = washington!.target.selector;
    const text = nb.sources[0]!.text;
    expect(quote.exact).toBe('transition');
    expect(text.slice(position.start, position.end)).toBe('transition');
    expect(text.slice(position.start - quote.prefix!.length, position.start)).toBe(quote.prefix);
    expect(washington!.target.source).toBe(collection['rn:sources'][0]!.id);
    expect(collection['rn:sources'][0]!.sha256).toBe(nb.sources[0]!.sha256);
  });
});
