import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './kea-duplicate-reservation.js';

const SUBNET = 'subnet 10.0.0.0 netmask 255.255.255.0 { }';

ruleTester(rule, {
  valid: [
    rule.meta.examples.correct,
    {
      name: 'one hardware address in two subnets: two reservations Kea accepts',
      code: conf(
        SUBNET,
        'subnet 10.0.1.0 netmask 255.255.255.0 { }',
        'host a { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.0.5; }',
        'host b { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.1.5; }',
      ),
    },
    {
      name: 'addresses in no declared subnet get no reservation, so they cannot clash',
      code: conf(
        'host a { hardware ethernet 0:1:2:3:4:5; fixed-address 192.168.9.5; }',
        'host b { hardware ethernet 0:1:2:3:4:5; fixed-address 192.168.9.6; }',
      ),
    },
    {
      name: 'one host with two addresses in one subnet',
      code: conf(SUBNET, 'host a { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.0.5, 10.0.0.6; }'),
    },
  ],
  invalid: [
    {
      code: rule.meta.examples.incorrect,
      errors: [
        {
          messageId: 'macTwiceInSubnet',
          data: { mac: '00:11:22:33:44:55', subnet: '10.0.0.0/24', host: 'a' },
          line: 3,
          column: 28,
          endLine: 3,
          endColumn: 45,
        },
      ],
    },
    {
      name: 'one address reserved by two hosts',
      code: conf(
        SUBNET,
        'host a { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.0.5; }',
        'host b { hardware ethernet 0:1:2:3:4:6; fixed-address 10.0.0.5; }',
      ),
      errors: [
        {
          messageId: 'addressTwice',
          data: { address: '10.0.0.5', host: 'a' },
          line: 3,
          column: 55,
          endLine: 3,
          endColumn: 63,
        },
      ],
    },
    {
      name: 'two global reservations, the address written two ways',
      code: conf('host a { hardware ethernet 0:1:2:3:4:5; }', 'host b { hardware ethernet 00:01:02:03:04:05; }'),
      errors: [
        {
          messageId: 'macTwiceGlobal',
          data: { mac: '00:01:02:03:04:05', host: 'a' },
          line: 2,
          column: 28,
          endLine: 2,
          endColumn: 45,
        },
      ],
    },
    {
      name: 'a copied host: the hardware address and the fixed address both clash',
      code: conf(
        SUBNET,
        'host a { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.0.5; }',
        'host b { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.0.5; }',
      ),
      errors: [
        {
          messageId: 'macTwiceInSubnet',
          data: { mac: '00:01:02:03:04:05', subnet: '10.0.0.0/24', host: 'a' },
          line: 3,
          column: 28,
          endLine: 3,
          endColumn: 39,
        },
        {
          messageId: 'addressTwice',
          data: { address: '10.0.0.5', host: 'a' },
          line: 3,
          column: 55,
          endLine: 3,
          endColumn: 63,
        },
      ],
    },
  ],
});
