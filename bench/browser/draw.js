// The peers' "first draw": the same four things starcart's dashboard shows
// (KPI cards, monthly revenue bars, the cohort retention matrix, RFM
// segments), drawn plainly with Canvas 2D. Deliberately minimal, so the
// peers' draw time is a floor, not a handicap.
const fmt = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function drawDashboard(canvas, figures) {
  const dpr = window.devicePixelRatio || 1;
  const W = 1280, H = 800;
  canvas.width = W * dpr;
  canvas.height = H * dpr;
  canvas.style.width = W + 'px';
  canvas.style.height = H + 'px';
  const g = canvas.getContext('2d');
  g.setTransform(dpr, 0, 0, dpr, 0, 0);
  g.fillStyle = '#f3f5f8';
  g.fillRect(0, 0, W, H);
  g.font = '14px system-ui, sans-serif';

  // 1. KPI cards
  const k = figures.kpis;
  const cards = [
    ['Revenue', fmt.format(k.revenue_e4 / 1e4)],
    ['Orders', fmt.format(k.orders)],
    ['Customers', fmt.format(k.customers)],
    ['Average order value', fmt.format(k.aov_e4 / 1e4)],
  ];
  cards.forEach(([label, value], i) => {
    const x = 20 + i * 310;
    g.fillStyle = '#fff';
    g.fillRect(x, 20, 290, 80);
    g.fillStyle = '#5b6573';
    g.fillText(label, x + 14, 44);
    g.fillStyle = '#181e28';
    g.font = '600 24px system-ui, sans-serif';
    g.fillText(value, x + 14, 82);
    g.font = '14px system-ui, sans-serif';
  });

  // 2. Monthly revenue
  const m = figures.monthly;
  const maxRev = Math.max(1, ...m.map((p) => p.revenue_e4));
  const bw = 600 / Math.max(1, m.length);
  g.fillStyle = '#0072b2';
  m.forEach((p, i) => {
    const h = (p.revenue_e4 / maxRev) * 260;
    g.fillRect(20 + i * bw, 400 - h, Math.max(1, bw - 2), h);
  });

  // 3. Cohort retention matrix
  const c = figures.cohorts;
  const cell = Math.min(18, 600 / Math.max(1, c.length));
  c.forEach((row, i) => {
    row.retention.forEach((share, j) => {
      g.fillStyle = `rgba(0, 114, 178, ${share.toFixed(3)})`;
      g.fillRect(660 + j * cell, 130 + i * cell, cell - 1, cell - 1);
    });
  });

  // 4. RFM segments
  const s = figures.rfm.segments;
  const maxN = Math.max(1, ...s.map((x) => x.customers));
  s.forEach((seg, i) => {
    const y = 440 + i * 32;
    g.fillStyle = '#181e28';
    g.fillText(seg.name, 20, y + 16);
    g.fillStyle = '#e69f00';
    g.fillRect(200, y, (seg.customers / maxN) * 400, 22);
    g.fillStyle = '#181e28';
    g.fillText(fmt.format(seg.customers), 610, y + 16);
  });
}
