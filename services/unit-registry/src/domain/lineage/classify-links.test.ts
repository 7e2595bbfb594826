import { describe, expect, it } from 'vitest';
import { LineageKind } from '../unit-kind.js';
import { classifyLinks, type LinkDraft } from './classify-links.js';

/** "predecessor>successor", with "~" for a part and "=" for a predecessor that would continue alone. */
function drafts(...links: string[]): LinkDraft[] {
  return links.map((link) => {
    const [predecessorId = '', successorId = ''] = link.replace(/[~=]/g, '').split('>');
    return { predecessorId, successorId, partial: link.includes('~'), continues: link.includes('=') };
  });
}

describe('classifyLinks', () => {
  it.each([
    ['the only whole predecessor, same name', ['a>x='], [LineageKind.CONTINUED]],
    ['the only whole predecessor, another name', ['a>x'], [LineageKind.RENAMED]],
    ['whole predecessors of one successor', ['a>x=', 'b>x'], [LineageKind.MERGED, LineageKind.MERGED]],
    ['a whole predecessor named by two successors', ['a>x', 'a>y'], [LineageKind.SPLIT, LineageKind.SPLIT]],
    ['a part, even alone', ['a>x~='], [LineageKind.PART_TRANSFERRED]],
    [
      'a whole and a part into one successor',
      ['a>x=', 'b>x~'],
      [LineageKind.MERGED, LineageKind.PART_TRANSFERRED],
    ],
  ])('%s', (_, links, kinds) => {
    expect(classifyLinks(drafts(...links)).map((link) => link.kind)).toEqual(kinds);
  });
});
