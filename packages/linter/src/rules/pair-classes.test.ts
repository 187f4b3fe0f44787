import { ruleTester } from '../../test/rule-tester.js';
import { PRIMARY, SECONDARY } from './support/pair.js';
import rule from './pair-classes.js';

const CLASS = 'class "voip" { match if substring(option vendor-class-identifier, 0, 4) = "Cisc"; }\n';

/** The report of a class written last in the primary (line 17) or the secondary (line 15), the other lacking it. */
const onA = (name: string) => ({
  messageId: 'oneSide',
  data: { kind: 'Class', name, partner: 'b/dhcpd.conf' },
  line: 17,
  column: 1,
  endLine: 17,
  endColumn: 6,
});
const onB = (name: string) => ({
  messageId: 'oneSide',
  data: { kind: 'Class', name, partner: 'a/dhcpd.conf' },
  line: 15,
  column: 1,
  endLine: 15,
  endColumn: 6,
  file: 'b/dhcpd.conf',
});

ruleTester(rule, {
  valid: [
    { code: PRIMARY + CLASS, partner: SECONDARY + CLASS },
    {
      name: 'the same name with another match (only names are compared)',
      code: PRIMARY + CLASS,
      partner: SECONDARY + CLASS.replace('Cisc', 'Avay'),
    },
  ],
  invalid: [
    {
      code: PRIMARY + CLASS,
      partner: SECONDARY,
      errors: [onA('voip')],
    },
    {
      name: 'on the partner only',
      code: PRIMARY,
      partner: SECONDARY + CLASS,
      errors: [onB('voip')],
    },
    {
      name: 'different names on each side',
      code: PRIMARY + CLASS,
      partner: SECONDARY + CLASS.replace('"voip"', '"phones"'),
      errors: [onA('voip'), onB('phones')],
    },
  ],
});
