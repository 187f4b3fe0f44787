import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './syntax.js';

ruleTester(rule, {
  valid: [
    conf('default-lease-time 600;', 'max-lease-time 7200;'),
    {
      name: 'comments and empty blocks',
      code: conf('# a comment', 'group { }', 'subnet 10.0.0.0 netmask 255.255.255.0 { } # trailing'),
    },
    {
      name: 'an expression',
      code: conf('if option user-class = "x" and not exists host-name {', '  default-lease-time 60;', '}'),
    },
  ],
  invalid: [
    {
      code: conf('default-lease-time 600', 'max-lease-time 7200;'),
      errors: [
        {
          messageId: 'parseError',
          data: { message: "Missing ';' after '600': the next line starts a new statement." },
          line: 1,
          column: 23,
          endLine: 1,
          endColumn: 23,
        },
      ],
    },
    {
      name: 'an unclosed block',
      code: conf('subnet 10.0.0.0 netmask 255.255.255.0 {', '  range 10.0.0.10 10.0.0.20;'),
      errors: [
        {
          messageId: 'parseError',
          data: { message: "This '{' is never closed: a '}' is missing before the end of the file." },
          line: 1,
          column: 39,
          endLine: 1,
          endColumn: 40,
        },
      ],
    },
    {
      name: 'an extra closing brace',
      code: conf('group {', '}', '}'),
      errors: [
        {
          messageId: 'parseError',
          data: { message: "Unexpected '}': there is no open block to close here." },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 2,
        },
      ],
    },
    {
      name: 'a bad expression',
      code: conf('if option user-class = {', '}'),
      errors: [
        {
          messageId: 'parseError',
          data: { message: 'Expected an expression here.' },
          line: 1,
          column: 23,
          endLine: 1,
          endColumn: 23,
        },
      ],
    },
  ],
});
