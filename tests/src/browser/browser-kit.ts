import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startShellServer } from '@cchc/root-config/server';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { TestPlatform } from '../testkit/platform.js';

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
