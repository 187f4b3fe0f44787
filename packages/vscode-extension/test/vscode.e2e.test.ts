import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, assert, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
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
if (!ready)
  console.warn(
    `\n*** SKIPPING VS Code test: needs code-server in ${codeServerDir} (scripts/install-code-server.sh) and ${chromiumBin} (apt-get install chromium) ***\n`,
  );

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
let tmp: string | undefined;
/** The temp folder, made by beforeAll before any test runs. */
function tmpDir(): string {
  assert(tmp, 'beforeAll makes the temp folder');
  return tmp;
}
let port = 0;
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
  if (tmp) {
    // VS Code's own logs (extension host, language server output) go with the screenshots.
    if (existsSync(join(tmp, 'ud/logs'))) cpSync(join(tmp, 'ud/logs'), join(artifacts, 'logs'), { recursive: true });
    rmSync(tmp, { recursive: true, force: true });
  }
});

/** A workbench page on the given folder, with helpers that act as a user would. */
async function openWorkbench(folder: string, prefix: string) {
  assert(browser, 'beforeAll starts the browser');
  const page: Page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const shot = (name: string) => page.screenshot({ path: join(artifacts, `${prefix}${name}.png`) });
  /** Runs a command from the command palette. */
  const runCommand = async (title: string) => {
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input');
    await page.keyboard.type(title);
    await page.waitForTimeout(800);
    await page.keyboard.press('Enter');
  };
  /** Opens a file by name through Quick Open (Ctrl+P) and waits for its tab to be the active one. */
  const quickOpen = async (name: string) => {
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget input');
    await page.keyboard.type(name);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 30_000 });
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 30_000 });
  };
  /** The language mode shown in the status bar for the active editor, once it is `expected` (or the timeout). */
  const languageMode = async (expected: string) => {
    const mode = page.locator('[id="status.editor.mode"]');
    await mode.waitFor({ timeout: 30_000 });
    for (let i = 0; i < 60 && (await mode.innerText()).trim() !== expected; i++) await page.waitForTimeout(250);
    return (await mode.innerText()).trim();
  };
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  await page.waitForTimeout(2000);
  await shot('0-workbench');
  return { page, shot, runCommand, quickOpen, languageMode };
}

/** The frame (a webview's inner document) that shows `selector`, polled for up to 30 s. */
async function frameShowing(page: Page, selector: string): Promise<Frame | undefined> {
  for (let i = 0; i < 120; i++) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      if (
        (await frame
          .locator(selector)
          .count()
          .catch(() => 0)) > 0
      )
        return frame;
    }
    await page.waitForTimeout(250);
  }
  return undefined;
}

describe.skipIf(!ready)('VS Code extension in real VS Code (code-server + Chromium)', () => {
  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    tmp = mkdtempSync(join(tmpdir(), 'dhcplint-vscode-'));
    mkdirSync(join(tmp, 'ws'));

    // Package the extension the way users get it, and install the .vsix.
    const vsix = join(tmp, 'dhcplint-vscode.vsix');
    const pack = spawnSync(
      process.execPath,
      [
        join(repoRoot, 'node_modules/@vscode/vsce/vsce'),
        'package',
        '--no-dependencies',
        '--allow-missing-repository',
        '-o',
        vsix,
      ],
      { cwd: extDir, encoding: 'utf8' },
    );
    expect(pack.status, pack.stderr).toBe(0);
    const env = {
      ...process.env,
      HOME: join(tmp, 'home'),
      XDG_CONFIG_HOME: join(tmp, 'config'),
      XDG_DATA_HOME: join(tmp, 'data'),
      XDG_CACHE_HOME: join(tmp, 'cache'),
    };
    const common = [
      '--config',
      join(tmp, 'config.yaml'),
      '--user-data-dir',
      join(tmp, 'ud'),
      '--extensions-dir',
      join(tmp, 'ext'),
    ];
    writeFileSync(join(tmp, 'config.yaml'), 'auth: none\n');
    mkdirSync(join(tmp, 'ud/User'), { recursive: true });
    writeFileSync(
      join(tmp, 'ud/User/settings.json'),
      JSON.stringify({
        'workbench.startupEditor': 'none',
        'telemetry.telemetryLevel': 'off',
        'workbench.tips.enabled': false,
        'extensions.ignoreRecommendations': true,
        'explorer.compactFolders': false,
      }),
    );
    const install = spawnSync(process.execPath, [entry, ...common, '--install-extension', vsix], {
      env,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(install.stdout + install.stderr).toMatch(/dhcplint-vscode.*was successfully installed/);

    port = await freePort();
    const child = spawn(
      process.execPath,
      [
        entry,
        ...common,
        '--bind-addr',
        `127.0.0.1:${port}`,
        '--auth',
        'none',
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        '--ignore-last-opened',
        join(tmp, 'ws'),
      ],
      { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    server = child;
    child.stdout.on('data', (d) => log.push(String(d)));
    child.stderr.on('data', (d) => log.push(String(d)));

    for (let i = 0; i < 120; i++) {
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 500));
    }

    browser = await chromium.launch({
      executablePath: chromiumBin,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 240_000);

  it('shows the pair diagnostic caused by the unopened partner, its squiggle, a hover, and formats the document', async () => {
    // The workspace: a failover pair whose secondary (never opened) has another lease time, and a
    // badly indented line in the primary's file for Format Document to fix.
    const ws = join(tmpDir(), 'deployment');
    cpSync(join(repoRoot, 'test-fixtures/deployment'), ws, { recursive: true });
    const serv1 = join(ws, 'serv1/etc/dhcp/dhcpd.conf');
    const serv2 = join(ws, 'serv2/etc/dhcp/dhcpd.conf');
    writeFileSync(serv2, readFileSync(serv2, 'utf8').replace(/^default-lease-time .*$/m, 'default-lease-time 900;'));
    writeFileSync(serv1, readFileSync(serv1, 'utf8').replace(/^(\s*)option routers/m, '          option routers'));
    const original = readFileSync(serv1, 'utf8');
    const { page, shot, runCommand } = await openWorkbench(ws, '');

    // Open only the primary's dhcpd.conf, through the Explorer as a user would.
    for (const name of ['serv1', 'etc', 'dhcp', 'dhcpd.conf']) {
      const item = page
        .locator('.explorer-viewlet .monaco-list-row', { hasText: new RegExp(`^${name.replace('.', '\\.')}$`) })
        .first();
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
    // It is the rendered Markdown preview of a read-only document: a table in a webview, no
    // untitled buffer with the raw text, nothing to save when it is closed.
    await runCommand('dhcplint: Show effective configuration');
    const previewTab = page.locator('.tabs-container .tab', { hasText: 'failover peer campus-fo' }).first();
    await previewTab.waitFor({ timeout: 30_000 });
    expect(await previewTab.innerText()).toMatch(/^Preview /);
    const preview = await frameShowing(page, 'table td');
    assert(preview, 'no webview shows a rendered table');
    const mcltRow = await preview
      .locator('tr', { has: preview.locator('td', { hasText: /^mclt$/ }) })
      .first()
      .innerText();
    expect(mcltRow).toMatch(/mclt\s+1800\s+\(from the primary\)/);
    await shot('6-peer-config');
    expect(await page.locator('.tabs-container .tab', { hasText: /Untitled/ }).count()).toBe(0);
    expect(await page.locator('.monaco-editor .view-line', { hasText: '| mclt |' }).count()).toBe(0);
    expect(await previewTab.getAttribute('class')).not.toMatch(/\bdirty\b/);
    await previewTab.hover();
    await previewTab.locator('.tab-actions .action-label').first().click();
    await previewTab.waitFor({ state: 'detached', timeout: 10_000 });
    await page.waitForTimeout(500);
    expect(await page.locator('.monaco-dialog-box').count(), 'closing the preview asked something').toBe(0);

    // "Check failover pair": the report in its output channel.
    await runCommand('dhcplint: Check failover pair');
    const report = page
      .locator('.output-view .view-line', { hasText: 'failover peer "campus-fo": serv1 ↔ serv2' })
      .first();
    await report.waitFor({ timeout: 30_000 });
    await expect(
      page.locator('.output-view .view-line', { hasText: '0 error(s), 1 warning(s)' }).first().isVisible(),
    ).resolves.toBe(true);
    await shot('7-pair-report');

    // "Preview Kea migration": the generated kea-dhcp4 config beside the editor, read-only.
    await runCommand('dhcplint: Preview Kea migration');
    const keaTab = page.locator('.tabs-container .tab', { hasText: 'kea-dhcp4.conf' }).first();
    await keaTab.waitFor({ timeout: 30_000 });
    await page.locator('.monaco-editor .view-line', { hasText: '"Dhcp4"' }).first().waitFor({ timeout: 30_000 });
    await shot('8-kea-preview');
    expect(await keaTab.getAttribute('class')).not.toMatch(/\bdirty\b/);
  }, 300_000);

  it('opens .conf files named without "dhcpd" in the dhcpd language by their content, and leaves other .conf files alone', async () => {
    // A flat pair named serv1.conf/serv2.conf (VS Code itself calls them Properties), with a typo
    // the language server reports once it gets the file, and an nginx config beside them.
    const ws = join(tmpDir(), 'renamed');
    mkdirSync(ws);
    writeFileSync(
      join(ws, 'serv1.conf'),
      readFileSync(join(repoRoot, 'test-fixtures/flat/serv1_dhcpd.conf'), 'utf8').replace(
        /^max-lease-time 7200;$/m,
        'max-lease-tme 7200;',
      ),
    );
    // serv2 listens on another port than serv1 expects: a pair diagnostic only a paired check gives.
    writeFileSync(
      join(ws, 'serv2.conf'),
      readFileSync(join(repoRoot, 'test-fixtures/flat/serv2_dhcpd.conf'), 'utf8').replace(
        /^ {2}port 647;$/m,
        '  port 847;',
      ),
    );
    writeFileSync(join(ws, 'site.conf'), readFileSync(join(extDir, 'test/not-dhcpd/nginx.conf'), 'utf8'));
    const { page, shot, runCommand, quickOpen, languageMode } = await openWorkbench(ws, 'renamed-');

    await quickOpen('serv1.conf');
    expect(await languageMode('ISC DHCP config')).toBe('ISC DHCP config');
    await shot('1-serv1-language');
    // The server has the file: its diagnostic is in the Problems panel.
    await page.keyboard.press('Control+Shift+M');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: "did you mean 'max-lease-time'" }).first();
    await row.waitFor({ timeout: 60_000 });
    expect(await row.innerText()).toContain('unknown-statement');
    // The pair was found although neither name says dhcpd: the port mismatch is reported, and the
    // status bar names the partner of the file in front of the user.
    const pairRow = page.locator('.markers-panel .monaco-list-row', { hasText: 'pair-ports' }).first();
    await pairRow.waitFor({ timeout: 60_000 });
    const statusItem = page.locator('.statusbar-item', { hasText: 'dhcplint' }).first();
    await expect.poll(() => statusItem.innerText(), { timeout: 30_000 }).toContain('serv1.conf ↔ serv2.conf');
    await shot('2-serv1-problem');
    await page.keyboard.press('Control+J');

    await quickOpen('site.conf');
    expect(await languageMode('Properties')).toBe('Properties');
    await shot('3-nginx-language');

    await quickOpen('serv2.conf');
    expect(await languageMode('ISC DHCP config')).toBe('ISC DHCP config');
    await shot('4-serv2-language');

    // A language picked by hand wins: the extension does not switch the file back.
    await runCommand('Change Language Mode');
    await page.keyboard.type('Properties');
    await page
      .locator('.quick-input-list .monaco-list-row', { hasText: /^Properties/ })
      .first()
      .waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    expect(await languageMode('Properties')).toBe('Properties');
    await page.waitForTimeout(2000);
    expect(await languageMode('Properties')).toBe('Properties');
    await shot('5-serv2-by-hand');
    await page.close();
  }, 300_000);

  it("keeps VS Code's language for .conf files when dhcplint.detectLanguage is off", async () => {
    const ws = join(tmpDir(), 'detection-off');
    mkdirSync(join(ws, '.vscode'), { recursive: true });
    writeFileSync(join(ws, '.vscode/settings.json'), JSON.stringify({ 'dhcplint.detectLanguage': false }));
    writeFileSync(join(ws, 'serv1.conf'), readFileSync(join(repoRoot, 'test-fixtures/flat/serv1_dhcpd.conf'), 'utf8'));
    const { page, shot, quickOpen, languageMode } = await openWorkbench(ws, 'off-');
    await quickOpen('serv1.conf');
    expect(await languageMode('Properties')).toBe('Properties');
    await page.waitForTimeout(2000);
    expect(await languageMode('Properties')).toBe('Properties');
    await shot('1-serv1-properties');
    // Proof that the extension was active and only the setting held it back: turned on, it acts.
    writeFileSync(join(ws, '.vscode/settings.json'), JSON.stringify({ 'dhcplint.detectLanguage': true }));
    expect(await languageMode('ISC DHCP config')).toBe('ISC DHCP config');
    await shot('2-serv1-setting-on');
    await page.close();
  }, 300_000);
});
