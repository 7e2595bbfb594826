/**
 * The request the slow-subgraph and slow-database tests send: Hòn Đất from unit-registry beside a nullable
 * inspection field, so that a slow inspection costs only that field. Each request names the field its own way, so
 * that the gateway sends each its own request to inspection rather than one for identical requests in flight.
 */
export const unitAndCatalog = (request: number) =>
  `{ unitByCode(code: "903", asOf: "2020-10-19") { name } catalog${request}: criteriaCatalog(year: 2020) { year } }`;

/** Its answer: the catalog, or null when inspection did not answer in time. */
export const expectedData = (request: number, catalog: { year: number } | null) => ({
  unitByCode: { name: 'Hòn Đất' },
  [`catalog${request}`]: catalog,
});

/** The gateway's per-subgraph timeout in these tests. */
export const SUBGRAPH_TIMEOUT_MS = 1_000;
/** How late the gateway's answer may come after its timeout fired, on a loaded two-core machine. */
export const MARGIN_MS = 1_500;
