// A made-up news article (written for these tests, about invented places and people) and the
// passages that the tests annotate as claims. Every claim quote occurs exactly once, but like real
// articles it repeats its key figures: the KEY FACTS box holds near look-alikes of six claims, on
// which a deleted claim must not land.

export const HARBOUR_ARTICLE = `Harbour cities agree to halve shipping emissions by 2035

PORT ALDREN — Mayors from 41 harbour cities gathered on Tuesday in the old customs hall of Port Aldren and signed what their hosts called the most ambitious local climate pact ever drafted for the shipping trade. The document, known as the Aldren Compact, commits every signatory to cut emissions from vessels at berth by half within twelve years.

The meeting had been expected to draw about thirty delegations, but late registrations from the Baltic and the Gulf of Guinea pushed the total well past the organisers' forecast. Officials said 1,200 people attended the opening session, including port engineers, union representatives and a small group of fishermen who protested outside against new dredging plans.

"We cannot wait for national governments to agree on a global levy," said Maren Solberg, the mayor of Port Aldren, as she opened the conference. "Our ports are where the smoke is, so our ports are where the work has to start."

Under the compact, each city must install shore power at no fewer than 60 percent of its commercial berths by 2030. Ships connected to the grid can switch off their diesel generators while loading and unloading, which engineers say removes most of the soot that settles over harbour neighbourhoods. The text also asks cities to publish an annual inventory of emissions measured at the quayside rather than estimated from fuel sales.

The cost of the programme remains the most disputed part of the agreement. A study commissioned by the host city put the bill for shore power across all signatories at 4.8 billion euros, while an independent review by the Northern Freight Institute estimated it at closer to 7 billion. Dr. Tomasz Wierzbicki, who led the institute's review, said the official figure ignored the cost of upgrading local substations, many of which date from the 1970s.

Several delegates questioned whether smaller ports could raise the money on their own. The mayor of Kessel Bay, a town of 18,000 people whose economy depends on a single ferry line, told reporters that her council had already borrowed heavily to rebuild a sea wall damaged in last winter's storms. "We support every word of the compact," she said. "What we do not have is a spare ten million to spend on cables."

To answer those worries, the organisers announced a shared fund seeded with 350 million euros from three regional development banks. Cities with fewer than 50,000 inhabitants will be able to apply for grants covering up to 80 percent of their installation costs. The fund's board will meet for the first time in September and is expected to publish its rules before the end of the year.

Shipping companies gave the compact a cautious welcome. The chief executive of Halvard Lines, which operates 64 container ships on routes between northern Europe and West Africa, said his fleet was ready to plug in wherever the infrastructure existed. He warned, however, that ports moving at different speeds could push traffic towards harbours with weaker rules, a risk the compact tries to limit by asking signatories to coordinate their timetables.

Environmental groups were more divided. Clean Harbours Alliance praised the measured inventories as a real step towards honest accounting, but criticised the decision to leave cruise terminals out of the first phase. According to the alliance, a single large cruise ship idling at berth for ten hours can emit as much nitrogen oxide as several thousand cars driving through the city in a day. The organisers replied that cruise terminals would be covered from 2032 onwards.

The host city itself has moved faster than most. Port Aldren connected its first ferry berth to shore power in 2019 and now supplies electricity to eleven berths, about a third of the total. City figures show that concentrations of fine particles near the ferry terminal fell by 23 percent between 2019 and 2024, although officials admit that part of the drop came from a cleaner bus fleet introduced at the same time.

Not every city in the region joined the pact. Delegates from Grelmouth, the largest port on the northern coast, attended the talks as observers but declined to sign, saying their national grid operator could not guarantee the extra capacity before 2033. A spokesman for the Grelmouth port authority said the city shared the goals of the compact and hoped to join once the grid upgrade was financed.

Labour unions focused on jobs. Representatives of dock workers asked for a guarantee that electrification would not be used as a pretext for further automation of cargo handling. The final text includes a paragraph committing signatories to consult worker organisations before awarding contracts, a clause that the union federation described as modest but welcome.

The compact will enter into force once it has been ratified by at least 25 city councils. Organisers hope to reach that threshold by the spring, in time for a follow-up meeting scheduled for May in the harbour town of Lindqvist. Until then, the secretariat will be hosted by Port Aldren's environment department, which has hired four additional staff for the purpose.

As the delegates left the customs hall on Tuesday evening, a tugboat in the harbour sounded its horn three times, an old local signal that a ship is leaving port. Solberg laughed when asked whether the gesture had been planned. "I wish I could take credit for it," she said. "But in Port Aldren, the harbour always has the last word."

KEY FACTS
- Mayors from 41 harbour cities met on Tuesday in Port Aldren.
- Each city must fit shore power at no fewer than 60 percent of its berths by 2030.
- The host city put the bill for shore power across all signatories at 4.9 billion euros; an independent review estimated it at close to 7 billion.
- A shared fund was seeded with 350 million euros from three development banks.
- Fine particles near the ferry terminal fell by 23 percent between 2019 and 2023.
- The compact takes effect once at least 25 city councils have ratified it.
`;

/** Passages of HARBOUR_ARTICLE annotated as claims in the tests (20, each occurring once). */
export const HARBOUR_CLAIM_QUOTES: readonly string[] = [
  'Mayors from 41 harbour cities gathered on Tuesday',
  'cut emissions from vessels at berth by half within twelve years',
  'Officials said 1,200 people attended the opening session',
  'a small group of fishermen who protested outside against new dredging plans',
  'We cannot wait for national governments to agree on a global levy',
  'shore power at no fewer than 60 percent of its commercial berths by 2030',
  'removes most of the soot that settles over harbour neighbourhoods',
  'put the bill for shore power across all signatories at 4.8 billion euros',
  'estimated it at closer to 7 billion',
  'many of which date from the 1970s',
  'a town of 18,000 people',
  'a shared fund seeded with 350 million euros from three regional development banks',
  'grants covering up to 80 percent of their installation costs',
  'which operates 64 container ships',
  'can emit as much nitrogen oxide as several thousand cars driving through the city in a day',
  'cruise terminals would be covered from 2032 onwards',
  'fell by 23 percent between 2019 and 2024',
  'could not guarantee the extra capacity before 2033',
  'ratified by at least 25 city councils',
  'which has hired four additional staff for the purpose',
];
