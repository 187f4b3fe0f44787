import { ruleTester } from '../../test/rule-tester.js';
import { PRIMARY, SECONDARY } from './support/pair.js';
import rule from './pair-ddns-zones.js';

const KEY = 'key ddns { algorithm hmac-md5; secret "c2VjcmV0"; };\n';
const ZONE = 'zone example.com. { primary 10.0.0.53; key ddns; }\n';

ruleTester(rule, {
  valid: [
    { code: PRIMARY + KEY + ZONE, partner: SECONDARY + KEY + ZONE },
    { name: 'the same key on both, no zone', code: PRIMARY + KEY, partner: SECONDARY + KEY },
  ],
  invalid: [
    {
      name: 'a zone and its key on one side: one report, at the zone (copying it brings the key)',
      code: PRIMARY + KEY + ZONE,
      partner: SECONDARY,
      errors: [
        {
          messageId: 'oneSide',
          data: { kind: 'DNS zone', name: 'example.com.', partner: 'b/dhcpd.conf' },
          line: 18,
          column: 1,
          endLine: 18,
          endColumn: 5,
        },
      ],
    },
    {
      name: 'a key on one side only',
      code: PRIMARY + KEY + ZONE,
      partner:
        SECONDARY + 'key other { algorithm hmac-md5; secret "c2VjcmV0"; };\n' + ZONE.replace('key ddns', 'key other'),
      errors: [
        {
          messageId: 'oneSide',
          data: { kind: 'Key', name: 'ddns', partner: 'b/dhcpd.conf' },
          line: 17,
          column: 1,
          endLine: 17,
          endColumn: 4,
        },
        {
          messageId: 'oneSide',
          data: { kind: 'Key', name: 'other', partner: 'a/dhcpd.conf' },
          line: 15,
          column: 1,
          endLine: 15,
          endColumn: 4,
          file: 'b/dhcpd.conf',
        },
      ],
    },
    {
      name: 'a reverse zone on the partner only',
      code: PRIMARY,
      partner: SECONDARY + 'zone 0.0.10.in-addr.arpa. { primary 10.0.0.53; }\n',
      errors: [
        {
          messageId: 'oneSide',
          data: { kind: 'DNS zone', name: '0.0.10.in-addr.arpa.', partner: 'a/dhcpd.conf' },
          line: 15,
          column: 1,
          endLine: 15,
          endColumn: 5,
          file: 'b/dhcpd.conf',
        },
      ],
    },
  ],
});
