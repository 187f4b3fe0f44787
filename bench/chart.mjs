// Dependency-free SVG charts: wall time against file size (log-log, so a linear cost is a straight
// line of slope 1 and the 100 KB points stay readable beside 50 MB), and each target as value / limit.
const COLORS = {
  lint: '#1f77b4',
  parse: '#2ca02c',
  dhcpd: '#d62728',
  lex: '#9467bd',
  'regex-floor': '#7f7f7f',
  format: '#ff7f0e',
  pair: '#17becf',
};
const NODE_START = '#8c564b';

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function renderChart(results, sizes) {
  const W = 640,
    H = 400,
    L = 70,
    R = 150,
    T = 30,
    B = 50;
  const xs = sizes.map((s) => results.files[s].bytes / 1e6);
  const series = Object.keys(COLORS)
    .map((id) => ({
      id,
      points: sizes
        .map((s, i) => [xs[i], results.measurements[`${s}:${id}`]?.wallMs?.median])
        .filter(([, y]) => y !== undefined),
    }))
    .filter((s) => s.points.length);
  const nodeStart = results.measurements['all:node-start']?.wallMs?.median;
  const ys = [...series.flatMap((s) => s.points.map(([, y]) => y)), ...(nodeStart ? [nodeStart] : [])];
  const lx = (x) => Math.log10(x);
  const [x0, x1] = [Math.floor(lx(Math.min(...xs)) * 2) / 2, Math.ceil(lx(Math.max(...xs)) * 2) / 2 || 1];
  const [y0, y1] = [Math.floor(lx(Math.max(1, Math.min(...ys)))), Math.ceil(lx(Math.max(10, ...ys)))];
  const px = (x) => L + ((lx(x) - x0) / (x1 - x0 || 1)) * (W - L - R);
  const py = (y) => H - B - ((lx(y) - y0) / (y1 - y0 || 1)) * (H - T - B);
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
  ];
  out.push(`<text x="${W / 2 - 110}" y="18" font-weight="bold">Wall time vs file size (log-log)</text>`);
  out.push(
    `<line x1="${L}" y1="${H - B}" x2="${W - R}" y2="${H - B}" stroke="black"/><line x1="${L}" y1="${T}" x2="${L}" y2="${H - B}" stroke="black"/>`,
  );
  for (let e = y0; e <= y1; e++) {
    const y = 10 ** e;
    out.push(
      `<text x="${L - 8}" y="${py(y) + 4}" text-anchor="end">${y}</text><line x1="${L}" y1="${py(y)}" x2="${W - R}" y2="${py(y)}" stroke="#ddd"/>`,
    );
  }
  for (const x of xs)
    out.push(
      `<text x="${px(x)}" y="${H - B + 16}" text-anchor="middle">${x < 1 ? x.toFixed(2) : x < 10 ? x.toFixed(1) : x.toFixed(0)}</text>`,
    );
  out.push(`<text x="${(L + W - R) / 2}" y="${H - 10}" text-anchor="middle">file size (MB)</text>`);
  out.push(`<text x="16" y="${H / 2}" transform="rotate(-90 16 ${H / 2})" text-anchor="middle">ms</text>`);
  const legend = (i, color, label) =>
    out.push(
      `<rect x="${W - R + 15}" y="${T + i * 20}" width="12" height="12" fill="${color}"/><text x="${W - R + 32}" y="${T + i * 20 + 10}">${esc(label)}</text>`,
    );
  series.forEach((s, i) => {
    const d = s.points.map(([x, y], j) => `${j ? 'L' : 'M'}${px(x).toFixed(1)},${py(y).toFixed(1)}`).join(' ');
    out.push(`<path d="${d}" fill="none" stroke="${COLORS[s.id]}" stroke-width="2"/>`);
    for (const [x, y] of s.points)
      out.push(`<circle cx="${px(x).toFixed(1)}" cy="${py(y).toFixed(1)}" r="3" fill="${COLORS[s.id]}"/>`);
    legend(i, COLORS[s.id], s.id === 'dhcpd' ? 'dhcpd -t' : s.id === 'pair' ? 'pair check' : s.id);
  });
  if (nodeStart) {
    out.push(
      `<line x1="${L}" y1="${py(nodeStart).toFixed(1)}" x2="${W - R}" y2="${py(nodeStart).toFixed(1)}" stroke="${NODE_START}" stroke-dasharray="4 3"/>`,
    );
    legend(series.length, NODE_START, 'node -e 0');
  }
  out.push('</svg>');
  return out.join('\n') + '\n';
}

/**
 * One bar per target: value / limit on a log scale, drawn from the limit (1): to the left and green
 * when it passes, to the right and red by how many times it misses.
 */
export function renderTargetsChart(targets) {
  const rows = targets.filter((t) => t.value !== undefined && t.value > 0);
  const W = 760,
    L = 430,
    R = 60,
    T = 30,
    rowH = 22,
    H = T + rows.length * rowH + 40;
  const qs = rows.map((t) => t.value / t.limit);
  const lo = Math.min(-2, Math.floor(Math.log2(Math.min(1, ...qs))));
  const hi = Math.max(3, Math.ceil(Math.log2(Math.max(1, ...qs))));
  const px = (q) => L + ((Math.log2(q) - lo) / (hi - lo)) * (W - L - R);
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="11">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
  ];
  out.push(
    `<text x="10" y="18" font-weight="bold" font-size="12">Issue #18 targets: value / limit, log scale (left of the dashed line passes)</text>`,
  );
  rows.forEach((t, i) => {
    const y = T + i * rowH;
    const q = t.value / t.limit;
    const [x0, x1] = q <= 1 ? [px(q), px(1)] : [px(1), px(q)];
    out.push(
      `<text x="${L - 6}" y="${y + 14}" text-anchor="end">${esc(t.label.replace(/`/g, ''))}${t.aim ? ' (aim)' : ''}</text>`,
    );
    out.push(
      `<rect x="${x0.toFixed(1)}" y="${y + 3}" width="${Math.max(1, x1 - x0).toFixed(1)}" height="${rowH - 8}" fill="${q <= 1 ? '#2ca02c' : '#d62728'}" opacity="${t.aim ? 0.5 : 0.9}"/>`,
    );
    out.push(`<text x="${(x1 + 4).toFixed(1)}" y="${y + 14}">${q.toFixed(2)}</text>`);
  });
  const bottom = T + rows.length * rowH;
  out.push(
    `<line x1="${px(1)}" y1="${T - 4}" x2="${px(1)}" y2="${bottom + 4}" stroke="black" stroke-dasharray="4 3"/>`,
  );
  out.push(`<line x1="${L}" y1="${bottom + 4}" x2="${W - R}" y2="${bottom + 4}" stroke="black"/>`);
  for (let e = lo; e <= hi; e++)
    out.push(`<text x="${px(2 ** e)}" y="${bottom + 18}" text-anchor="middle">${2 ** e}</text>`);
  out.push('</svg>');
  return out.join('\n') + '\n';
}
