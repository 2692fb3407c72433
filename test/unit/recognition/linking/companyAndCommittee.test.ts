// Company names with their legal tails, committees named without their chamber, and acronyms in
// brackets after datelines — articles written for this test.
import assert from 'node:assert/strict';
import { idOf, workspaceEntities } from '../entities/helpers';

describe('recognition: linking company tails, committees and bracketed acronyms', () => {
  it('links a company written with its tail and legal form to its short name in another source', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Shares of Spotify Technology SA rose 4% in New York on Tuesday.' },
      { id: 'b.txt', text: 'Analysts said Spotify would raise prices again next year.' },
    ]);
    assert.equal(idOf(found, 'Spotify Technology SA'), idOf(found, 'Spotify'));
  });

  it('links a committee named with and without its chamber', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'The Senate Judiciary Committee will hold a hearing on Thursday.' },
      { id: 'b.txt', text: 'Members of the Judiciary Committee said they had questions.' },
    ]);
    assert.equal(idOf(found, 'Judiciary Committee'), idOf(found, 'Senate Judiciary Committee'));
  });

  it('reads the acronym after a dateline as the agency, not as the city', () => {
    const found = workspaceEntities([
      { id: 'a.txt', text: 'Union Press Association\n\nWASHINGTON (UPA) — A federal judge ruled on Friday.' },
    ]);
    assert.equal(idOf(found, 'UPA'), idOf(found, 'Union Press Association'));
    assert.notEqual(idOf(found, 'UPA'), idOf(found, 'WASHINGTON'));
  });
});
