import { useQuery } from '@apollo/client/react';
import { useLanguage } from '@cchc/web-shared';
import { useMemo } from 'react';
import type { ReportingIndicatorCatalogQuery } from './generated/graphql.js';
import { IndicatorCatalogQuery } from './operations.js';

export type IndicatorDefinition = ReportingIndicatorCatalogQuery['indicatorCatalog'][number];

/** The indicator catalog of e-government-metrics, by code, with each indicator's name in the user's language. */
export function useIndicatorCatalog() {
  const language = useLanguage();
  const { data, error, refetch } = useQuery(IndicatorCatalogQuery);
  const indicators = data?.indicatorCatalog ?? [];
  const byCode = useMemo(
    () => new Map(indicators.map((indicator) => [indicator.code, indicator])),
    [indicators],
  );
  const nameOf = (code: string) => {
    const indicator = byCode.get(code);
    if (!indicator) return code;
    return language === 'en' ? indicator.nameEn : indicator.nameVi;
  };
  return { indicators, byCode, nameOf, error, refetch, loaded: data !== undefined };
}
