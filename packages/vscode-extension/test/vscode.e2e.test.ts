import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { format } from '@dhcplint/parser';

// The packaged .vsix installed into real VS Code 1.100.3 (code-server 4.100.3), driven through
// headless Chromium. Everything asserted is read from the workbench itself.
const repoRoot = new URL('../../../', import.meta.url).pathname;
const extDir = join(repoRoot, 'packages/vscode-extension');
const codeServerDir = process.env.CODE_SERVER_DIR ?? '/opt/dhcplint-code-server';
const entry = join(codeServerDir, 'node_modules/code-server/out/node/entry.js');
const chromiumBin = '/usr/bin/chromium';
const artifacts = join(repoRoot, '.ci-artifacts/vscode');
const ready = existsSync(entry) && existsSync(chromiumBin);
if (!ready) console.warn(`\n*** SKIPPING VS Code test: needs code-server in ${codeServerDir} (scripts/install-code-server.sh) and ${chromiumBin} (apt-get install chromium) ***\n`);

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

let server: ChildProcess | undefined;
let browser: Browser | undefined;
const log: string[] = [];
afterAll(async () => {
  if (log.length) writeFileSync(join(artifacts, 'code-server.log'), log.join(''));
  await browser?.close();
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
});

describe.skipIf(!ready)('VS Code extension in real VS Code (code-server + Chromium)', () => {
  it('shows the pair diagnostic caused by the unopened partner, its squiggle, a hover, and formats the document', async () => {
    mkdirSync(artifacts, { recursive: true });
    const tmp = mkdtempSync(join(tmpdir(), 'dhcplint-vscode-'));
    // The workspace: a failover pair whose secondary (never opened) has another lease time, and a
    // badly indented line in the primary's file for Format Document to fix.
    const ws = join(tmp, 'ws');
    cpSync(join(repoRoot, 'test-fixtures/deployment'), ws, { recursive: true });
    const serv1 = join(ws, 'serv1/etc/dhcp/dhcpd.conf');
    const serv2 = join(ws, 'serv2/etc/dhcp/dhcpd.conf');
    writeFileSync(serv2, readFileSync(serv2, 'utf8').replace(/^default-lease-time .*$/m, 'default-lease-time 900;'));
    writeFileSync(serv1, readFileSync(serv1, 'utf8').replace(/^(\s*)option routers/m, '          option routers'));
    const original = readFileSync(serv1, 'utf8');

    // Package the extension the way users get it, and install the .vsix.
    const vsix = join(tmp, 'dhcplint-vscode.vsix');
    const pack = spawnSync(process.execPath, [join(repoRoot, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '-o', vsix], { cwd: extDir, encoding: 'utf8' });
    expect(pack.status, pack.stderr).toBe(0);
    const env = { ...process.env, HOME: join(tmp, 'home'), XDG_CONFIG_HOME: join(tmp, 'config'), XDG_DATA_HOME: join(tmp, 'data'), XDG_CACHE_HOME: join(tmp, 'cache') };
    const common = ['--config', join(tmp, 'config.yaml'), '--user-data-dir', join(tmp, 'ud'), '--extensions-dir', join(tmp, 'ext')];
    writeFileSync(join(tmp, 'config.yaml'), 'auth: none\n');
    mkdirSync(join(tmp, 'ud/User'), { recursive: true });
    writeFileSync(join(tmp, 'ud/User/settings.json'), JSON.stringify({ 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'workbench.tips.enabled': false, 'extensions.ignoreRecommendations': true, 'explorer.compactFolders': false }));
    const install = spawnSync(process.execPath, [entry, ...common, '--install-extension', vsix], { env, encoding: 'utf8', timeout: 120_000 });
    expect(install.stdout + install.stderr).toMatch(/dhcplint-vscode.*was successfully installed/);

    const port = await freePort();
    server = spawn(process.execPath, [entry, ...common, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened', ws], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    server.stdout!.on('data', (d) => log.push(String(d)));
    server.stderr!.on('data', (d) => log.push(String(d)));

    for (let i = 0; i < 120; i++) {
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 500));
    }

    browser = await chromium.launch({ executablePath: chromiumBin, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    const page: Page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const shot = (name: string) => page.screenshot({ path: join(artifacts, `${name}.png`) });
    /** Runs a command from the command palette, as a user would. */
    const runCommand = async (title: string) => {
      await page.keyboard.press('F1');
      await page.waitForSelector('.quick-input-widget input');
      await page.keyboard.type(title);
      await page.waitForTimeout(800);
      await page.keyboard.press('Enter');
    };
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(ws)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await page.waitForTimeout(2000);
    await shot('0-workbench');

    // Open only the primary's dhcpd.conf, through the Explorer as a user would.
    for (const name of ['serv1', 'etc', 'dhcp', 'dhcpd.conf']) {
      const item = page.locator('.explorer-viewlet .monaco-list-row', { hasText: new RegExp(`^${name.replace('.', '\\.')}$`) }).first();
      await item.waitFor({ timeout: 30_000 });
      await item.click();
      await page.waitForTimeout(700);
      // A click on a freshly rendered folder row sometimes only selects it: expand explicitly.
      if ((await item.getAttribute('aria-expanded')) === 'false') await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(700);
      await shot(`0-explorer-${name}`);
    }
    await page.waitForSelector('.monaco-editor .view-lines', { timeout: 30_000 });
    await shot('1-opened');

    // The squiggle, then the Problems panel row for this file, caused by serv2.
    await page.waitForSelector('.monaco-editor .squiggly-warning', { timeout: 60_000 });
    await shot('2-squiggle');
    await page.keyboard.press('Control+Shift+M');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: '900' }).first();
    await row.waitFor({ timeout: 30_000 });
    const rowText = await row.innerText();
    expect(rowText).toContain("'default-lease-time' is 3600 globally here but 900");
    expect(rowText).toContain('pair-scope-settings');
    expect(rowText).toMatch(/\[Ln 8, Col 1\]/);
    await shot('3-problems');

    // Hover over the failover peer name in a pool reference (with the panel closed again).
    await page.keyboard.press('Control+J');
    await page.waitForTimeout(500);
    const peer = page.locator('.monaco-editor .view-line span > span', { hasText: /^"campus-fo"$/ }).first();
    await peer.hover();
    const hover = page.locator('.monaco-hover:visible', { hasText: 'failover peer "campus-fo"' }).first();
    await hover.waitFor({ timeout: 30_000 });
    const hoverText = await hover.innerText();
    expect(hoverText).toContain('secondary');
    expect(hoverText).toContain('port 647');
    await shot('4-hover');

    // Format Document from the command palette, save, and compare with the library's formatter.
    await page.locator('.monaco-editor .view-lines').first().click();
    await runCommand('Format Document');
    await page.waitForTimeout(1500);
    await page.keyboard.press('Control+S');
    for (let i = 0; i < 40 && readFileSync(serv1, 'utf8') === original; i++) await page.waitForTimeout(250);
    await shot('5-formatted');
    const after = readFileSync(serv1, 'utf8');
    expect(after).not.toBe(original);
    expect(after).toBe(format(original));
    expect(after).toMatch(/^ {2}option routers/m);

    // The status bar item and the "Show effective configuration of this peer" command.
    await expect(page.locator('.statusbar-item', { hasText: 'dhcplint' }).first().isVisible()).resolves.toBe(true);
    await runCommand('dhcplint: Show effective configuration');
    const table = page.locator('.monaco-editor .view-line', { hasText: '| mclt | 1800 | *(from the primary)* |' }).first();
    await table.waitFor({ timeout: 30_000 });
    await shot('6-peer-config');

    // "Check failover pair": the report in its output channel.
    await runCommand('dhcplint: Check failover pair');
    const report = page.locator('.output-view .view-line', { hasText: 'failover peer "campus-fo": serv1 ↔ serv2' }).first();
    await report.waitFor({ timeout: 30_000 });
    await expect(page.locator('.output-view .view-line', { hasText: '0 error(s), 1 warning(s)' }).first().isVisible()).resolves.toBe(true);
    await shot('7-pair-report');
  }, 300_000);
});
