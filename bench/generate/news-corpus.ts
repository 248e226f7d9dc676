// A second corpus for the anchoring bench: news reports written for this
// project by its engineers (fictional events, invented names; no sentence
// taken from anywhere), so the bench also measures prose as reporters write
// it — varied sentences, quotes, numbers, datelines — rather than the
// sample article's sentences recombined. Free to keep and change with the
// project.
import type { Prose, Span } from './prose.ts';

export interface NewsArticle {
  headline: string;
  paragraphs: string[];
}

export const NEWS_ARTICLES: readonly NewsArticle[] = [
  {
    headline: 'Dock workers end four-day strike at Port Halvern after pay deal',
    paragraphs: [
      'PORT HALVERN — Dock workers returned to the cranes on Friday morning after their union accepted a pay offer that ends a four-day strike, the longest stoppage at the country’s second-busiest container terminal in more than a decade.',
      'The agreement, reached shortly before midnight after eleven hours of talks, raises basic pay by 6.5 percent this year and 4 percent next year, and caps compulsory overtime at eight hours a week. Union members approved it by a show of hands at a meeting outside the main gate.',
      '“Nobody wanted to be out here for this long,” said Marta Ilves, who has driven a straddle carrier at the port for nineteen years. “But we were told for three years that there was no money, and then the company announced record profits.”',
      'The port authority said about 40 ships had been waiting offshore or diverted to other harbours during the strike. It expects the backlog to clear within ten days, although shipping agents warned that some perishable cargo, including fruit from the south, had already been lost.',
      'Halvern Terminal Operations, which runs the container berths under a thirty-year concession, said in a statement that the deal was “fair and sustainable” and that it would not cut jobs to pay for it. The company declined to say how much the settlement would cost.',
      'The labour minister, Piet Oranje, who had urged both sides to accept mediation on Wednesday, welcomed the outcome but said the government would review whether ports should be treated as essential services in future disputes. The union said it would resist any such change.',
    ],
  },
  {
    headline: 'Drought forces three provinces to share one reservoir',
    paragraphs: [
      'LAKE ORVA — Farmers in three provinces will draw water from the same reservoir on a strict rota from next month, after the driest winter on record left the region’s smaller dams less than a fifth full.',
      'Under the plan agreed by the provincial governors on Tuesday, irrigation will be allowed on alternate days and only between sunset and sunrise, when less water is lost to evaporation. Towns will keep priority for drinking water, and hospitals will be supplied by tanker if pressure drops.',
      'The reservoir at Lake Orva held 61 percent of its capacity this week, compared with 84 percent at the same time last year. Engineers from the national water agency said that, without substantial rain by early summer, it could fall below 30 percent by September.',
      'Growers of rice and sugar beet, which need the most water, said the rota would cost them a season. “You cannot water rice every second night and expect a harvest,” said Ada Kowalczyk, who chairs a farmers’ cooperative near Velm. She said members had asked for compensation but had not yet received an answer.',
      'The governors said they would ask the central government for emergency funds to line leaking canals, which lose an estimated quarter of the water they carry. They also agreed to meet every two weeks to review the rota, and to publish the reservoir’s level online each morning.',
      'Meteorologists expect the weather pattern that kept rain away this winter to weaken in the spring, but they cautioned that one wet month would not refill the dams. Several towns have already banned washing cars and filling private swimming pools.',
    ],
  },
  {
    headline: 'Recount confirms mayor’s narrow win in Dellbridge',
    paragraphs: [
      'DELLBRIDGE — A full recount of the mayoral election has confirmed that the incumbent, Hanna Stroud, won a second term by 212 votes, the city’s election board announced late on Monday.',
      'The recount, requested by her challenger, the former school principal Owen Machado, took six days and involved 140 volunteers counting paper ballots by hand under the eyes of observers from both campaigns. The original count had given Ms. Stroud a margin of 198 votes.',
      'Election officials said the difference came mostly from ballots that the scanners had set aside because voters had marked them with pencil rather than ink. Those ballots were counted when the voter’s choice was clear, as the law allows.',
      'Mr. Machado conceded in a short statement outside the town hall. “The people of Dellbridge have spoken twice now, and I accept their verdict,” he said, adding that he would keep pressing for a new bus depot on the east side of the city, the central promise of his campaign.',
      'Turnout was 58 percent, the highest in a local election in Dellbridge since the city began keeping records in its current form. Both campaigns had spent heavily on door-to-door canvassing in the final weeks.',
      'Ms. Stroud, who will be sworn in on the first of next month, thanked the volunteers and said her priorities would be housing and the repair of the old river bridge, which has been closed to heavy vehicles since the spring floods.',
    ],
  },
  {
    headline: 'Inquiry into Kessel bridge collapse points to missed inspections',
    paragraphs: [
      'KESSEL — Inspections of the road bridge that collapsed over the Marn river in March were carried out less often than the rules required, and a crack found in one of its piers was never repaired, an independent inquiry said in its interim report on Thursday.',
      'Two people died and seven were injured when a section of the bridge fell into the river during the morning rush hour. A lorry and three cars went into the water; divers recovered the last of the vehicles two days later.',
      'The inquiry, led by a retired judge, Ines Falk, found that the bridge had been inspected in detail only twice in the eight years before the collapse, instead of every two years. The last detailed inspection, in 2019, recorded a crack in the third pier and recommended “monitoring and repair within twelve months.”',
      'No repair was carried out. The regional roads agency told the inquiry that the work had been scheduled twice and postponed twice because of budget cuts, and that the crack had not been judged urgent by the engineers who reviewed the report.',
      '“This was not a sudden failure that nobody could have foreseen,” Judge Falk told reporters. “It was a slow failure of a system that should have seen it coming.” She said her final report, due in the autumn, would address who was responsible.',
      'The regional government said it had ordered detailed inspections of all 212 bridges it maintains, and that 14 had been closed or restricted to lighter vehicles as a precaution. Families of the victims said they were still waiting for an apology.',
    ],
  },
  {
    headline: 'Central bank holds rates, signals cut later in the year',
    paragraphs: [
      'The central bank left its main interest rate unchanged at 4.25 percent on Wednesday but said that slowing inflation could allow it to lower borrowing costs before the end of the year, sending the currency to a two-month low.',
      'Consumer prices rose 3.1 percent in the year to March, down from a peak of 9.4 percent eighteen months ago. The bank expects inflation to reach its 2 percent target in the second half of next year, a little earlier than it forecast in January.',
      'Governor Lidia Sarren said at a news conference that the bank wanted to be “sure, not hopeful” that inflation was under control before cutting. “We have come a long way, and we do not want to have to make the journey twice,” she said.',
      'Two of the seven members of the rate-setting committee voted for an immediate cut of a quarter of a percentage point, citing weak retail sales and a rise in unemployment to 5.8 percent. The other five voted to hold.',
      'Economists had been divided before the meeting. Several banks now expect the first cut in September, while others think the bank will wait until after the budget in October. Mortgage lenders have already begun to trim the rates they offer on fixed-term loans.',
      'The currency fell 0.7 percent against the dollar after the announcement. Shares of house builders rose, and the yield on two-year government bonds fell to its lowest level since last summer.',
    ],
  },
  {
    headline: 'Measles vaccination drive reaches remote valleys by helicopter',
    paragraphs: [
      'TARSA VALLEY — Health workers have begun flying vaccines into mountain villages cut off by snow, part of a campaign to stop a measles outbreak that has infected more than 900 children since December.',
      'The health ministry said two helicopters lent by the air force would carry teams of nurses and cold boxes to 37 villages over the next three weeks. Each team stays a day in each village, vaccinating every child between nine months and fifteen years old who has not had two doses.',
      'Measles had almost disappeared from the country a decade ago, but vaccination rates fell during the pandemic, when many clinics closed, and have not fully recovered. In some valley districts, fewer than six in ten children have received both doses.',
      'Dr. Yusuf Demir, who leads the campaign, said the outbreak had so far caused four deaths, all of them in children under five who were not vaccinated. “Every one of those deaths was preventable,” he said. “That is what makes this work urgent.”',
      'Village elders have been asked to gather families in schools or mosques on the day of each visit. Teams also carry vitamin A supplements, which reduce the severity of the disease in children who are already ill.',
      'The ministry said it would publish weekly figures on new cases. It hopes to vaccinate 45,000 children by the end of April, which would bring coverage in the affected districts above 90 percent.',
    ],
  },
  {
    headline: 'Border crossing at Vell reopens after eight months',
    paragraphs: [
      'VELL — The main road crossing between the two countries reopened to lorries and private cars on Saturday, eight months after it was closed during a dispute over customs fees that had strained relations between the neighbours.',
      'Queues began forming before dawn on both sides. By mid-morning, border officials said about 300 lorries had crossed, most of them carrying building materials, fruit and vegetables. Passenger cars were processed in a separate lane that had been rebuilt during the closure.',
      'The crossing was shut last summer after one government raised fees on goods in transit and the other responded by banning lorries registered across the border. Trade between the two countries fell by roughly a third in the months that followed, according to chambers of commerce on both sides.',
      'Foreign ministers of the two countries signed an agreement last month that sets a single fee for transit goods, to be reviewed every year by a joint committee. The agreement also creates a hotline between the two customs services to settle disputes before they escalate.',
      '“For people here, this is not about diplomacy; it is about whether you can visit your sister,” said Goran Petrić, who runs a café a few hundred metres from the border post. He said his business had lost most of its customers while the crossing was closed.',
      'Officials on both sides said they expected traffic to return to its earlier level of about 1,200 lorries a day within a month. Bus services between the two capitals are due to resume next week.',
    ],
  },
  {
    headline: 'Fire at Brannock refinery brought under control',
    paragraphs: [
      'BRANNOCK — Firefighters brought a blaze at the Brannock oil refinery under control on Sunday evening, more than thirty hours after an explosion in a processing unit sent a column of black smoke over the coastal town.',
      'Three workers were taken to hospital with burns, one of them in serious condition, the refinery’s owner said. About 400 residents of streets nearest the site spent Saturday night in a sports hall after the authorities advised them to leave their homes as a precaution.',
      'The fire started in a unit that removes sulphur from diesel, according to the company, which said the rest of the refinery had been shut down safely. It was too early to say what caused the explosion, a spokesperson added, and the company would cooperate fully with investigators.',
      'Environmental inspectors took air samples in the town throughout the weekend. Their first results showed raised levels of soot particles but no dangerous concentrations of other pollutants, the regional environment office said. Residents were told to keep windows closed until Monday.',
      'The refinery supplies about a fifth of the country’s diesel. The energy ministry said fuel stocks were sufficient for several weeks and that it did not expect shortages at filling stations, although wholesale prices rose on Monday morning.',
      'It was the second serious incident at the site in four years. In 2021 a leak from a storage tank polluted a stretch of beach, and the company was fined for failing to report it promptly.',
    ],
  },
  {
    headline: 'Ceasefire talks resume in Sorrin with prisoner exchange on the table',
    paragraphs: [
      'SORRIN — Negotiators for the government and the rebel alliance returned to the table on Monday for a third round of talks, with both sides saying an exchange of prisoners could be agreed within days.',
      'The talks, hosted by the foreign ministry of a neighbouring state, broke down in February after fighting flared around the river town of Mella. A truce declared in March has mostly held, although both sides accuse each other of violations along the northern front.',
      'A mediator involved in the talks, who spoke on condition that he not be named because the negotiations are confidential, said the two delegations had exchanged lists of about 600 detainees. He said the main obstacle was the release of several commanders whom the government considers responsible for attacks on civilians.',
      '“We are closer than we have ever been on the prisoners, and further than we would like on everything else,” the mediator said, referring to disagreements over the withdrawal of heavy weapons and the return of displaced families.',
      'The rebel delegation’s spokeswoman, Amira Sahin, said in a statement that an exchange would be “a test of good faith” before any talks on a permanent ceasefire. The government’s chief negotiator said only that his team had come “ready to work.”',
      'Aid agencies say more than 200,000 people remain displaced by the fighting, many of them in camps near the border where supplies of clean water are running short. They have asked both sides to open safe routes for convoys.',
    ],
  },
  {
    headline: 'Hospital data breach exposed records of 1.2 million patients',
    paragraphs: [
      'The personal records of about 1.2 million patients were exposed in a breach at a company that processes billing for public hospitals, the health ministry said on Tuesday, in what officials called the largest leak of medical data in the country’s history.',
      'The files included names, dates of birth, addresses and the codes of treatments received, but not doctors’ notes or test results, according to the ministry. Attackers gained access through an account belonging to a former contractor that had not been closed when the contract ended.',
      'The company, Medbill Services, said it discovered the breach three weeks ago and immediately notified the data protection authority. It said it had since reset every password in its systems and hired outside investigators. Patients whose records were exposed will receive letters over the coming weeks.',
      'The data protection authority said it had opened an investigation and could impose fines of up to 4 percent of the company’s annual turnover. Its chair, Roos Verbeek, said the delay between the discovery and the public announcement would be part of the inquiry.',
      '“People trusted their hospitals with some of the most private facts of their lives,” Ms. Verbeek said. “They are entitled to know quickly when that trust has been broken, and what is being done about it.”',
      'Security researchers warned that the stolen data could be used in convincing scam messages, and urged patients to be suspicious of calls or emails that mention recent hospital visits and ask for payment or bank details.',
    ],
  },
  {
    headline: 'Night trains return to the northern line after twelve years',
    paragraphs: [
      'GRENHAVEN — A sleeper train left the capital for the northern coast on Thursday night for the first time in twelve years, restoring a service that was cut when the state railway said it could no longer afford to run it.',
      'The new service runs three nights a week, leaving at 21:40 and arriving in Grenhaven shortly after seven in the morning. It has eleven carriages, including couchettes with six berths, private cabins with a shower, and a carriage for bicycles.',
      'All 280 places on the first train were sold within an hour of going on sale last month. The operator, a private company that won a ten-year contract from the transport ministry, said bookings for the summer were running well ahead of its forecasts.',
      'The transport minister, who travelled on the first train, said night services were part of a plan to move more long-distance travel from planes and cars to the railway. The government pays the operator a subsidy of about 12 euros per passenger, which it expects to fall as the service grows.',
      'Not everyone is convinced. An association of rail users said the timetable left too little time for connections at Grenhaven, and that fares, starting at 69 euros for a couchette, were too high for families. The operator said cheaper fares would be offered outside the summer season.',
      'Hotel owners on the northern coast welcomed the train, saying visitors from the capital had been put off by the eight-hour drive. “Now people can leave work on Friday and wake up by the sea,” said one.',
    ],
  },
  {
    headline: 'School meals to be free for all primary pupils from September',
    paragraphs: [
      'All children in state primary schools will receive a free hot lunch from September, the education ministry announced on Wednesday, extending a scheme that until now covered only families on low incomes.',
      'The change will cost about 340 million a year and benefit roughly 610,000 pupils, the ministry said. Schools without kitchens will be supplied by regional catering centres, and the ministry will fund the purchase of equipment for schools that want to cook on site.',
      'Teachers’ unions and parents’ associations have campaigned for universal free meals for years, arguing that means-tested schemes leave out families just above the income threshold and that some children who qualify do not take up the meals because they fear being singled out.',
      '“When every child eats together, nobody has to explain why they are there,” said Lena Horvath, a head teacher in the eastern town of Sapor, where a pilot scheme ran last year. She said attendance in the afternoons had improved since the pilot began.',
      'Some municipalities have warned that they lack space for larger dining halls and may need to serve lunch in two or three sittings. The ministry said it would publish guidance on menus, which must include fresh vegetables every day and fish at least once a week.',
      'Opposition parties welcomed the policy but questioned how it would be paid for in future years, noting that the funding is guaranteed only until the end of the current parliament.',
    ],
  },
];

/** The articles as one source, one after another, with their sentences and paragraphs (for reviseProse). */
export function newsProse(): Prose {
  const parts: string[] = [];
  let size = 0;
  const sentences: Span[] = [];
  const sentenceParagraph: number[] = [];
  const paragraphs: Span[] = [];
  const write = (s: string) => {
    parts.push(s);
    size += s.length;
  };
  NEWS_ARTICLES.forEach((article, i) => {
    if (i > 0) write('\n\n\n');
    write(`${article.headline}\n\n`);
    article.paragraphs.forEach((paragraph, j) => {
      if (j > 0) write('\n\n');
      const start = size;
      // Sentences end at . ? ! (and a closing quote) before a capital or an opening quote; "Ms." ends none.
      for (const sentence of paragraph.split(/(?<!\b(?:Mr|Ms|Dr)\.)(?<=[.?!][”"’]?)\s+(?=[“"A-Z])/)) {
        if (size > start) write(' ');
        sentences.push({ start: size, end: size + sentence.length });
        sentenceParagraph.push(paragraphs.length);
        write(sentence);
      }
      paragraphs.push({ start, end: size });
    });
  });
  return { text: parts.join(''), sentences, sentenceParagraph, paragraphs };
}
