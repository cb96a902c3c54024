/**
 * The rule registry: every file in this folder, sorted by id (a test checks both).
 */
import type { Rule } from '../rule';
import abbreviationBeforeDefinition from './abbreviation-before-definition';
import abbreviationInTitle from './abbreviation-in-title';
import abbreviationUndefined from './abbreviation-undefined';
import bylineFormat from './byline-format';
import bylineMissing from './byline-missing';
import capitalization from './capitalization';
import confusedWords from './confused-words';
import dash from './dash';
import dateFormat from './date-format';
import dateInvalid from './date-invalid';
import datelineFormat from './dateline-format';
import directiveInvalid from './directive-invalid';
import ellipsis from './ellipsis';
import homoglyph from './homoglyph';
import joinedWords from './joined-words';
import legacyEncoding from './legacy-encoding';
import missingMarks from './missing-marks';
import misspelling from './misspelling';
import numberFormat from './number-format';
import placeAbbreviation from './place-abbreviation';
import punctuationSpacing from './punctuation-spacing';
import quotes from './quotes';
import repeatedWord from './repeated-word';
import syllableInvalid from './syllable-invalid';
import syllableUnattested from './syllable-unattested';
import timeFormat from './time-format';
import toneMarkPosition from './tone-mark-position';
import toneMarkStyle from './tone-mark-style';
import unicodeNfc from './unicode-nfc';
import webResidue from './web-residue';
import whitespace from './whitespace';
import yearRange from './year-range';

export const RULES: readonly Rule[] = [
  abbreviationBeforeDefinition,
  abbreviationInTitle,
  abbreviationUndefined,
  bylineFormat,
  bylineMissing,
  capitalization,
  confusedWords,
  dash,
  dateFormat,
  dateInvalid,
  datelineFormat,
  directiveInvalid,
  ellipsis,
  homoglyph,
  joinedWords,
  legacyEncoding,
  missingMarks,
  misspelling,
  numberFormat,
  placeAbbreviation,
  punctuationSpacing,
  quotes,
  repeatedWord,
  syllableInvalid,
  syllableUnattested,
  timeFormat,
  toneMarkPosition,
  toneMarkStyle,
  unicodeNfc,
  webResidue,
  whitespace,
  yearRange,
];
