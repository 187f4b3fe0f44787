// The Kea migration in the editor: the same conversion as `dhcplint migrate`, asked for from the
// document in front of the user, and its notes as information diagnostics when the user wants them.
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { copyDeployment, TestClient, uriOf } from './client.js';

let client: TestClient | undefined;
afterEach(async () => {
  await client?.shutdown();
  client = undefined;
});

describe('Kea migration in the language server', () => {
  it('previews the kea-dhcp4 config of the server holding the document, with High Availability', async () => {
    const ws = copyDeployment();
    const file = join(ws, 'serv2/etc/dhcp/dhcpd.conf');
    client = new TestClient();
    await client.initialize(ws);
    client.open(file);
    await client.waitDiagnostics(file, () => true);
    const r = await client.request<{ server: string; dhcp4: string; ctrlAgent?: string; report: string } | null>(
      'dhcplint/keaPreview',
      { textDocument: { uri: uriOf(file) } },
    );
    expect(r?.server).toBe('serv2');
    const config = JSON.parse(r!.dhcp4) as {
      Dhcp4: {
        subnet4: unknown[];
        'hooks-libraries': {
          library: string;
          parameters?: {
            'high-availability'?: { 'this-server-name': string; peers: { name: string; role: string }[] }[];
          };
        }[];
      };
    };
    expect(config.Dhcp4.subnet4.length).toBeGreaterThan(0);
    const ha = config.Dhcp4['hooks-libraries'].find((h) => h.library.endsWith('libdhcp_ha.so'))?.parameters?.[
      'high-availability'
    ]?.[0];
    expect(ha?.['this-server-name']).toBe('serv2');
    expect(ha?.peers.map((p) => `${p.name}:${p.role}`).sort()).toEqual(['serv1:primary', 'serv2:secondary']);
    expect(r!.ctrlAgent).toContain('control-sockets');
    expect(r!.report).toContain('Migration to Kea');
  });

  it('shows what would not be converted as information diagnostics once asked to', async () => {
    const ws = copyDeployment();
    const file = join(ws, 'serv1/etc/dhcp/failover.conf');
    client = new TestClient();
    await client.initialize(ws);
    client.open(file);
    await client.waitDiagnostics(file, () => true);
    expect(client.diagnostics.get(uriOf(file))?.diagnostics.some((d) => d.code === 'kea-migration')).toBe(false);
    client.conn.sendNotification('workspace/didChangeConfiguration', {
      settings: { dhcplint: { keaMigration: true } },
    });
    const p = await client.waitDiagnostics(file, (d) => d.diagnostics.some((x) => x.code === 'kea-migration'));
    const mclt = p.diagnostics.find(
      (d) => d.code === 'kea-migration' && typeof d.message === 'string' && d.message.includes('mclt'),
    );
    expect(mclt?.severity).toBe(3); // Information
    expect(mclt?.message).toMatch(/not converted/);
  });
});
