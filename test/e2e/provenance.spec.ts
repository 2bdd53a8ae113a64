import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { keyFingerprint, verifyClip } from '../../src/lib/provenance';
import { fillSettings, frameLuma, openCreate } from './helpers';

async function generateAndDownload(page: Page, path: string, prompt: string) {
  await fillSettings(page, { prompt, seed: 5 });
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect(page.getByTestId('result-video')).toBeVisible({ timeout: 240_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download MP4' }).click()]);
  await download.saveAs(path);
  return verifyClip(readFileSync(path));
}

test('every clip carries visible and signed provenance, from one device key', async ({ page }, info) => {
  await openCreate(page, 'wasm');
  const first = await generateAndDownload(page, info.outputPath('first.mp4'), 'Pip the fox jumps in the snow');
  expect(first.problems).toEqual([]);
  expect(first).toMatchObject({ signatureValid: true, contentHashValid: true, record: { format: 'kinora-provenance/1', content: { samples: 16 } } });
  expect(first.record?.generation).toMatchObject({ prompt: 'Pip the fox jumps in the snow', seed: 5, frames: 16 });
  expect(first.record?.signer?.publicKey).toMatch(/^[A-Za-z0-9+/]{43}=$/);
  expect(first.record?.generation).toMatchObject({ packs: [{ id: 'kinora-originals', version: '1.0.0' }], policyVersion: expect.any(String) });

  // An edited clip no longer verifies: one byte of the last video sample changed.
  const edited = Buffer.from(readFileSync(info.outputPath('first.mp4')));
  const mdat = edited.lastIndexOf(Buffer.from('mdat'));
  const at = mdat > 0 ? edited.length - 40 : -1;
  expect(at).toBeGreaterThan(mdat);
  edited.writeUInt8(edited.readUInt8(at) ^ 0xff, at);
  const tampered = await verifyClip(edited);
  expect(tampered.contentHashValid).toBe(false);

  // Burned in: a dark band at the bottom with white "AI-generated" text at the left.
  const text = await frameLuma(page, [8, 482, 130, 508]);
  const band = await frameLuma(page, [300, 486, 500, 508]);
  expect(text.filter((l) => l > 200).length).toBeGreaterThan(40);
  expect(band.sort((a, b) => a - b)[band.length >> 1]).toBeLessThan(110);

  // The key lives in IndexedDB: after a reload the next clip is signed by the same device.
  await page.reload();
  await openCreate(page, 'wasm');
  const second = await generateAndDownload(page, info.outputPath('second.mp4'), 'Bolt the robot spins at night');
  expect(second).toMatchObject({ signatureValid: true, contentHashValid: true });
  expect(second.record?.signer?.publicKey).toBe(first.record?.signer?.publicKey);

  // Settings shows the same key, so a person can pin it when verifying.
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByTestId('device-key')).toContainText((await keyFingerprint(first.record!.signer!.publicKey))!);
  await expect(page.getByTestId('device-key')).toHaveAttribute('data-stored', 'true');
  await expect(page.getByTestId('device-key-temporary')).toHaveCount(0);
});
