import { ruleTester } from '../../test/rule-tester.js';
import { PRIMARY, SECONDARY } from './support/pair.js';
import rule from './pair-hosts.js';

const CAM = 'host cam { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.0.5; }\n';

ruleTester(rule, {
  valid: [
    { code: PRIMARY, partner: SECONDARY },
    {
      name: 'the same host under another name',
      code: PRIMARY + CAM,
      partner: SECONDARY + CAM.replace('cam', 'camera'),
    },
  ],
  invalid: [
    {
      code: PRIMARY + CAM,
      partner: SECONDARY,
      errors: [
        {
          messageId: 'oneSide',
          data: { host: 'cam', key: '00:01:02:03:04:05', fixed: '10.0.0.5', partner: 'b/dhcpd.conf' },
          line: 17,
          column: 1,
          endLine: 17,
          endColumn: 5,
        },
      ],
    },
    {
      name: 'a different fixed address',
      code: PRIMARY + CAM,
      partner: SECONDARY + CAM.replace('10.0.0.5', '10.0.0.6'),
      errors: [
        {
          messageId: 'differentAddress',
          data: { host: 'cam', fixed: '10.0.0.5', partnerFixed: '10.0.0.6', partner: 'b/dhcpd.conf' },
          line: 17,
          column: 1,
          endLine: 17,
          endColumn: 5,
        },
      ],
    },
    {
      name: 'a host without hardware, on the partner only',
      code: PRIMARY,
      partner: SECONDARY + 'host printer { fixed-address 10.0.0.7; }\n',
      errors: [
        {
          messageId: 'oneSide',
          data: { host: 'printer', key: 'printer', fixed: '10.0.0.7', partner: 'a/dhcpd.conf' },
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
