// Draws one chart of the summary model with the matching component.
import type { SummaryChart } from '../../../shared/summary/summary-model.ts';
import { TrustChart } from './TrustChart.tsx';
import { WeeklyBarChart } from './WeeklyBarChart.tsx';

export function SummaryChartView({ chart }: { chart: SummaryChart }) {
  switch (chart.kind) {
    case 'trust':
      return <TrustChart title={chart.title} points={chart.points} names={chart.names} />;
    case 'questions':
      return <WeeklyBarChart title={chart.title} bars={chart.weeks.map((w) => ({ week: w.week, value: w.count }))} valueName="Times the question came back" />;
    case 'promises':
      return <WeeklyBarChart title={chart.title} bars={chart.weeks.map((w) => ({ week: w.week, value: w.kept, outOf: w.made }))} valueName="Kept" outOfName="Due" />;
  }
}
