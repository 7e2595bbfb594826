import { type AddressInfo, connect, createServer, type Socket } from 'node:net';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browserSuite, screenshot, seriousAccessibilityViolations } from './browser-kit.js';
import { findingsOfUnit, thanhtraPlan2020 } from './findings-facts.js';

/**
 * A TCP relay between the shell and the gateway: stopped, the shell finds no gateway at its address, as when
 * the gateway's process is down (the shell then answers 502); started again on the same port, it is back.
 */
async function gatewayRelay(gatewayUrl: string) {
  const gateway = new URL(gatewayUrl);
  const sockets = new Set<Socket>();
  const server = createServer((incoming) => {
    const outgoing = connect(Number(gateway.port), gateway.hostname);
    for (const socket of [incoming, outgoing]) {
      sockets.add(socket);
      socket.on('error', () => {});
      socket.on('close', () => {
        sockets.delete(socket);
        incoming.destroy();
        outgoing.destroy();
      });
    }
    incoming.pipe(outgoing).pipe(incoming);
  });
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  await listen(0);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
    /** Listening again on the same port, unless it still is. */
    start: () => (server.listening ? Promise.resolve() : listen(port)),
  };
}

interface Plan {
  id: string;
  catalog: { areas: { code: string }[] };
  targets: { id: string; unit: { id: string; name: string } }[];
}

describe('findings typed while the platform cannot be reached are kept in the browser and sent once', () => {
  let relay: Awaited<ReturnType<typeof gatewayRelay>>;
  const suite = browserSuite('offline', {
    inFrontOfGateway: async (platform) => {
      relay = await gatewayRelay(platform.gateway.url);
      return relay;
    },
  });
  // A test that fails with the gateway stopped does not leave it stopped for the next one.
  afterEach(() => relay.start());
  const { pageErrors } = suite;
  let plan: Plan;

  beforeAll(async () => {
    plan = await thanhtraPlan2020<Plan>(
      suite.platform,
      'id catalog { areas { code } } targets { id unit { id name } }',
    );
  });

  /** The findings with that text the API has for the unit, read as the admin. */
  const storedWithText = async (unitId: string, text: string) =>
    (await findingsOfUnit<{ text: string }>(suite.platform, plan.id, unitId, 'text')).filter(
      (finding) => finding.text === text,
    ).length;

  const openTarget = async (target: Plan['targets'][number]) => {
    const opened = await suite.openAs('thanhtra', `/findings/plans/${plan.id}/targets/${target.id}`);
    await opened.page.getByRole('heading', { name: target.unit.name, level: 1 }).waitFor();
    return opened;
  };

  it('with the gateway stopped: "not yet saved", the form cleared, still there after a reload, sent once it is back', async () => {
    expect(plan).toBeDefined();
    const target = plan.targets[0]!;
    const text = 'Chưa niêm yết số điện thoại đường dây nóng tại bộ phận một cửa (ghi khi mất kết nối).';
    const { context, page } = await openTarget(target);
    const area = page.getByTestId(`area-${plan.catalog.areas[0]!.code}`);
    const pending = page.getByTestId('pending-findings');

    await relay.stop();
    await area.getByLabel('Nội dung', { exact: true }).fill(text);
    await area.getByRole('button', { name: 'Ghi nhận' }).click();
    await pending.getByText('1 kết quả chưa lưu — sẽ tự gửi khi kết nối lại').waitFor();
    const entry = pending.getByTestId('pending-finding').filter({ hasText: text });
    await entry.getByText('Chưa lưu', { exact: true }).waitFor();
    // The entry shows as soon as it is kept, before the failed send returns and the form is cleared.
    await expect.poll(() => area.getByLabel('Nội dung', { exact: true }).inputValue()).toBe('');
    await screenshot(page, 'findings-offline-pending');
    expect(await seriousAccessibilityViolations(page, '[data-testid="pending-findings"]')).toEqual([]);

    // Kept in the browser: a reload (the gateway still stopped) shows it again.
    await page.reload();
    await pending.getByTestId('pending-finding').filter({ hasText: text }).waitFor();
    expect(await storedWithText(target.unit.id, text)).toBe(0);

    // Back: the page sends it by itself (on its next try, every 15 s).
    await relay.start();
    await page.getByText('Đã lưu 1 kết quả gửi lại').waitFor({ timeout: 45_000 });
    await pending.waitFor({ state: 'detached' });
    expect(await storedWithText(target.unit.id, text)).toBe(1);
    await page.reload();
    await area.locator('.ant-list-item', { hasText: text }).waitFor();
    expect(await area.locator('.ant-list-item', { hasText: text }).count()).toBe(1);
    await context.close();
    expect(pageErrors).toEqual([]);
  });

  it('an answer lost on its way back: sent again with its key, the platform still has it once', async () => {
    const target = plan.targets[1]!;
    const text = 'Hồ sơ trễ hạn chưa có phiếu xin lỗi gửi người dân (câu trả lời bị mất).';
    const { context, page } = await openTarget(target);
    const area = page.getByTestId(`area-${plan.catalog.areas[1]!.code}`);
    const pending = page.getByTestId('pending-findings');
    let lost = 0;
    let unheard = '';
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string } | null;
      if (lost > 0 || body?.operationName !== 'RecordFinding') return route.fallback();
      lost += 1;
      // The platform gets the request and records the finding; the page never hears the answer.
      unheard = await (await route.fetch()).text();
      await route.abort('connectionreset');
    });

    await area.getByLabel('Nội dung', { exact: true }).fill(text);
    await area.getByRole('button', { name: 'Ghi nhận' }).click();
    await pending.getByTestId('pending-finding').filter({ hasText: text }).waitFor();
    expect(lost).toBe(1);
    // The entry is kept as soon as it is sent: the platform's answer (which the page will not hear) may still be on
    // its way when it shows.
    await expect.poll(() => unheard).not.toBe('');
    expect(await storedWithText(target.unit.id, text), `the answer the page did not hear: ${unheard}`).toBe(
      1,
    );

    // (Unless the page's own next try, every 15 s, came first.)
    await pending
      .getByRole('button', { name: 'Gửi lại ngay' })
      .click({ timeout: 5_000 })
      .catch(() => {});
    await page.getByText('Đã lưu 1 kết quả gửi lại').waitFor();
    await pending.waitFor({ state: 'detached' });
    await area.locator('.ant-list-item', { hasText: text }).waitFor();
    expect(await area.locator('.ant-list-item', { hasText: text }).count()).toBe(1);
    expect(await storedWithText(target.unit.id, text)).toBe(1);
    await context.close();
    expect(pageErrors).toEqual([]);
  });
});
