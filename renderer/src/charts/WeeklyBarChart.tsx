// Weekly bars: one value per week (how often the same question came back), or
// two (promises kept inside promises due: a dark bar within an outlined one).
import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { ChartFrame, chartBox, weekLabel } from './chart-frame.tsx';
import type { ChartSize } from './chart-frame.tsx';

const MAX_BAR_WIDTH = 56;

export interface WeeklyBar {
  week: string;
  value: number;
  /** Drawn as an outline behind the bar (e.g. promises due). */
  outOf?: number;
}

interface WeeklyBarChartProps {
  title: string;
  bars: WeeklyBar[];
  valueName: string;
  outOfName?: string;
  size?: ChartSize;
}

export function WeeklyBarChart({ title, bars, valueName, outOfName, size }: WeeklyBarChartProps) {
  const { innerWidth, innerHeight, margin } = chartBox(size);
  const x = scaleBand({ domain: bars.map((b) => b.week), range: [0, innerWidth], padding: 0.35 });
  const top = Math.max(1, ...bars.map((b) => Math.max(b.value, b.outOf ?? 0)));
  const y = scaleLinear({ domain: [0, top], range: [innerHeight, 0], nice: true });
  const ticks = y.ticks(Math.min(5, top)).filter(Number.isInteger);
  return (
    <ChartFrame
      title={title}
      size={size}
      legend={
        outOfName ? (
          <>
            <span className="chart__key chart__key--bar">{valueName}</span>
            <span className="chart__key chart__key--outline">{outOfName}</span>
          </>
        ) : undefined
      }
      table={{ head: ['Week of', valueName, ...(outOfName ? [outOfName] : [])], rows: bars.map((b) => [weekLabel(b.week), b.value, ...(outOfName ? [b.outOf ?? 0] : [])]) }}
    >
      <Group left={margin.left} top={margin.top}>
        {ticks.map((v) => <line key={v} className="chart__grid" x1={0} x2={innerWidth} y1={y(v)} y2={y(v)} />)}
        {bars.map((b) => {
          // Bars stay a sensible width when there are only a few weeks to show.
          const width = Math.min(x.bandwidth(), MAX_BAR_WIDTH);
          const left = (x(b.week) ?? 0) + (x.bandwidth() - width) / 2;
          return (
            <g key={b.week}>
              {b.outOf !== undefined && <Bar className="chart__bar chart__bar--outline" x={left} width={width} y={y(b.outOf)} height={innerHeight - y(b.outOf)} />}
              <Bar className="chart__bar" x={left + (b.outOf !== undefined ? width * 0.2 : 0)} width={width * (b.outOf !== undefined ? 0.6 : 1)} y={y(b.value)} height={innerHeight - y(b.value)} />
            </g>
          );
        })}
        <AxisLeft scale={y} tickValues={ticks} tickFormat={(v) => String(v)} axisClassName="chart__axis" />
        <AxisBottom top={innerHeight} scale={x} tickFormat={(d) => weekLabel(String(d))} axisClassName="chart__axis" />
      </Group>
    </ChartFrame>
  );
}
