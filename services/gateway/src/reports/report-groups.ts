/**
 * How the report of results groups limitations, as the seed report (Sở Nội vụ Kiên Giang, 02/12/2020) does,
 * in its order. A finding goes to a group by the indicator its evidence measures first (TTHC.2 holds both
 * one-stop and 3-in-1 findings: ONE_STOP_UPDATE_RATE vs JOINT_3IN1_RATE), then by its criterion code, the
 * longest code that matches (TTHC.2.2 is 3-in-1, TTHC.2.1 one-stop); anything else is "other contents", by area.
 */
export interface LimitationGroup {
  key: string;
  /** The group's heading in the report. */
  title: string;
  indicators: readonly string[];
  /** Criterion codes, each also covering its sub-criteria (TTHC.1 covers TTHC.1.2). */
  criteria: readonly string[];
}

export const LIMITATION_GROUPS: readonly LimitationGroup[] = [
  { key: 'direction', title: 'Công tác chỉ đạo, điều hành', indicators: [], criteria: ['CDDH'] },
  {
    key: 'procedures',
    title: 'Thủ tục hành chính và cơ chế một cửa, một cửa liên thông',
    indicators: [
      'ON_TIME_RATE',
      'LATE_RATE',
      'APOLOGY_RATE',
      'ONE_STOP_UPDATE_RATE',
      'PUBLICATION_RATE',
      'SATISFACTION_RATE',
      'COMPLAINTS_ON_TIME_RATE',
    ],
    criteria: ['TTHC.1', 'TTHC.2', 'TTHC.3', 'TTHC.4'],
  },
  {
    key: 'online',
    title: 'Dịch vụ công trực tuyến và dịch vụ bưu chính công ích',
    indicators: [
      'ONLINE_FILING_RATE',
      'ONLINE_FILING_OFFERED_RATE',
      'FULL_ONLINE_SERVICE_RATE',
      'ONLINE_PAYMENT_RATE',
      'POSTAL_RATE',
    ],
    criteria: ['HDH.3', 'HDH.4'],
  },
  {
    key: 'websites',
    title: 'Trang Thông tin điện tử',
    indicators: ['WEBSITE_FRESHNESS', 'WEBSITE_DAYS_SINCE_UPDATE'],
    criteria: ['HDH.2'],
  },
  {
    key: 'joint',
    title: 'Thủ tục hành chính liên thông (3 trong 1)',
    indicators: ['JOINT_3IN1_RATE'],
    criteria: ['TTHC.2.2', 'TTHC.2.3'],
  },
  { key: 'archives', title: 'Lưu trữ hồ sơ thủ tục hành chính', indicators: [], criteria: ['TTHC.5'] },
  {
    key: 'discipline',
    title: 'Kỷ luật, kỷ cương hành chính',
    indicators: ['DISCIPLINE_CASES'],
    criteria: ['CBCCVC.5'],
  },
];

/** What decides a finding's group. */
export interface GroupedFinding {
  /** The indicator of its evidence reading, or of an evidence figure. */
  indicatorCode: string | null;
  criterionCode: string | null;
}

const covers = (code: string, criterion: string) => criterion === code || criterion.startsWith(`${code}.`);

/** The finding's group, or null for "other contents" (then grouped by area). */
export function limitationGroupOf({ indicatorCode, criterionCode }: GroupedFinding): LimitationGroup | null {
  const byIndicator = indicatorCode && LIMITATION_GROUPS.find((g) => g.indicators.includes(indicatorCode));
  if (byIndicator) return byIndicator;
  if (!criterionCode) return null;
  let best: { group: LimitationGroup; length: number } | null = null;
  for (const group of LIMITATION_GROUPS) {
    for (const code of group.criteria) {
      if (covers(code, criterionCode) && code.length > (best?.length ?? 0))
        best = { group, length: code.length };
    }
  }
  return best?.group ?? null;
}
