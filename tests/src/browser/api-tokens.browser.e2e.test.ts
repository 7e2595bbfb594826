import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, formItem, screenshot, seriousAccessibilityViolations } from './browser-kit.js';

/** A day from today as officials write it, dd/MM/yyyy (the browser and this process share the time zone). */
const ddMMyyyy = (daysFromToday = 0) => {
  const day = new Date();
  day.setDate(day.getDate() + daysFromToday);
  return [day.getDate(), day.getMonth() + 1]
    .map((n) => String(n).padStart(2, '0'))
    .concat(String(day.getFullYear()))
    .join('/');
};

const PLANS_QUERY = '{ inspectionPlans { totalCount } }';

describe('API tokens in the shell, in Chromium, against the running platform', () => {
  const suite = browserSuite('api_tokens_browser');
  const { pageErrors, openAs } = suite;

  /** The next answer of the gateway's token endpoint to a POST, as the browser received it. */
  const nextCreateAnswer = (page: Page) =>
    page.waitForResponse(
      (response) =>
        new URL(response.url()).pathname === '/auth/api-tokens' && response.request().method() === 'POST',
    );
  /** Closes the secret's dialog: a click while it is still opening can be lost under load, so click until it is gone. */
  const closeSecretDialog = async (page: Page) => {
    const dialog = page.getByRole('dialog');
    await expect
      .poll(
        async () => {
          if (await dialog.isVisible()) {
            await dialog
              .getByRole('button', { name: 'Tôi đã lưu mã' })
              .click({ timeout: 5_000 })
              .catch(() => undefined);
          }
          return dialog.isVisible();
        },
        { timeout: 30_000 },
      )
      .toBe(false);
  };
  const row = (page: Page, name: string) =>
    page.locator('[data-testid="api-tokens-table"] tbody tr', { hasText: name });
  const cellTexts = async (page: Page, name: string) =>
    (await row(page, name).locator('td').allTextContents()).map((text) => text.trim());

  it('an admin creates an analyst token whose secret, shown once, answers GraphQL until it is revoked', async () => {
    const { context, page } = await openAs('admin', '/planning');
    await page.getByRole('navigation').getByRole('link', { name: 'Mã truy cập API' }).click();
    await page.getByRole('heading', { name: 'Mã truy cập API', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/api-tokens');

    // No name: the gateway refuses (HTTP 400 naming the field) and the refusal sits next to the name.
    const refused = nextCreateAnswer(page);
    await page.getByRole('button', { name: 'Tạo mã' }).click();
    expect((await refused).status()).toBe(400);
    await expect
      .poll(() => formItem(page, 'Tên gợi nhớ').locator('.ant-form-item-explain-error').textContent())
      .toBe('Tên gợi nhớ cần từ 3 đến 200 ký tự');

    const name = 'Power BI của Sở Nội vụ (thử nghiệm)';
    await page.getByLabel('Tên gợi nhớ').fill(name);
    expect(await page.getByRole('radio', { name: 'Phân tích' }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: 'Số ngày' }).check();
    await page.getByLabel('Số ngày hiệu lực').fill('30');
    const created = nextCreateAnswer(page);
    await page.getByRole('button', { name: 'Tạo mã' }).click();
    expect((await created).status()).toBe(201);

    const dialog = page.getByRole('dialog', { name: `Mã truy cập “${name}” đã được tạo` });
    await dialog.waitFor();
    await dialog.getByText('mã chỉ hiển thị một lần và sẽ không được hiển thị lại').waitFor();
    await dialog.getByRole('button', { name: 'Sao chép' }).waitFor();
    const secret = (await dialog.getByTestId('api-token-secret').locator('code').textContent()) ?? '';
    expect(secret).toMatch(/^cchc_[A-Za-z0-9_-]{43}$/);
    await screenshot(page, 'api-token-secret');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The secret works: the gateway answers a query with data, as the analyst it stands for.
    const answer = await suite.platform.queryAs<{ inspectionPlans: { totalCount: number } }>(
      secret,
      PLANS_QUERY,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.inspectionPlans.totalCount).toBeGreaterThan(0);

    await closeSecretDialog(page);
    await row(page, name).waitFor();
    const [, role, unit, createdOn, createdBy, expiresOn, , state] = await cellTexts(page, name);
    expect({ role, unit, createdOn, createdBy, expiresOn, state }).toEqual({
      role: 'Phân tích',
      unit: '',
      createdOn: ddMMyyyy(),
      createdBy: 'admin',
      expiresOn: ddMMyyyy(30),
      state: 'Đang hiệu lực',
    });

    // After a reload the list is read again: the token is there, used today, and its secret is nowhere.
    await page.reload();
    await row(page, name).waitFor();
    expect((await cellTexts(page, name))[6]).toBe(ddMMyyyy());
    expect(await page.content()).not.toContain(secret);
    expect(await page.getByTestId('api-token-secret').count()).toBe(0);
    await screenshot(page, 'api-token-list');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Revoked after a confirmation: the row says so and the gateway refuses the secret.
    await row(page, name)
      .getByRole('button', { name: `Thu hồi ${name}` })
      .click();
    const confirm = page.locator('.ant-popconfirm', { hasText: `Thu hồi mã “${name}”?` });
    await confirm.getByText('bị từ chối ngay lập tức').waitFor();
    await screenshot(page, 'api-token-revoke-confirm');
    await confirm.getByRole('button', { name: 'Thu hồi' }).click();
    await expect.poll(async () => (await cellTexts(page, name))[7]).toBe(`Đã thu hồi ngày ${ddMMyyyy()}`);
    expect(
      await row(page, name)
        .getByRole('button', { name: /Thu hồi/ })
        .count(),
    ).toBe(0);
    const afterRevoke = await suite.platform.queryAs(secret, PLANS_QUERY);
    expect(afterRevoke.status).toBe(401);
    expect(afterRevoke.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await context.close();
  });

  it("refuses a unit officer's token without a unit next to the unit field, then creates it with the unit picked", async () => {
    const { context, page } = await openAs('admin', '/admin/api-tokens');
    const name = 'Cổng dữ liệu huyện Hòn Đất';
    await page.getByLabel('Tên gợi nhớ').fill(name);
    await page.getByRole('radio', { name: 'Cán bộ đơn vị' }).check();
    await page.getByRole('radio', { name: 'Đến ngày' }).check();
    await page.getByLabel('Ngày hết hạn').fill(ddMMyyyy(90));
    await page.getByLabel('Ngày hết hạn').press('Enter');
    const refused = nextCreateAnswer(page);
    await page.getByRole('button', { name: 'Tạo mã' }).click();
    const refusal = await refused;
    expect(refusal.status()).toBe(400);
    expect(
      ((await refusal.json()) as { errors: { extensions: { field: string } }[] }).errors[0]?.extensions.field,
    ).toBe('unitId');
    await expect
      .poll(() => formItem(page, 'Đơn vị').locator('.ant-form-item-explain-error').textContent())
      .toBe('Mã của cán bộ đơn vị cần chọn một đơn vị');
    await screenshot(page, 'api-token-unit-refused');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('combobox', { name: 'Đơn vị' }).pressSequentially('hon dat');
    await page.locator('.ant-select-item-option', { hasText: 'Hòn Đất' }).first().click();
    await expect.poll(() => page.getByTestId('api-token-unit').textContent()).toContain('Hòn Đất');
    const created = nextCreateAnswer(page);
    await page.getByRole('button', { name: 'Tạo mã' }).click();
    const body = (await (await created).json()) as { token: string; unitId: string; roles: string[] };
    expect(body.roles).toEqual(['UNIT_OFFICER']);
    await closeSecretDialog(page);
    await expect
      .poll(async () => (await cellTexts(page, name)).slice(1, 3))
      .toEqual(['Cán bộ đơn vị', 'Huyện Hòn Đất']);
    expect((await cellTexts(page, name))[5]).toBe(ddMMyyyy(90));
    const [stored] = (
      await suite.platform.gatewayDatabase.query('SELECT unit_id FROM api_tokens WHERE name = $1', [name])
    ).rows as { unit_id: string }[];
    expect(stored?.unit_id).toBe(body.unitId);
    await screenshot(page, 'api-token-unit-officer');

    // In English too, roles by their words, never their codes.
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'API tokens', level: 1 }).waitFor();
    expect((await cellTexts(page, name))[1]).toBe('Unit officer');
    await page.getByText('VI', { exact: true }).click();

    // The network down: the user is told, nothing is half done.
    await page.getByLabel('Tên gợi nhớ').fill('Không gửi được');
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Tạo mã' }).click();
    await page.getByRole('alert').filter({ hasText: 'Không kết nối được máy chủ' }).waitFor();
    await screenshot(page, 'api-token-network-down');
    await context.setOffline(false);
    await context.close();
  });

  it('a non-admin sees no menu item and is told they have no access on the URL, which the gateway refuses too', async () => {
    const { context, page } = await openAs('thanhtra', '/planning');
    await page.getByRole('navigation').getByRole('link', { name: 'Kế hoạch kiểm tra' }).waitFor();
    expect(await page.getByRole('link', { name: 'Mã truy cập API' }).count()).toBe(0);
    await page.goto(`${suite.shell.url}/admin/api-tokens`);
    await page.getByText('Không có quyền truy cập').waitFor();
    expect(await page.getByRole('button', { name: 'Tạo mã' }).count()).toBe(0);
    await screenshot(page, 'api-tokens-no-access');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const token = await suite.platform.login('thanhtra');
    const list = await fetch(`${suite.shell.url}/auth/api-tokens`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(list.status).toBe(403);

    // The reporting screens speak to officials: no internal words.
    await page.goto(`${suite.shell.url}/reporting`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('#shell').textContent()).not.toMatch(/\b(UI|FIX)-\d/);
    await context.close();
    expect(pageErrors).toEqual([]);
  });
});
