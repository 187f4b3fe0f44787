import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './lease-durability.js';

ruleTester(rule, {
  valid: [
    conf('dont-use-fsync false;'),
    { name: 'off', code: conf('dont-use-fsync off;') },
    { name: 'disabled', code: conf('# dhcplint-disable-next-line lease-durability', 'dont-use-fsync true;') },
  ],
  invalid: [
    {
      code: conf('dont-use-fsync true;'),
      errors: [{ messageId: 'noFsync', line: 1, column: 1, endLine: 1, endColumn: 21 }],
    },
    {
      name: 'on, upper case',
      code: conf('dont-use-fsync ON;'),
      errors: [{ messageId: 'noFsync', line: 1, column: 1, endLine: 1, endColumn: 19 }],
    },
    {
      name: 'in a group, with a comment',
      code: conf('group {', '  dont-use-fsync true; # faster', '}'),
      errors: [{ messageId: 'noFsync', line: 2, column: 3, endLine: 2, endColumn: 23 }],
    },
  ],
});
