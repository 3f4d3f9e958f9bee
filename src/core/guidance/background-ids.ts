// Values the guidance schemas (schema.ts) and the checks of shipped guidance (check-guidance.ts)
// share, apart from the schemas, so an analysis reads prepared guidance without loading zod.

/** Every background rolefit can detect; `other` means none of them. */
export const BACKGROUND_IDS = [
  'scrum-master',
  'qa-engineer',
  'business-analyst',
  'project-manager',
  'junior-developer',
  'support-implementation',
  'technical-project-manager',
  'senior-developer',
  'devops-engineer',
  'product-manager',
  'other',
] as const;
export type BackgroundId = (typeof BACKGROUND_IDS)[number];

export const NATURALNESS = ['already-there', 'very-natural', 'natural', 'workable', 'stretch'] as const;
export type Naturalness = (typeof NATURALNESS)[number];
