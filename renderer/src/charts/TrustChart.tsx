// Trust in the weekly check-in, 0 to 10, one line per partner: solid with
// dots for the first, dashed with squares for the second (readable in black and white).
import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleLinear, scalePoint } from '@visx/scale';
import { LinePath } from '@visx/shape';
import { trustSeries } from '../../../shared/summary/chart-data.ts';
import type { TrustPoint } from '../../../shared/summary/chart-data.ts';
import { ChartFrame, chartBox, weekLabel } from './chart-frame.tsx';
import type { ChartSize } from './chart-frame.tsx';

export function TrustChart({ title, points, names, size }: { title: string; points: TrustPoint[]; names: [string, string]; size?: ChartSize }) {
  const { innerWidth, innerHeight, margin } = chartBox(size);
  const x = scalePoint({ domain: points.map((p) => p.week), range: [0, innerWidth], padding: 0.5 });
  const y = scaleLinear({ domain: [0, 10], range: [innerHeight, 0] });
  // A partner with no number to show (none given, or none shared) gets no line and no key.
  const series = trustSeries(points, names).map((s) => (s.key === 'first' ? { ...s, dash: undefined, className: 'chart__key--solid' } : { ...s, dash: '6 4', className: 'chart__key--dashed' }));
  return (
    <ChartFrame
      title={title}
      size={size}
      legend={
        <>
          {series.map((s) => <span key={s.key} className={`chart__key ${s.className}`}>{s.name}</span>)}
        </>
      }
      table={{ head: ['Week of', ...series.map((s) => s.name)], rows: points.map((p) => [weekLabel(p.week), ...series.map((s) => p[s.key] ?? '—')]) }}
    >
      <Group left={margin.left} top={margin.top}>
        {[0, 2, 4, 6, 8, 10].map((v) => <line key={v} className="chart__grid" x1={0} x2={innerWidth} y1={y(v)} y2={y(v)} />)}
        {series.map((s) => {
          const defined = points.filter((p) => p[s.key] !== null);
          return (
            <g key={s.key}>
              <LinePath data={defined} x={(p) => x(p.week) ?? 0} y={(p) => y(p[s.key] ?? 0)} className="chart__line" strokeDasharray={s.dash} />
              {defined.map((p) =>
                s.key === 'first' ? (
                  <circle key={p.week} className="chart__dot" cx={x(p.week)} cy={y(p.first ?? 0)} r={4} />
                ) : (
                  <rect key={p.week} className="chart__dot chart__dot--open" x={(x(p.week) ?? 0) - 4} y={y(p.second ?? 0) - 4} width={8} height={8} />
                ),
              )}
            </g>
          );
        })}
        <AxisLeft scale={y} tickValues={[0, 2, 4, 6, 8, 10]} axisClassName="chart__axis" />
        <AxisBottom top={innerHeight} scale={x} tickFormat={(d) => weekLabel(String(d))} axisClassName="chart__axis" />
      </Group>
    </ChartFrame>
  );
}
