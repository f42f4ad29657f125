// The frame every chart shares: a fixed drawing size (it prints the same as it
// shows), a caption, and a data table for screen readers, since an SVG picture
// says nothing to them.
import type { ReactNode } from 'react';

export const CHART = { width: 640, height: 220, margin: { top: 12, right: 16, bottom: 34, left: 36 } } as const;
export const innerWidth = CHART.width - CHART.margin.left - CHART.margin.right;
export const innerHeight = CHART.height - CHART.margin.top - CHART.margin.bottom;

/** "16 Nov" for a week's Monday. */
export const weekLabel = (day: string) => new Date(`${day}T12:00:00`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });

interface ChartFrameProps {
  title: string;
  legend?: ReactNode;
  table: { head: string[]; rows: (string | number)[][] };
  children: ReactNode;
}

export function ChartFrame({ title, legend, table, children }: ChartFrameProps) {
  return (
    <figure className="chart">
      <figcaption className="chart__title">{title}</figcaption>
      {legend && <div className="chart__legend" aria-hidden="true">{legend}</div>}
      <svg className="chart__svg" viewBox={`0 0 ${CHART.width} ${CHART.height}`} role="presentation" aria-hidden="true">
        {children}
      </svg>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>{table.head.map((h) => <th key={h} scope="col">{h}</th>)}</tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>{row.map((cell, j) => (j === 0 ? <th key={j} scope="row">{cell}</th> : <td key={j}>{cell}</td>))}</tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
