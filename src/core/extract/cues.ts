import { compileMatcher, inflections, type Matcher } from '../taxonomy/matcher.ts';

/** Word sequences that, earlier in the same clause, make a mention weaker or void. */
export const NEGATION_CUES = [
  'no experience',
  'no hands on',
  'no knowledge',
  'no exposure',
  'no background',
  'not familiar',
  'not experienced',
  'not yet',
  'never used',
  'never worked',
  'unfamiliar',
  'lack of',
  'lacking',
  'lack experience',
  'without experience',
  'no prior',
];

/**
 * Word sequences of a goal, earlier in the same clause: what follows is wanted, not done or held
 * ("QA Engineer → aspiring Technical Project Manager", "I … want to move into technical project
 * management", "looking for an entry path into …"). The people the product serves write them often,
 * and the role they want is the one analysed. Phrases that also describe work ("transition to Agile",
 * "moved into the new data centre") are left out.
 */
export const ASPIRATION_CUES = [
  'aspiring',
  'aspire to',
  'aspiration',
  'want to',
  'wants to',
  'would like to',
  'looking to',
  'looking for a',
  'looking for an',
  'looking for opportunities',
  'seeking',
  'hoping to',
  'hope to',
  'career goal',
  'my goal',
  'goal is to',
  'aiming to',
  'aim to',
  'entry path',
  'break into',
  'pivot into',
  'pivoting into',
];

export const HEDGE_CUES = [
  'familiar with',
  'familiarity with',
  'exposure to',
  'basic knowledge',
  'basic understanding',
  'basic',
  'basics of',
  'beginner',
  'some experience',
  'limited experience',
  'some exposure',
  'working knowledge',
  'currently learning',
  'now learning',
  'learning to',
  'studying',
  'introductory',
  'coursework',
  'course in',
  'interest in',
  'interested in',
  'aware of',
  'awareness of',
  'theoretical',
  // Courses and tutorials teach a skill; they do not show it used at work.
  'tutorial',
  'tutorials',
  'online course',
  'course on',
  'courses on',
  'training on',
  'trained in',
  'workshop on',
  'bootcamp',
];

/**
 * Work done as a course exercise: a made-up case ("a fictional clinic rollout", "a mock office
 * relocation project") or a certificate's capstone ("Capstone: office move plan (Google PM
 * Certificate)"). The labelling guide counts a course as naming a skill, not showing it. A student
 * team's capstone that built something real stays work, as do rehearsals in real projects ("3 mock
 * conversions", "mock services").
 */
export const EXERCISE =
  /\b(?:fictional|fictitious|hypothetical|imaginary|made-up)\b|\b(?:mock|simulated|practice|sample|dummy)\s+(?:[\w-]+\s+){0,2}(?:projects?|compan(?:y|ies)|business|scenarios?|case)\b|\bcourse\s*(?:work\s+)?projects?\b|\bclass\s+projects?\b|\bcapstone\b(?=.*\b(?:certificat\w*|coursera|course|bootcamp)\b)|\b(?:certificat\w*|coursera|course)\b.*\bcapstone\b/i;

/**
 * Learning, not work: completing or taking a course, certificate or bootcamp, attending a training,
 * a class or a seminar, studying on a learning platform, learning something now or by oneself
 * ("Completed the Google Project Management Certificate: Agile, risk management", "Took a course in
 * Jira", "Currently learning SQL"). The labelling guide counts a course as naming a skill.
 */
export const LEARNING =
  /\b(?:complet\w*|finish\w*|earn\w*|obtain\w*|pursu\w*|enrol\w*|took|tak(?:e|es|ing)|doing)\s+(?:[\w&'’.-]+\s+){0,6}?(?:courses?|certificates?|certifications?|bootcamp|nanodegree|specialization|specialisation|training|classes|class|mooc)\b|\b(?:attend\w*|participat\w* in|took part in)\s+(?:[\w&'’.-]+\s+){0,4}?(?:training|courses?|class(?:es)?|bootcamp|webinars?|seminars?|lectures?)\b|\b(?:coursera|udemy|edx|linkedin learning|pluralsight|udacity|datacamp|codecademy|freecodecamp)\b|\b(?:currently|now|still)\s+(?:learning|studying)\b|\bself[- ](?:taught|study|studied|learning|paced)\b/i;

/**
 * A word every course exercise (`EXERCISE`) or piece of learning (`LEARNING`) holds: the single pass
 * over the text finds the lines that may say so, and only those are tested.
 */
export const COURSEWORK_WORDS = [
  'fictional',
  'fictitious',
  'hypothetical',
  'imaginary',
  'made-up',
  'mock',
  'simulated',
  'practice',
  'sample',
  'dummy',
  'course',
  'courses',
  'coursework',
  'class',
  'classes',
  'capstone',
  'certificate',
  'certificates',
  'certification',
  'certifications',
  'bootcamp',
  'nanodegree',
  'specialization',
  'specialisation',
  'training',
  'mooc',
  'webinar',
  'webinars',
  'seminar',
  'seminars',
  'lecture',
  'lectures',
  'coursera',
  'udemy',
  'edx',
  'pluralsight',
  'udacity',
  'datacamp',
  'codecademy',
  'freecodecamp',
  'learning',
  'studying',
  'self-taught',
  'self-study',
  'self-studied',
  'self-learning',
  'self-paced',
  'self taught',
  'self study',
  'self studied',
  'self learning',
  'self paced',
];

/** Verbs of ownership: with a result on the same line, a mention counts as "led". */
export const OWNERSHIP_WORDS = [
  'led',
  'lead',
  'leading',
  'owned',
  'own',
  'owning',
  'managed',
  'managing',
  'delivered',
  'delivering',
  'drove',
  'driving',
  'directed',
  'spearheaded',
  'headed',
  'launched',
  'oversaw',
  'overseeing',
  'ran',
  'orchestrated',
  'championed',
  'established',
  'introduced',
  'instituted',
  'coordinated',
  'steered',
];

/** Words that say what came of the work. */
export const RESULT_WORDS = [
  'reduced',
  'reducing',
  'increased',
  'increasing',
  'improved',
  'improving',
  'saved',
  'saving',
  'cut',
  'cutting',
  'resulting',
  'achieved',
  'achieving',
  'accelerated',
  'boosted',
  'decreased',
  'eliminated',
  'shortened',
  'lowered',
  'raised',
  'grew',
  'doubled',
  'tripled',
  'halved',
  'shipped',
];

/**
 * Quantities that state a result: 30%, $2M, 3x, 120 hours; and an outcome counted as none ("zero
 * Sev-1 incidents", "zero unplanned downtime", "no customer-facing downtime").
 */
export const QUANTITY =
  /\d\s*%|[$€£]\s?\d|\b\d+(?:\.\d+)?\s?(?:x|k|m|mm|million|billion|percent|hours|days|weeks|months)\b|\bon[ -]time\b|\bon schedule\b|\bunder budget\b|\bwithin budget\b|\bahead of schedule\b|\bzero\s+(?:[\w-]+\s+){0,2}(?:defects?|downtime|incidents?|issues?|outages?|errors?|escalations?|findings?|rollbacks?|data loss)\b|\b(?:no|without)\s+(?:[\w-]+\s+)?downtime\b/i;

/** "Technologies: Java, Spring" — a labelled list inside experience is a list, not applied work. */
export const LIST_LABEL =
  /^\s*(?:[-*•▪●◦·]\s*)?(?:key\s+)?(?:skills?|technolog(?:y|ies)|tools?(?:\s+used)?|tech(?:nical)?\s+stack|stack|environment|platforms?|languages?|frameworks?|software|technical skills|competencies|keywords|expertise)\s*(?:used\s*)?[:\-–—]/i;

/**
 * "Testing: Functional Testing, Manual Testing": a short label, a colon, then a list of short items.
 * An item is spaces then up to 40 characters starting with a non-space, or only spaces: written as
 * `\s*[^,.;:]{1,40}` the spaces could be split two ways per item, exponential in the items of a
 * list that does not end well ("Tools: a, a, a, …;").
 */
export const LABELLED_LIST =
  /^\s*(?:[-*•▪●◦·]\s*)?[A-Za-z][\w /&+.-]{0,30}:(?:\s*[^,.;:\s][^,.;:]{0,39}|\s+(?=[,.]|$))(?:,(?:\s*[^,.;:\s][^,.;:]{0,39}|\s+(?=[,.]|$)))+\.?\s*$/;

/** A clause that claims a skill rather than describing its use: "Strong communication skills", "Expert in Agile". */
export const CLAIM =
  /\b(?:skills?|abilit(?:y|ies)|able\s+to|proficien(?:t|cy)|expert(?:ise)?\s+(?:in|with)|knowledge\s+of|understanding\s+of|familiar|capable\s+of|competen(?:t|cy|cies))\b/i;

/** Requirement documents named by their short forms. */
const REQUIREMENT_DOCS = String.raw`SRS|BRDs?|FRDs?|FSDs?`;

/**
 * Requirements someone else set, which the work followed or read: "Wrote Unix scripts as per the
 * business requirement", "Built the module according to user requirements", "Understanding the
 * functional requirements of the application". So are requirement documents read or worked from:
 * "analyzing the business requirement document", "test cases from SRS documents", "walkthroughs of
 * business requirements". The guide counts this as adjacent to turning needs into requirements, not as
 * doing it: the mention names the skill (partial). Tested against the clause up to the mention's end,
 * which must be the requirements (or specifications, or their documents) themselves.
 */
export const FOLLOWED_REQUIREMENTS = new RegExp(
  [
    String.raw`\b(?:as\s+per|according\s+to|in\s+accordance\s+with|in\s+line\s+with|understand(?:s|ing)?|understood)\s+(?:[\w&'’/-]+\s+){0,4}?(?:requirements?|specifications?|specs)(?:\s+documents?)?\s*$`,
    String.raw`\banaly[sz](?:e|es|ed|ing)\s+(?:[\w&'’/-]+\s+){0,4}?(?:requirements?|specifications?)\s+documents?\s*$`,
    String.raw`\b(?:from|based\s+on|against)\s+(?:[\w&'’/-]+\s+){0,2}?(?:${REQUIREMENT_DOCS}|(?:requirements?|specifications?)\s+documents?)\s*$`,
    String.raw`\bwalk-?throughs?\s+of\s+(?:[\w&'’/,-]+\s+){0,4}?(?:requirements?|specifications?)\s*$`,
  ].join('|'),
  'i',
);

/**
 * A mention that ends with requirements, specifications or their documents (or names one: SRS, BRD):
 * the only kind FOLLOWED_REQUIREMENTS reads.
 */
export const NAMES_REQUIREMENTS = new RegExp(
  String.raw`(?:requirements?|specifications?|specs)(?:\s+documents?)?$|\b(?:${REQUIREMENT_DOCS})$`,
  'i',
);

/**
 * Where the person heard the requirements from the people who hold them, reading them is gathering
 * them: "Communicated with clients to understand their requirement", "Interaction with the client
 * to understand requirements". An analyst or a lead on the same team does not count: "Worked with the
 * BA to understand requirements" is still following them.
 */
export const FROM_THE_SOURCE =
  /\b(?:with|from|met|meet(?:s|ing)?)\s+(?:the\s+|our\s+|their\s+|various\s+|key\s+)?(?:[\w-]+\s+)?(?:clients?|customers?|stakeholders?|business\s+(?:users?|owners?|teams?|units?|stakeholders?)|end[\s-]users?|users)\b|\binteract(?:s|ed|ing|ion|ions)?\b|\bcommunicat(?:e|es|ed|ing)\b/i;

/** Skill names that are job titles ("QA Engineer", "Scrum Master"): holding the title names the skill, it does not show it. */
export const ROLE_TITLE =
  /\b(?:engineer|developer|analyst|manager|tester|lead|architect|master|consultant|administrator|specialist|coordinator|owner|designer|scientist|programmer)s?$/i;

export type CueKind = 'negation' | 'aspiration' | 'hedge' | 'ownership' | 'result';

/**
 * All cue phrases in one matcher, run once over the whole text with the skills matcher's tokens,
 * instead of re-reading each mention's clause.
 */
let cueMatcher: Matcher | undefined;

export function cuesMatcher(): Matcher {
  cueMatcher ??= compileMatcher(
    (
      [
        ['negation', NEGATION_CUES],
        ['aspiration', ASPIRATION_CUES],
        ['hedge', HEDGE_CUES],
        ['ownership', OWNERSHIP_WORDS],
        ['result', RESULT_WORDS],
        ['coursework', COURSEWORK_WORDS],
      ] as const
    ).map(([kind, phrases]) => ({
      id: kind,
      label: kind,
      kind: 'soft' as const,
      aliases: [...phrases],
      patterns: [],
      broader: [],
      related: [],
      esco: [],
    })),
    [],
  );
  return cueMatcher;
}

/**
 * Verbs that open a description of work ("Coordinated…", "Manage…", "Built…"), in their base form;
 * their -s, -ed and -ing forms come from the matcher's `inflections`. A clause that opens with one
 * describes something done, wherever it stands in the resume.
 */
const ACTION_VERBS =
  `accelerate accomplish achieve act adapt add address administer advise align allocate analyse analyze apply
approve architect arrange assemble assess assign assist attain attend audit author automate balance benchmark
boost brief build calculate calibrate capture catalog centralise centralize chair champion change clarify
close coach code collaborate collect communicate compile complete compose conceive conduct configure
consolidate construct consult contribute control convert coordinate correct counsel create cultivate curate
customize cut debug decommission decrease define delegate deliver demonstrate deploy deprecate design
determine develop devise diagnose digitise digitize direct discover distribute document draft drive earn edit
educate elevate eliminate empower enable encourage enforce engineer enhance ensure escalate establish estimate
evaluate examine exceed execute expand expedite facilitate finalize fix forecast formulate foster found gather
generate grow guide halve handle head help hire host identify implement improve increase influence initiate
inspect install institute instruct integrate interact interface interview introduce invent investigate launch
lead leverage liaise maintain manage map market maximise maximize measure mediate meet mentor merge migrate
minimise minimize model moderate modernise modernize modify monitor motivate negotiate onboard operate
optimise optimize orchestrate organise organize outperform overhaul oversee own participate partner perform
pilot pioneer plan prepare present prioritise prioritize process procure produce program promote propose
prototype provide publish purchase raise rebuild receive recommend reconcile record recruit redesign reduce
reengineer refactor refine release remediate render reorganize repair replace report represent research
resolve respond restructure retire revamp review revise rewrite run safeguard save scale schedule scope screen
script secure select serve set setup shape ship shorten simplify slash solve source spearhead specify sponsor
staff standardise standardize steer streamline strengthen structure submit sunset supervise support surpass
survey sustain test track train transform transition translate travel triage troubleshoot tune unify update
upgrade upskill use utilize validate verify visit win write
answer book check demo double elicit engage explain file groom log mitigate pitch proofread remove reproduce roll
trial triple unblock budget`.split(/\s+/);

/**
 * Opening words the verbs above do not inflect to: the past of verbs not listed there ("made",
 * "took"), British doubling and the hyphenated "co-ordinate". The matcher's `inflections` already
 * gives the irregular pasts of listed verbs ("led", "ran", "built", "wrote", "oversaw", "met").
 */
const IRREGULAR_PAST =
  `made took gave brought taught began held sold spent grew won kept found chose understood undertook
spoke sent saw did got put travelled travelling co-ordinate co-ordinates co-ordinated co-ordinating`.split(
    /\s+/,
  );

const ACTION_FORMS: ReadonlySet<string> = new Set([...IRREGULAR_PAST, ...ACTION_VERBS.flatMap(inflections)]);

/** Words that may stand before the verb: "I", "Successfully", "Also", "Line" (managed). */
const LEAD_IN =
  /^(?:i|we|have|has|also|then|and|most|line|successfully|actively|personally|independently|jointly|directly|closely|effectively|regularly|primarily|mainly|continuously|single-handedly)$/;

/** Phrases that say a duty was done without opening with a verb. */
const DUTY_PHRASE =
  /^(?:responsible for|responsibilities include[ds]?|involved in|work(?:ed|ing|s)? (?:[a-z]+ly )?(?:on|as|with|in|across|alongside)\b|played a key role|key role in|part of the team|member of the team|in charge of|hands-on experience (?:in|with))/i;

/** Whether a clause describes work done: it opens (after "I", an adverb) with an action verb. */
export function describesWork(clause: string): boolean {
  // The first three words, lowercased, read without splitting the whole clause.
  let i = 0;
  const n = Math.min(clause.length, 120);
  while (i < n && !isLetter(clause.charCodeAt(i))) i++;
  if (i === n) return false;
  if (DUTY_PHRASE.test(clause.slice(i, n))) return true;
  for (let k = 0; k < 3 && i < n; k++) {
    const start = i;
    while (i < n && (isLetter(clause.charCodeAt(i)) || clause.charCodeAt(i) === 45)) i++;
    const w = clause.slice(start, i).toLowerCase();
    if (ACTION_FORMS.has(w)) return true;
    if (!LEAD_IN.test(w) && !w.endsWith('ly')) return false;
    while (i < n && !isLetter(clause.charCodeAt(i))) i++;
  }
  return false;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Things a resume builds or works on, whose descriptions say what the thing does. */
const PRODUCT_NOUN =
  'application|applications|app|apps|software|system|systems|tool|tools|platform|website|web site|portal|module|modules|product|solution|dashboard|chatbot|bot|bar|widget|feature|features|engine|too|service|services|utility|plugin|extension';

/** A quick test before describesProduct: most lines name no product at all. */
export const PRODUCT_WORD = new RegExp(`\\b(?:${PRODUCT_NOUN})\\b`, 'i');

/** "This application helps …", "The system can …", "The goal of this software is …" at the clause's start. */
const PRODUCT_SUBJECT = new RegExp(
  `^(?:project description[\\s:-]*)?(?:(?:the\\s+)?(?:goal|aim|purpose|objective)\\s+of\\s+)?(?:this|the|our|its|that|which|it)\\s+(?:[a-z][\\w-]*\\s+){0,3}?(?:${PRODUCT_NOUN})\\s+(?:is\\s+|was\\s+|also\\s+|will\\s+|would\\s+|can\\s+|could\\s+)?(?:help|helps|aims?|aimed|provides?|allows?|enables?|supports?|comprises?|includes?|consists?|contains?|manages?|handles?|generates?|tracks?|maintains?|performs?|does|can|has|have|lets?|gives?|offers?|used|to)(?!\\w)`,
);

/** "… this project aims to …": a project's stated aim describes the product, not the person's part. */
const PROJECT_AIM =
  /^(?:project description[\s:-]*)?(?:this|the|our)\s+project\s+(?:aims?|aimed|is aimed|objective)\b/;

/** "<product> helps users …", "<product> that lets …" anywhere before the mention. */
const BUILT_WITH = '(?:(?:in|using|with|on|built in|written in)\\s+(?:[\\w.#+-]+\\s+){0,3}?)?';
const PRODUCT_DOES = new RegExp(
  `\\b(?:${PRODUCT_NOUN})\\s+${BUILT_WITH}(?:(?:that\\s+|which\\s+)?(?:helps?|allows?|enables?|lets?|assists?)|(?:that|which)\\s+(?:is|are|was|were)\\s+used)\\b`,
);

/** "Navnirman is a technical event management application that …": a sentence defining a product. */
const PRODUCT_IS = new RegExp(
  `\\b(?:is|was)\\s+an?\\s+(?:[a-z][\\w-]*\\s+){0,5}?(?:${PRODUCT_NOUN})\\s+(?:that|which|to|for|used)\\b`,
);

/**
 * "… built a web application to plan and organize events", "a progress bar to help users track", "a
 * tool for tracking …", "a dashboard for managers to …". A "for" that names whom or what the work was
 * for ("developed the best solution for their requirement") says nothing about what a product does.
 */
const PRODUCT_PURPOSE = new RegExp(
  `\\b(?:${PRODUCT_NOUN})\\s+${BUILT_WITH}(?:that|which|to|for\\s+(?:[a-z]+ing|[a-z]+\\s+to|[a-z]+\\s+[a-z]+\\s+to))\\b`,
);
const BUILD_VERB =
  /\b(?:develop|developed|developing|build|built|building|create|created|creating|design|designed|designing|implement|implemented|implementing|made|make|making|wrote|write|writing|code|coded|coding|program|programmed|launch|launched|ship|shipped)\b/;

/**
 * The words after a mention name the kind of product it is ("a B2B scheduling and workforce management
 * web app", "order management system", "budget tracking tool"): up to four words, none a preposition
 * or a past tense, then a product noun that heads its phrase (it ends the clause or a preposition or
 * a bracket follows it: "system documentation", "Service Representative" and an employer's "Vision
 * Systems September 2015" name no product).
 */
const PRODUCT_KIND_AFTER = new RegExp(
  `^(?:\\s+(?!(?:for|to|with|of|in|on|at|by|from|into|across|within|per|that|which|who|while)\\b)(?![a-z]+ed\\b)[a-z][\\w&/+-]*){0,4}?\\s+(?:${PRODUCT_NOUN})(?=\\s*(?:$|[,.;:()[\\]–—]|-\\s|(?:for|to|with|of|in|on|that|which|used|using|built|written|and|from|at|across|serving)\\b))`,
);
/** "… for a cloud accounting and invoicing platform", "worked on the scheduling module": the product as an object. */
const PRODUCT_OBJECT =
  /\b(?:for|of|on|in)\s+(?:a|an|the|our|their|its|his|her)\s+(?:[a-z0-9][\w&/+-]*\s+){0,3}$/;
/**
 * Building something, within the clause before the product: "developed", "building", "development
 * of". BUILD_VERB's forms that are also nouns in a delivery resume (program, code, design, made) are
 * left out: "Ran the program's Earned Value Management System" builds nothing.
 */
const BUILDING =
  /\b(?:develop|developed|developing|development\s+of|build|built|building|create|created|creating|designed|designing|implement|implemented|implementing|wrote|write|writing|coded|launch|launched|ship|shipped)\b/;

/**
 * Whether a mention names the kind of product the person built or worked on rather than work they
 * did: the words after it end in a product noun, and the clause before it builds something ("Lead a
 * team of 5 developers building a B2B scheduling web app", "Development of inventory replenishment
 * and order management system") or takes the product as an object ("testers for a cloud accounting
 * and invoicing platform"). `prefix` is the clause up to the mention, `matched` the mention's words
 * and `after` the line after it, any case. A mention that ends in a preposition or an article ("lead
 * for the", "QC of") takes the product as its own object: work on it.
 */
export function namesProductKind(prefix: string, matched: string, after: string): boolean {
  if (/\b(?:for|of|on|to|with|in|at|the|a|an)$/i.test(matched)) return false;
  if (!PRODUCT_KIND_AFTER.test(after.slice(0, 80).toLowerCase())) return false;
  const p = prefix.slice(-300).toLowerCase();
  return BUILDING.test(p) || PRODUCT_OBJECT.test(p);
}

/**
 * Whether the words of a clause before a mention make the mention part of a product's description:
 * what an application, tool or system does ("Debtor invoicing software helps businesses keep track of
 * assets", "Created a web application to plan and organize events", "The goal of this application is
 * to streamline loan processing"). `prefix` is the clause from its start up to the mention, any case.
 */
export function describesProduct(prefix: string): boolean {
  const p = prefix
    .slice(0, 400)
    .toLowerCase()
    .replace(/^[^a-z]+/, '')
    .replace(/^(?:additionally|also|moreover|furthermore|further|and|besides)\b[\s,]*/, '');
  if (PRODUCT_SUBJECT.test(p) || PROJECT_AIM.test(p) || PRODUCT_DOES.test(p) || PRODUCT_IS.test(p))
    return true;
  const purpose = PRODUCT_PURPOSE.exec(p);
  return purpose !== null && BUILD_VERB.test(p.slice(0, purpose.index));
}
