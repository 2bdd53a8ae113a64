/**
 * The event kiosk on the production build: staff start it with a PIN and an event file, visitors
 * reach only the kiosk screen and see only their own clips, it starts over when idle, a reload
 * keeps it, the day's clips export as one ZIP whose MP4s still verify, only the right PIN leaves
 * it, and no new version installs while it runs.
 */
import { expect, test, type Page } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { readFileSync, rmSync } from 'node:fs';
import { verifyClip } from '../../src/lib/provenance';
import { buildNextVersion, staticSite } from './static-site';

const PIN = '4321';

function eventFile(fields: Record<string, unknown>) {
  const event = { format: 'kinora-event/1', name: 'Test Fest Hall B', presets: { '*': ['jumps in the snow'], pip: ['spins around at night', 'walks to the left at sunset'] }, ...fields };
  return { name: 'event.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(event)) };
}

async function startKiosk(page: Page, event?: ReturnType<typeof eventFile>): Promise<void> {
  await page.goto('/?kiosk');
  const setup = page.getByTestId('kiosk-setup');
  await setup.getByLabel('Staff PIN (4 to 12 digits)').fill(PIN);
  await setup.getByLabel('Staff PIN again').fill('4322');
  await setup.getByRole('button', { name: 'Start kiosk' }).click();
  await expect(page.getByTestId('setup-problem')).toHaveText('The two PINs differ: type the same PIN twice.');
  await setup.getByLabel('Staff PIN again').fill(PIN);
  if (event) await setup.getByLabel(/Event file/).setInputFiles(event);
  await setup.getByRole('button', { name: 'Start kiosk' }).click();
  await expect(page.getByTestId('kiosk')).toBeVisible();
}

/** Picks a character and its preset, and waits for the clip; returns the clip's id. */
async function makeClip(page: Page, character: string, preset: string): Promise<string> {
  await page.locator(`.kiosk-card[data-character=${character}]`).click();
  const button = page.getByTestId('preset').filter({ hasText: preset });
  await expect(button).toBeEnabled({ timeout: 120_000 });
  await button.click();
  const video = page.getByTestId('result-video');
  await expect(video).toBeVisible({ timeout: 240_000 });
  return (await video.getAttribute('data-clip-id'))!;
}

async function openStaff(page: Page, pin: string): Promise<void> {
  await page.getByRole('button', { name: 'Staff' }).click();
  await page.getByLabel('Staff PIN', { exact: true }).fill(pin);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

test('a kiosk keeps visitors in Create, on their own clips, starts over when idle, survives a reload, exports the day and leaves only with the PIN', async ({ page }, info) => {
  await startKiosk(page, eventFile({ idleSeconds: 5, countdownSeconds: 3, attractLoop: true }));
  await expect(page.getByTestId('event-name')).toHaveText('Test Fest Hall B');

  // Only the kiosk: no navigation, and typed routes lead back to it.
  await expect(page.getByRole('link', { name: 'Settings' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Gallery' })).toHaveCount(0);
  for (const route of ['#/settings', '#/gallery', '#/bench']) {
    await page.evaluate((hash) => (location.hash = hash), route);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/create');
    await expect(page.getByTestId('kiosk')).toBeVisible();
    await expect(page.getByRole('heading', { name: /^(Settings|Gallery|Benchmark this device)$/ })).toHaveCount(0);
  }

  // The event's presets for Pip; a preset makes a clip that joins this visitor's clips.
  await page.locator('.kiosk-card[data-character=pip]').click();
  await expect(page.getByTestId('preset')).toHaveText(['spins around at night', 'walks to the left at sunset']);
  await expect(page.getByRole('textbox')).toHaveCount(0); // free text is off unless the event turns it on
  await page.getByRole('button', { name: '← Characters' }).click();
  const first = await makeClip(page, 'pip', 'spins around at night');
  await expect(page.getByTestId('visitor-clip')).toHaveCount(1);

  // A reload keeps the kiosk and this visitor's clips.
  await page.reload();
  await expect(page.getByTestId('kiosk')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Settings' })).toHaveCount(0);
  await expect(page.locator(`[data-testid=visitor-clip][data-id="${first}"]`)).toBeVisible();

  // Nobody touches it: the countdown, then the next visitor's start screen without those clips.
  await expect(page.getByTestId('idle-countdown')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('countdown-seconds')).toHaveText(/^[1-3]$/);
  await expect(page.getByTestId('idle-countdown')).toBeHidden({ timeout: 30_000 });
  await expect(page.getByTestId('visitor-clip')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Pick a character' })).toBeVisible();
  // With nobody at it, the kiosk plays the day's clips.
  await expect(page.getByTestId('attract-loop')).toContainText('Pip the fox spins around at night');

  // The next visitor sees only their own clip.
  const second = await makeClip(page, 'bolt', 'jumps in the snow');
  await expect(page.getByTestId('visitor-clip')).toHaveCount(1);
  await expect(page.locator(`[data-testid=visitor-clip][data-id="${second}"]`)).toBeVisible();

  // A wrong PIN does not open the staff panel.
  await openStaff(page, '1111');
  await expect(page.getByTestId('pin-message')).toHaveText('Wrong PIN.');
  await expect(page.getByRole('button', { name: 'Leave kiosk mode' })).toHaveCount(0);
  await page.getByLabel('Staff PIN', { exact: true }).fill(PIN);
  await page.getByRole('button', { name: 'Unlock' }).click();

  // A malformed event file is refused with the field, and the kiosk keeps its settings.
  await page.getByLabel('Load an event file (JSON)').setInputFiles(eventFile({ name: 'Other event', idleSeconds: 'soon' }));
  await expect(page.getByTestId('event-error')).toContainText('event.idleSeconds');
  await expect(page.getByTestId('event-error')).toContainText('The kiosk keeps its current settings.');
  await expect(page.getByTestId('event-name')).toHaveText('Test Fest Hall B');

  // The day's export: both visitors' clips (each MP4 checked below, once out of the kiosk's idle clock).
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: "Export today's clips (ZIP)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^kinora-test-fest-hall-b-\d{4}-\d{2}-\d{2}\.zip$/);
  await download.saveAs(info.outputPath('day.zip'));
  await expect(page.getByTestId('export-message')).toContainText('Exported 2 clips');

  // The right PIN leaves: the whole app is back, and a reload stays out of the kiosk.
  await page.getByRole('button', { name: 'Leave kiosk mode' }).click();
  await expect(page.getByTestId('kiosk')).toHaveCount(0);
  await page.getByRole('link', { name: 'Gallery' }).click();
  await expect(page.getByTestId('gallery-item')).toHaveCount(2);
  await page.reload();
  await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible();

  const files = unzipSync(readFileSync(info.outputPath('day.zip')));
  const index = JSON.parse(strFromU8(files['clips.json']!)) as { event: string; clips: { file: string; id: string; prompt: string }[] };
  expect(index.event).toBe('Test Fest Hall B');
  expect(index.clips.map((c) => c.id)).toEqual([first, second]);
  expect(Object.keys(files).filter((f) => f.endsWith('.mp4'))).toHaveLength(2);
  for (const clip of index.clips) {
    const check = await verifyClip(files[clip.file]!);
    expect(check.problems).toEqual([]);
    expect(check).toMatchObject({ signatureValid: true, contentHashValid: true });
    expect(check.record?.generation.prompt).toBe(clip.prompt);
  }
});

test('too many wrong PINs make staff wait; the Settings switch opens the setup', async ({ page }) => {
  await page.goto('/#/settings');
  await page.getByRole('button', { name: 'Set up an event kiosk…' }).click();
  await expect(page.getByTestId('kiosk-setup')).toBeVisible();
  await page.getByLabel('Staff PIN (4 to 12 digits)').fill('12');
  await page.getByLabel('Staff PIN again').fill('12');
  await page.getByRole('button', { name: 'Start kiosk' }).click();
  await expect(page.getByTestId('setup-problem')).toHaveText('A staff PIN is 4 to 12 digits.');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();

  // An event file the guardrails would refuse in front of a visitor never starts a kiosk.
  await page.goto('/?kiosk');
  await page.getByLabel('Staff PIN (4 to 12 digits)').fill(PIN);
  await page.getByLabel('Staff PIN again').fill(PIN);
  await page.getByLabel(/Event file/).setInputFiles(eventFile({ presets: { '*': ['jumps in the snow', 'fights with a bloody sword'] } }));
  await page.getByRole('button', { name: 'Start kiosk' }).click();
  await expect(page.getByTestId('setup-problem')).toContainText('event.presets.*[1]: the guardrails refuse "fights with a bloody sword"');
  await expect(page.getByTestId('kiosk')).toHaveCount(0);

  await page.getByLabel(/Event file/).setInputFiles(eventFile({}));
  await page.getByRole('button', { name: 'Start kiosk' }).click();
  await expect(page.getByTestId('kiosk')).toBeVisible();
  for (let i = 0; i < 5; i++) {
    await openStaff(page, '0000');
    await expect(page.getByTestId('pin-message')).toContainText('Wrong PIN.');
    await page.getByRole('button', { name: 'Close' }).click();
  }
  await openStaff(page, PIN);
  await expect(page.getByTestId('pin-message')).toHaveText(/^Too many wrong PINs\. Try again in \d+ s\.$/);
  await expect(page.getByRole('button', { name: 'Leave kiosk mode' })).toHaveCount(0);
  // The wait survives a reload too.
  await page.reload();
  await openStaff(page, PIN);
  await expect(page.getByTestId('pin-message')).toContainText('Too many wrong PINs');
});

test('no new version installs while the kiosk runs; leaving it offers the update', async ({ browser }) => {
  const next = buildNextVersion();
  const site = await staticSite('dist');
  const context = await browser.newContext({ baseURL: site.url, serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByTestId('offline-status')).toHaveAttribute('data-state', 'ready', { timeout: 180_000 });
    await startKiosk(page);

    site.serve(next);
    const outcome = await page.evaluate(`(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration.update();
      const worker = registration.installing;
      if (!worker) return 'nothing installing';
      await new Promise((done) => {
        const settled = () => (worker.state === 'redundant' || worker.state === 'installed') && done();
        worker.addEventListener('statechange', settled);
        settled();
      });
      return worker.state + (registration.waiting ? ', waiting' : '');
    })()`);
    expect(outcome).toBe('redundant');
    await page.reload();
    await expect(page.getByTestId('kiosk')).toBeVisible();
    expect(await page.evaluate('navigator.serviceWorker.getRegistration().then((r) => r.waiting === null)')).toBe(true);

    await openStaff(page, PIN);
    await page.getByRole('button', { name: 'Leave kiosk mode' }).click();
    await expect(page.getByTestId('update-banner')).toContainText('A new version of Kinora is ready.', { timeout: 120_000 });
  } finally {
    await context.close();
    site.close();
    rmSync(next, { recursive: true, force: true });
  }
});
