// Draws one chart of the summary model with the matching component.
import type { SummaryChart } from '../../../shared/summary/summary-model.ts';
import type { ChartSize } from './chart-frame.tsx';
import { TrustChart } from './TrustChart.tsx';
import { WeeklyBarChart } from './WeeklyBarChart.tsx';

export function SummaryChartView({ chart, size }: { chart: SummaryChart; size?: ChartSize }) {
  switch (chart.kind) {
    case 'kept':
      return <WeeklyBarChart size={size} title={chart.title} bars={chart.weeks.map((w) => ({ week: w.week, value: w.kept, outOf: w.chosen }))} valueName="Days kept" outOfName="Days written" />;
    case 'trust':
      return <TrustChart size={size} title={chart.title} points={chart.points} names={chart.names} />;
    case 'questions':
      return <WeeklyBarChart size={size} title={chart.title} bars={chart.weeks.map((w) => ({ week: w.week, value: w.count }))} valueName="Times it came up" />;
    case 'promises':
      return <WeeklyBarChart size={size} title={chart.title} bars={chart.weeks.map((w) => ({ week: w.week, value: w.kept, outOf: w.made }))} valueName="Kept" outOfName="Due" />;
  }
}
