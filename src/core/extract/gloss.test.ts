import { describe, expect, it } from 'vitest';
import { SAMPLE_SKILLS, testTaxonomy } from '../../../test/fixtures/taxonomy.ts';
import { extractSkills } from './extract-skills.ts';
import { glossOf, shareAWord, spelledOut } from './gloss.ts';

/** glossOf on the first occurrence of `acronym` in `line`. */
const gloss = (line: string, acronym: string) => {
  const at = line.indexOf(acronym);
  return glossOf(line, at, at + acronym.length);
};

describe('glossOf: an acronym spelled out where it stands', () => {
  it('reads the words just before the bracket, back from the last', () => {
    const line = 'Firewall management tools: Cisco security management (CSM), Checkpoint';
    expect(gloss(line, 'CSM')).toEqual({
      words: ['cisco', 'security', 'management'],
      start: line.indexOf('Cisco'),
      end: line.indexOf(' (CSM)'),
    });
  });

  it('reads the words inside the bracket after the acronym, all of them', () => {
    const line = 'Knowledge of WAF (Well Architected Framework) reviews';
    expect(gloss(line, 'WAF')).toEqual({
      words: ['well', 'architected', 'framework'],
      start: line.indexOf('Well'),
      end: line.indexOf(')'),
    });
    // A word in the bracket that spells nothing: the bracket is not the acronym's meaning.
    expect(gloss('WAF (Well Architected Framework reviews)', 'WAF')).toBeUndefined();
    expect(gloss('WAF (Well Architected)', 'WAF')).toBeUndefined();
  });

  it('skips the small words an acronym leaves out, and splits joined words', () => {
    expect(gloss('Master of Business Administration (MBA)', 'MBA')?.words).toEqual([
      'master',
      'business',
      'administration',
    ]);
    expect(gloss('Certified ScrumMaster (CSM)', 'CSM')?.words).toEqual(['certified', 'scrum', 'master']);
    expect(gloss('extraction, transformation and loading (ETL) of data', 'ETL')?.words).toEqual([
      'extraction',
      'transformation',
      'loading',
    ]);
  });

  it('needs the words right before the bracket to spell it: another word breaks the run', () => {
    expect(gloss('Cisco security tools management (CSM)', 'CSM')).toBeUndefined();
    expect(gloss('Certified Scrum Master and CSM', 'CSM')).toBeUndefined();
    expect(gloss('Holds the CSM (2019)', 'CSM')).toBeUndefined();
  });

  it('leaves alone what is not an acronym of two to six capitals', () => {
    expect(gloss('Department of Defense (DoD)', 'DoD')).toBeUndefined();
    expect(gloss('Simple Storage (S3)', 'S3')).toBeUndefined();
    expect(gloss('Certified Scrum Master (csm)', 'csm')).toBeUndefined();
    expect(gloss('Check (C)', 'C')).toBeUndefined();
  });
});

describe('spelledOut and shareAWord: what the taxonomy says an acronym stands for', () => {
  it('finds a name whose initials spell the acronym, its bracket left out', () => {
    expect(spelledOut('Certified ScrumMaster (CSM)', 'CSM')).toEqual(['certified', 'scrum', 'master']);
    expect(spelledOut('Customer Relationship Management', 'CRM')).toEqual([
      'customer',
      'relationship',
      'management',
    ]);
    expect(spelledOut('CRM Systems', 'CRM')).toBeUndefined();
  });

  it('counts two spellings as one meaning when a word in the same place is the same up to inflection', () => {
    const known = ['software', 'requirements', 'specification'];
    expect(shareAWord(['system', 'requirement', 'specifications'], known)).toBe(true);
    expect(shareAWord(['cisco', 'security', 'management'], ['certified', 'scrum', 'master'])).toBe(false);
    // The same word in another place does not count.
    expect(shareAWord(['master', 'certified', 'scrum'], ['certified', 'scrum', 'master'])).toBe(false);
  });
});

describe('extractSkills: an acronym spelled out as something else is not the skill', () => {
  const taxonomy = testTaxonomy(SAMPLE_SKILLS);
  const extract = (line: string) => extractSkills(`Experience\n${line}`, taxonomy);

  it('sets the acronym aside, saying why', () => {
    const out = extract('Firewall management tools: Cisco Security Management (CSM), Panorama');
    expect(out.mentions.map((m) => m.skillId)).not.toContain('csm');
    expect(out.ignored).toEqual([
      {
        skillId: 'csm',
        quote: 'Firewall management tools: Cisco Security Management (CSM), Panorama',
        line: 2,
        reason: 'glossed',
      },
    ]);
  });

  it('keeps it when the words spell out the skill itself', () => {
    for (const line of [
      'Earned the Certified Scrum Master (CSM) in 2019',
      'Earned the CSM (Certified ScrumMaster) in 2019',
    ]) {
      const out = extract(line);
      expect(out.ignored, line).toEqual([]);
      expect(
        out.mentions.filter((m) => m.skillId === 'csm').map((m) => m.matched),
        line,
      ).toContain('CSM');
    }
  });

  it('keeps it when the brackets hold no spelling out', () => {
    expect(extract('Earned the CSM (2019)').mentions.map((m) => m.skillId)).toContain('csm');
  });
});
