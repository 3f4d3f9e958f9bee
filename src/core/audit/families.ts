/** Role families a posting's content (or title) can belong to. */
export const ROLE_FAMILIES = [
  'project-management',
  'technical-program-management',
  'agile-delivery',
  'software-development',
  'devops-sre',
  'qa-test',
  'business-analysis',
  'engineering-management',
  'data',
  'product-management',
  'other',
] as const;
export type RoleFamily = (typeof ROLE_FAMILIES)[number];

export const FAMILY_LABELS: Record<RoleFamily, string> = {
  'project-management': 'project/program management',
  'technical-program-management': 'technical project/program management',
  'agile-delivery': 'agile delivery (scrum master, agile coach)',
  'software-development': 'software development',
  'devops-sre': 'DevOps/SRE',
  'qa-test': 'QA/test',
  'business-analysis': 'business analysis',
  'engineering-management': 'engineering lead/manager',
  data: 'data',
  'product-management': 'product management',
  other: 'other',
};

/** Families whose duties are building and running software: the "developer" side of the verdict. */
export const HANDS_ON_FAMILIES: readonly RoleFamily[] = ['software-development', 'devops-sre', 'qa-test'];
/** Families whose duties are delivering work through others: the TPM side of the verdict. */
export const DELIVERY_FAMILIES: readonly RoleFamily[] = [
  'project-management',
  'technical-program-management',
  'agile-delivery',
];

export const isHandsOnFamily = (f: RoleFamily): boolean => HANDS_ON_FAMILIES.includes(f);
export const isDeliveryFamily = (f: RoleFamily): boolean => DELIVERY_FAMILIES.includes(f);
