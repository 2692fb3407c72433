// Whether a text reads as sports copy, where lone city names are clubs ("Newcastle beat Villa").
// Decided on a whole document; scores never cross a blank line, so a document's score count is the
// sum of its blocks' counts (see documentAnalysis).

const SCORE = /\b\p{Lu}[\p{L}]+ \d{1,2}[-–]\d{1,2}\b|\b\d{1,2}[-–]\d{1,2} \p{Lu}/gu;
/** Every score has a digit, a dash and a digit: most paragraphs are ruled out by this cheap test. */
const SCORE_HINT = /\d[-–]\d/;
/** Words of match reports, counted with scores. */
const MATCH_WORDS = /\b(?:league|striker|midfielder|goalkeeper|defender|penalty|semi-finals?|quarter-finals?|kick-off|fixture|half-time|stoppage time|equaliser|equalizer|touchdown|innings|wicket|derby|hat-trick|clean sheet|relegation|scored|\d{1,3}(?:st|nd|rd|th) minute)\b/gi;
/**
 * Words only sports copy uses, enough on their own: transfer stories and previews have no scores.
 * Upper-case letters are part of the competition names, so this one is case-sensitive.
 */
const SPORTS_ONLY_WORDS = /\b(?:strikers?|midfielders?|goalkeepers?|defenders?|wingers?|footballers?|transfer (?:window|fee|record)|kick-off|half-time|stoppage time|equalis(?:er|ed)|equaliz(?:er|ed)|squad|touchdowns?|innings|wickets?|Premier League|Champions League|La ?Liga|Bundesliga|Serie A|MLS|NFL|NBA)\b/g;
/** Cricket and basketball words, counted only where a word above already says sport (one scan fewer elsewhere). */
const MORE_SPORTS_WORDS = /\b(?:WICKET|stumps|lbw|bowlers?|batters?|(?:first|second|third|fourth|fifth) Test|quarterbacks?|rebounds|3-pointers?)\b/g;
const SPORTS_ONLY_ENOUGH = 4;
/** Words of match reports, with at least one sports-only word, that make copy without scores sports copy. */
const MATCH_WORDS_ENOUGH = 5;

/** Scores in a block ("United 2-1 Villa"): the expensive half of the test, counted per block. */
export function scoreCount(text: string): number {
  if (!SCORE_HINT.test(text)) return 0;
  return text.match(SCORE)?.length ?? 0;
}

/** Sports copy, given the score count of the whole text (the sum of its blocks' counts). */
export function readsAsSports(text: string, scores: number): boolean {
  if (scores > 0 && scores + (text.match(MATCH_WORDS)?.length ?? 0) >= 4) return true;
  const sportsWords = text.match(SPORTS_ONLY_WORDS)?.length ?? 0;
  if (sportsWords === 0 || sportsWords >= SPORTS_ONLY_ENOUGH) return sportsWords >= SPORTS_ONLY_ENOUGH;
  if (sportsWords + (text.match(MORE_SPORTS_WORDS)?.length ?? 0) >= SPORTS_ONLY_ENOUGH) return true;
  // A preview without scores: "Champions League" once or twice, then "fixture", "kick-off", "scored".
  return sportsWords + (text.match(MATCH_WORDS)?.length ?? 0) >= MATCH_WORDS_ENOUGH;
}

export function isSportsCopy(text: string): boolean {
  return readsAsSports(text, scoreCount(text));
}
