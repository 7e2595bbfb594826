import type { ExportIndicatorFactsQuery } from '../generated/graphql.js';
import { graphql } from '../generated/index.js';
import type { CsvExport } from './csv-export.js';

const EXPORT_INDICATOR_FACTS = graphql(`
  query ExportIndicatorFacts(
    $first: Int
    $after: String
    $indicatorCodes: [String!]
    $unitIds: [ID!]
    $unitCodes: [String!]
    $descendantsOf: ID
    $descendantsOfCode: String
    $levels: [String!]
    $from: Date!
    $to: Date!
    $grain: Grain
    $asOf: Date
  ) {
    indicatorFacts(
      filter: {
        indicatorCodes: $indicatorCodes
        unitIds: $unitIds
        unitCodes: $unitCodes
        descendantsOf: $descendantsOf
        descendantsOfCode: $descendantsOfCode
        levels: $levels
        from: $from
        to: $to
        grain: $grain
        asOf: $asOf
      }
      first: $first
      after: $after
    ) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        unitId
        unitCode
        unitName
        unitLevel
        parentId
        period
        periodStart
        indicatorCode
        indicatorName
        indicatorNameEn
        numerator
        denominator
        value
        status
        approximate
        coverage
      }
    }
  }
`);

type FactRow = ExportIndicatorFactsQuery['indicatorFacts']['nodes'][number];

export const INDICATOR_FACTS_EXPORT: CsvExport<ExportIndicatorFactsQuery, FactRow> = {
  path: '/export/indicator-facts.csv',
  fileName: 'indicator-facts.csv',
  query: EXPORT_INDICATOR_FACTS,
  pageOf: (data) => data.indicatorFacts,
  parameters: {
    indicatorCodes: 'list',
    unitIds: 'list',
    unitCodes: 'list',
    descendantsOf: 'text',
    descendantsOfCode: 'text',
    levels: 'enumList',
    from: 'text',
    to: 'text',
    grain: 'enum',
    asOf: 'text',
  },
  columns: [
    { code: 'unit_id', vi: 'ID đơn vị', cell: (f) => f.unitId },
    { code: 'unit_code', vi: 'Mã đơn vị', cell: (f) => f.unitCode },
    { code: 'unit_name', vi: 'Tên đơn vị', cell: (f) => f.unitName },
    { code: 'unit_level', vi: 'Cấp đơn vị', cell: (f) => f.unitLevel },
    { code: 'parent_id', vi: 'ID đơn vị cấp trên', cell: (f) => f.parentId },
    { code: 'period', vi: 'Kỳ', cell: (f) => f.period },
    { code: 'period_start', vi: 'Ngày đầu kỳ', cell: (f) => f.periodStart },
    { code: 'indicator', vi: 'Mã chỉ số', cell: (f) => f.indicatorCode },
    { code: 'indicator_name', vi: 'Tên chỉ số', cell: (f) => f.indicatorName },
    { code: 'indicator_name_en', vi: 'Tên chỉ số (tiếng Anh)', cell: (f) => f.indicatorNameEn },
    { code: 'numerator', vi: 'Tử số', cell: (f) => f.numerator },
    { code: 'denominator', vi: 'Mẫu số', cell: (f) => f.denominator },
    { code: 'value', vi: 'Giá trị', cell: (f) => f.value },
    { code: 'status', vi: 'Đánh giá', cell: (f) => f.status },
    { code: 'approximate', vi: 'Số liệu ước tính', cell: (f) => f.approximate },
    { code: 'coverage', vi: 'Độ phủ báo cáo', cell: (f) => f.coverage },
  ],
};
