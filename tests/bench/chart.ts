/** One line of a chart panel. */
interface ChartSeries {
  label: string;
  color: string;
  dashed?: boolean;
  points: { x: number; y: number }[];
}

/** One panel: a log-scale x axis (article count) and a linear y axis from zero; series may lack sizes. */
export interface ChartPanel {
  title: string;
  yLabel: string;
  series: ChartSeries[];
  /** A horizontal target line, if the panel has one. */
  target?: { y: number; label: string };
  formatY(value: number): string;
}

const PANEL_WIDTH = 440;
const PANEL_HEIGHT = 316;
// Room under the plot for the axis title and up to three rows of legend.
const MARGIN = { top: 40, right: 20, bottom: 106, left: 64 };

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function niceMaximum(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((candidate) => candidate * magnitude >= value) ?? 10;
  return step * magnitude;
}

function panelSvg(shown: ChartPanel, offsetX: number): string {
  // A series without points (the baseline where it was not built, figures older runs did not record) is left out.
  const panel: ChartPanel = {
    ...shown,
    series: shown.series
      .map((series) => ({ ...series, points: series.points.filter((point) => Number.isFinite(point.y)) }))
      .filter((series) => series.points.length > 0),
  };
  const xs = [...new Set(panel.series.flatMap((series) => series.points.map((point) => point.x)))].sort(
    (a, b) => a - b,
  );
  const ys = panel.series.flatMap((series) => series.points.map((point) => point.y));
  const yMax = niceMaximum(Math.max(...ys, panel.target?.y ?? 0) * 1.05);
  const logMin = Math.log10(Math.min(...xs));
  const logMax = Math.log10(Math.max(...xs));
  const plotWidth = PANEL_WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = PANEL_HEIGHT - MARGIN.top - MARGIN.bottom;
  const xOf = (x: number): number =>
    offsetX +
    MARGIN.left +
    (logMax === logMin ? plotWidth / 2 : ((Math.log10(x) - logMin) / (logMax - logMin)) * plotWidth);
  const yOf = (y: number): number => MARGIN.top + plotHeight - (y / yMax) * plotHeight;
  const parts: string[] = [
    `<text x="${offsetX + PANEL_WIDTH / 2}" y="22" text-anchor="middle" font-weight="bold">${escapeXml(panel.title)}</text>`,
  ];
  for (let tick = 0; tick <= 4; tick += 1) {
    const value = (yMax / 4) * tick;
    const y = yOf(value).toFixed(1);
    parts.push(
      `<line x1="${offsetX + MARGIN.left}" x2="${offsetX + PANEL_WIDTH - MARGIN.right}" y1="${y}" y2="${y}" stroke="#ddd"/>`,
      `<text x="${offsetX + MARGIN.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">${escapeXml(panel.formatY(value))}</text>`,
    );
  }
  for (const x of xs) {
    parts.push(
      `<text x="${xOf(x).toFixed(1)}" y="${MARGIN.top + plotHeight + 18}" text-anchor="middle">${x.toLocaleString('en')}</text>`,
    );
  }
  parts.push(
    `<text x="${offsetX + MARGIN.left + plotWidth / 2}" y="${MARGIN.top + plotHeight + 36}" text-anchor="middle">articles (log scale)</text>`,
    `<text transform="translate(${offsetX + 16} ${MARGIN.top + plotHeight / 2}) rotate(-90)" text-anchor="middle">${escapeXml(panel.yLabel)}</text>`,
  );
  if (panel.target) {
    const y = yOf(panel.target.y).toFixed(1);
    parts.push(
      `<line x1="${offsetX + MARGIN.left}" x2="${offsetX + PANEL_WIDTH - MARGIN.right}" y1="${y}" y2="${y}" stroke="#c00" stroke-dasharray="2 4"/>`,
      `<text x="${offsetX + PANEL_WIDTH - MARGIN.right}" y="${Number(y) - 5}" text-anchor="end" fill="#c00">${escapeXml(panel.target.label)}</text>`,
    );
  }
  panel.series.forEach((series, position) => {
    const points = [...series.points].sort((a, b) => a.x - b.x);
    const path = points.map((point) => `${xOf(point.x).toFixed(1)},${yOf(point.y).toFixed(1)}`).join(' ');
    const dash = series.dashed ? ' stroke-dasharray="6 4"' : '';
    parts.push(`<polyline points="${path}" fill="none" stroke="${series.color}" stroke-width="2"${dash}/>`);
    for (const point of points) {
      parts.push(
        `<circle cx="${xOf(point.x).toFixed(1)}" cy="${yOf(point.y).toFixed(1)}" r="3" fill="${series.color}"/>`,
      );
    }
    const legendY = MARGIN.top + plotHeight + 54 + Math.floor(position / 2) * 16;
    const legendX = offsetX + MARGIN.left + (position % 2) * (plotWidth / 2);
    parts.push(
      `<line x1="${legendX}" x2="${legendX + 20}" y1="${legendY}" y2="${legendY}" stroke="${series.color}" stroke-width="2"${dash}/>`,
      `<text x="${legendX + 26}" y="${legendY}" dominant-baseline="middle">${escapeXml(series.label)}</text>`,
    );
  });
  return parts.join('\n  ');
}

/** A self-contained SVG with the panels side by side. */
export function chartSvg(panels: ChartPanel[], description: string): string {
  const width = PANEL_WIDTH * panels.length;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${PANEL_HEIGHT}" width="${width}" height="${PANEL_HEIGHT}" font-family="sans-serif" font-size="11" role="img" aria-label="${escapeXml(description)}">
  <rect width="100%" height="100%" fill="#fff"/>
  ${panels.map((panel, index) => panelSvg(panel, index * PANEL_WIDTH)).join('\n  ')}
</svg>
`;
}
