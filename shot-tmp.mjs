import { chromium } from '@playwright/test';
import fs from 'node:fs';
import { chromiumArgs, findBrowser } from './scripts/browser.mjs';
const b = await chromium.launch({ executablePath: findBrowser(), args: chromiumArgs });
const p = await b.newPage();
await p.goto('http://127.0.0.1:3300/acne-scar-treatments');
await p.emulateMedia({ media: 'print' });
for (const [format, opts] of [['A4', { preferCSSPageSize: true }], ['A4', { landscape: true }], ['Letter', { landscape: true }]]) {
  const pdf = await p.pdf({ format, ...opts });
  console.log(format, JSON.stringify(opts), pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length);
  fs.writeFileSync(`/tmp/shots/grid-${format}-${Object.keys(opts)[0]}.pdf`, pdf);
}
await b.close();
