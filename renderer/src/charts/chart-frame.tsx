// The frame every chart shares: a fixed drawing size (it prints the same as it
// shows), a caption, and a data table for screen readers, since an SVG picture
// says nothing to them.
import type { ReactNode } from 'react';

/** A full-width chart (the progress screen), or a small one (two side by side on a summary's first page). */
export type ChartSize = 'full' | 'small';
const SIZES = {
  full: { width: 640, height: 220, margin: { top: 12, right: 16, bottom: 34, left: 36 } },
  small: { width: 330, height: 150, margin: { top: 10, right: 10, bottom: 30, left: 30 } },
} as const;

/** The drawing box of a chart of this size, and the area inside its axes. */
export function chartBox(size: ChartSize = 'full') {
  const box = SIZES[size];
  return { ...box, innerWidth: box.width - box.margin.left - box.margin.right, innerHeight: box.height - box.margin.top - box.margin.bottom };
}

export { weekLabel } from '../../../shared/summary/week-label.ts';

interface ChartFrameProps {
  title: string;
  size?: ChartSize;
  legend?: ReactNode;
  table: { head: string[]; rows: (string | number)[][] };
  children: ReactNode;
}

export function ChartFrame({ title, size = 'full', legend, table, children }: ChartFrameProps) {
  const box = chartBox(size);
  return (
    <figure className={`chart chart--${size}`}>
      <figcaption className="chart__title">{title}</figcaption>
      {legend && <div className="chart__legend" aria-hidden="true">{legend}</div>}
      <svg className="chart__svg" viewBox={`0 0 ${box.width} ${box.height}`} role="presentation" aria-hidden="true">
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
