import { describe, expect, it } from 'vitest';
import { read, readAuthor, readTex } from '../../../test/fixtures/laid-lines.ts';

describe('rejoinWords', () => {
  it('rejoins what TeX broke (moderncv, pdfTeX): a stem the document uses elsewhere, or a suffix', () => {
    expect(
      read(
        'Leading teams to design, develop, and launch products. Devel|oping product strategies.',
        'Participated in the complete software life cycle from requirement analysis to deploy|ment',
        'Developed an expense tracker. Imple|mented user authentication using Firebase Auth.',
        'Reduced training data require|ments by 60% for the submis|sions.',
      ),
    ).toEqual([
      'Leading teams to design, develop, and launch products. Developing product strategies.',
      'Participated in the complete software life cycle from requirement analysis to deployment',
      'Developed an expense tracker. Implemented user authentication using Firebase Auth.',
      'Reduced training data requirements by 60% for the submissions.',
    ]);
  });

  it("keeps the author's compounds: a short second part, a chain, one written elsewhere, a compound's first word", () => {
    expect(
      read(
        'Wrote the follow|up problem reports and owned delivery end-to|end.',
        'Negotiated staffing trade|offs; cross-functional planning with cross|functional teams.',
        'Ran state-of-the|art reviews of on|call rotas for third|party hosting providers.',
      ),
    ).toEqual([
      'Wrote the follow-up problem reports and owned delivery end-to-end.',
      'Negotiated staffing trade-offs; cross-functional planning with cross-functional teams.',
      'Ran state-of-the-art reviews of on-call rotas for third-party hosting providers.',
    ]);
  });

  it('rejoins a word TeX broke without evidence unless its first part opens compounds or its second closes them', () => {
    expect(
      readTex(
        'Scheduled clinicians for nine hos|pitals and wrote the in|cident reports.',
        'Ran self|service kiosks and ensured production|quality deliverables.',
        'Owned an award|winning, data|driven roadmap for two|sided markets.',
      ),
    ).toEqual([
      'Scheduled clinicians for nine hospitals and wrote the incident reports.',
      'Ran self-service kiosks and ensured production-quality deliverables.',
      'Owned an award-winning, data-driven roadmap for two-sided markets.',
    ]);
  });

  it('keeps every ASCII hyphen without evidence where the typesetter marks its own breaks (Chromium, Typst)', () => {
    expect(
      readAuthor(
        'Scheduled clinicians for nine hos|pitals and wrote the in|cident reports.',
        'Ran self|service kiosks and ensured production|quality deliverables.',
      ),
    ).toEqual([
      'Scheduled clinicians for nine hos-pitals and wrote the in-cident reports.',
      'Ran self-service kiosks and ensured production-quality deliverables.',
    ]);
  });

  it("elsewhere (a word processor, an unknown producer) tells a broken word from a compound by its parts' shape", () => {
    expect(
      read(
        'Scheduled clinicians for nine hos|pitals; cut the release time by a quar|ter.',
        'Rolled out sig|nature checks and indepen|dent reviews.',
        // Compounds: a bound prefix, a known second word, a first word the document writes, a
        // second part that opens a word the document writes.
        'Co|founded a multi|cloud practice; ran cross|functional, customer|facing reviews.',
        'Planned for all age|groups and steering|committee meetings; one group per committee.',
      ),
    ).toEqual([
      'Scheduled clinicians for nine hospitals; cut the release time by a quarter.',
      'Rolled out signature checks and independent reviews.',
      'Co-founded a multi-cloud practice; ran cross-functional, customer-facing reviews.',
      'Planned for all age-groups and steering-committee meetings; one group per committee.',
    ]);
  });

  it('rejoins a word broken after a prefix English writes closed, unless the document writes that prefix with a hyphen', () => {
    expect(
      read(
        'Audited site con|ditions for every in|dividual depot and wrote an over|view of each.',
        'Kept the super|vision rota and made sure staff un|derstood the checklist.',
      ),
    ).toEqual([
      'Audited site conditions for every individual depot and wrote an overview of each.',
      'Kept the supervision rota and made sure staff understood the checklist.',
    ]);
    // "over-" and "in-" written elsewhere: the author uses them as prefixes here, so the hyphen stays.
    expect(
      read('Cut over|lapping shifts and ran in|ductions.', 'Avoided over-staffing with in-store hires.'),
    ).toEqual(['Cut over-lapping shifts and ran in-ductions.', 'Avoided over-staffing with in-store hires.']);
  });

  it('rejoins a word broken before a capital when the document spells it whole', () => {
    expect(read('Built typed clients in Type|Script and Java|Script.', 'Skills: TypeScript, Go')).toEqual([
      'Built typed clients in TypeScript and Java-Script.',
      'Skills: TypeScript, Go',
    ]);
  });

  it('closes a line break inside a word whose hyphen the PDF lost (LuaTeX, awesome-cv), only on evidence', () => {
    expect(
      read(
        'Evaluated Istio, Cilium, Kuma, Con^sul, and AWS VPC Lattice.',
        'Separated the development network and oper^ation network; 20 en^terprise systems.',
        'Delivered technical advisory and consulting; operational efficiency in an enterprise.',
        'Kept records in^formation of the team; a data^base review.',
        'Designed the information flow.',
      ),
    ).toEqual([
      'Evaluated Istio, Cilium, Kuma, Consul, and AWS VPC Lattice.',
      'Separated the development network and operation network; 20 enterprise systems.',
      'Delivered technical advisory and consulting; operational efficiency in an enterprise.',
      'Kept records in formation of the team; a data base review.',
      'Designed the information flow.',
    ]);
  });
});
