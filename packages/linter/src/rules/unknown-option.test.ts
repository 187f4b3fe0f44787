import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './unknown-option.js';

ruleTester(rule, {
  valid: [
    conf('option domain-name-servers 10.0.0.53;'),
    {
      name: 'an option defined before use',
      code: conf('option my-proxy code 252 = text;', 'option my-proxy "http://p/";'),
    },
    {
      name: 'a user option space',
      code: conf('option space site;', 'option site.anything code 1 = text;', 'option site.anything "x";'),
    },
    {
      name: 'disabled',
      code: conf('# dhcplint-disable-next-line unknown-option', 'option domain-name-server 10.0.0.53;'),
    },
  ],
  invalid: [
    {
      code: conf('option domain-name-server 10.0.0.53;'),
      errors: [
        {
          messageId: 'unknownOptionDidYouMean',
          data: { name: 'domain-name-server', suggestion: 'domain-name-servers' },
          line: 1,
          column: 8,
          endLine: 1,
          endColumn: 26,
        },
      ],
    },
    {
      name: 'no close name',
      code: conf('subnet 10.0.0.0 netmask 255.255.255.0 {', '  option frobnicator-setting 1;', '}'),
      errors: [
        {
          messageId: 'unknownOption',
          data: { name: 'frobnicator-setting' },
          line: 2,
          column: 10,
          endLine: 2,
          endColumn: 29,
        },
      ],
    },
    {
      name: 'an undeclared space',
      code: conf('option nosuch.thing 1;'),
      errors: [{ messageId: 'unknownSpace', data: { space: 'nosuch' }, line: 1, column: 8, endLine: 1, endColumn: 20 }],
    },
    {
      name: 'in a class expression',
      code: conf('class "c" {', '  match if option vendor-class-identifer = "x";', '}'),
      errors: [
        {
          messageId: 'noSuchOptionDidYouMean',
          data: { name: 'vendor-class-identifer', space: 'dhcp', suggestion: 'vendor-class-identifier' },
          line: 2,
          column: 12,
          endLine: 2,
          endColumn: 41,
        },
      ],
    },
    {
      name: 'used before its definition',
      code: conf('option my-proxy "http://p/";', 'option my-proxy code 252 = text;'),
      errors: [
        { messageId: 'unknownOption', data: { name: 'my-proxy' }, line: 1, column: 8, endLine: 1, endColumn: 16 },
      ],
    },
  ],
});
