/**
 * The rule registry: every file in this folder, sorted by id (a test checks both).
 */
import type { Rule } from '../rule';
import abbreviationBeforeDefinition from './abbreviation-before-definition';
import abbreviationInTitle from './abbreviation-in-title';
import abbreviationUndefined from './abbreviation-undefined';
import bylineFormat from './byline-format';
import bylineMissing from './byline-missing';
import dateFormat from './date-format';
import dateInvalid from './date-invalid';
import datelineFormat from './dateline-format';
import directiveInvalid from './directive-invalid';
import timeFormat from './time-format';
import webResidue from './web-residue';
import yearRange from './year-range';

export const RULES: readonly Rule[] = [
  abbreviationBeforeDefinition,
  abbreviationInTitle,
  abbreviationUndefined,
  bylineFormat,
  bylineMissing,
  dateFormat,
  dateInvalid,
  datelineFormat,
  directiveInvalid,
  timeFormat,
  webResidue,
  yearRange,
];
