/**
 * The environment part of a browser result: browser and OS from User-Agent Client Hints where
 * the browser offers them (Chromium), else read from the user-agent string; the rest from the
 * suite's run and the app's build.
 */
import { BENCH_FORMAT, validateBenchResult, type BenchResult } from './result';
import type { BrowserSuiteResult } from './suite';

interface Brand {
  brand: string;
  version: string;
}

/** The Client Hints API (not in TypeScript's DOM types yet). */
interface UserAgentData {
  platform: string;
  getHighEntropyValues(hints: string[]): Promise<{ fullVersionList?: Brand[]; platformVersion?: string }>;
}

/** The most specific real brand: "Google Chrome" over "Chromium"; GREASE brands ("Not A;Brand") are noise by design. */
export function pickBrand(brands: readonly Brand[]): Brand | null {
  const real = brands.filter((b) => !/not.?a.?brand/i.test(b.brand));
  return real.find((b) => b.brand !== 'Chromium') ?? real[0] ?? null;
}

const BROWSERS: [RegExp, string][] = [
  [/Firefox\/([\d.]+)/, 'Firefox'],
  [/Edg\/([\d.]+)/, 'Microsoft Edge'],
  [/Chrome\/([\d.]+)/, 'Chromium'],
  [/Version\/([\d.]+).*Safari\//, 'Safari'],
];
const SYSTEMS: [RegExp, string][] = [
  [/Windows NT ([\d.]+)/, 'Windows NT'],
  [/(?:iPhone|CPU) OS ([\d_]+)/, 'iOS'],
  [/Mac OS X ([\d_.]+)/, 'macOS'],
  [/Android ([\d.]+)/, 'Android'],
  [/CrOS \S+ ([\d.]+)/, 'ChromeOS'],
  [/Linux/, 'Linux'],
];

function firstMatch(ua: string, table: [RegExp, string][]): { name: string; version: string } | null {
  for (const [pattern, name] of table) {
    const m = pattern.exec(ua);
    if (m) return { name, version: (m[1] ?? '').replace(/_/g, '.') };
  }
  return null;
}

/** Browser and OS read from a user-agent string, for browsers without Client Hints. */
export function fromUserAgent(ua: string): { browser: { name: string; version: string }; os: string } {
  const browser = firstMatch(ua, BROWSERS) ?? { name: 'unknown browser', version: 'unknown' };
  const os = firstMatch(ua, SYSTEMS);
  return { browser, os: os ? `${os.name} ${os.version}`.trim() : 'unknown OS' };
}

export async function browserIdentity(nav: Navigator | WorkerNavigator = navigator): Promise<{ browser: { name: string; version: string }; os: string }> {
  const fallback = fromUserAgent(nav.userAgent);
  const data = (nav as { userAgentData?: UserAgentData }).userAgentData;
  if (!data) return fallback;
  const high = await data.getHighEntropyValues(['fullVersionList', 'platformVersion']).catch(() => ({}) as { fullVersionList?: Brand[]; platformVersion?: string });
  const brand = pickBrand(high.fullVersionList ?? []);
  return {
    browser: brand ? { name: brand.brand, version: brand.version } : fallback.browser,
    os: data.platform ? `${data.platform} ${high.platformVersion ?? ''}`.trim() : fallback.os,
  };
}

export interface BrowserResultInfo {
  startedAt: string;
  suite: 'quick' | 'full';
  backends: readonly string[];
  identity: { browser: { name: string; version: string }; os: string };
  cpuCores: number;
  appVersion: string;
  /** The build's commit; anything that is not a commit hash ("unknown") is recorded as null. */
  commit: string;
}

/** The validated kinora-bench/1 result of one browser run. */
export function browserBenchResult(run: BrowserSuiteResult, info: BrowserResultInfo): BenchResult {
  return validateBenchResult({
    format: BENCH_FORMAT,
    startedAt: info.startedAt,
    suite: info.suite,
    environment: {
      ...info.identity,
      cpuCores: info.cpuCores,
      adapter: run.adapter,
      executionProvider: info.backends.join(','),
      wasmThreads: run.wasmThreads,
      crossOriginIsolated: run.crossOriginIsolated,
      model: run.model,
      appVersion: info.appVersion,
      gitCommit: /^[0-9a-f]{7,40}$/.test(info.commit) ? info.commit : null,
    },
    measurements: run.measurements,
    notes: run.notes,
  });
}
