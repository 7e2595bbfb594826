/** Placeholder while the page is built. */
export function FindingPage(_props: Record<string, string>) {
  return null;
}
