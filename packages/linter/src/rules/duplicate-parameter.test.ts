import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './duplicate-parameter.js';

ruleTester(rule, {
  valid: [
    conf('default-lease-time 900;'),
    {
      name: 'the same parameter in different scopes',
      code: conf(
        'default-lease-time 600;',
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  default-lease-time 900;',
        '}',
      ),
    },
    {
      name: 'in different case branches of a switch (only one branch runs)',
      code: conf(
        'switch (option host-name) {',
        '  case "a":',
        '    option domain-name "a.example";',
        '  case "b":',
        '    option domain-name "b.example";',
        '  default:',
        '    option domain-name "example";',
        '}',
      ),
    },
    {
      name: 'in the two branches of an if',
      code: conf('if option user-class = "x" {', '  default-lease-time 60;', '  default-lease-time 90;', '}'),
    },
    {
      name: 'repeatable statements',
      code: conf(
        'host a {',
        '  hardware ethernet 0:1:2:3:4:5;',
        '  fixed-address 10.0.0.5;',
        '}',
        'include "/dev/null";',
        'include "/dev/null";',
      ),
    },
  ],
  invalid: [
    {
      name: 'twice after the same case label',
      code: conf(
        'switch (option host-name) {',
        '  case "a":',
        '    option domain-name "a.example";',
        '    option domain-name "a2.example";',
        '  case "b":',
        '    option domain-name "b.example";',
        '}',
      ),
      errors: [
        {
          messageId: 'overridden',
          data: { name: 'option domain-name' },
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 36,
        },
      ],
      output: conf(
        'switch (option host-name) {',
        '  case "a":',
        '    option domain-name "a2.example";',
        '  case "b":',
        '    option domain-name "b.example";',
        '}',
      ),
    },
    {
      code: conf('default-lease-time 600;', 'default-lease-time 900;'),
      errors: [
        {
          messageId: 'overridden',
          data: { name: 'default-lease-time' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 24,
        },
      ],
      output: conf('default-lease-time 900;'),
    },
    {
      name: 'an option twice in a pool, the first with a comment',
      code: conf(
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  pool {',
        '    option routers 10.0.0.1; # old',
        '    range 10.0.0.10 10.0.0.20;',
        '    option routers 10.0.0.254;',
        '  }',
        '}',
      ),
      errors: [
        { messageId: 'overridden', data: { name: 'option routers' }, line: 3, column: 5, endLine: 3, endColumn: 29 },
      ],
      output: conf(
        'subnet 10.0.0.0 netmask 255.255.255.0 {',
        '  pool {',
        '    range 10.0.0.10 10.0.0.20;',
        '    option routers 10.0.0.254;',
        '  }',
        '}',
      ),
    },
    {
      name: 'uid and a client identifier in one host',
      code: conf('host a {', '  option dhcp-client-identifier "x";', '  uid "x";', '}'),
      errors: [{ messageId: 'clientIdIgnored', line: 2, column: 3, endLine: 2, endColumn: 37 }],
      output: conf('host a {', '  uid "x";', '}'),
    },
    {
      name: 'not authoritative twice',
      code: conf('not authoritative;', 'not authoritative;'),
      errors: [
        { messageId: 'overridden', data: { name: 'authoritative' }, line: 1, column: 1, endLine: 1, endColumn: 19 },
      ],
      output: conf('not authoritative;'),
    },
    {
      name: 'three times: the first two are overridden',
      code: conf('group {', '  max-lease-time 1;', '  max-lease-time 2;', '  max-lease-time 3;', '}'),
      errors: [
        { messageId: 'overridden', data: { name: 'max-lease-time' }, line: 2, column: 3, endLine: 2, endColumn: 20 },
        { messageId: 'overridden', data: { name: 'max-lease-time' }, line: 3, column: 3, endLine: 3, endColumn: 20 },
      ],
      output: conf('group {', '  max-lease-time 3;', '}'),
    },
  ],
});
