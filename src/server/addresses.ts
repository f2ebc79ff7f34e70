/** The addresses other devices on the network can reach this machine at (IPv4, not loopback). */
import { networkInterfaces } from 'node:os';

export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a): a is NonNullable<typeof a> => !!a && a.family === 'IPv4' && !a.internal)
    .map((a) => a.address);
}

/** Where students and the teacher go, for the console. */
export function announce(port: number, host: string): string {
  const hosts = host === '0.0.0.0' || host === '::' ? lanAddresses() : [host];
  const lines = ['Sourced classroom server is running.', '', `  On this computer:  http://localhost:${port}/`];
  for (const h of hosts) lines.push(`  On the network:    http://${h}:${port}/`);
  const first = hosts[0] ?? 'localhost';
  lines.push('', `  Teachers host a class at  http://${first}:${port}/host/`, `  Students join at          http://${first}:${port}/join/`);
  if (hosts.length === 0 && host !== '127.0.0.1') lines.push('', '  (No network address found: students on other devices cannot reach this computer yet.)');
  return lines.join('\n');
}
