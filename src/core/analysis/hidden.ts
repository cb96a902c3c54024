/** Stands in the prose mask for inline non-prose (code spans, URLs, markup): not a letter, not a space. */
export const HIDDEN_CHAR = '\uFFFC';
