// Whether the words before a weekday or a bare month speak of the future ("will publish on Friday",
// "is set for Thursday", "expects approval by March") or of the past ("said in April", "from 1.5 per
// cent in November"). The nearest cue word of the sentence decides; without one the caller keeps
// its default. Only weekdays and bare months ask, so the cost stays off the number path.

import { WordTable } from './lexicon';
import { isAsciiLetterCode, isDigitCode, isUpperCode } from './text';

export type Tense = 'future' | 'past' | undefined;

const FUTURE_CUES = [
  'will', 'would', 'shall', 'll', 'scheduled', 'schedule', 'due', 'set', 'expected', 'expects', 'expect', 'plans', 'plan', 'planned',
  'aims', 'aim', 'intends', 'intend', 'upcoming', 'hopes', 'hope', 'hoped', 'until', 'going', 'predicts', 'promised',
  // Fixtures: "the Nuggets host the Lakers on Sunday", "Arsenal face City on Saturday".
  'host', 'hosts', 'face', 'faces', 'visit', 'visits',
  // Forecasts, warnings and timetables look ahead ("a red flag warning from 11 a.m. Sunday",
  // "flights resume on Monday", "the window shuts on Tuesday", "could bring storms on Wednesday").
  'could', 'might', 'next', 'coming', 'ahead', 'forecast', 'warning', 'warnings', 'alert', 'booked', 'pencilled', 'penciled',
  'resume', 'resumes', 'reopen', 'reopens', 'meets', 'opens', 'shuts', 'closes', 'starts', 'begins',
  // "the fourth quarter of fiscal 2027, which ends in late January".
  'ends',
  // "free of charge starting Tuesday", "the treaty expires in December".
  'starting', 'beginning', 'effective', 'expires', 'expire', 'lapses',
  // Obligations and timetables in the present: "should avoid travel on Saturday", "returns to St. Paul on Feb. 16".
  'should', 'must', 'returns', 'arrives', 'departs', 'flies', 'heads', 'travels', 'reports', 'kicks',
  // A scheduled sitting or statement: "Reeves stands up in the Commons on Wednesday", "the court hears the case in January".
  'stands', 'delivers', 'presents', 'hears', 'publishes',
  // "Tickets go on sale Friday", "voters go to the polls on Thursday": a present "go" is a timetable.
  'go',
  // "issued an air quality advisory … through Thursday": an advisory, like a warning, runs ahead.
  'advisory', 'advisories',
  // Fixtures and sittings told in the present: "Arsenal play Chelsea on Saturday", "he misses the
  // trip to Newcastle on Saturday", "when the Senate sits on Tuesday", "the law takes effect in
  // March", "Hearings begin April 6".
  'play', 'plays', 'misses', 'sits', 'takes', 'begin',
];
/** Past cues; "from" only before an amount ("from 1.5 per cent in November" looks back). */
const PAST_CUES = ['said', 'was', 'were', 'had', 'told', 'ago', 'yesterday', 'from', 'came', 'began', 'took', 'met', 'fell', 'rose', 'won', 'lost', 'since'];
/** Irregular past forms news tells events with ("left office in June", "who beat Wales on Friday"); after "be" they look ahead ("will be held"). */
const IRREGULAR_PAST = ['left', 'went', 'saw', 'made', 'gave', 'got', 'held', 'led', 'paid', 'sold', 'ran', 'spoke', 'wrote', 'broke', 'chose',
  'flew', 'grew', 'knew', 'threw', 'drew', 'struck', 'stood', 'sent', 'spent', 'built', 'brought', 'bought', 'caught',
  'fought', 'sought', 'became', 'found', 'kept', 'felt', 'heard', 'beat', 'swore', 'wore', 'stole', 'shot', 'hid',
  // Irregular past participles, which tell a past event in a reduced clause ("Milliard, chosen in December").
  'chosen', 'taken', 'given', 'written', 'spoken', 'broken', 'driven', 'fallen', 'risen', 'stolen', 'sworn', 'thrown', 'shown', 'drawn', 'begun'];
/** Words before a past participle that make it no past event ("will be announced on Friday", "is closed on Monday"). */
const NOT_PAST_BEFORE_PARTICIPLE = new WordTable(['be', 'being', 'is', 'are', 'am', 'get', 'gets', 'stay', 'stays', 'remain', 'remains'].map((word) => ({ word })));
/** Words that end in "-ed" but are no past participle. */
const NOT_PARTICIPLES = new WordTable(['hundred', 'kindred', 'sacred', 'naked', 'wicked', 'rugged', 'beloved', 'aged', 'based', 'armed'].map((word) => ({ word })));
const DETERMINERS = new WordTable(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'these'].map((word) => ({ word })));
/** Past forms of verbs in "un-", unlike the adjectives "unchanged", "unexpected" ("a plan unveiled in November"). */
const UN_VERBS = new WordTable(['unveiled', 'unleashed', 'unearthed', 'uncovered', 'unsealed', 'unfolded', 'unlocked', 'unloaded', 'unravelled', 'unraveled', 'undermined', 'undertook', 'unfurled'].map((word) => ({ word })));
/** The present progressive of "is leaving on Friday": be before a verb in -ing ("'re", "'m"; "'s" only after a pronoun, see `isPresentBe`). */
const PRESENT_BE = new WordTable(['is', 'are', 'am', 're', 'm'].map((word) => ({ word })));
/** Pronouns whose "'s" is "is" ("he's leaving"), unlike a possessive ("China's licensing"). */
const PRONOUNS_BEFORE_IS = new WordTable(['he', 'she', 'it', 'that', 'who', 'what', 'there', 'here'].map((word) => ({ word })));
const CUES = new WordTable<{ word: string; tense: Tense; participle?: boolean }>([
  ...FUTURE_CUES.map((word) => ({ word, tense: 'future' as const })),
  ...PAST_CUES.map((word) => ({ word, tense: 'past' as const })),
  ...IRREGULAR_PAST.map((word) => ({ word, tense: 'past' as const, participle: true })),
]);
const AS_EARLY_AS = /^as (?:early|soon) as\s*$/;
/** The date, then within a few words a past verb of its own clause ("October it was"). */
const PAST_AFTER_DATE = /^[\w.]+(?: \d{1,2}| \d{4})?,? (?:\w+ ){0,2}(?:was|were|had)\b/;
const PAST_AUXILIARY_BEFORE = /\b(?:was|were|been)\s+$/;
/**
 * Verbs that foretell ("hinted at a rate increase in December", "signalled a cut in March"): the
 * date of their object lies ahead; right before the date ("hinted in October") it dates the verb.
 */
const FORETELLING_VERBS = new WordTable(['hinted', 'signalled', 'signaled', 'flagged', 'predicted', 'projected', 'priced', 'foresaw', 'forecasted', 'telegraphed'].map((word) => ({ word })));
/** "was likely in December", "is unlikely before March": a likelihood looks ahead when it governs the date. */
const LIKELIHOODS = new WordTable(['likely', 'unlikely', 'possible', 'probable'].map((word) => ({ word })));
/** The past progressive of "was running ahead at the end of October": "was"/"were" before a verb in -ing. */
const PAST_BE = new WordTable(['was', 'were'].map((word) => ({ word })));
/**
 * Future cues that are also nouns ("in favour of the plans from Curo", "1,847 returns under the
 * scheme"): after a determiner or a number they date nothing.
 */
const NOUN_CUES = new WordTable(['plans', 'plan', 'hopes', 'hope', 'returns', 'visit', 'visits', 'reports', 'starts', 'aim', 'play', 'plays', 'host', 'hosts'].map((word) => ({ word })));
/** "the plans to reopen in March": a plan still looks ahead when what it plans follows. */
const PURPOSE_AFTER = /^ (?:to|for)\b/;
/** How many words before the date are read. */
const MAX_WORDS = 25;

/** Whether the character at `index` ends a sentence: ".!?;" or a line break, but not the dots of "a.m." or "U.S.". */
function endsSentence(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code === 33 || code === 63 || code === 10 || code === 13 || code === 59) return true;
  // A dot inside a token ("1.5", "U.S") is no full stop.
  if (code !== 46 || isAsciiLetterCode(text.charCodeAt(index + 1)) || isDigitCode(text.charCodeAt(index + 1))) return false;
  // A dot after a one-letter token ("a.m.", "U.S.") or a title ("Mr.", "Dr.", "Gov.") is an abbreviation.
  let start = index;
  while (start > 0 && isAsciiLetterCode(text.charCodeAt(start - 1))) start--;
  const length = index - start;
  return !(length === 1 || (length > 0 && length <= 3 && isUpperCode(text.charCodeAt(start))));
}

/** A number or a currency sign right after `position` (past one space), not a clock time ("from 11 a.m."). */
function startsAmount(text: string, position: number): boolean {
  const code = text.charCodeAt(position + 1);
  if (code === 36 || code === 0xa3 || code === 0x20ac) return true;
  return isDigitCode(code) && !CLOCK_AFTER_FROM.test(text.slice(position + 1, position + 12));
}
const CLOCK_AFTER_FROM = /^\d{1,2}(?::\d\d)?[ \u00a0]?(?:[ap]\.?m\.?|o['’]clock)|^\d{1,2}:\d\d/i;

/** "The Budget is on Wednesday", "The election is in May": a present "be" right before the date's preposition looks ahead. */
const PRESENT_SCHEDULE = /\b(?:is|are)[ \u00a0]+(?:on|in)[ \u00a0]+$/;

/**
 * Cues that do not date a day named in their clause: "from" starts an amount or a span ("from 14
 * October to 26 October"); "was", "were", "said" and "told" often frame what lies ahead ("said it
 * was too soon to decide on the Sept. 25 weekend").
 */
const NOT_DATING_CUES: ReadonlySet<string> = new Set(['from', 'was', 'were', 'said', 'told']);

/**
 * The tense of the clause that ends at `position`, from its nearest cue word (undefined: no cue).
 * `ofDate`: asked of a day written with its date ("on Nov. 5"), which skips NOT_DATING_CUES.
 * `stopAtInfinitive`: an infinitive ends the clause (asked for what comes before "by"/"through").
 */
export function tenseBefore(text: string, position: number, ofDate = false, stopAtInfinitive = false): Tense {
  const tense = scanBefore(text, position, ofDate, stopAtInfinitive);
  return tense === 'reported' ? undefined : tense;
}

/**
 * The tense of a weekday or a bare month at [start, end): the words before it decide; without a
 * cue there, or when the date lies in a reported clause ("Powell said … a cut in December was"),
 * the clause after it ("On Friday, the President will host …", "Sales in January will rise").
 */
export function tenseAround(text: string, start: number, end: number, ofDate = false): Tense {
  const before = scanBefore(text, start, ofDate, false);
  if (before !== undefined && before !== 'reported') return before;
  return tenseAfter(text, end, before === 'reported', adverbialAt(text, start, end));
}

const POSSESSIVE_S = /^['’]s\b/;
/** ", but they look", "; and": a clause of its own starts, which the date is no part of. */
const NEXT_CLAUSE = /^[,;][ \u00a0]*(?:but|and|or|while|whereas|although|though|yet)\b/;

/** Verbs that are no cue but show a clause going on ("…, is set to", "…, has said"). */
const VERB_AFTER_COMMA = new WordTable(['is', 'are', 'has', 'have', 'does', 'do'].map((word) => ({ word })));

function atSentenceStart(text: string, position: number): boolean {
  let cursor = position;
  while (cursor > 0 && (text.charCodeAt(cursor - 1) === 32 || text.charCodeAt(cursor - 1) === 0xa0 || text.charCodeAt(cursor - 1) === 34 || text.charCodeAt(cursor - 1) === 0x201c)) cursor--;
  return cursor === 0 || endsSentence(text, cursor - 1);
}

/** Prepositions that make a date an adverbial of its clause ("in January", "On Friday"). */
const ADVERBIAL_PREPOSITIONS = new WordTable(['on', 'in', 'at', 'during'].map((word) => ({ word })));

/**
 * Whether the date at `start` is an adverbial whose clause the verb after it dates: after "on",
 * "in", "at" or "during", or opening its sentence; not a modifier ("The OBR's March forecast was grim").
 */
function adverbialAt(text: string, start: number, end: number): boolean {
  // "Tuesday's launch, scheduled for 2.37 pm, was postponed": a possessive date modifies its noun.
  if (POSSESSIVE_S.test(text.slice(end, end + 3))) return false;
  const [wordStart, wordEnd] = wordBefore(text, start);
  if (wordEnd === wordStart) return atSentenceStart(text, start);
  return wordEnd >= start - 2 && ADVERBIAL_PREPOSITIONS.at(text, wordStart, wordEnd) !== undefined;
}

/** `tenseBefore`, or 'reported' when the nearest cue is a reporting verb whose clause holds the date. */
function scanBefore(text: string, position: number, ofDate: boolean, stopAtInfinitive: boolean): Tense | 'reported' {
  if (PRESENT_SCHEDULE.test(text.slice(Math.max(0, position - 10), position))) return 'future';
  let cursor = position;
  let fromFirst = false;
  for (let words = 0; words < MAX_WORDS; words++) {
    // Back over spaces, digits and punctuation inside the sentence, stopping at its start.
    while (cursor > 0 && !isAsciiLetterCode(text.charCodeAt(cursor - 1))) {
      if (endsSentence(text, cursor - 1)) return undefined;
      cursor--;
    }
    const end = cursor;
    while (cursor > 0 && isAsciiLetterCode(text.charCodeAt(cursor - 1))) cursor--;
    if (end === cursor) return undefined;
    const first = words === 0;
    // "are on strike again from Wednesday": a state that starts on the day, ahead when told in the present.
    if (first && end - cursor === 4 && text.startsWith('from', cursor)) fromFirst = true;
    if (fromFirst && isPresentBe(text, cursor, end)) return 'future';
    // "were told to prepare for … on Monday", "urged residents to vote on Thursday": what one is told to do lies ahead.
    if (end - cursor === 2 && text.startsWith('to', cursor) && INFINITIVE_TO.test(text.slice(end, end + 12)) && directedBefore(text, cursor)) return 'future';
    if (first && CALLED_OFF.at(text, cursor, end) && POSSESSIVE_AFTER.test(text.slice(position, position + 24))) return 'future';
    // A deadline after an infinitive belongs to it, not to the past verb before ("asked him to explain the delay by Friday").
    if (stopAtInfinitive && end - cursor === 2 && text.startsWith('to', cursor) && INFINITIVE_TO.test(text.slice(end, end + 12))) return undefined;
    // "by March": a deadline ahead; "through Sunday": a span that ends ahead.
    // ("By October it was closer to 5": a past verb right after says the deadline has passed.)
    if (first && end - cursor === 2 && (text.charCodeAt(cursor) | 0x20) === 98 && (text.charCodeAt(cursor + 1) | 0x20) === 121) {
      return PAST_AFTER_DATE.test(text.slice(position, position + 40)) ? 'past' : deadlineTense(text, cursor);
    }
    if (first && end - cursor === 7 && text.startsWith('through', cursor)) return deadlineTense(text, cursor);
    // "has been moved to October", "postponed to Friday": the new date.
    if (first && end - cursor === 2 && text.startsWith('to', cursor) && verbFormTense(text, ...wordBefore(text, cursor)) === 'past') return 'future';
    // "has shifted two exams to Thursday": moved, with its object between, to the new date.
    if (first && end - cursor === 2 && text.startsWith('to', cursor) && movedBefore(text, cursor)) return 'future';
    // "as early as Friday", "as soon as Monday": the earliest day ahead.
    if (words === 1 && AS_EARLY_AS.test(text.slice(Math.max(0, cursor - 3), position))) return 'future';
    if (words >= 2 && isLowerAsciiCode(text.charCodeAt(cursor)) && FORETELLING_VERBS.at(text, cursor, end)) return 'future';
    if (words === 1 && LIKELIHOODS.at(text, cursor, end)) return 'future';
    // "is at risk of losing its status in January": a risk lies ahead.
    if (end - cursor === 4 && text.startsWith('risk', cursor) && AT_RISK.test(text.slice(Math.max(0, cursor - 4), end + 3))) return 'future';
    const cue = nounCue(text, cursor, end) ? undefined : CUES.at(text, cursor, end);
    // "was booked into the county jail on Monday": an arrest, not a booking ahead.
    if (cue && cue.word === 'booked' && PAST_AUXILIARY_BEFORE.test(text.slice(Math.max(0, cursor - 8), cursor))) return 'past';
    if (cue?.participle && NOT_PAST_BEFORE_PARTICIPLE.at(text, ...wordBefore(text, cursor))) continue;
    // "were let go on Friday": laid off, no timetable.
    if (cue?.word === 'go' && LET_BEFORE.test(text.slice(Math.max(0, cursor - 5), cursor))) continue;
    // "is set for Thursday", "set to open": a plan; "$210 million set aside": a past participle, no plan.
    if (cue?.word === 'set' && !SET_FOR.test(text.slice(end, end + 32))) continue;
    // "ahead of profile at the end of October": the date is not what "ahead of" points to when a
    // preposition of its own comes between ("ahead of the January window" still looks ahead).
    if (cue?.word === 'ahead' && AHEAD_OF_ELSEWHERE.test(text.slice(end, position))) continue;
    // "pushed ahead Wednesday", "went ahead on Monday": "ahead" after a past verb goes with it.
    if (cue?.word === 'ahead') {
      const verb = wordBefore(text, cursor);
      if (verbFormTense(text, ...verb) === 'past' || CUES.at(text, ...verb)?.tense === 'past') return 'past';
    }
    if (ofDate && cue && NOT_DATING_CUES.has(cue.word)) continue;
    // "gave a similar warning in Detroit on Tuesday": a warning given on the day, not one for it.
    if (cue && WARNING_NOUNS.at(text, cursor, end) && givenOnTheDay(text, cursor, end, position)) return 'past';
    // "said after the meeting that a cut in December was …": the date belongs to what was said.
    if (cue && REPORTING.has(cue.word) && reportsClause(text, end, position)) return 'reported';
    if (cue && (cue.word !== 'from' || startsAmount(text, end))) return cue.tense;
    if (!cue) {
      const form = verbFormTense(text, cursor, end);
      if (form !== undefined) return form;
    }
  }
  return undefined;
}

/** Verbs that report speech: a date in the clause they report is dated by that clause, not by them. */
const REPORTING: ReadonlySet<string> = new Set(['said', 'told']);
/** Words right after "said" that start its own adverbial ("said on Friday", "said in a statement"), not a reported clause. */
const ADVERBIAL_AFTER_SAID = new WordTable(['on', 'in', 'at', 'during', 'after', 'before', 'late', 'early', 'earlier', 'last', 'this', 'yesterday',
  'today', 'tonight', 'previously', 'recently', 'then', 'when', 'while', 'as', 'by', 'through', 'via', 'to', 'of', 'about', 'under', 'from', 'separately',
  'shortly', 'afterwards', 'later'].map((word) => ({ word })));

/**
 * Whether the date at `position` lies in the clause reported by the "said"/"told" that ends at
 * `cueEnd`: a "that" comes between ("told a hearing in September that …" is no reported date, the
 * September is the telling's), or "said" goes straight on to a clause ("said a cut in December …").
 */
function reportsClause(text: string, cueEnd: number, position: number): boolean {
  const between = text.slice(cueEnd, position);
  if (/\bthat\b/.test(between)) return true;
  if (!text.startsWith('said', cueEnd - 4)) return false;
  let start = cueEnd;
  while (start < position && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 0xa0)) start++;
  let end = start;
  while (end < position && isAsciiLetterCode(text.charCodeAt(end))) end++;
  return end > start && end < position && !ADVERBIAL_AFTER_SAID.at(text, start, end);
}

/** Nouns of warning and forecasting, which look ahead to the day they are for. */
const WARNING_NOUNS = new WordTable(['warning', 'warnings', 'forecast', 'alert'].map((word) => ({ word })));
/** A preposition that ties a warning to the span it covers ("a warning from 11 a.m. Sunday", "for Saturday"). */
const COVERS = /\b(?:from|for|until|till|through|to|into|over|before)\b/;
/** How many adjectives may stand between a determiner and the warning ("a red flag warning"). */
const MAX_MODIFIERS = 3;

/**
 * "gave a similar warning in Detroit on Tuesday", "published its forecast on Tuesday": a warning
 * that a past verb gives, then only "on"/"in" before the date, was given that day.
 */
function givenOnTheDay(text: string, start: number, end: number, position: number): boolean {
  if (COVERS.test(text.slice(end, position))) return false;
  let cursor = start;
  for (let words = 0; words <= MAX_MODIFIERS; words++) {
    const [wordStart, wordEnd] = wordBefore(text, cursor);
    if (wordEnd === wordStart || wordEnd < cursor - 2) return false;
    if (DETERMINERS.at(text, wordStart, wordEnd)) {
      const verb = wordBefore(text, wordStart);
      return verb[1] > verb[0] && (verbFormTense(text, ...verb) === 'past' || CUES.at(text, ...verb)?.tense === 'past');
    }
    cursor = wordStart;
  }
  return false;
}

/** Verbs whose object is told what to do next: "were told to prepare", "urged residents to vote". */
const DIRECTING_VERBS = new WordTable(['told', 'asked', 'urged', 'advised', 'warned', 'ordered', 'instructed', 'encouraged', 'invited', 'called',
  'directed', 'requested', 'summoned'].map((word) => ({ word })));

/** A directing verb within two words before the "to" at `toStart` ("told to", "urged residents to", "asked him to"). */
function directedBefore(text: string, toStart: number): boolean {
  let cursor = toStart;
  for (let words = 0; words < 3; words++) {
    const [start, end] = wordBefore(text, cursor);
    if (end === start || end < cursor - 2) return false;
    if (DIRECTING_VERBS.at(text, start, end)) return true;
    cursor = start;
  }
  return false;
}

/** Cues after the date that are no verb of its clause: prepositions, adverbs, nouns of warning. */
const NOT_VERBS_AFTER = new WordTable(['from', 'since', 'ago', 'yesterday', 'until', 'next', 'coming', 'ahead', 'upcoming', 'forecast', 'warning',
  'warnings', 'alert', 'advisory', 'advisories', 'starting', 'beginning', 'effective'].map((word) => ({ word })));
/** Past forms a reported clause shifts back from the present and the future ("said a cut in December was likely"). */
const BACKSHIFTED = new WordTable(['was', 'were', 'had'].map((word) => ({ word })));
/** How many words after the date are read. */
const MAX_WORDS_AFTER = 12;

/**
 * The tense of the clause after the date at `position`, from its first verb: "On Friday, the
 * President will host", "In March, the law takes effect"; "the February 14 deadline" lies ahead.
 * `reported`: in reported speech "was" and "had" are shifted back and tell nothing. `adverbial`:
 * the date is an adverbial of that clause (else only a deadline after it counts).
 */
function tenseAfter(text: string, position: number, reported: boolean, adverbial: boolean): Tense {
  let cursor = position;
  let afterComma = false;
  for (let words = 0; words < MAX_WORDS_AFTER; words++) {
    while (cursor < text.length && !isAsciiLetterCode(text.charCodeAt(cursor))) {
      if (endsSentence(text, cursor) || NEXT_CLAUSE.test(text.slice(cursor, cursor + 12))) return undefined;
      if (text.charCodeAt(cursor) === 44) afterComma = true;
      cursor++;
    }
    const start = cursor;
    while (cursor < text.length && isAsciiLetterCode(text.charCodeAt(cursor))) cursor++;
    if (cursor === start) return undefined;
    // "On Friday, the President will …": a comma, then the subject of the date's clause; but a verb
    // right after a comma belongs to the clause around the one the date is in ("which cut rates in October, is set to …").
    if (afterComma && (VERB_AFTER_COMMA.at(text, start, cursor) || CUES.at(text, start, cursor) || verbFormTense(text, start, cursor) !== undefined)) return undefined;
    afterComma = false;
    if (words === 0 && cursor - start >= 8 && text.startsWith('deadline', start)) return 'future';
    if (!adverbial) return undefined;
    if (LIKELIHOODS.at(text, start, cursor)) return 'future';
    if (NOT_VERBS_AFTER.at(text, start, cursor)) continue;
    const cue = nounCue(text, start, cursor) ? undefined : CUES.at(text, start, cursor);
    if (cue) {
      if (reported && BACKSHIFTED.at(text, start, cursor)) return undefined;
      if (cue.participle && NOT_PAST_BEFORE_PARTICIPLE.at(text, ...wordBefore(text, start))) continue;
      return cue.tense;
    }
    const form = verbFormTense(text, start, cursor);
    if (form !== undefined) return form;
  }
  return undefined;
}

/**
 * "by Thursday", "through October": a deadline or the end of a span, ahead unless the clause before
 * it is past ("had been viewed … by Thursday", "payrolls grew … through October"). A participle right
 * before the preposition is a state that lasts until then ("flags lowered through Sunday",
 * "ballots postmarked by Feb. 23"), so it still looks ahead.
 */
function deadlineTense(text: string, prepositionStart: number): Tense {
  const [start, end] = wordBefore(text, prepositionStart);
  if (end > start && (verbFormTense(text, start, end) === 'past' || CUES.at(text, start, end)?.participle)) {
    // "had vanished by Monday", "have arrived by Wednesday": a perfect says it was done by then.
    return PERFECT.at(text, ...wordBefore(text, start)) ? 'past' : 'future';
  }
  return tenseBefore(text, prepositionStart, false, true) === 'past' ? 'past' : 'future';
}

const AT_RISK = /\bat risk of$/;
const LET_BEFORE = /\blet\s+$/;
const PERFECT = new WordTable(['had', 'has', 'have', 'been'].map((word) => ({ word })));
/** "postponed Saturday's match", "canceled Thursday night's concert": what is called off lies ahead. */
const CALLED_OFF = new WordTable(['postponed', 'cancelled', 'canceled', 'scrapped', 'delayed', 'suspended', 'rescheduled'].map((word) => ({ word })));
const POSSESSIVE_AFTER = /^\p{L}+(?: (?:night|morning|afternoon|evening))?['’]s\b/u;
/** "set for", "set to", "set a hearing for": a date being fixed. */
const SET_FOR = /^ (?:for|to|(?:a|an|the|its|their|his|her) [\w-]+ (?:for|on))\b/;
/** "ahead of profile at the end of": "ahead of", then a preposition before the date. */
const AHEAD_OF_ELSEWHERE = /^ of\b.*\b(?:at|in|on|during|by)\b/;
/** "asking him to explain", "flags lowered to half-staff": "to" before a lower-case word that starts no amount or noun phrase. */
const INFINITIVE_TO = /^[ \u00a0]+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|about|around)\b)[a-z]/;

const MOVE_VERBS = new WordTable(['moved', 'shifted', 'pushed', 'postponed', 'delayed', 'rescheduled', 'switched', 'brought', 'put', 'bumped'].map((word) => ({ word })));
/** How many words of an object may stand between a moving verb and "to". */
const MAX_OBJECT_WORDS = 4;

/** A verb of moving a date within a few words before the "to" at `toStart` ("shifted two exams to"). */
function movedBefore(text: string, toStart: number): boolean {
  let cursor = toStart;
  for (let words = 0; words < MAX_OBJECT_WORDS; words++) {
    const [start, end] = wordBefore(text, cursor);
    if (end === start || end < cursor - 2) return false;
    if (MOVE_VERBS.at(text, start, end)) return true;
    cursor = start;
  }
  return false;
}

/** A future cue used as a noun: after a determiner ("the plans") or a number ("1,847 returns"). */
function nounCue(text: string, start: number, end: number): boolean {
  if (!NOUN_CUES.at(text, start, end) || PURPOSE_AFTER.test(text.slice(end, end + 5))) return false;
  let before = start;
  while (before > 0 && text.charCodeAt(before - 1) === 32) before--;
  return isDigitCode(text.charCodeAt(before - 1)) || DETERMINERS.at(text, ...wordBefore(text, start)) !== undefined;
}

/**
 * The tense a lower-case verb form gives: a regular past ("resigned in October", "has stepped
 * down") unless "be" or "is" comes before it; a present progressive looks ahead ("is leaving on Friday").
 */
function verbFormTense(text: string, start: number, end: number): Tense {
  const length = end - start;
  if (length < 5 || !isLowerAsciiCode(text.charCodeAt(start))) return undefined;
  // "a two-legged play-off", "the long-awaited report": the end of a compound adjective, no verb.
  if (start > 0 && text.charCodeAt(start - 1) === 45) return undefined;
  const last = text.charCodeAt(end - 1);
  const beforeLast = text.charCodeAt(end - 2);
  if (last === 100 /* d */ && beforeLast === 101 /* e */ && text.charCodeAt(end - 3) !== 101 /* "need", "speed" */) {
    // ("unnoticed", "unexpected", "unchanged" are adjectives.)
    if (NOT_PARTICIPLES.at(text, start, end) || (text.charCodeAt(start) === 117 && text.charCodeAt(start + 1) === 110 && !UN_VERBS.at(text, start, end))) return undefined;
    // ("the 10 elected members", "a planned visit": after a number or a determiner it is an adjective.)
    if (isDigitCode(text.charCodeAt(start - 2)) || DETERMINERS.at(text, ...wordBefore(text, start))) return undefined;
    // ("will meet elected officials", "would meet concerned MPs": after a verb that follows a modal, too.)
    if (afterModalVerb(text, start)) return undefined;
    return NOT_PAST_BEFORE_PARTICIPLE.at(text, ...wordBefore(text, start)) ? undefined : 'past';
  }
  if (last === 103 /* g */ && beforeLast === 110 /* n */ && text.charCodeAt(end - 3) === 105 /* i */) {
    const be = wordBefore(text, start);
    if (PAST_BE.at(text, ...be)) return 'past';
    return isPresentBe(text, ...be) ? 'future' : undefined;
  }
  return undefined;
}

const MODALS = new WordTable(['will', 'would', 'shall', 'can', 'could', 'may', 'might', 'must', 'should', 'to', 'll'].map((word) => ({ word })));

/** A lower-case verb, itself after a modal or "to", right before `start` ("will meet", "to visit"). */
function afterModalVerb(text: string, start: number): boolean {
  const verb = wordBefore(text, start);
  if (verb[1] === verb[0] || verb[1] < start - 2 || !isLowerAsciiCode(text.charCodeAt(verb[0]))) return false;
  return MODALS.at(text, ...wordBefore(text, verb[0])) !== undefined;
}

function isPresentBe(text: string, start: number, end: number): boolean {
  if (end - start === 1 && (text.charCodeAt(start) | 0x20) === 115 /* s */) return PRONOUNS_BEFORE_IS.at(text, ...wordBefore(text, start)) !== undefined;
  return PRESENT_BE.at(text, start, end) !== undefined;
}

/** The word before `position`, across spaces and an apostrophe ("he's leaving": "s", then "he"), as [start, end]. */
function wordBefore(text: string, position: number): [number, number] {
  let end = position;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 39 || text.charCodeAt(end - 1) === 0x2019)) end--;
  let start = end;
  while (start > 0 && isAsciiLetterCode(text.charCodeAt(start - 1))) start--;
  return [start, end];
}

function isLowerAsciiCode(code: number): boolean {
  return code >= 97 && code <= 122;
}
