/**
 * Scale-out on the engine: two server processes on one real redis-server (started here on a
 * free port, stopped after). A session opened through one process is joined through the other
 * — by a browser and by an SDK client — and answers and reveals cross between them.
 */
import { Client } from '@colyseus/sdk';
import { expect, test } from '@playwright/test';
import { freePort, hasRedis, startClassServer, startRedis, type ClassServer, type Proc } from './processes';
import { answer, expectAnswers, hostItem, join, LABEL, newStudent, openClass, screen } from './pages';
import { startProxy } from './proxy';
import { secret } from './sdk';

test.skip(!hasRedis(), 'redis-server is not installed (apt-get install redis-server)');

let redis: (Proc & { url: string }) | null = null;
const servers: ClassServer[] = [];
test.afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
  await redis?.stop();
  redis = null;
});

test('two processes on one Redis: open a class on one, join it through the other', async ({ browser }) => {
  redis = await startRedis();
  const [a, b] = [await freePort(), await freePort()];
  // Behind a proxy both would be one origin; here each page may talk to the other process.
  const origins = `http://127.0.0.1:${a},http://127.0.0.1:${b}`;
  for (const port of [a, b]) servers.push(await startClassServer({ port, redisUrl: redis.url, publicAddress: `127.0.0.1:${port}`, env: { SITE_ORIGINS: origins } }));
  const [one, two] = servers as [ClassServer, ClassServer];

  const host = await (await browser.newContext({ reducedMotion: 'reduce' })).newPage();
  const sockets = { host: [] as string[], student: [] as string[] };
  host.on('websocket', (ws) => sockets.host.push(new URL(ws.url()).port));
  const code = await openClass(host, one.url);

  // A student's browser through the other process.
  const student = await newStudent(browser);
  student.on('websocket', (ws) => sockets.student.push(new URL(ws.url()).port));
  const name = await join(student, two.url, code, { qr: true });
  // Both reach the one process that holds the room, whichever page they came from.
  expect(sockets.student).toEqual([sockets.host[0]]);
  await expect(host.getByRole('list', { name: 'Students in the class' }).getByText(name, { exact: true })).toBeVisible();

  // And an SDK client through the other process too.
  const sdk = await new Client(two.url).joinById(code, { role: 'student', key: secret(), nickname: 'Remote Robin' });
  sdk.onMessage('got', () => {});
  sdk.onMessage('result', () => {});
  await expect(host.locator('.roster-count')).toHaveText('2 students');

  await host.getByRole('button', { name: 'Start the first question' }).click();
  const item = await hostItem(host);
  await answer(student, item.verdict);
  await expectAnswers(host, 1);
  sdk.send('answer', { index: 0, verdict: item.verdict });
  await expectAnswers(host, 2);
  await host.getByRole('button', { name: 'Reveal' }).click();
  await expect(screen(student, 'class-reveal')).toBeVisible();
  await expect(student.getByRole('heading', { level: 1 })).toHaveText('Right');
  await expect(host.getByRole('heading', { level: 1 })).toContainText(LABEL[item.verdict]);
  await sdk.leave();
});

test('behind a proxy routing by path: the process holding the class dies, the other takes it over', async ({ browser }) => {
  redis = await startRedis();
  const ports = [await freePort(), await freePort()];
  const proxy = await startProxy([
    { name: 'p1', port: ports[0]! },
    { name: 'p2', port: ports[1]! },
  ]);
  try {
    const front = `http://127.0.0.1:${proxy.port}/`;
    for (const [i, port] of ports.entries()) servers.push(await startClassServer({ port, redisUrl: redis.url, publicAddress: `127.0.0.1:${proxy.port}/p${i + 1}` }));

    const host = await (await browser.newContext({ reducedMotion: 'reduce' })).newPage();
    const sockets: string[] = [];
    host.on('websocket', (ws) => sockets.push(new URL(ws.url()).pathname.split('/')[1]!));
    const code = await openClass(host, front);
    const student = await newStudent(browser);
    await join(student, front, code, { qr: true });
    await host.getByRole('button', { name: 'Start the first question' }).click();
    const item = await hostItem(host);
    await answer(student, item.verdict);
    await expectAnswers(host, 1);

    // The process with the room dies for good; the proxy sends everything to the other one.
    const holder = servers[Number(sockets[0]!.slice(1)) - 1]!;
    await holder.kill();
    await expect(host.locator('.link-banner')).toBeVisible();
    await expect(host.locator('.link-banner')).toBeHidden();
    await expect(student.locator('.link-banner')).toBeHidden();
    expect(sockets.at(-1)).not.toBe(sockets[0]);
    await expectAnswers(host, 1);
    await host.getByRole('button', { name: 'Reveal' }).click();
    await expect(student.getByRole('heading', { level: 1 })).toHaveText('Right');
  } finally {
    await proxy.close();
  }
});
