// The 2025 lineage as the importer uses it: units from the predecessor texts, agencies from succession rules.
export { type AgencyUnit, buildAgencyLineage } from './agency-lineage.js';
export { buildLineage } from './build-lineage.js';
export type { CurrentUnit, FormerUnit, PredecessorRecord, UnmatchedMention } from './types.js';
