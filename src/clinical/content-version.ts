/**
 * The revision of the clinical rules and of every clinical sentence the reader sees. Bump the
 * version, set the review dates and add an entry to docs/clinical-changelog.md whenever a rule
 * or a reader-facing clinical sentence changes (tests/clinical/governance.test.ts checks that
 * the changelog's newest entry matches).
 */
import type { ClinicalContent } from './types.js';

export const CLINICAL_CONTENT: Readonly<ClinicalContent> = Object.freeze({
  version: '2.2.0',
  reviewed: '2026-12-02',
  nextReview: '2027-12-02',
});
