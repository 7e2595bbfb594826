import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type { FindingsIndicatorCatalogQuery } from './generated/graphql.js';
import { IndicatorCatalogQuery } from './operations.js';

export type IndicatorDefinition = FindingsIndicatorCatalogQuery['indicatorCatalog'][number];

/** The indicator catalog of e-government-metrics, by code (asked once, then from the cache). */
export function useIndicatorCatalog() {
  const { data, error } = useQuery(IndicatorCatalogQuery);
  const byCode = useMemo(
    () => new Map((data?.indicatorCatalog ?? []).map((indicator) => [indicator.code, indicator])),
    [data],
  );
  // Values wait until their units are known (a ratio shown before it is a percentage would mislead); a failed
  // catalog is said where it is used, not waited for.
  const loaded = data !== undefined || error !== undefined;
  return { indicators: data?.indicatorCatalog ?? [], byCode, error, loaded };
}
