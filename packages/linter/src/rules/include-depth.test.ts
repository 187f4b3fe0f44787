import { DEFAULT_MAX_INCLUDE_DEPTH } from '@dhcplint/parser';
import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './include-depth.js';

/** A server root whose dhcpd.conf starts a chain of `levels` nested includes, each written by `line`. */
function chain(levels: number, line = (path: string) => `include "${path}";\n`): Record<string, string> {
  const name = (i: number) => (i === 0 ? 'etc/dhcp/dhcpd.conf' : `etc/dhcp/chain/${i}.conf`);
  const files: Record<string, string> = {};
  for (let i = 0; i < levels; i++) files[name(i)] = line(`/${name(i + 1)}`);
  files[name(levels)] = conf('default-lease-time 600;');
  return files;
}
const inGroup = (path: string) => conf('group {', `  include "${path}";`, '}');

/** The one report of a chain deeper than the limit: at the include in 200.conf, where following stops. */
const stopsAt200 = {
  messageId: 'tooDeep',
  data: { message: 'Includes nested deeper than 200 levels; /etc/dhcp/chain/201.conf is not followed.' },
  file: 'srv/etc/dhcp/chain/200.conf',
};

ruleTester(rule, {
  valid: [{ files: chain(2) }, { name: 'exactly the limit', files: chain(DEFAULT_MAX_INCLUDE_DEPTH) }],
  invalid: [
    {
      files: chain(DEFAULT_MAX_INCLUDE_DEPTH + 1),
      errors: [{ ...stopsAt200, line: 1, column: 9, endLine: 1, endColumn: 35 }],
    },
    {
      name: 'far deeper: reported once, where following stops',
      files: chain(DEFAULT_MAX_INCLUDE_DEPTH + 5),
      errors: [{ ...stopsAt200, line: 1, column: 9, endLine: 1, endColumn: 35 }],
    },
    {
      name: 'each include inside a group',
      files: chain(DEFAULT_MAX_INCLUDE_DEPTH + 1, inGroup),
      errors: [{ ...stopsAt200, line: 2, column: 11, endLine: 2, endColumn: 37 }],
    },
  ],
});
