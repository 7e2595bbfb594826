import { askService, badInput, DomainError, ErrorCode } from '@cchc/kit';
import type { Figures, JudgedEvidence, ReadingRequest } from '../application/figures.js';
import type { EvidenceReading, EvidenceVerdict } from '../domain/evidence.js';

type Reading = Omit<EvidenceReading, 'takenAt'>;

const READING_FIELDS = 'unitId indicatorCode from to numerator denominator value status';

/**
 * e-government-metrics' GraphQL API, service to service (not through the gateway), asked with the
 * caller's own token: metrics decides what the caller may read. A refusal of an indicator code comes
 * back as BAD_USER_INPUT on `reading.indicatorCode`; anything else it refuses is passed on with its code.
 */
export class MetricsClient {
  constructor(
    private readonly url: string,
    private readonly timeoutMs = 10_000,
  ) {}

  /** The client acting for one caller (its Authorization header, when it sent one). */
  as(authorization: string | undefined): Figures {
    const ask = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
      const answer = await askService<T>({
        url: this.url,
        service: 'The e-government figures service',
        query,
        variables,
        headers: authorization ? { authorization } : {},
        timeoutMs: this.timeoutMs,
      });
      const [error] = answer.errors ?? [];
      if (error || !answer.data) throw refusal(error);
      return answer.data;
    };
    return {
      readings: async (requests: ReadingRequest[]) => {
        if (requests.length === 0) return [];
        const data = await ask<{ indicatorReadings: Reading[] }>(
          `query($readings: [IndicatorReadingInput!]!) { indicatorReadings(readings: $readings) { ${READING_FIELDS} } }`,
          { readings: requests },
        );
        return data.indicatorReadings;
      },
      indicatorCodes: async () => {
        const data = await ask<{ indicatorCatalog: { code: string }[] }>('{ indicatorCatalog { code } }');
        return data.indicatorCatalog.map((indicator) => indicator.code);
      },
      verdicts: async (evidence: JudgedEvidence[]) => {
        if (evidence.length === 0) return [];
        const data = await ask<{ evidenceVerdicts: EvidenceVerdict[] }>(
          'query($readings: [EvidenceReadingInput!]!) { evidenceVerdicts(readings: $readings) }',
          { readings: evidence.map(verdictInput) },
        );
        return data.evidenceVerdicts;
      },
    };
  }
}

/** What metrics' verdict rule reads of a finding: the fields its `Finding.verdict` @requires. */
function verdictInput({ kind, reading }: JudgedEvidence) {
  const { unitId, indicatorCode, from, to, numerator, denominator, value } = reading;
  return { kind, unitId, indicatorCode, from, to, numerator, denominator, value };
}

function refusal(error: { message: string; extensions?: Record<string, unknown> } | undefined) {
  const code = error?.extensions?.code;
  const field = error?.extensions?.field;
  if (code === ErrorCode.BAD_USER_INPUT) {
    const name = typeof field === 'string' ? (field.split('.').at(-1) ?? field) : 'indicatorCode';
    return badInput(`reading.${name}`, error!.message);
  }
  if (code === ErrorCode.FORBIDDEN || code === ErrorCode.UNAUTHENTICATED) {
    return new DomainError(code, error!.message);
  }
  return new DomainError(
    ErrorCode.INTERNAL_SERVER_ERROR,
    `The e-government figures service refused a request: ${error?.message ?? 'no data'}`,
  );
}
