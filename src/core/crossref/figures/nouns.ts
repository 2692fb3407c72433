// Counted nouns ("35 countries", "26 nations") and what happened to the counted ("12 people were
// killed"). Two counts are about the same thing only when their subjects normalise to the same key.

/** Synonym classes: every word maps to the class's first word. */
const NOUN_CLASSES: readonly (readonly string[])[] = [
  // "29 governments signed": in a count of signatories a government stands for its country.
  ['country', 'nation', 'state', 'member state', 'government'],
  ['killed', 'dead', 'death', 'fatality', 'life', 'lives', 'died', 'death toll'],
  ['injured', 'wounded', 'injury', 'hurt'],
  ['people', 'person', 'individual', 'persons'],
  ['troop', 'soldier', 'serviceman', 'servicemen', 'service member', 'military personnel'],
  ['leader', 'head of state', 'heads of state', 'head of government'],
  ['child', 'children', 'kid'],
  ['missing', 'unaccounted'],
  ['arrested', 'arrest', 'detained', 'detention'],
  ['displaced', 'evacuated', 'evacuee', 'refugee'],
  ['home', 'house', 'dwelling'],
  ['vehicle', 'car'],
  ['aircraft', 'plane', 'jet'],
  ['job', 'position', 'post'],
];

/** Nouns that only say "how many humans": what happened to them (killed, injured) is the real subject. */
const GENERIC_HUMAN_NOUNS = new Set(['people', 'civilian', 'resident', 'child', 'adult', 'migrant', 'passenger', 'worker', 'victim']);

/** Events whose counts must never be compared with each other (dead vs injured). */
const EVENT_CLASSES = new Set(['killed', 'injured', 'missing', 'arrested', 'displaced']);

/** Words near a figure that name an event, with the event class. */
const EVENT_WORDS = new Map<string, string>([
  ['killed', 'killed'], ['killing', 'killed'], ['dead', 'killed'], ['died', 'killed'], ['death', 'killed'],
  ['deaths', 'killed'], ['fatalities', 'killed'], ['perished', 'killed'], ['toll', 'killed'], ['lives', 'killed'],
  ['injured', 'injured'], ['injuring', 'injured'], ['wounded', 'injured'], ['wounding', 'injured'], ['hurt', 'injured'], ['injuries', 'injured'],
  ['missing', 'missing'],
  ['arrested', 'arrested'], ['detained', 'arrested'], ['arrests', 'arrested'],
  ['displaced', 'displaced'], ['evacuated', 'displaced'], ['fled', 'displaced'], ['homeless', 'displaced'],
]);

const WORDS = /[a-z]+/g;

const CLASS_OF = new Map<string, string>();
for (const words of NOUN_CLASSES) for (const word of words) CLASS_OF.set(word, words[0]);

/**
 * The words that name a subject class or its event ("country" → country, nation, state, …;
 * "injured" → injured, wounded, hurt, …): they say what is counted, not what the figure is about,
 * so the figure's context leaves them out.
 */
export function subjectWords(cls: string): string[] {
  const words = new Set<string>([cls]);
  for (const list of NOUN_CLASSES) if (list[0] === cls) for (const word of list) words.add(word);
  for (const [word, event] of EVENT_WORDS) if (event === cls) words.add(word);
  return [...words];
}

/** Whether a count subject is an event ("killed", "troop killed"): the event already says what is counted. */
export function isEventSubject(subject: string): boolean {
  const parts = subject.split(' ');
  return EVENT_CLASSES.has(parts[parts.length - 1]);
}

/** A light English singular: "countries" → "country", "nations" → "nation", "buses" → "bus". */
export function singularise(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:sses|shes|ches|xes|zes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * The class key of a counted noun or unit-less subject: "nations", "States" → "country";
 * "fatalities" → "killed"; unknown nouns → their lower-cased singular ("ships" → "ship").
 * Undefined for an empty noun.
 */
export function nounClass(noun: string | undefined): string | undefined {
  if (!noun) return undefined;
  const text = noun.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!text) return undefined;
  const direct = CLASS_OF.get(text);
  if (direct) return direct;
  const singular = text.includes(' ') ? text.split(' ').map(singularise).join(' ') : singularise(text);
  return CLASS_OF.get(singular) ?? singular;
}

/** Whether two counted nouns name the same kind of thing (countries ≈ nations ≈ states). */
export function sameNounClass(a: string | undefined, b: string | undefined): boolean {
  return nounClass(a) === nounClass(b);
}

/**
 * The event a count refers to, read from the words around the figure in its sentence ("12 people
 * were killed", "the death toll rose to 35"): the nearest event word within a few words.
 */
export function eventNear(before: string, after: string): string | undefined {
  const lowerAfter = after.toLowerCase();
  WORDS.lastIndex = 0;
  for (let n = 0, match = WORDS.exec(lowerAfter); match && n < 6; n++, match = WORDS.exec(lowerAfter)) {
    const event = EVENT_WORDS.get(match[0]);
    if (event) return event;
  }
  const beforeWords = before.toLowerCase().match(WORDS) ?? [];
  for (let i = beforeWords.length - 1; i >= Math.max(0, beforeWords.length - 4); i--) {
    const event = EVENT_WORDS.get(beforeWords[i]);
    if (event) return event;
  }
  return undefined;
}

/**
 * The subject key of a count: its noun class, refined by the event around it. "12 people killed"
 * and "12 deaths" both give "killed"; "12 soldiers killed" gives "troop killed"; "26 nations" gives
 * "country". A bare number gives "" (or its event).
 */
export function countSubject(noun: string | undefined, event: string | undefined): string {
  const cls = nounClass(noun);
  if (cls && EVENT_CLASSES.has(cls)) return cls;
  if (!event) return cls ?? '';
  if (!cls || GENERIC_HUMAN_NOUNS.has(cls)) return event;
  return `${cls} ${event}`;
}
