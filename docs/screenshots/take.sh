#!/usr/bin/env bash
# Screenshots of every dashboard page of ./payoff demo at 1440×900 (desktop) and 390×844 (phone), full page,
# into docs/screenshots/ (desktop: <page>.png, phone: phone-<page>.png). Drives Debian's Chromium with
# playwright-core from npm (installed once into bench/.screenshots; no browser download).
#
#   docs/screenshots/take.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$root/docs/screenshots"
node_dir="$root/bench/.screenshots"
sessions="${SESSIONS:-210000}"
if [ ! -d "$node_dir/node_modules/playwright-core" ]; then
  echo "Installing playwright-core into bench/.screenshots …" >&2
  npm install --prefix "$node_dir" --no-audit --no-fund playwright-core@1 >&2
fi

source "$root/bench/demo-session.sh"

NODE_PATH="$node_dir/node_modules" node - "$base" "$cookie" "$out" <<'JS'
const { chromium } = require('playwright-core');
const [base, cookie, out] = process.argv.slice(2);
const pages = [
  ['overview', '/'], ['sources', '/sources'], ['sources-campaigns', '/sources?by=campaign&network=LinkedIn'],
  ['sources-compared', '/sources?compare=previous-period'], ['network', '/network?n=LinkedIn'], ['roi', '/roi'],
  ['attribution', '/attribution'], ['goals', '/goals'], ['goal', '/goals?goal=1'], ['links', '/links'],
  ['imports', '/imports'], ['settings', '/settings'], ['account', '/account'],
  // The content page over the demo's year (best-time grids need months of posts): its first 3,000 pixels (findings,
  // top posts), and LinkedIn's alone from its best-time heatmap down.
  ['content', '/content?from=' + new Date(Date.now() - 364 * 864e5).toISOString().slice(0, 10), 3000],
  ['content-linkedin', '/content?n=LinkedIn&from=' + new Date(Date.now() - 364 * 864e5).toISOString().slice(0, 10) + '#best-time', 0, '#best-time'],
];
(async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const url = new URL(base);
  for (const [width, height, prefix] of [[1440, 900, ''], [390, 844, 'phone-']]) {
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, isMobile: width < 500, hasTouch: width < 500 });
    await context.addCookies(cookie.split('; ').map(pair => {
      const at = pair.indexOf('=');
      return { name: pair.slice(0, at), value: pair.slice(at + 1), domain: url.hostname, path: '/' };
    }));
    const page = await context.newPage();
    for (const [name, path, tallest, from] of pages) {
      await page.goto(base + path, { waitUntil: 'networkidle' });
      await page.waitForTimeout(300);
      const file = `${out}/${prefix}${name}.png`;
      if (from) {
        const top = await page.locator(from).evaluate(e => e.getBoundingClientRect().top + window.scrollY);
        const bottom = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: top, width, height: Math.min(bottom - top, 3000) } });
      } else if (tallest) {
        const bottom = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(bottom, tallest) } });
      } else {
        await page.screenshot({ path: file, fullPage: true });
      }
      console.log(`${prefix}${name}.png`);
    }
    await context.close();
  }
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(base + '/login', { waitUntil: 'networkidle' });
  await page.screenshot({ path: `${out}/login.png` });
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
JS
