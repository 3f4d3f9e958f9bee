import { describe, expect, it } from 'vitest';
import { classifyByTitleAndContent, normalizeTitle, type RoleFamilyProfile } from './role-family.ts';

const asks = (ids: string[]) => ids.map((skillId) => ({ skillId, requirement: 'required' as const }));

describe('normalizeTitle', () => {
  it('writes "Sr" (with or without its full stop, before a blank) and "Mgr" out in full', () => {
    expect(normalizeTitle('Sr. Technical Program Mgr, Cloud')).toBe(
      ' senior technical program manager cloud ',
    );
    expect(normalizeTitle('Sr Program Manager')).toBe(' senior program manager ');
  });

  it('leaves "sr" inside a word alone', () => {
    expect(normalizeTitle('SRE Lead')).toBe(' sre lead ');
    expect(normalizeTitle('Sr.Engineer')).toBe(' sr engineer ');
  });

  it('turns each run of other characters into one blank, keeping + and #, and pads the trimmed words', () => {
    expect(normalizeTitle('  C++ / C# Developer -- (Remote)!  ')).toBe(' c++ c# developer remote ');
  });
});

describe('classifyByTitleAndContent', () => {
  const tpm: RoleFamilyProfile = {
    id: 'tpm',
    titleAliases: ['Technical Program Manager'],
    skillIds: ['jira', 'agile', 'risk', 'budget'],
  };
  const pm: RoleFamilyProfile = {
    id: 'pm',
    titleAliases: ['IT Project Manager', 'Senior Program Manager'],
    skillIds: ['budget', 'risk'],
  };

  it('places a listing by its title alone when the title names a role, whatever it asks', () => {
    expect(classifyByTitleAndContent('Senior Technical Program Manager', [], [tpm, pm])).toBe('tpm');
  });

  it('by content, gives the role whose skills the listing asks for the most, the first of a tie', () => {
    // "Program Manager, Platform" names no alias but the job of both ("program manager").
    // All four asked: both 1, a tie.
    expect(
      classifyByTitleAndContent('Program Manager, Platform', asks(['jira', 'agile', 'budget', 'risk']), [
        pm,
        tpm,
      ]),
    ).toBe('pm');
    // TPM 3/4, PM 2/2; then TPM 3/4, PM 1/2.
    expect(
      classifyByTitleAndContent('Program Manager, Platform', asks(['jira', 'budget', 'risk']), [tpm, pm]),
    ).toBe('pm');
    expect(
      classifyByTitleAndContent('Program Manager, Platform', asks(['jira', 'agile', 'risk']), [tpm, pm]),
    ).toBe('tpm');
    expect(
      classifyByTitleAndContent('Program Manager, Platform', asks(['jira', 'agile', 'budget', 'risk']), [
        tpm,
        pm,
      ]),
    ).toBe('tpm');
  });
});
