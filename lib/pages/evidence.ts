import type { EvidenceLevel } from '@/lib/content/schemas';

/** How sure the evidence is, in the words a patient reads on every page and on the handout. */
export const evidenceLevelWords: Record<EvidenceLevel, string> = {
  good: 'Good evidence',
  some: 'Some evidence',
  weak: 'Weak evidence',
  none: 'No good evidence',
};

/** The same level as a count of filled bars from 0 to 3, so it is shown as a shape, not by colour alone. */
export const evidenceLevelBars: Record<EvidenceLevel, number> = { none: 0, weak: 1, some: 2, good: 3 };
