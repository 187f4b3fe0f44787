import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './host-in-pool.js';

ruleTester(rule, {
  valid: [
    conf('host a { hardware ethernet 0:1:2:3:4:5; }'),
    { name: 'in a group', code: conf('group {', '  host a { hardware ethernet 0:1:2:3:4:5; }', '}') },
    {
      name: 'in a class is not a pool',
      code: conf('class "c" {', '  match hardware;', '}', 'group {', '  group {', '    host a { }', '  }', '}'),
    },
  ],
  invalid: [
    {
      code: conf(
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  pool {',
        '    range 10.0.0.10 10.0.0.99;',
        '    host a { hardware ethernet 0:1:2:3:4:5; }',
        '  }',
        '}',
      ),
      errors: [{ messageId: 'inPool', data: { host: 'a' }, line: 4, column: 5, endLine: 4, endColumn: 9 }],
    },
    {
      name: 'directly in a subnet',
      code: conf('subnet 10.0.0.0 netmask 255.255.255.0 {', '  host a { hardware ethernet 0:1:2:3:4:5; }', '}'),
      errors: [
        {
          messageId: 'inNetwork',
          data: { host: 'a', network: 'subnet' },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 7,
        },
      ],
    },
    {
      name: 'directly in a shared-network',
      code: conf('shared-network lab {', '  subnet 10.0.0.0 netmask 255.255.255.0 { }', '  host a { } # here', '}'),
      errors: [
        {
          messageId: 'inNetwork',
          data: { host: 'a', network: 'shared-network' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 7,
        },
      ],
    },
    {
      name: 'in a group inside a pool',
      code: conf(
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  pool {',
        '    range 10.0.0.10 10.0.0.99;',
        '    group {',
        '      host a { }',
        '    }',
        '  }',
        '}',
      ),
      errors: [{ messageId: 'inPool', data: { host: 'a' }, line: 5, column: 7, endLine: 5, endColumn: 11 }],
    },
  ],
});
