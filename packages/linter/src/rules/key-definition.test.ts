import { ruleTester } from '../../test/rule-tester.js';
import { conf } from './support/examples.js';
import rule from './key-definition.js';

ruleTester(rule, {
  valid: [
    conf('key upd { algorithm hmac-sha256; secret "c2VjcmV0"; }', 'zone example.com. { primary 127.0.0.1; key upd; }'),
    { name: 'a bare base64 secret', code: conf('key upd {', '  algorithm hmac-md5;', '  secret c2VjcmV0;', '}') },
    {
      name: 'a zone key given quoted',
      code: conf(
        'key "upd" { algorithm hmac-sha256; secret "c2VjcmV0"; }',
        'zone example.com. { primary 127.0.0.1; key "upd"; }',
      ),
    },
  ],
  invalid: [
    {
      code: conf('key upd { }', 'zone example.com. { primary 127.0.0.1; key other; }'),
      errors: [
        {
          messageId: 'missing',
          data: { key: 'upd', statement: 'algorithm' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 4,
        },
        {
          messageId: 'missing',
          data: { key: 'upd', statement: 'secret' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 4,
        },
        {
          messageId: 'undeclaredKey',
          data: { zone: 'example.com.', key: 'other' },
          line: 2,
          column: 44,
          endLine: 2,
          endColumn: 49,
        },
      ],
    },
    {
      name: 'a secret with a character outside base64',
      code: conf('key upd {', '  algorithm hmac-sha256;', '  secret "c2Vj!mV0";', '}'),
      errors: [
        {
          messageId: 'badCharacter',
          data: { key: 'upd', character: '!' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 20,
        },
      ],
    },
    {
      name: 'a secret of the wrong length',
      code: conf('key upd {', '  algorithm hmac-sha256;', '  secret "c2VjcmV";', '}'),
      errors: [{ messageId: 'badLength', data: { key: 'upd' }, line: 3, column: 10, endLine: 3, endColumn: 19 }],
    },
    {
      name: 'a key declared after the zone',
      code: conf(
        'zone example.com. { primary 127.0.0.1; key upd; }',
        'key upd { algorithm hmac-sha256; secret "c2VjcmV0"; }',
      ),
      errors: [
        {
          messageId: 'undeclaredKey',
          data: { zone: 'example.com.', key: 'upd' },
          line: 1,
          column: 44,
          endLine: 1,
          endColumn: 47,
        },
      ],
    },
  ],
});
