/** Placeholder while the page is built. */
export function PrintPage(_props: Record<string, string>) {
  return null;
}
