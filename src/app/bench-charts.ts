/**
 * uPlot options for the Benchmark page's charts. Cases are numbered as in the results table
 * (#1, #2…) on the x axis, and the legend names the case under the cursor in full.
 */
import uPlot from 'uplot';
import { latencyDistribution, measurementKey, roofline, type BenchResult, type Measurement } from '../lib/bench';

export interface ChartSpec {
  title: string;
  options: Omit<uPlot.Options, 'width' | 'height' | 'title'>;
  data: uPlot.AlignedData;
}

const COLORS = ['#ff8a3d', '#5fd0ff', '#b58cff', '#7ee2a0', '#ffc25d', '#ff5fa2'];
const AXIS: uPlot.Axis = { stroke: '#a9a3c4', grid: { stroke: '#2c2842' }, ticks: { stroke: '#2c2842' } };
const bars = uPlot.paths.bars!({ size: [0.6, 48] });

/** Cases at x = 0..n-1, labelled with their table numbers; bars grow from zero. */
function categorical(numbers: number[], labels: string[], unit: string): Pick<uPlot.Options, 'scales' | 'axes'> & { x: uPlot.Series } {
  const at = numbers.map((_, i) => i);
  return {
    scales: { x: { time: false, range: [-0.5, numbers.length - 0.5] }, y: { range: (_u, _min, max) => [0, max * 1.1] } },
    axes: [
      { ...AXIS, splits: () => at, values: () => numbers.map((n) => `#${n}`) },
      { ...AXIS, label: unit },
    ],
    x: { label: 'Case', value: (_u, at) => (at == null ? '' : `#${numbers[at]} ${labels[at]}`) },
  };
}

/** A case's number in the results table. */
const numberOf = (result: BenchResult, m: Measurement) => result.measurements.indexOf(m) + 1;

/** One bar per case of `unit`: the median. */
export function medianBars(result: BenchResult, unit: string): ChartSpec {
  const cases = result.measurements.filter((m) => m.unit === unit);
  const { x, ...rest } = categorical(cases.map((m) => numberOf(result, m)), cases.map(measurementKey), unit);
  return {
    title: `Median (p50), ${unit}`,
    options: { ...rest, series: [x, { label: 'p50', stroke: COLORS[0], fill: `${COLORS[0]}aa`, paths: bars, points: { show: false } }] },
    data: [cases.map((_, i) => i), cases.map((m) => m.stats.p50)],
  };
}

/** Achieved GFLOP/s as bars, the peak each is set against (see `roofline`) as a marker. */
export function rooflineChart(result: BenchResult): ChartSpec | null {
  const points = roofline(result);
  if (points.length === 0) return null;
  const { x, ...rest } = categorical(points.map((p) => numberOf(result, p.measurement)), points.map((p) => measurementKey(p.measurement)), 'GFLOP/s');
  return {
    title: 'Achieved vs peak GFLOP/s on each backend',
    options: {
      ...rest,
      series: [
        x,
        { label: 'achieved', stroke: COLORS[1], fill: `${COLORS[1]}aa`, paths: bars, points: { show: false } },
        { label: 'peak', stroke: COLORS[0], paths: () => null, points: { show: true, size: 10, fill: COLORS[0] } },
      ],
    },
    data: [points.map((_, i) => i), points.map((p) => p.achieved), points.map((p) => p.peak)],
  };
}

/** Each latency case's samples (after warm-ups), sorted, against their percentile rank. */
export function latencyChart(result: BenchResult): ChartSpec | null {
  const { cases, data } = latencyDistribution(result.measurements);
  if (cases.length === 0) return null;
  return {
    title: 'Latency distribution (samples after warm-ups)',
    options: {
      scales: { x: { time: false, range: [0, 100] } },
      axes: [
        { ...AXIS, label: 'percentile' },
        { ...AXIS, label: 'ms' },
      ],
      series: [{ label: 'percentile', value: (_u, v) => (v == null ? '' : `${v.toFixed(0)}%`) }, ...cases.map((m, i) => ({ label: `#${numberOf(result, m)}`, stroke: COLORS[i % COLORS.length], spanGaps: true, points: { show: true, size: 6 } }))],
    },
    data,
  };
}
