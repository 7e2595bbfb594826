/**
 * Every service's database: the name it takes on the shared server (`DATABASE_URL`) and the variable that
 * points it elsewhere. The same names as in each service's `environment.ts` (the gateway's in
 * `accounts/accounts-database.ts`); a service added there is added here, or its data is not backed up.
 */
export const serviceDatabases = [
  { service: 'unit-registry', database: 'cchc_unit_registry', urlVariable: 'UNIT_REGISTRY_DATABASE_URL' },
  { service: 'inspection', database: 'cchc_inspection', urlVariable: 'INSPECTION_DATABASE_URL' },
  {
    service: 'e-government-metrics',
    database: 'cchc_e_government_metrics',
    urlVariable: 'METRICS_DATABASE_URL',
  },
  { service: 'gateway', database: 'cchc_gateway', urlVariable: 'GATEWAY_DATABASE_URL' },
  {
    service: 'partner-staffing',
    database: 'cchc_partner_staffing',
    urlVariable: 'PARTNER_STAFFING_DATABASE_URL',
  },
] as const;

export type DatabaseUrlVariable = (typeof serviceDatabases)[number]['urlVariable'];
