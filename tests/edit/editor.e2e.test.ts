import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEditServer, type EditServer } from '../../src/edit/server.js';
import { loadPlan } from '../../src/model/loadPlan.js';
import { arabicDigits } from '../../src/thai/digits.js';
import { copyOfPlan, removeCopies } from '../helpers.js';
import { launchChromium } from './browser.js';

// Set EDIT_SCREENSHOTS=docs to write the README's screenshots from this run.
const shots = process.env.EDIT_SCREENSHOTS;
const HOSTILE = '<script>window.__injected=1</script><img src=x onerror="window.__injected=2">';

let dir: string;
let server: EditServer;
let page: Page;
let closeBrowser: () => Promise<void>;
const culture = 'projects-1-culture.yaml';
let original: string;

beforeAll(async () => {
  dir = copyOfPlan();
  // A project name that would run if the page ever put data in as HTML.
  const transparency = join(dir, 'projects-2-transparency.yaml');
  writeFileSync(transparency, readFileSync(transparency, 'utf8').replace(/^ {4}name: (.*)$/m, (_, name: string) => `    name: ${JSON.stringify(`${HOSTILE} ${name}`)}`));
  original = readFileSync(join(dir, culture), 'utf8');
  server = await startEditServer({ data: dir, out: join(dir, 'out'), port: 0 });
  const chromium = await launchChromium();
  closeBrowser = chromium.close;
  page = await chromium.browser.newPage();
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready]');
}, 120_000);

afterAll(async () => {
  await closeBrowser?.();
  await server?.close();
  removeCopies();
});

/** An amount as the page prints it (Thai digits, commas) → number. */
const amount = (text: string | null) => Number(arabicDigits(text ?? '').replace(/,/g, ''));
const budgetBox = (year: number) => page.locator(`[data-path='["projects",0,"budget","perYear","${year}"]'] input`);

describe('the editing page in Chromium', () => {
  it('shows a project name with <script> as text, and runs none of it', async () => {
    const names = await page.locator('nav .cards button').allTextContents();
    expect(names.some((n) => n.includes(HOSTILE.slice(0, 40)))).toBe(true);
    expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
    expect(await page.locator('nav img').count()).toBe(0);
  });

  it('edits a budget: totals follow as the clerk types, an error shows at its field, the fix saves one line', async () => {
    const plan = loadPlan(dir);
    const grandBefore = [...plan.totalPerYear.values()].reduce((a, b) => a + b, 0);
    expect(amount(await page.locator('[data-total="all"]').textContent())).toBe(grandBefore);

    await page.locator('nav .cards button').first().click();
    const box = budgetBox(2567);
    expect(await box.inputValue()).toBe(String(plan.projects[0]!.budget!.perYear.get(2567)));
    await box.fill('45000');
    const grew = 45000 - plan.projects[0]!.budget!.perYear.get(2567)!;
    await expect.poll(async () => amount(await page.locator('[data-total="2567"]').textContent())).toBe(plan.totalPerYear.get(2567)! + grew);
    expect(amount(await page.locator('[data-total="all"]').textContent())).toBe(grandBefore + grew);
    expect(await page.locator(`[data-path='["projects",0,"budget","perYear","2567"]'] output`).textContent()).toContain('สี่หมื่นห้าพันบาทถ้วน');

    await box.fill('45000.5');
    const problem = page.locator(`[data-path='["projects",0,"budget","perYear","2567"]'] .problem`);
    await expect.poll(() => problem.textContent()).toContain('จำนวนเต็ม');
    expect(await page.locator('#save').isDisabled()).toBe(true);
    expect(await page.locator('#save').textContent()).toContain('เหลือปัญหา 1 รายการ');
    if (shots) await problem.scrollIntoViewIfNeeded().then(() => page.screenshot({ path: join(shots, 'edit-problem.png') }));

    await box.fill('45000');
    await expect.poll(() => problem.count()).toBe(0);
    await page.locator('#save').click();
    await page.waitForSelector('#status[data-result="saved"]');
    const saved = readFileSync(join(dir, culture), 'utf8');
    writeFileSync(join(dir, '.before'), original);
    const numstat = spawnSync('git', ['diff', '--no-index', '--numstat', join(dir, '.before'), join(dir, culture)], { encoding: 'utf8' }).stdout;
    expect(numstat.trim().split(/\s+/).slice(0, 2)).toEqual(['1', '1']);
    expect(saved).toContain('        2567: 45000\n');
  });

  it('shows the card as the PDF writer prints it, and again after a change', async () => {
    await page.waitForSelector('#preview[data-rendered] canvas', { timeout: 60_000 });
    // Ink on the page: the canvas is not blank.
    const ink = () => page.locator('#preview-pages canvas').first().evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) dark++;
      return dark;
    });
    expect(await ink()).toBeGreaterThan(1000);
    // Let any render already asked for finish, so the one counted below is the change's own.
    const idle = () => expect.poll(() => page.locator('#preview').getAttribute('aria-busy'), { timeout: 60_000 }).toBeNull();
    await idle();
    await page.waitForTimeout(400);
    await idle();
    const settled = Number(await page.locator('#preview').getAttribute('data-rendered'));
    const t0 = Date.now();
    await budgetBox(2568).fill('12345');
    await expect.poll(async () => Number(await page.locator('#preview').getAttribute('data-rendered')), { timeout: 60_000 }).toBeGreaterThan(settled);
    console.log(`preview updated ${Date.now() - t0} ms after the change`);
    if (shots) await page.screenshot({ path: join(shots, 'edit-preview.png') });
  });

  it('reorders the order\'s members with the buttons and saves them in the new order', async () => {
    const before = loadPlan(dir).order.members.map((m) => m.name);
    await page.locator('nav > ul > li > button', { hasText: 'คำสั่งแต่งตั้งคณะทำงาน' }).click();
    await page.locator(`[data-path='["members",2]'] > .tools button[aria-label="เลื่อนขึ้น"]`).click();
    // The keyboard focus follows the member that moved.
    expect(await page.evaluate(() => document.activeElement?.closest('[data-path]')?.getAttribute('data-path'))).toBe('["members",1]');
    await page.locator('#save').click();
    await page.waitForSelector('#status[data-result="saved"]');
    expect(loadPlan(dir).order.members.map((m) => m.name)).toEqual([before[0], before[2], before[1], ...before.slice(3)]);
  });

  it('refuses to save over a file changed on disk meanwhile, and keeps the edit in the page', async () => {
    writeFileSync(join(dir, 'announcement.yaml'), `${readFileSync(join(dir, 'announcement.yaml'), 'utf8')}# changed elsewhere\n`);
    const onDisk = readFileSync(join(dir, 'announcement.yaml'), 'utf8');
    await page.locator('nav > ul > li > button', { hasText: 'ประกาศ' }).click();
    const issuer = page.locator(`[data-path='["issuer"]'] input`);
    await issuer.fill('เทศบาลนครพิษณุโลก (แก้)');
    await page.locator('#save').click();
    await page.waitForSelector('#status[data-result="conflict"]');
    expect(await page.locator('#status').textContent()).toContain('announcement.yaml');
    expect(readFileSync(join(dir, 'announcement.yaml'), 'utf8')).toBe(onDisk);
    expect(await issuer.inputValue()).toBe('เทศบาลนครพิษณุโลก (แก้)');
  });
});
