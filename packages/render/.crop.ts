import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
const [file, x, y, w, h, out] = process.argv.slice(2);
const svg = readFileSync(file!, 'utf8');
const b = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const p = await b.newPage({ viewport: { width: 1400, height: 1500 }, deviceScaleFactor: 2 });
await p.setContent(`<body style="margin:0">${svg.replace(/^<\?xml[^>]*>/, '')}</body>`);
writeFileSync(out!, await p.screenshot({ clip: { x: +x!, y: +y!, width: +w!, height: +h! } }));
await b.close();
