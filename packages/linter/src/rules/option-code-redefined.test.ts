import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './option-code-redefined.js';

ruleTester(rule, {
  valid: [
    conf('option my-proxy code 252 = text;'),
    { name: 'an alias with the same format', code: conf('option arch code 93 = unsigned integer 16;') },
    {
      name: 'a typed layout for an opaque standard option',
      code: conf('option my-vendor code 43 = { ip-address, text };'),
    },
  ],
  invalid: [
    {
      code: conf('option my-flag code 1 = boolean;'),
      errors: [
        {
          messageId: 'redefined',
          data: { code: '1', space: 'dhcp', standard: 'subnet-mask', syntax: 'ip-address', format: 'flag' },
          line: 1,
          column: 21,
          endLine: 1,
          endColumn: 22,
        },
      ],
    },
    {
      name: 'a text option redefined as an address',
      code: conf('option my-addr code 15 = ip-address; # domain-name'),
      errors: [
        {
          messageId: 'redefined',
          data: { code: '15', space: 'dhcp', standard: 'domain-name', syntax: 'text', format: 'ip-address' },
          line: 1,
          column: 21,
          endLine: 1,
          endColumn: 23,
        },
      ],
    },
    {
      name: 'two definitions',
      code: conf('option a code 3 = text;', 'option b code 6 = boolean;'),
      errors: [
        {
          messageId: 'redefined',
          data: {
            code: '3',
            space: 'dhcp',
            standard: 'routers',
            syntax: 'ip-address [, ip-address ... ]',
            format: 'text',
          },
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 16,
        },
        {
          messageId: 'redefined',
          data: {
            code: '6',
            space: 'dhcp',
            standard: 'domain-name-servers',
            syntax: 'ip-address [, ip-address ... ]',
            format: 'flag',
          },
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 16,
        },
      ],
    },
  ],
});
