import { ServerError } from '@apollo/client';
import { session } from './session.js';

/** The documents the gateway writes from the platform's data, fetched through the shell like the other API paths. */
export const documentPaths = {
  report: (planId: string) => `/reports/inspection-plans/${planId}/report.docx`,
  findings: (planId: string) => `/reports/inspection-plans/${planId}/findings.xlsx`,
  notice: (planId: string, unitId: string) => `/reports/inspection-plans/${planId}/notices/${unitId}.docx`,
};

/** Hands a file to the browser to save. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the link; the address may go once it is read.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** The file name a download is offered under: `filename*` (UTF-8) first, then `filename`. */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1]!.trim());
    } catch {
      // A malformed name: the plain one below, if any.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1]!.trim() : null;
}

/**
 * Asks the gateway for a document with the user's token and saves it; returns its name. A refusal is thrown as
 * Apollo's ServerError (its JSON body carries `errors[0].extensions.code`), which the shared error helpers read.
 */
export async function downloadDocument(path: string): Promise<string> {
  const token = session.getState().token;
  const response = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) {
    const bodyText = await response.text();
    if (response.status === 401) session.expire();
    throw new ServerError(`${path} answered ${response.status}`, { response, bodyText });
  }
  const fileName = fileNameOf(response.headers.get('content-disposition')) ?? path.split('/').at(-1)!;
  saveFile(await response.blob(), fileName);
  return fileName;
}
