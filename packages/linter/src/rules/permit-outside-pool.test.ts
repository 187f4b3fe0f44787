import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './permit-outside-pool.js';

ruleTester(rule, {
  valid: [
    conf(
      'subnet 10.0.0.0 netmask 255.255.255.0 {',
      '  pool {',
      '    deny unknown-clients;',
      '    range 10.0.0.10 10.0.0.99;',
      '  }',
      '}',
    ),
    {
      name: 'in a class or a host',
      code: conf(
        'class "c" {',
        '  match hardware;',
        '  deny unknown-clients;',
        '}',
        'host a {',
        '  allow known-clients;',
        '}',
      ),
    },
    { name: 'ignore is not a permit', code: conf('ignore unknown-clients;') },
  ],
  invalid: [
    {
      code: conf(
        'deny unknown-clients;',
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  range 10.0.0.10 10.0.0.99;',
        '}',
      ),
      errors: [
        {
          messageId: 'outsidePool',
          data: { verb: 'deny', what: 'unknown-clients', permit: 'unknown clients' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 22,
        },
      ],
    },
    {
      name: 'allow known-clients in a subnet',
      code: conf(
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  allow known-clients; # only ours',
        '  range 10.0.0.10 10.0.0.99;',
        '}',
      ),
      errors: [
        {
          messageId: 'outsidePool',
          data: { verb: 'allow', what: 'known-clients', permit: 'known clients' },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 23,
        },
      ],
    },
    {
      name: 'in a shared-network',
      code: conf('shared-network lab {', '  deny unknown-clients;', '  subnet 10.0.0.0 netmask 255.255.255.0 { }', '}'),
      errors: [
        {
          messageId: 'outsidePool',
          data: { verb: 'deny', what: 'unknown-clients', permit: 'unknown clients' },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 24,
        },
      ],
    },
  ],
});
