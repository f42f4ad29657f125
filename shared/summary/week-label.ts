// "16 Nov" for a week's Monday: the label of a chart's weeks, on paper, on screen and in Markdown.
export const weekLabel = (day: string) => new Date(`${day}T12:00:00`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });
