import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './pool-without-range.js';

ruleTester(rule, {
  valid: [
    conf('subnet 10.0.0.0 netmask 255.255.255.0 {', '  pool { deny unknown-clients; range 10.0.0.5 10.0.0.9; }', '}'),
    {
      name: 'the range comes from an include',
      code: conf('subnet 10.0.0.0 netmask 255.255.255.0 {', '  pool {', '    include "/dev/null";', '  }', '}'),
    },
    {
      name: 'disabled',
      code: conf(
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  # dhcplint-disable-next-line pool-without-range',
        '  pool { }',
        '}',
      ),
    },
  ],
  invalid: [
    {
      code: conf('subnet 10.0.0.0 netmask 255.255.255.0 {', '  pool { deny unknown-clients; }', '}'),
      errors: [{ messageId: 'noRange', line: 2, column: 3, endLine: 2, endColumn: 7 }],
    },
    {
      name: 'empty, in a shared-network',
      code: conf(
        'shared-network lab {',
        '  subnet 10.0.0.0 netmask 255.255.255.0 { }',
        '  pool {',
        '    # nothing yet',
        '  }',
        '}',
      ),
      errors: [{ messageId: 'noRange', line: 3, column: 3, endLine: 3, endColumn: 7 }],
    },
    {
      name: 'a range only in a nested if does not count',
      code: conf('subnet 10.0.0.0 netmask 255.255.255.0 {', '  pool {', '    failover peer "fo";', '  }', '}'),
      errors: [{ messageId: 'noRange', line: 2, column: 3, endLine: 2, endColumn: 7 }],
    },
  ],
});
