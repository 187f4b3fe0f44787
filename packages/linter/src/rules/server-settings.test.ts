import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './server-settings.js';

ruleTester(rule, {
  valid: [
    conf('server-duid EN 32473 "c0ffee";', 'option server.omapi-port = 7911;'),
    { name: 'LLT and LL forms', code: conf('server-duid LLT ethernet 12345 0:1:2:3:4:5;', 'server-duid LL;') },
    {
      name: 'a declared omapi key, declared later',
      code: conf('omapi-key upd;', 'key upd { algorithm hmac-md5; secret "c2VjcmV0"; }'),
    },
    { name: 'a numeric type', code: conf('server-duid 4 "abcd";') },
  ],
  invalid: [
    {
      code: conf('server-duid UUID;', 'option server.omapi-port = "abc";'),
      errors: [
        { messageId: 'duidType', data: { value: 'UUID' }, line: 1, column: 13, endLine: 1, endColumn: 17 },
        {
          messageId: 'optionLength',
          data: { name: 'omapi-port', want: '2', bytes: 'bytes', count: '3' },
          line: 2,
          column: 28,
          endLine: 2,
          endColumn: 33,
        },
      ],
    },
    {
      name: 'EN without a number, then without quotes',
      code: conf('server-duid EN;', 'server-duid EN 32473 c0ffee;'),
      errors: [
        { messageId: 'duidEnNumber', line: 1, column: 13, endLine: 1, endColumn: 15 },
        { messageId: 'duidEnQuotes', line: 2, column: 22, endLine: 2, endColumn: 28 },
      ],
    },
    {
      name: 'LL with an unknown hardware type',
      code: conf('server-duid LL wifi 0:1:2:3:4:5;'),
      errors: [
        {
          messageId: 'duidHardwareType',
          data: { known: 'ethernet, token-ring, fddi, infiniband', value: 'wifi' },
          line: 1,
          column: 16,
          endLine: 1,
          endColumn: 20,
        },
      ],
    },
    {
      name: 'LLT without a time, then without an address',
      code: conf('server-duid LLT ethernet;', 'server-duid LLT ethernet 12345;'),
      errors: [
        { messageId: 'duidLltTime', line: 1, column: 17, endLine: 1, endColumn: 25 },
        { messageId: 'duidLltAddress', line: 2, column: 26, endLine: 2, endColumn: 31 },
      ],
    },
    {
      name: 'trailing words',
      code: conf('server-duid LL ethernet 0:1:2:3:4:5 extra;'),
      errors: [{ messageId: 'duidExtra', data: { value: 'extra' }, line: 1, column: 37, endLine: 1, endColumn: 42 }],
    },
    {
      name: 'an undeclared omapi key and a one-byte option given two',
      code: conf('omapi-key nosuch;', 'option server.ddns-update-style = 0:1;'),
      errors: [
        { messageId: 'omapiKey', data: { key: 'nosuch' }, line: 1, column: 11, endLine: 1, endColumn: 17 },
        {
          messageId: 'optionLength',
          data: { name: 'ddns-update-style', want: '1', bytes: 'byte', count: '2' },
          line: 2,
          column: 35,
          endLine: 2,
          endColumn: 38,
        },
      ],
    },
  ],
});
