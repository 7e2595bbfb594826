import { readFile } from 'node:fs/promises';
import { isIsoDate } from '@cchc/kit';
import { z } from 'zod';
import { Classification } from '../domain/classification.js';
import {
  ActionStatus,
  FindingKind,
  PlanStatus,
  RecommendationAddressee,
  Severity,
  TeamRole,
  VisitStatus,
} from '../domain/enums.js';

const text = z.string().trim().min(1);
const date = z.string().refine(isIsoDate, 'a date written YYYY-MM-DD');
const unitRef = z.object({ code: text });
const described = { nameVi: text, nameEn: text, guidance: z.string().nullish() };

/** Điểm tối đa, and the indicator that proposes the score of a measurable criterion (share of points per status). */
const scored = {
  maxPoints: z.number().min(0).default(0),
  indicatorCode: z.string().nullish(),
  indicatorPoints: z.record(z.string(), z.number().min(0).max(1)).nullish(),
};

const criterion = z.object({
  code: text,
  ...described,
  ...scored,
  subCriteria: z.array(z.object({ code: text, ...described, ...scored })).optional(),
});

const threshold = z.object({
  classification: z.enum(Classification),
  minPercent: z.number().min(0).max(100),
  nameVi: text,
  nameEn: text,
});

const action = z.object({
  requiredAction: text,
  responsibleUnit: unitRef.nullable(),
  deadline: date,
  status: z.enum([ActionStatus.OPEN, ActionStatus.REPORTED, ActionStatus.VERIFIED]),
  reports: z.array(
    z.object({
      reportedOn: date,
      text,
      attachments: z.array(z.object({ fileName: text, mediaType: text, sizeBytes: z.number().int().min(0) })),
    }),
  ),
  verification: z.object({ verifiedOn: date, note: z.string().nullish() }).nullish(),
});

const plan = z.object({
  key: text,
  year: z.number().int(),
  catalogYear: z.number().int(),
  title: text,
  decisionNumber: z.string().nullish(),
  decisionDate: date.nullish(),
  periodFrom: date,
  periodTo: date,
  leadUnit: unitRef,
  scope: z.string().nullish(),
  status: z.enum(PlanStatus),
  team: z.array(
    z.object({
      fullName: text,
      role: z.enum(TeamRole),
      agency: unitRef.nullable(),
      agencyName: z.string().nullish(),
      position: z.string().nullish(),
      username: z.string().nullish(),
    }),
  ),
  targets: z.array(
    z.object({
      key: text,
      unit: unitRef,
      plannedDate: date.nullable(),
      parentKey: z.string().nullable(),
      illustrative: z.boolean(),
      visit: z
        .object({
          actualDate: date.nullable(),
          attendees: z.array(text),
          minutes: z.string().nullish(),
          status: z.enum(VisitStatus),
        })
        .nullable(),
      /** The team's scores, by criterion code (criteria without sub-criteria). */
      scores: z
        .array(z.object({ criterionCode: text, points: z.number().min(0), comment: z.string().nullish() }))
        .optional(),
      /** Its conclusion notice, built from its findings, actions and scores when loaded. */
      notice: z.object({ number: text, issuedOn: date }).nullish(),
    }),
  ),
  findings: z.array(
    z.object({
      key: text,
      targetKey: text,
      areaCode: text,
      criterionCode: z.string().nullable(),
      kind: z.enum(FindingKind),
      severity: z.enum(Severity),
      text,
      general: z.boolean(),
      /** The catalogue indicator the finding rests on, read over the usual twelve months when loaded. */
      reading: z.object({ indicatorCode: text }).nullish(),
      /** Figures the team observed itself (counts in a sample…), not the unit's reported figures. */
      evidence: z.array(
        z.object({
          label: text,
          value: z.number(),
          unit: z.string().nullable(),
          indicatorCode: z.string().nullable(),
        }),
      ),
      actions: z.array(action),
    }),
  ),
  conclusion: z
    .object({
      number: z.string().nullish(),
      issuedOn: date.nullish(),
      summary: text,
      recommendations: z.array(z.object({ addressee: z.enum(RecommendationAddressee), text })),
    })
    .nullable(),
});

const writtenCatalog = z.object({
  year: z.number().int(),
  title: text,
  classificationThresholds: z.array(threshold).min(1),
  areas: z.array(z.object({ code: text, ...described, criteria: z.array(criterion) })),
});

/** A catalog copied from an earlier year's, as an administrator would with copyCriteriaCatalog. */
const copiedCatalog = z.object({ year: z.number().int(), copyOf: z.number().int() });

const demoFile = z.object({
  catalogs: z.array(z.union([writtenCatalog, copiedCatalog])),
  plans: z.array(plan),
});

export type DemoFile = z.infer<typeof demoFile>;
export type DemoPlan = z.infer<typeof plan>;
export type WrittenCatalog = z.infer<typeof writtenCatalog>;
export type DemoCriterion = z.infer<typeof criterion>;

export const DEMO_FILE = new URL('../../data/demo-inspections.json', import.meta.url);

export async function readDemoFile(file: URL = DEMO_FILE): Promise<DemoFile> {
  const result = demoFile.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${file.pathname}: at ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return result.data;
}
