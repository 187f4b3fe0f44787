import { ruleTester } from '../../test/rule-tester.js';
import { conf, subnetPool } from './support/examples.js';
import rule from './permit-form.js';

const pool = (...body: string[]) => subnetPool('    range 10.0.0.10 10.0.0.99;', ...body);

ruleTester(rule, {
  valid: [
    conf('class "staff" { match if option user-class = "staff"; }', pool('    allow members of "staff";')),
    {
      name: 'pool permits in a pool',
      code: pool(
        '    deny unknown clients;',
        '    allow dynamic bootp clients;',
        '    deny after 4 2030/01/01 00:00:00;',
      ),
    },
    { name: 'scope flags outside pools', code: conf('allow bootp;', 'deny declines;', 'ignore client-updates;') },
    { name: 'ignore inside a pool is the scope statement', code: pool('    ignore booting;') },
  ],
  invalid: [
    {
      code: pool('    allow members staff;'),
      errors: [{ messageId: 'expectedMembersOf', line: 4, column: 11, endLine: 4, endColumn: 18 }],
    },
    {
      name: 'a scope flag in a pool',
      code: pool('    allow bootp;'),
      errors: [
        {
          messageId: 'notPoolPermit',
          data: {
            permit: 'bootp',
            known:
              'unknown-clients, known-clients, unknown clients, known clients, authenticated clients, unauthenticated clients, all clients, dynamic bootp clients',
          },
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 16,
        },
      ],
    },
    {
      name: 'dynamic without bootp clients',
      code: pool('    allow dynamic clients;'),
      errors: [
        {
          messageId: 'expectedDynamicBootp',
          data: { rest: 'clients' },
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 18,
        },
      ],
    },
    {
      name: 'known without clients',
      code: pool('    deny known;'),
      errors: [
        { messageId: 'expectedClients', data: { kind: 'known' }, line: 4, column: 10, endLine: 4, endColumn: 15 },
      ],
    },
    {
      name: 'an unquoted class, and two after clauses',
      code: pool(
        '    allow members of staff;',
        '    deny after 4 2030/01/01 00:00:00;',
        '    deny after 4 2031/01/01 00:00:00;',
      ),
      errors: [
        { messageId: 'quoteClass', data: { class: 'staff' }, line: 4, column: 22, endLine: 4, endColumn: 27 },
        { messageId: 'secondAfter', line: 6, column: 10, endLine: 6, endColumn: 15 },
      ],
    },
    {
      name: 'a pool permit outside a pool, in a subnet',
      code: conf('subnet 10.0.0.0 netmask 255.255.255.0 {', '  deny known clients;', '}'),
      errors: [
        {
          messageId: 'poolPermitOutside',
          data: {
            verb: 'deny',
            permit: 'known clients',
            known: 'bootp, booting, dynamic-bootp, unknown-clients, duplicates, declines, client-updates, leasequery',
          },
          line: 2,
          column: 8,
          endLine: 2,
          endColumn: 13,
        },
      ],
    },
    {
      name: 'an unknown flag at the top level',
      code: conf('allow everything;'),
      errors: [
        {
          messageId: 'unknownScopePermit',
          data: {
            verb: 'allow',
            permit: 'everything',
            known: 'bootp, booting, dynamic-bootp, unknown-clients, duplicates, declines, client-updates, leasequery',
          },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 17,
        },
      ],
    },
  ],
});
