import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findClaims, type Suggestion } from './find.ts';

const at = (text: string, s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);

/** Each suggestion as the analyst reads it: speaker, cue, content. */
function read(text: string, options?: Parameters<typeof findClaims>[1]) {
  return findClaims(text, options).map((s: Suggestion) => ({ actor: s.actor, source: at(text, s.source), cue: at(text, s.cue), content: s.text, kind: s.kind }));
}

describe('direct quotes', () => {
  it('finds a quote with its cue after it, straight or curly, speaker before or after the cue', () => {
    const curly = '“The border will stay open through the winter,” Maria Lopez said on Friday.';
    expect(read(curly)).toEqual([{ actor: 'Maria Lopez', source: 'Maria Lopez', cue: 'said', content: '“The border will stay open through the winter,”', kind: 'direct' }]);
    const straight = '"We will not sign this agreement," said Foreign Minister Karim Nasser, speaking in Amman.';
    expect(read(straight)).toEqual([{ actor: 'Karim Nasser', source: 'Foreign Minister Karim Nasser', cue: 'said', content: '"We will not sign this agreement,"', kind: 'direct' }]);
  });

  it('reads who follows "told" as the one told, not the speaker', () => {
    const text = '“We have waited long enough for this bridge,” Maria Lopez, a teacher from the valley, told us.';
    expect(read(text)).toMatchObject([{ source: 'Maria Lopez, a teacher from the valley', cue: 'told', content: '“We have waited long enough for this bridge,”' }]);
  });

  it('reads two apostrophes as quotation marks, a single quote inside them included', () => {
    expect(read("The road is closed, Nasser said. ''We will open it in May.'' He left.")).toMatchObject([
      { source: 'Nasser', content: 'The road is closed' },
      { source: 'Nasser', content: "''We will open it in May.''", cue: null },
    ]);
    const text = "''The border will stay open,'' said Maria Lopez. ''He told me 'not this winter,''' Nasser said.";
    expect(read(text)).toMatchObject([
      { source: 'Maria Lopez', cue: 'said', content: "''The border will stay open,''", kind: 'direct' },
      { source: 'Nasser', cue: 'said', content: "''He told me 'not this winter,'''", kind: 'direct' },
    ]);
  });

  it('leaves two apostrophes alone in copy that quotes with double quotation marks', () => {
    const text = "“The 80'' screen and the old ''tape'' are gone,” Lopez said. “We start again,” Nasser said.";
    expect(read(text).map((c) => c.content)).toEqual(["“The 80'' screen and the old ''tape'' are gone,”", '“We start again,”']);
  });

  it('reads a name after the cue past a title’s or an initial’s stop', () => {
    const said = (who: string) => read(`“The border stays open,” said ${who}, speaking in Amman.`)[0]?.source;
    expect(said('Mr. Nasser')).toBe('Mr. Nasser');
    expect(said('Rep. Jim Clyburn (D-S.C.)')).toBe('Rep. Jim Clyburn');
    expect(said('U.S. Ambassador John Smith')).toBe('U.S. Ambassador John Smith');
    expect(said('J.M. Berger')).toBe('J.M. Berger');
    expect(read('“The border stays open,” said Nasser. The talks then ended.')[0]?.source).toBe('Nasser');
  });

  it('reads a quote closed with an opening mark, or opened after an invisible direction mark', () => {
    expect(read('“Will the bridge open before the rains?“ Nasser asked.\n\n“No,” the minister said.')[0]).toMatchObject({ source: 'Nasser', content: '“Will the bridge open before the rains?“' });
    expect(read('\u202a”Nobody in the valley wants this bridge built,” wrote Maria Lopez.')[0]).toMatchObject({ source: 'Maria Lopez', content: '”Nobody in the valley wants this bridge built,”' });
  });

  it('does not take "with a smile" after a cue for the speaker', () => {
    const text = '“We have waited long enough for this bridge,” Maria Lopez, a teacher from the valley, recalled with a smile.';
    expect(read(text)).toMatchObject([{ source: 'Maria Lopez, a teacher from the valley', cue: 'recalled', content: '“We have waited long enough for this bridge,”' }]);
  });

  it('joins a quote split by its cue into one claim', () => {
    const text = '“The talks were useful,” Nasser said. “But nothing has been agreed yet.” Then he left.';
    const [claim, ...rest] = read(text);
    expect(rest).toEqual([]);
    expect(claim?.content).toBe('“The talks were useful,” Nasser said. “But nothing has been agreed yet.”');
    expect(claim?.kind).toBe('direct');
  });

  it('joins a split quote across when and where said, and across a paragraph break', () => {
    const text = '“The talks were useful,” Nasser said during a long meeting at the town hall on Monday, ahead of the vote.\n\n“But nothing has been agreed yet.”';
    expect(read(text)).toMatchObject([{ source: 'Nasser', cue: 'said', content: text }]);
  });

  it('joins across an aside after a title’s stop, but not across a sentence of its own', () => {
    const aside = '“The talks were useful,” said Mr. Nasser, who led the U.S. delegation to Amman. “But nothing has been agreed yet.”';
    expect(read(aside)).toMatchObject([{ source: 'Mr. Nasser', content: aside }]);
    const sentence = '“The talks were useful,” Nasser said on Monday. On Tuesday, the minister went further: “Nothing has been agreed with anyone yet.”';
    expect(read(sentence).map((c) => c.content)).toEqual(['“The talks were useful,”', '“Nothing has been agreed with anyone yet.”']);
  });

  it('does not join a second quote that has a cue of its own before it', () => {
    const text = '“The talks were useful,” Nasser said on Monday, and then predicted: “We will sign before the winter.”';
    expect(read(text).map((c) => [c.cue, c.content])).toEqual([
      ['said', '“The talks were useful,”'],
      ['predicted', '“We will sign before the winter.”'],
    ]);
  });

  it('gives a quote left open at a paragraph’s end and taken up in the next one as one claim', () => {
    const text = '“The bridge will not reopen this year. The money is gone.\n\n“We will ask the ministry again in the spring,” Lopez said.';
    expect(read(text)).toMatchObject([{ source: 'Lopez', cue: 'said', content: '“The bridge will not reopen this year. The money is gone.\n\n“We will ask the ministry again in the spring,”' }]);
  });

  it('takes a quote after a short aside ending in a colon as what was said', () => {
    const text = 'Nasser fired back forcefully on Monday: “We will not pay for a bridge nobody asked for.”';
    expect(read(text)).toMatchObject([{ source: 'Nasser', cue: 'fired back', content: '“We will not pay for a bridge nobody asked for.”', kind: 'direct' }]);
  });

  it('ends a claim at a colon that hands over a quote, which is a claim of its own', () => {
    const text = 'Karim Nasser met the farmers. Nasser warned that the valley had lost its water: “The river is no longer a river,” he said.';
    expect(read(text)).toMatchObject([
      { source: 'Nasser', cue: 'warned', content: 'the valley had lost its water', kind: 'indirect' },
      { source: 'he', actor: 'Karim Nasser', cue: 'said', content: '“The river is no longer a river,”', kind: 'direct' },
    ]);
  });

  it('takes a quote after an aside saying when or to whom, set off by a comma, as what was said; after "that", the whole clause', () => {
    const wrote = 'Nasser wrote to his 20,000 followers on Monday, “We will not pay for a bridge nobody asked for,” and shared a link.';
    expect(read(wrote)).toMatchObject([{ source: 'Nasser', cue: 'wrote', content: '“We will not pay for a bridge nobody asked for,”', kind: 'direct' }]);
    const that = 'Nasser said that in the valley, “nobody wants the bridge.”';
    expect(read(that)).toMatchObject([{ source: 'Nasser', cue: 'said', content: 'in the valley, “nobody wants the bridge.”', kind: 'mixed' }]);
  });

  it('takes the words a sign or an ad reads, inside a claim’s object, as the claim', () => {
    const text = 'Lopez posted a message on Monday reading “The bridge stays open.”';
    expect(read(text)).toMatchObject([{ source: 'Lopez', cue: 'posted', content: '“The bridge stays open.”' }]);
  });

  it('takes a quote introduced by "X said:" at the end of a paragraph', () => {
    const text = 'The minister Karim Nasser said:\n\n“We expect an answer by Monday.”';
    expect(read(text)).toMatchObject([{ actor: 'Karim Nasser', content: '“We expect an answer by Monday.”' }]);
  });

  it('keeps a quote within a quote inside the claim, and a cue inside a quote is not a claim of its own', () => {
    const text = '“He told me ‘the deal is dead,’ and I said nothing,” Lopez said.';
    expect(read(text)).toMatchObject([{ actor: 'Lopez', cue: 'said', content: '“He told me ‘the deal is dead,’ and I said nothing,”' }]);
  });
});

describe('indirect speech', () => {
  it('finds "X said that …", "X told Y …" and "…, officials said"', () => {
    const text =
      'Maria Lopez said that the border would stay open. In March, Lopez told reporters the crossing was safe. The convoy will leave on Tuesday, officials said.';
    expect(read(text)).toEqual([
      { actor: 'Maria Lopez', source: 'Maria Lopez', cue: 'said', content: 'the border would stay open', kind: 'indirect' },
      { actor: 'Maria Lopez', source: 'Lopez', cue: 'told', content: 'the crossing was safe', kind: 'indirect' },
      { actor: 'officials', source: 'officials', cue: 'said', content: 'The convoy will leave on Tuesday', kind: 'indirect' },
    ]);
  });

  it('reads "…, who said …" with the name before it as the speaker, and a verb joined by "and" with the sentence’s subject', () => {
    const text = 'The plan was drawn up by Maria Lopez, who said the bridge would reopen in May. Nasser rubbed his chin and then said the talks had failed.';
    expect(read(text).map((c) => [c.source, c.actor, c.content])).toEqual([
      ['who', 'Maria Lopez', 'the bridge would reopen in May'],
      ['Nasser', 'Nasser', 'the talks had failed'],
    ]);
  });

  it('reads a reporting verb in the progressive, and verbs of stance with their object', () => {
    expect(read('The mayor is touting the new bridge as a triumph.')).toMatchObject([{ source: 'The mayor', cue: 'touting', content: 'the new bridge as a triumph' }]);
    const text = 'Lopez is telling voters that the bridge will reopen. Nasser endorsed the new plan on Monday. The ministry declined to comment.';
    expect(read(text).map((c) => [c.source, c.cue, c.content])).toEqual([
      ['Lopez', 'telling', 'the bridge will reopen'],
      ['Nasser', 'endorsed', 'the new plan on Monday'],
      ['The ministry', 'declined', 'to comment'],
    ]);
    expect(read('The group kept carrying out attacks on the border. His plans were delayed. Support for the dam is growing.')).toEqual([]);
    expect(read('Most farmers support the new dam.')).toMatchObject([{ source: 'Most farmers', cue: 'support', content: 'the new dam' }]);
  });

  it('reads "I think", naming ("called the deal a mistake") and verbs of subject matter ("talked about …")', () => {
    const text = 'Most farmers think the new dam will fail. Nasser called the deal a mistake. Lopez talked about the cost of the bridge.';
    expect(read(text).map((c) => [c.source, c.cue, c.content])).toEqual([
      ['Most farmers', 'think', 'the new dam will fail'],
      ['Nasser', 'called', 'the deal a mistake'],
      ['Lopez', 'talked about', 'the cost of the bridge'],
    ]);
    expect(read('Most farmers see the dam as a threat to the valley.')).toMatchObject([{ source: 'Most farmers', cue: 'see', content: 'the dam as a threat to the valley' }]);
    expect(read('We will see the dam next week.')).toMatchObject([]);
    expect(read('Lopez took issue with the new tolls on the bridge.')).toMatchObject([{ source: 'Lopez', cue: 'took issue with', content: 'the new tolls on the bridge' }]);
    expect(read('The mayor slammed the ministry’s plan as a betrayal of the valley.')).toMatchObject([{ source: 'The mayor', cue: 'slammed', content: 'the ministry’s plan as a betrayal of the valley' }]);
  });

  it('finds the speaker before appositions and relative clauses set off by commas', () => {
    const text =
      'Maria Lopez, a teacher from the valley and a member of the council, said the bridge would reopen in May. Nasser, who said last year that he would resign, said the talks had failed.';
    expect(read(text).map((c) => [c.source, c.actor, c.content])).toEqual([
      ['Maria Lopez, a teacher from the valley and a member of the council', 'Maria Lopez', 'the bridge would reopen in May'],
      ['who', 'Nasser', 'he would resign'],
      ['Nasser', 'Nasser', 'the talks had failed'],
    ]);
  });

  it('finds the speaker before a party label in brackets or an aside between dashes', () => {
    const text = 'Sen. Maria Lopez (D-Vt.) said the bridge would reopen in May. Many farmers in the valley — including those who lost land — said the dam should not be built.';
    expect(read(text).map((c) => [c.source, c.actor, c.content])).toEqual([
      ['Sen. Maria Lopez (D-Vt.)', 'Maria Lopez', 'the bridge would reopen in May'],
      ['Many farmers in the valley — including those who lost land —', 'Many farmers in the valley', 'the dam should not be built'],
    ]);
  });

  it('reads "…, X said, …" in the middle of a sentence: the claim before an aside, or round the cue when it goes on', () => {
    const text =
      'The convoy will leave on Tuesday, Lopez said, a decision that surprised the drivers. The road would be safer, Nasser said, once the bridge is repaired.';
    expect(read(text).map((c) => [c.source, c.content])).toEqual([
      ['Lopez', 'The convoy will leave on Tuesday'],
      ['Nasser', 'The road would be safer, Nasser said, once the bridge is repaired'],
    ]);
  });

  it('does not read "X, …, said <clause>" as an inverted "…, said X"', () => {
    const text = 'Lopez, a teacher, said the bridge was closed.';
    expect(read(text)).toMatchObject([{ source: 'Lopez, a teacher', content: 'the bridge was closed' }]);
    expect(read('The bridge is closed for the winter, said a spokesman for the ministry.')).toMatchObject([
      { source: 'a spokesman for the ministry', content: 'The bridge is closed for the winter' },
    ]);
  });

  it('reads a cue a headline capitalizes, and only in a headline', () => {
    const text = 'Valley Farmers Says Dam Will Fail Within A Decade\n\nThe farmers met on Monday. Says Who was the name of the play.';
    expect(read(text).map((c) => [c.source, c.cue, c.content])).toEqual([['Valley Farmers', 'Says', 'Dam Will Fail Within A Decade']]);
  });

  it('does not give a quote inside one claim to the speaker of the next sentence', () => {
    const text = 'Lopez said that the plan was “a disgrace” for the valley. He said the ministry must start again.';
    expect(read(text).map((c) => [c.source, c.content])).toEqual([
      ['Lopez', 'the plan was “a disgrace” for the valley'],
      ['He', 'the ministry must start again'],
    ]);
  });

  it('reads "according to X" before and after the claim', () => {
    const text = 'According to the ministry, 300 families have returned. Prices rose by a third, according to Reuters.';
    expect(read(text)).toMatchObject([
      { actor: 'ministry', source: 'the ministry', cue: 'According to', content: '300 families have returned' },
      { actor: 'Reuters', source: 'Reuters', cue: 'according to', content: 'Prices rose by a third' },
    ]);
  });

  it('takes the whole phrase after "according to" as the source, and a claim after a colon', () => {
    const text =
      'According to early results of a survey conducted for the ministry by the university, most families want to return. The roads are worse this year: repairs have stopped, according to the council.';
    expect(read(text).map((c) => [c.source, c.content])).toEqual([
      ['early results of a survey conducted for the ministry by the university', 'most families want to return'],
      ['the council', 'repairs have stopped'],
    ]);
  });

  it('reads "…, according to X, …" mid-sentence as the sentence round the cue', () => {
    const text = 'At the heart of the dispute, according to the council, was a decision to close the bridge.';
    expect(read(text)).toMatchObject([{ source: 'the council', content: 'At the heart of the dispute, according to the council, was a decision to close the bridge' }]);
  });

  it('reads object cues (called for, expressed, described … as) and mixed claims with a quoted fragment', () => {
    const text = 'Opposition leaders have called for new elections. The government described the vote as a “provocation” by its rivals.';
    expect(read(text)).toMatchObject([
      { actor: 'Opposition leaders', cue: 'called for', content: 'new elections', kind: 'indirect' },
      { actor: 'government', cue: 'described', content: 'the vote as a “provocation” by its rivals', kind: 'mixed' },
    ]);
  });

  it('reads any reporting verb’s -ing form after a comma as the subject’s claim', () => {
    const text = 'Nasser resigned on Monday, citing the ministry’s refusal to fund the bridge.';
    expect(read(text)).toMatchObject([{ source: 'Nasser', cue: 'citing', content: 'the ministry’s refusal to fund the bridge' }]);
  });

  it('reads a phrase opening with an -ing form like a participle, or a progressive after its auxiliary', () => {
    expect(read('Nasser closed the meeting, referring to the dam as a mistake.')).toMatchObject([{ source: 'Nasser', cue: 'referring to', content: 'the dam as a mistake' }]);
    expect(read('Lopez is talking about the cost of the bridge.')).toMatchObject([{ source: 'Lopez', cue: 'talking about', content: 'the cost of the bridge' }]);
  });

  it('reads an adjective of stance after its verb: "is confident that …", "has been critical of …"', () => {
    const text = 'Lopez is confident that the bridge will reopen. Nasser has long been critical of the new tolls.';
    expect(read(text).map((c) => [c.source, c.cue, c.content])).toEqual([
      ['Lopez', 'confident that', 'the bridge will reopen'],
      ['Nasser', 'critical of', 'the new tolls'],
    ]);
    expect(read('A critical of the plan reviewer left.')).toEqual([]);
  });

  it('reads a participle with no comma after a plural object or "by"', () => {
    const text = 'Lopez sent a letter to supporters saying the bridge would reopen in May.';
    expect(read(text)).toMatchObject([{ source: 'Lopez', cue: 'saying', content: 'the bridge would reopen in May' }]);
    expect(read('The drivers were tired of saying the same thing every winter.')).toEqual([]);
  });

  it('ends a claim at a second cue after "and", "but" or "then", which the same speaker says', () => {
    const text = 'Lopez says the bridge may not reopen this year but insists the ferry will run.';
    expect(read(text).map((c) => [c.source, c.cue, c.content])).toEqual([
      ['Lopez', 'says', 'the bridge may not reopen this year'],
      ['Lopez', 'insists', 'the ferry will run'],
    ]);
  });

  it('ends a claim where the same speaker’s next cue begins, and takes "that" only after where and when', () => {
    const text = 'Maria Lopez said the crossing would reopen soon, adding that the convoy was ready. Nasser said the new plan would resemble that of the old one.';
    expect(read(text).map((c) => [c.cue, c.content])).toEqual([
      ['said', 'the crossing would reopen soon'],
      ['adding', 'the convoy was ready'],
      ['said', 'the new plan would resemble that of the old one'],
    ]);
    expect(read('Lopez said on Friday that the border was open.')[0]?.content).toBe('the border was open');
    expect(read('Lopez told The Valley Courier newspaper of Ashford on Saturday that she would run.')[0]?.content).toBe('she would run');
  });

  it('reads findings and writing as claims: "a survey found …", "X wrote that …"', () => {
    const text = 'A survey by the institute found that most families want to return. Lopez wrote that the road was unsafe.';
    expect(read(text).map((c) => [c.cue, c.content])).toEqual([
      ['found', 'most families want to return'],
      ['wrote', 'the road was unsafe'],
    ]);
  });

  it('passes over passives and nouns that look like cues', () => {
    expect(read('The city was declared safe in 2019. Iraqi state media covered the meeting. The reports were late.')).toEqual([]);
    expect(read('Republicans now control both chambers in 30 states with large majorities.')).toEqual([]);
    expect(read('Lopez leads by 271 pledged delegates. The alleged bribe was never found.')).toEqual([]);
    expect(read('The ministry report states that 300 families have returned.')).toMatchObject([{ cue: 'states', content: '300 families have returned' }]);
  });
});

describe('speakers', () => {
  it('resolve a pronoun, a surname and a role to the full name mentioned before', () => {
    const text =
      'Defense Secretary Lloyd Austin met the delegation. He said the mission would change. Major General Pat Ryder, Pentagon spokesman, said the talks went well. Austin later said the talks would go on. The Pentagon spokesman told reporters that no date was set.';
    expect(read(text).map((c) => [c.source, c.actor])).toEqual([
      ['He', 'Lloyd Austin'],
      ['Major General Pat Ryder, Pentagon spokesman', 'Pat Ryder'],
      ['Austin', 'Lloyd Austin'],
      ['The Pentagon spokesman', 'Pat Ryder'],
    ]);
  });

  it('resolve a titled surname to the full name before, and leave a sentence’s opening word out of a name', () => {
    const text = 'Karim Nasser met the delegation. Mr. Nasser said the talks had stalled over water. Later Sen. Maria Lopez arrived. Lopez said the bridge would open in spring.';
    expect(read(text).map((c) => [c.source, c.actor])).toEqual([
      ['Mr. Nasser', 'Karim Nasser'],
      ['Lopez', 'Maria Lopez'],
    ]);
  });

  it('resolve to the notebook’s actor through its name and aliases, Arabic spellings included', () => {
    const actors = [
      { id: 'a-us', name: 'Washington (US government)', aliases: ['Lloyd Austin', 'Pentagon'] },
      { id: 'a-iq', name: 'Baghdad', aliases: ['وزارة الدفاع العراقية'] },
    ];
    const text = 'Lloyd Austin said the mission would change. The Pentagon said no date was set. Baghdad has said the mission is over.';
    expect(findClaims(text, { actors }).map((s) => [s.actor, s.actorId])).toEqual([
      ['Washington (US government)', 'a-us'],
      ['Washington (US government)', 'a-us'],
      ['Baghdad', 'a-iq'],
    ]);
    const arabic = 'According to وزارة الدفاع العراقیة, the talks are over.'.replace('ی', 'ي');
    expect(findClaims(arabic, { actors })[0]?.actorId).toBe('a-iq');
  });
});

describe('what is not a claim', () => {
  it('finds nothing in Arabic text, quoted or not', () => {
    const arabic = 'قال وزير الدفاع إن "المهمة انتهت" وإن القوات ستغادر.\n\n«نحن ملتزمون بالحوار»، قال المتحدث.\n\nأعلنت الحكومة العراقية أن المحادثات مستمرة.';
    expect(findClaims(arabic)).toEqual([]);
    // Longer quotes too, with a colon before them, which English copy would hand to a speaker.
    const longer = 'قال وزير الدفاع العراقي إن "المهمة انتهت ولن تعود القوات" بعد الاجتماع.\n\nوقالت الحكومة: "لا توجد قوات أجنبية على أرضنا بعد اليوم".';
    expect(findClaims(longer)).toEqual([]);
  });

  it('finds nothing in a quote with no one saying it, or in plain narrative', () => {
    expect(findClaims('The word “transition” appears twice. Troops left the base on Monday.')).toEqual([]);
  });
});

describe('the seed article', () => {
  const text = readFileSync(new URL('../samples/coalition-talks.txt', import.meta.url), 'utf8');
  const claims = read(text);

  it('finds its attributed statements with the right speakers', () => {
    const said = (actor: string, words: string) => claims.some((c) => c.actor === actor && c.content.includes(words));
    expect(said('Lloyd Austin', 'Our bond is especially important')).toBe(true);
    expect(said('Lloyd Austin', 'continues to plot attacks')).toBe(true);
    expect(said('Baghdad', 'the commission aims to conclude the presence of the coalition forces')).toBe(true);
    expect(said('Washington', '“transition”')).toBe(true);
    expect(said('Iraqi state media', 'Abbasi was leading')).toBe(true);
    expect(said('Pat Ryder', 'Our convening of this dialogue')).toBe(true);
    expect(said('Pat Ryder', 'the United States is seeking to transition')).toBe(true);
    expect(said('Pentagon', 'have not set any timelines')).toBe(true);
    expect(said('Iraqi government', 'anger over US retaliatory strikes')).toBe(true);
    expect(said('Hardline Shiite politicians', 'Baghdad to expel US troops')).toBe(true);
    expect(said('Iraqi government', 'a violation of its sovereignty')).toBe(true);
  });

  it('finds no claim in its narrative sentences', () => {
    expect(claims).toHaveLength(11);
    expect(claims.some((c) => c.content.includes('concluded a two-day meeting') || c.content.includes('declared territorially defeated'))).toBe(false);
  });

  it('gives Austin’s quote that runs over two sentences as one claim, ending at its closing mark', () => {
    const quote = claims.find((c) => c.content.includes('continues to plot'))!;
    expect(quote.content.endsWith('to meet this changing threat.”')).toBe(true);
    expect(quote.kind).toBe('mixed');
    expect(claims.find((c) => c.content.includes('Our bond'))?.kind).toBe('direct');
  });
});
