// House numbers are part of an address, not figures: "10 Downing Street", "1600 Pennsylvania
// Avenue", "221 Baker St".

import { isHorizontalSpaceCode, isUpperCode, letterRunEnd, skipHorizontalSpaces } from './text';

const STREET_TYPES: ReadonlySet<string> = new Set([
  'Street', 'St', 'Road', 'Rd', 'Avenue', 'Ave', 'Lane', 'Boulevard', 'Blvd', 'Drive', 'Place', 'Square', 'Terrace', 'Crescent',
  'Way', 'Court', 'Close', 'Gardens', 'Row', 'Parade', 'Embankment', 'Quay', 'Wharf', 'Mews',
]);
/** Name words looked at before the street type ("1600 Pennsylvania Avenue", "5 Old Kent Road"). */
const MAX_NAME_WORDS = 3;

/** End of the street name after a house number ending at `position`, if an address follows. */
export function streetAddressEnd(text: string, position: number): number | undefined {
  let cursor = position;
  for (let words = 0; words <= MAX_NAME_WORDS; words++) {
    if (!isHorizontalSpaceCode(text.charCodeAt(cursor))) return undefined;
    const start = skipHorizontalSpaces(text, cursor);
    if (start - cursor > 1 || !isUpperCode(text.charCodeAt(start))) return undefined;
    const end = letterRunEnd(text, start);
    if (words > 0 && STREET_TYPES.has(text.slice(start, end))) return end;
    cursor = end;
  }
  return undefined;
}
