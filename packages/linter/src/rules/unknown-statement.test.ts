import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './unknown-statement.js';

ruleTester(rule, {
  valid: [
    conf('default-lease-time 600;'),
    {
      name: 'a variable set by expression',
      code: conf('class "c" {', '  match if option user-class = "x";', '  set my-var = "y";', '}'),
    },
    { name: 'disabled', code: conf('# dhcplint-disable-next-line unknown-statement', 'default-lease-tme 600;') },
    { name: "a statement starting with '%', which dhcpd skips unread", code: conf('%x', 'authoritative;') },
  ],
  invalid: [
    {
      name: 'a template tag left in (dhcpd: "expecting a parameter or declaration")',
      code: conf('<% if @authoritative %>', 'authoritative;'),
      errors: [{ messageId: 'unexpectedStart', data: { word: '<' }, line: 1, column: 1, endLine: 1, endColumn: 2 }],
    },
    {
      name: 'a string, a stray = or ( or , or ! where a statement starts',
      code: conf('"x" foo;', 'subnet 10.0.0.0 netmask 255.255.255.0 {', '  = 1;', '  (x);', '  , y;', '  ! z;', '}'),
      errors: [
        { messageId: 'unexpectedStart', data: { word: '"x"' }, line: 1, column: 1, endLine: 1, endColumn: 4 },
        { messageId: 'unexpectedStart', data: { word: '=' }, line: 3, column: 3, endLine: 3, endColumn: 4 },
        { messageId: 'unexpectedStart', data: { word: '(' }, line: 4, column: 3, endLine: 4, endColumn: 4 },
        { messageId: 'unexpectedStart', data: { word: ',' }, line: 5, column: 3, endLine: 5, endColumn: 4 },
        { messageId: 'unexpectedStart', data: { word: '!' }, line: 6, column: 3, endLine: 6, endColumn: 4 },
      ],
    },
    {
      code: conf('default-lease-tme 600;'),
      errors: [
        {
          messageId: 'unknownDidYouMean',
          data: { word: 'default-lease-tme', suggestion: 'default-lease-time' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 18,
        },
      ],
    },
    {
      name: 'a typo inside a failover peer, in a comment-annotated block',
      code: conf('failover peer "fo" {', '  primary; # the main one', '  max-reponse-delay 30;', '}'),
      errors: [
        {
          messageId: 'unknownDidYouMean',
          data: { word: 'max-reponse-delay', suggestion: 'max-response-delay' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 20,
        },
      ],
    },
    {
      name: 'no suggestion for a word far from any keyword',
      code: conf('subnet 10.0.0.0 netmask 255.255.255.0 {', '  frobnicate 1;', '}'),
      errors: [{ messageId: 'unknown', data: { word: 'frobnicate' }, line: 2, column: 3, endLine: 2, endColumn: 13 }],
    },
    {
      name: 'a peer state that is not a block',
      code: conf('failover peer "fo" state;'),
      errors: [{ messageId: 'peerStateNotBlock', line: 1, column: 20, endLine: 1, endColumn: 25 }],
    },
    {
      name: 'inside a pool in a group',
      code: conf(
        'group {',
        '  subnet 10.0.0.0 netmask 255.255.255.0 {',
        '    pool {',
        '      rang 10.0.0.10 10.0.0.20;',
        '    }',
        '  }',
        '}',
      ),
      errors: [
        {
          messageId: 'unknownDidYouMean',
          data: { word: 'rang', suggestion: 'range' },
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 11,
        },
      ],
    },
  ],
});
