/** Typed texts keep their line breaks, and long words (links, codes) wrap instead of widening the page. */
export const WRAPPING = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;
