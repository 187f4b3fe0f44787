// Loopback ports for the Kea tests that run kea-dhcp4 for real.
import { createSocket } from 'node:dgram';

/** A UDP port free now on 127.0.0.1 (for kea-dhcp4's server and client ports). */
export function freeUdpPort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createSocket('udp4');
    s.once('error', fail);
    s.bind(0, '127.0.0.1', () => {
      const port = s.address().port;
      s.close(() => done(port));
    });
  });
}
