import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startShellServer } from '@cchc/shell-server';
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Locator,
  type Page,
  type Request,
} from 'playwright-core';
import { afterAll, beforeAll, vi } from 'vitest';
import { startPlatform, type TestPlatform } from '../testkit/platform.js';

const require = createRequire(import.meta.url);
const repo = new URL('../../../', import.meta.url);

/** The frontends' registered operations, which the gateway answers by hash. */
export const TRUSTED_DOCUMENTS = fileURLToPath(
  new URL('frontends/shared/src/generated/persisted-documents.json', repo),
);
export const SCREENSHOTS = fileURLToPath(new URL('tests/artifacts/screenshots/', repo));

/**
 * The shell's server on a free port, serving the built frontends and passing the gateway's paths to the platform
 * (or to another address in front of its gateway).
 */
export function startShell(platform: TestPlatform, gatewayUrl = platform.gateway.url) {
  return startShellServer({
    host: '127.0.0.1',
    port: 0,
    gatewayUrl,
    frontendsDir: fileURLToPath(new URL('frontends/', repo)),
  });
}

/** Debian's Chromium, headless, on a fresh profile each launch. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/**
 * How long a browser test and a screen may take on a loaded two-core machine (other runs share it): a flow of
 * several pages and logins has taken 158 s there, and a screen several seconds to show what was asked.
 */
const SLOW_MACHINE = { testTimeout: 300_000, expect: { poll: { timeout: 15_000 } } };

export interface BrowserSuiteOptions {
  /** Something started in front of the gateway once the platform runs (a relay), which the shell then calls. */
  inFrontOfGateway?: (platform: TestPlatform) => Promise<{ url: string; stop(): Promise<void> }>;
  /** A script every page runs before its own (e.g. COUNT_REACT_RENDERERS). */
  initScript?: string;
  /** Also count among the page errors what pages log as errors. */
  consoleErrors?: boolean;
  /** Also count among the page errors the answers with an HTTP error status (with the start of their request). */
  failedResponses?: boolean;
}

export interface PageOptions {
  viewport?: { width: number; height: number };
}

export interface BrowserSuite {
  /** The platform, the shell in front of it and Chromium: set in `beforeAll`. */
  platform: TestPlatform;
  shell: Awaited<ReturnType<typeof startShell>>;
  browser: Browser;
  /** Uncaught errors of every page (and what else the options count). */
  pageErrors: string[];
  /** The messages of the dialogs (alert, confirm) any page opened; each is dismissed. */
  dialogs: string[];
  /** Every request any page made. */
  requests: Request[];
  /** A page in a fresh context, in Vietnamese, 1366 × 900 unless told. */
  newPage(options?: PageOptions): Promise<{ context: BrowserContext; page: Page }>;
  /** A fresh page at `path` of the shell, logged in there as `username`. */
  openAs(
    username: string,
    path: string,
    options?: PageOptions,
  ): Promise<{ context: BrowserContext; page: Page }>;
}

/**
 * A browser test file's platform (its gateway knowing the frontends' registered operations), shell and Chromium,
 * started before its tests and stopped after them, with what its pages did wrong; and the slow machine's timeouts.
 * Call it first in the file's `describe`.
 */
export function browserSuite(label: string, options: BrowserSuiteOptions = {}): BrowserSuite {
  vi.setConfig(SLOW_MACHINE);
  let inFront: { url: string; stop(): Promise<void> } | undefined;
  const suite = {
    pageErrors: [] as string[],
    dialogs: [] as string[],
    requests: [] as Request[],
    async newPage({ viewport = { width: 1366, height: 900 } }: PageOptions = {}) {
      const context = await suite.browser.newContext({ locale: 'vi-VN', viewport });
      if (options.initScript) await context.addInitScript(options.initScript);
      const page = await context.newPage();
      page.on('request', (request) => suite.requests.push(request));
      page.on('pageerror', (error) => suite.pageErrors.push(error.message));
      page.on('dialog', (dialog) => {
        suite.dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      if (options.consoleErrors)
        page.on('console', (message) => {
          if (message.type() === 'error') suite.pageErrors.push(message.text());
        });
      if (options.failedResponses)
        page.on('response', (response) => {
          if (response.status() >= 400)
            suite.pageErrors.push(
              `${response.status()} ${response.url()} ${response.request().postData()?.slice(0, 300)}`,
            );
        });
      return { context, page };
    },
    async openAs(username: string, path: string, pageOptions?: PageOptions) {
      const opened = await suite.newPage(pageOptions);
      await opened.page.goto(`${suite.shell.url}${path}`);
      await logIn(opened.page, username);
      return opened;
    },
  } as BrowserSuite;

  beforeAll(async () => {
    suite.platform = await startPlatform(label, { trustedDocuments: [TRUSTED_DOCUMENTS] });
    inFront = await options.inFrontOfGateway?.(suite.platform);
    suite.shell = await startShell(suite.platform, inFront?.url);
    suite.browser = await launchChromium();
  });

  afterAll(async () => {
    await suite.browser?.close();
    await suite.shell?.stop();
    await inFront?.stop();
    await suite.platform?.stop();
  });

  return suite;
}

/** Picks an option of an Ant Design select by typing part of its text. */
export async function chooseOption(
  page: Page,
  select: Locator,
  typed: string,
  option: string,
): Promise<void> {
  await select.click();
  await select.locator('input').fill(typed);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first()
    .click();
}

/** Filters an Ant Design table on the server by one value of a column's filter menu. */
export async function filterColumn(page: Page, table: Locator, column: string, value: string): Promise<void> {
  await table.locator('thead th', { hasText: column }).locator('.ant-table-filter-trigger').click();
  await page.locator('.ant-dropdown:visible').getByText(value, { exact: true }).click();
  await page
    .locator('.ant-dropdown:visible')
    .getByRole('button', { name: /OK|Đồng ý/ })
    .click();
}

/**
 * Stands in for React DevTools' hook, which every copy of react-dom registers with when it loads: one
 * registration means one React on the page.
 */
export const COUNT_REACT_RENDERERS = `
  window.__reactRenderers = 0;
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject(renderer) { window.__reactRenderers += 1; this.renderers.set(window.__reactRenderers, renderer); return window.__reactRenderers; },
    onCommitFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onScheduleFiberRoot() {},
    checkDCE() {},
  };
`;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** axe-core's serious and critical violations on the page as it is now (or in one part of it, by CSS selector). */
export async function seriousAccessibilityViolations(page: Page, within?: string): Promise<AxeViolation[]> {
  const source = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  // A string: it runs in the page, where axe now is.
  const violations = (await page.evaluate(
    `axe.run(${within ? JSON.stringify(within) : 'document'}).then((result) => result.violations)`,
  )) as AxeViolation[];
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const path = `${SCREENSHOTS}${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Logs in through the shell's login page. */
export async function logIn(page: Page, username: string): Promise<void> {
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill('demo');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('user-name').waitFor();
}

/** An Ant Design form item by its label, to read what is shown next to that field (its errors, its hints). */
export function formItem(page: Page, label: string) {
  return page.locator('.ant-form-item').filter({
    has: page.locator('.ant-form-item-label label').getByText(label, { exact: true }),
  });
}
