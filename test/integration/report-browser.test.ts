/**
 * Opens a rendered report.html in headless Chromium (Debian's `chromium` through playwright-core):
 * no console errors, every chart's <svg> present with a non-zero size, and a full-page screenshot
 * saved under the OS temp dir for a person to look at. Skips, with a notice, where Chromium is absent.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../src/core/report/charts/index';
import { renderHtmlReport } from '../../src/core/report/html-report';
import { fixtureDocument, fixtureReportData } from '../../src/core/report/testing/report-fixture';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`report-browser.test.ts: SKIPPED, no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);

describe('report.html in a browser', () => {
  it.skipIf(!hasChromium)('renders every chart with no console errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mltrain-report-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, renderHtmlReport(fixtureDocument(), fixtureReportData()));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const problems: string[] = [];
      const external: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('request', (request) => {
        if (!request.url().startsWith('file:')) external.push(request.url());
      });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      for (const id of CHART_IDS) {
        const box = await page.locator(`svg[data-chart="${id}"]`).boundingBox();
        expect(box, `chart ${id}`).not.toBeNull();
        expect(box?.width, `chart ${id} width`).toBeGreaterThan(100);
        expect(box?.height, `chart ${id} height`).toBeGreaterThan(100);
      }
      expect(await page.locator('svg[data-chart="roc"] path.series').count()).toBe(1);
      expect(await page.locator('svg[data-chart="confusion_matrix"] rect.cell').count()).toBe(4);
      expect(await page.locator('text=senior<citizen>').first().isVisible()).toBe(true);
      const screenshot = join(dir, 'report.png');
      await page.screenshot({ path: screenshot, fullPage: true });
      console.log(`report screenshot: ${screenshot}`);
      expect(problems).toEqual([]);
      expect(external).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
