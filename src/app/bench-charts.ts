/**
 * uPlot options for the Benchmark page's charts. Cases are numbered as in the results table
 * (#1, #2…) on the x axis, and the legend names the case under the cursor in full.
 */
import uPlot from 'uplot';
import { latencyDistribution, measurementKey, roofline, type BenchResult } from '../lib/bench';

export interface ChartSpec {
  title: string;
  options: Omit<uPlot.Options, 'width' | 'height' | 'title'>;
  data: uPlot.AlignedData;
}

const COLORS = ['#ff8a3d', '#5fd0ff', '#b58cff', '#7ee2a0', '#ffc25d', '#ff5fa2'];
const AXIS: uPlot.Axis = { stroke: '#a9a3c4', grid: { stroke: '#2c2842' }, ticks: { stroke: '#2c2842' } };
const bars = uPlot.paths.bars!({ size: [0.6, 48] });

/** Cases at x = 0..n-1, labelled with their table numbers. */
function categorical(numbers: number[], labels: string[], unit: string): Pick<uPlot.Options, 'scales' | 'axes'> & { x: uPlot.Series } {
  const at = numbers.map((_, i) => i);
  return {
    scales: { x: { time: false, range: [-0.5, numbers.length - 0.5] } },
    axes: [
      { ...AXIS, splits: () => at, values: () => numbers.map((n) => `#${n}`) },
      { ...AXIS, label: unit },
    ],
    x: { label: 'Case', value: (_u, i) => `#${numbers[i]} ${labels[i] ?? ''}` },
  };
}

/** One bar per case of `unit`: the median. */
export function medianBars(result: BenchResult, unit: string): ChartSpec {
  const cases = result.measurements.map((m, i) => ({ m, n: i + 1 })).filter(({ m }) => m.unit === unit);
  const { x, ...rest } = categorical(cases.map((c) => c.n), cases.map((c) => measurementKey(c.m)), unit);
  return {
    title: `Median (p50), ${unit}`,
    options: { ...rest, series: [x, { label: 'p50', stroke: COLORS[0], fill: `${COLORS[0]}aa`, paths: bars, points: { show: false } }] },
    data: [cases.map((_, i) => i), cases.map((c) => c.m.stats.p50)],
  };
}

/** Achieved GFLOP/s as bars, the best figure measured on the same backend as a marker above each. */
export function rooflineChart(result: BenchResult): ChartSpec | null {
  const points = roofline(result);
  if (points.length === 0) return null;
  const numbers = points.map((p) => result.measurements.indexOf(p.measurement) + 1);
  const { x, ...rest } = categorical(numbers, points.map((p) => measurementKey(p.measurement)), 'GFLOP/s');
  return {
    title: 'Achieved vs peak GFLOP/s on each backend',
    options: {
      ...rest,
      series: [
        x,
        { label: 'achieved', stroke: COLORS[1], fill: `${COLORS[1]}aa`, paths: bars, points: { show: false } },
        { label: 'peak (best on this backend)', stroke: COLORS[0], paths: () => null, points: { show: true, size: 10, fill: COLORS[0] } },
      ],
    },
    data: [points.map((_, i) => i), points.map((p) => p.achieved), points.map((p) => p.peak)],
  };
}

/** Each latency case's samples (after warm-ups), sorted, against their percentile rank. */
export function latencyChart(result: BenchResult): ChartSpec | null {
  const { labels, data } = latencyDistribution(result.measurements);
  if (labels.length === 0) return null;
  return {
    title: 'Latency distribution (samples after warm-ups)',
    options: {
      scales: { x: { time: false, range: [0, 100] } },
      axes: [
        { ...AXIS, label: 'percentile' },
        { ...AXIS, label: 'ms' },
      ],
      series: [{ label: 'percentile', value: (_u, v) => (v == null ? '' : `${v.toFixed(0)}%`) }, ...labels.map((label, i) => ({ label, stroke: COLORS[i % COLORS.length], spanGaps: true, points: { show: true, size: 6 } }))],
    },
    data,
  };
}
