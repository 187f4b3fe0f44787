// Files that exist but are not read: outside the server root, devices, too large, binary.
import type { Span } from '@dhcplint/parser';
import { pathExcerpt } from '@dhcplint/parser/internal';
import type { ReportInput, SourceFile } from '../types.js';
import { defineBuiltinRule } from './rule.js';
import { builtinReport, HOSTS_FILE } from './support/builtin.js';

const rule = defineBuiltinRule({
  meta: {
    id: 'read-refused',
    category: 'includes',
    defaultSeverity: 'error',
    description:
      'An include, netplan or defaults file that exists but is not read: outside the server root (or, for a loose ' +
      'config, outside its folder, the include maps and `readRoots`), a symlink leading out of it, not a regular ' +
      'file (a device, a FIFO, a folder), larger than `maxFileSize`, or binary.',
    rationale:
      "Inside a server root, dhcpd on that server sees only that server's files: a path that climbs out of the root, " +
      'or a symlink that leads out of it, names a file of the machine running the linter, whose content must never ' +
      'reach a CI log or a SARIF upload. Devices and FIFOs never end (`/dev/zero`) or block (`/dev/stdin`). The path ' +
      'is reported as written; nothing is opened.',
    dhcpd: 'n/a',
    recommended: true,
    messages: {
      // The include resolver words it (the path as written and why).
      include: '{{message}}',
      hostFile: 'Host file not read: {{path}} is {{reason}}.',
    },
    examples: {
      incorrect: '',
      correct: '',
      layout: {
        incorrect: { 'etc/dhcp/dhcpd.conf': 'include "../../../hosts.conf";\n' },
        correct: { 'etc/dhcp/dhcpd.conf': 'include "/etc/dhcp/hosts.conf";\n', 'etc/dhcp/hosts.conf': HOSTS_FILE },
      },
    },
  },
});
export default rule;

/** An include that was not read. */
export const readRefusedIncludeReport = (file: SourceFile, error: { span: Span; message: string }): ReportInput =>
  builtinReport(rule.meta, { file, span: error.span }, 'include', { message: error.message });

/** A netplan or defaults file of a server root that was not read (reported at its start). */
export const readRefusedHostFileReport = (file: SourceFile, refused: { path: string; reason: string }): ReportInput =>
  builtinReport(rule.meta, { file, span: { start: 0, end: 0 } }, 'hostFile', {
    path: pathExcerpt(refused.path),
    reason: refused.reason,
  });
