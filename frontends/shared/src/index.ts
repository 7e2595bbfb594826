/** @cchc/web-shared: loaded once through the import map and shared by the shell and every application. */
export { apolloClient, createApolloClient, documentHash, WEB_CLIENT_NAME } from './apollo.js';
export {
  type CursorPaging,
  DataTable,
  type DataTableProps,
  type TableQuery,
  useCursorPaging,
} from './data-table.js';
export { DocumentButton } from './document-button.js';
export { documentPaths, downloadDocument, fileNameOf, saveFile } from './documents.js';
export { describeProblem, type Problem, type ProblemKind } from './errors.js';
export {
  EVIDENCE_VERDICTS,
  type EvidenceVerdictName,
  FINDING_KIND_COLORS,
  FINDING_KINDS,
  type FindingKindName,
} from './finding-values.js';
export {
  addMessages,
  DATE_FORMAT,
  formatDate,
  formatNumber,
  i18n,
  LANGUAGES,
  type Language,
  setLanguage,
  toApiDate,
  useLanguage,
} from './i18n.js';
export {
  type IndicatorStatusName,
  IndicatorStatusTag,
  indicatorStatusColor,
  worstStatusFirst,
} from './indicator-status.js';
export { indicatorValueText, percentText, ratioInPercent } from './indicator-values.js';
export { type ApplicationProps, reactApplication } from './lifecycles.js';
export { ProblemAlert, showFieldErrors } from './problem.js';
export { WebProviders } from './providers.js';
export { linkTo, useLocation, usePathname } from './routing.js';
export {
  LoginError,
  type Role,
  type SessionState,
  type SessionUser,
  session,
  useSession,
} from './session.js';
export { UnitScopeQuery } from './unit-operations.js';
export { type PickedUnit, UnitPicker, type UnitPickerProps } from './unit-picker.js';
export { useUnitScope } from './unit-scope.js';
