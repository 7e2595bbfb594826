/** The unit registry is public reference data (GSO codes, published to partners): anyone may read it. */
export const UNIT_REGISTRY_ACCESS = {
  'Query.unit': 'PUBLIC',
  'Query.unitByCode': 'PUBLIC',
  'Query.units': 'PUBLIC',
} as const;
