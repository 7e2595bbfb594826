import type { ExportFindingsQuery } from '../generated/graphql.js';
import { graphql } from '../generated/index.js';
import type { CsvExport } from './csv-export.js';

const EXPORT_FINDINGS = graphql(`
  query ExportFindings(
    $first: Int
    $after: String
    $planId: ID
    $unitIds: [ID!]
    $unitCodes: [String!]
    $asOf: Date
    $includeDescendants: Boolean
    $areaCodes: [String!]
    $kinds: [FindingKind!]
    $statuses: [FindingStatus!]
    $year: Int
  ) {
    findings(
      filter: {
        planId: $planId
        unitIds: $unitIds
        unitCodes: $unitCodes
        asOf: $asOf
        includeDescendants: $includeDescendants
        areaCodes: $areaCodes
        kinds: $kinds
        statuses: $statuses
        year: $year
      }
      orderBy: AREA
      first: $first
      after: $after
    ) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        severity
        status
        text
        general
        plan {
          year
          title
        }
        unit {
          code
          name
          level
        }
        area {
          code
          nameVi
        }
        criterion {
          code
        }
        evidence {
          label
          value
          unit
        }
        actions {
          status
        }
      }
    }
  }
`);

type FindingRow = ExportFindingsQuery['findings']['nodes'][number];
type Action = FindingRow['actions'][number];

/**
 * Open until verified: the API states an action's course as its `ActionStatus` (OPEN → REPORTED → VERIFIED,
 * OVERDUE being an OPEN action past its deadline), and gives no count of a finding's open actions of its own.
 */
const isOpen = (action: Action) => action.status !== 'VERIFIED';

export const FINDINGS_EXPORT: CsvExport<ExportFindingsQuery, FindingRow> = {
  path: '/export/findings.csv',
  fileName: 'findings.csv',
  query: EXPORT_FINDINGS,
  pageOf: (data) => data.findings,
  parameters: {
    planId: 'text',
    unitIds: 'list',
    unitCodes: 'list',
    asOf: 'text',
    includeDescendants: 'boolean',
    areaCodes: 'list',
    kinds: 'enumList',
    statuses: 'enumList',
    year: 'integer',
  },
  columns: [
    { code: 'finding_id', vi: 'Mã phát hiện', cell: (f) => f.id },
    { code: 'year', vi: 'Năm', cell: (f) => f.plan.year },
    { code: 'plan', vi: 'Kế hoạch kiểm tra', cell: (f) => f.plan.title },
    { code: 'unit_code', vi: 'Mã đơn vị', cell: (f) => f.unit.code },
    { code: 'unit_name', vi: 'Tên đơn vị', cell: (f) => f.unit.name },
    { code: 'unit_level', vi: 'Cấp đơn vị', cell: (f) => f.unit.level },
    { code: 'area_code', vi: 'Mã lĩnh vực', cell: (f) => f.area.code },
    { code: 'area', vi: 'Lĩnh vực', cell: (f) => f.area.nameVi },
    { code: 'criterion_code', vi: 'Mã tiêu chí', cell: (f) => f.criterion?.code },
    { code: 'kind', vi: 'Loại', cell: (f) => f.kind },
    { code: 'severity', vi: 'Mức độ', cell: (f) => f.severity },
    { code: 'status', vi: 'Trạng thái', cell: (f) => f.status },
    { code: 'general', vi: 'Phát hiện chung', cell: (f) => f.general },
    { code: 'text', vi: 'Nội dung', cell: (f) => f.text },
    {
      code: 'evidence',
      vi: 'Số liệu minh chứng',
      cell: (f) => f.evidence.map((e) => `${e.label}: ${e.value}${e.unit ? ` ${e.unit}` : ''}`).join('; '),
    },
    { code: 'actions', vi: 'Số biện pháp khắc phục', cell: (f) => f.actions.length },
    {
      code: 'actions_open',
      vi: 'Biện pháp chưa được xác nhận',
      cell: (f) => f.actions.filter(isOpen).length,
    },
  ],
};
