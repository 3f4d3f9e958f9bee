import { describe, expect, it } from 'vitest';
import { read, readAuthor, readTex } from '../../../test/fixtures/laid-lines.ts';

// The rules of "a word broken at a line end, or a compound" that StrykerJS found unpinned (issue 15,
// docs/testing.md): each suffix that marks a broken word, the stems read across a break, and the
// lengths at the rules' edges.

describe('a suffix that is no word of its own marks a broken word', () => {
  it('even where the typesetter marks its own breaks, for each suffix TeX leaves', () => {
    // Rule: WORD_END, checked before the producer is asked.
    const broken = [
      'deploy|ment',
      'require|ments',
      'imple|mented',
      'imple|menting',
      'imple|mentation',
      'solu|tion',
      'solu|tions',
      'deci|sion',
      'deci|sions',
      'addi|tional',
      'profes|sional',
      'onboard|ing',
      'build|ings',
      'perform|ance',
      'perform|ances',
      'refer|ence',
      'refer|ences',
      'consult|ancy',
      'ag|ency',
      'secur|ity',
      'activ|ities',
      'aware|ness',
      'prob|ably',
      'vis|ibly',
      'flex|ible',
      'proced|ure',
      'proced|ures',
      'architec|ture',
      'architec|tures',
      'numer|ous',
      'var|ious',
      'spontan|eous',
      'continu|ously',
      'object|ive',
      'object|ives',
      'effect|ively',
      'organ|ise',
      'organ|izes',
      'anal|ysed',
      'organ|ising',
      'organ|isation',
      'organ|izations',
      'autom|ated',
      'autom|ating',
      'autom|ation',
      'autom|ations',
      'educ|ational',
      'specif|ically',
      'techn|ical',
      'bound|aries',
      'direct|ory',
      'direct|ories',
      'special|ist',
      'special|ists',
      'real|ism',
      'real|isms',
      'manag|ers',
      'deliv|ered',
      'deliv|ering',
      'canc|elled',
      'trav|eled',
      'trav|elling',
      'trav|eling',
      'devel|oped',
      'devel|oping',
      'success|fully',
    ];
    for (const word of broken)
      expect(readAuthor(`Owned the ${word} of it.`), word).toEqual([
        `Owned the ${word.replace('|', '')} of it.`,
      ]);
  });

  it('only when the whole second part is the suffix', () => {
    // Rule: WORD_END is anchored at both ends: "ditions" ends in one, "ingestion" starts with one.
    expect(readAuthor('Audited site con|ditions.', 'Built the data|ingestion pipeline.')).toEqual([
      'Audited site con-ditions.',
      'Built the data-ingestion pipeline.',
    ]);
  });
});

describe('a stem the document writes elsewhere, read across the break', () => {
  it('shares the part before the break and two more letters', () => {
    // Rule: starts holds each word's beginnings of three letters or more.
    expect(readAuthor('Prior|itized the roadmap and set priorities.')).toEqual([
      'Prioritized the roadmap and set priorities.',
    ]);
    expect(readAuthor('Prior|itized the roadmap and set prior work.')).toEqual([
      'Prior-itized the roadmap and set prior work.',
    ]);
  });

  it('or the part after the break and three letters before it', () => {
    // Rule: ends holds each word's ends of four letters or more; the part before the break has three or more.
    expect(readAuthor('Sche|duled weekly releases and rescheduled two.')).toEqual([
      'Scheduled weekly releases and rescheduled two.',
    ]);
  });
});

describe('lengths at the edges of the rules', () => {
  it('TeX leaves two letters or more before a break', () => {
    expect(readTex('Led the de|ployment.', 'Stayed a|ware of it.')).toEqual([
      'Led the deployment.',
      'Stayed a-ware of it.',
    ]);
  });

  it('a word of the document of four letters or more opens compounds; one of three does not', () => {
    expect(readTex('Wrote the game|plan for the game.', 'Shipped the app|lication and the app.')).toEqual([
      'Wrote the game-plan for the game.',
      'Shipped the application and the app.',
    ]);
  });
});

describe('a compound the document writes elsewhere stays one', () => {
  it('whether it writes its hyphen in ASCII or as U+2010', () => {
    // Rule: compounds are read with U+2010 as "-", so "co‐operate" keeps "co|operate" apart though
    // "cooperation" shares its stem.
    expect(read('Helped co|operate the depots.', 'Drove co\u2010operate deals and cooperation.')).toEqual([
      'Helped co-operate the depots.',
      'Drove co\u2010operate deals and cooperation.',
    ]);
  });

  it('and a compound of three words breaks only at its hyphens, on either side', () => {
    expect(
      read('Ran state\u2010of\u2010the|art reviews.', 'Rolled out a bring|your-own-device policy.'),
    ).toEqual(['Ran state\u2010of\u2010the-art reviews.', 'Rolled out a bring-your-own-device policy.']);
  });
});

describe('several joins on one line', () => {
  it('are each decided at their own place', () => {
    // Rule: right to left, so an edit leaves the offsets of the joins before it as they were.
    expect(read('Led deploy|ment of cross|functional tools and the submis|sions.')).toEqual([
      'Led deployment of cross-functional tools and the submissions.',
    ]);
  });
});

describe('what the document writes, where it writes it', () => {
  it('reads the words before a join on its own line', () => {
    expect(readAuthor('Set priorities, then prior|itized the roadmap.')).toEqual([
      'Set priorities, then prioritized the roadmap.',
    ]);
  });

  it('reads a whole word as a stem, before the break and after it', () => {
    // Rule: starts and ends hold the whole word too ("manage", "stable").
    expect(
      readAuthor(
        'Mana|gement of the release train; I manage two teams.',
        'Fixed unsta|ble builds; kept them stable.',
      ),
    ).toEqual([
      'Management of the release train; I manage two teams.',
      'Fixed unstable builds; kept them stable.',
    ]);
  });

  it('reads a stem after a break of three letters: the whole word ends a word of the document', () => {
    expect(read('Gave the pre|sentation; a representation of results.')).toEqual([
      'Gave the presentation; a representation of results.',
    ]);
  });

  it('takes no word cut short ("in" from "Inc") for a prefix written with a hyphen', () => {
    expect(read('Worked at Acme Inc on in|dividual reviews.')).toEqual([
      'Worked at Acme Inc on individual reviews.',
    ]);
  });
});

describe('short parts', () => {
  it('rejoins a word broken at the start of a line', () => {
    expect(read('Imple|mented the billing API.')).toEqual(['Implemented the billing API.']);
  });

  it('rejoins two letters after a break only where the document spells the word whole', () => {
    expect(read('Hired two exper|ts; both experts stayed.', 'Built the single sign|in flow.')).toEqual([
      'Hired two experts; both experts stayed.',
      'Built the single sign-in flow.',
    ]);
  });

  it('keeps two words where a lost hyphen would leave two letters after the break', () => {
    // Rule: TeX leaves three letters or more after a break, so "Kaf ka" is no word it broke.
    expect(read('Ran Kaf^ka clusters; Kafka on Kubernetes.')).toEqual([
      'Ran Kaf ka clusters; Kafka on Kubernetes.',
    ]);
  });

  it('keeps a second part of three letters that is a word of the document', () => {
    expect(read('Led the bug|fix sprint; the fix rate doubled.')).toEqual([
      'Led the bug-fix sprint; the fix rate doubled.',
    ]);
  });

  it('reads the opening of a word the document writes from a second part of four letters, not three', () => {
    expect(
      read('Cut the release time by a quar|ter; terms renewed.', 'Set each pay|band and the bands.'),
    ).toEqual(['Cut the release time by a quarter; terms renewed.', 'Set each pay-band and the bands.']);
  });
});
