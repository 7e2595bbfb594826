/** Placeholder while the page is built. */
export function UnitHome(_props: Record<string, string>) {
  return null;
}
