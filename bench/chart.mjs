// A dependency-free SVG line chart: wall time against file size, one line per task.
const COLORS = { lint: '#1f77b4', parse: '#2ca02c', dhcpd: '#d62728', lex: '#9467bd', 'regex-floor': '#7f7f7f', format: '#ff7f0e' };

export function renderChart(results, sizes) {
  const W = 640, H = 400, L = 70, R = 150, T = 30, B = 50;
  const xs = sizes.map((s) => results.files[s].bytes / 1e6);
  const series = Object.keys(COLORS)
    .map((id) => ({ id, points: sizes.map((s, i) => [xs[i], results.measurements[`${s}:${id}`]?.wallMs?.median]).filter(([, y]) => y !== undefined) }))
    .filter((s) => s.points.length);
  const maxX = Math.max(...xs) || 1;
  const maxY = Math.max(1, ...series.flatMap((s) => s.points.map(([, y]) => y)));
  const px = (x) => L + (x / maxX) * (W - L - R);
  const py = (y) => H - B - (y / maxY) * (H - T - B);
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`, `<rect width="${W}" height="${H}" fill="white"/>`];
  out.push(`<text x="${W / 2 - 60}" y="18" font-weight="bold">Wall time vs file size</text>`);
  out.push(`<line x1="${L}" y1="${H - B}" x2="${W - R}" y2="${H - B}" stroke="black"/><line x1="${L}" y1="${T}" x2="${L}" y2="${H - B}" stroke="black"/>`);
  for (let i = 0; i <= 4; i++) {
    const y = (maxY * i) / 4;
    out.push(`<text x="${L - 8}" y="${py(y) + 4}" text-anchor="end">${Math.round(y)}</text><line x1="${L}" y1="${py(y)}" x2="${W - R}" y2="${py(y)}" stroke="#ddd"/>`);
  }
  for (const x of xs) out.push(`<text x="${px(x)}" y="${H - B + 16}" text-anchor="middle">${x.toFixed(1)}</text>`);
  out.push(`<text x="${(L + W - R) / 2}" y="${H - 10}" text-anchor="middle">file size (MB)</text>`);
  out.push(`<text x="16" y="${H / 2}" transform="rotate(-90 16 ${H / 2})" text-anchor="middle">ms</text>`);
  series.forEach((s, i) => {
    const d = s.points.map(([x, y], j) => `${j ? 'L' : 'M'}${px(x).toFixed(1)},${py(y).toFixed(1)}`).join(' ');
    out.push(`<path d="${d}" fill="none" stroke="${COLORS[s.id]}" stroke-width="2"/>`);
    for (const [x, y] of s.points) out.push(`<circle cx="${px(x).toFixed(1)}" cy="${py(y).toFixed(1)}" r="3" fill="${COLORS[s.id]}"/>`);
    out.push(`<rect x="${W - R + 15}" y="${T + i * 20}" width="12" height="12" fill="${COLORS[s.id]}"/><text x="${W - R + 32}" y="${T + i * 20 + 10}">${s.id === 'dhcpd' ? 'dhcpd -t' : s.id}</text>`);
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}
