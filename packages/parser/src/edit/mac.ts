// Hardware addresses compared as dhcpd reads them: parse_hardware_param takes colon-separated hex
// numbers of any length up to 255 each (`0:1:2:3:4:5`, `001:2:…`, `AA:bb:…` are all the same
// bytes as `00:01:02:03:04:05`), one to any number of bytes (InfiniBand has 20).

const CANONICAL = /^[0-9a-f]{2}(?::[0-9a-f]{2})*$/;
const HEX = /^[0-9A-Fa-f]+$/;

/**
 * The canonical spelling of a hardware address: lower-case two-digit bytes joined by ':'. Text
 * dhcpd would not read as one (`00-01-…`, `aa:bb:`, a byte over ff) comes back lower-cased and
 * otherwise unchanged, so it equals only itself and never a valid address.
 */
export function normalizeMac(mac: string): string {
  if (CANONICAL.test(mac)) return mac; // the common case, without splitting
  const parts = mac.split(':');
  const bytes: string[] = [];
  for (const p of parts) {
    const value = HEX.test(p) ? parseInt(p, 16) : NaN;
    if (!(value <= 255)) return mac.toLowerCase();
    bytes.push(value.toString(16).padStart(2, '0'));
  }
  return bytes.join(':');
}
