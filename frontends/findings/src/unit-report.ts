import { formatNumber, toApiDate } from '@cchc/web-shared';
import type dayjs from 'dayjs';
import type { ActionStatus, AttachmentInput, ReportInput } from './generated/graphql.js';

/** A file the officer picked: only what describes it is sent, never its content. */
export interface PickedFile {
  name: string;
  type?: string;
  size?: number;
}

export interface ReportFields {
  reportedOn: dayjs.Dayjs;
  text: string;
  files?: PickedFile[];
}

/** What the server accepts as a media type; a file the browser cannot type is sent as plain bytes. */
const MEDIA_TYPE = /^[\w.+-]+\/[\w.+-]+$/;
const UNKNOWN_MEDIA_TYPE = 'application/octet-stream';

export function attachmentOf(file: PickedFile): AttachmentInput {
  return {
    fileName: file.name.trim(),
    mediaType: file.type && MEDIA_TYPE.test(file.type) ? file.type : UNKNOWN_MEDIA_TYPE,
    sizeBytes: file.size ?? 0,
  };
}

/** The report sent: the text trimmed, each picked file as its name, type and size. */
export function reportInputOf(fields: ReportFields): ReportInput {
  return {
    reportedOn: toApiDate(fields.reportedOn),
    text: fields.text.trim(),
    attachments: (fields.files ?? []).map(attachmentOf),
  };
}

/** `1,5 MB`, `820 KB`, `12 B`: sizes as people read them, numbers the Vietnamese way. */
export function fileSizeText(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, 0)} KB`;
  return `${formatNumber(bytes / (1024 * 1024), 1)} MB`;
}

/** The date of the unit's last report on an action, if any (dates are YYYY-MM-DD, so they sort as text). */
export const latestReportOn = (reports: { reportedOn: string }[]): string | undefined =>
  reports
    .map((report) => report.reportedOn)
    .sort()
    .at(-1);

/** A unit answers an action until the inspectors verify it: open and overdue ones, and reported ones again. */
export const awaitsReport = (status: ActionStatus) => status !== 'VERIFIED';
