/**
 * The deployment of docs/classroom.md in miniature: one address in front of several server
 * processes. A path `/<name>/…` goes to that process (its rooms' WebSockets: each process's
 * PUBLIC_ADDRESS is `<proxy>/<name>`); anything else goes to the first process that answers.
 * The Host header is kept, as a proxy in front of a site does.
 */
import { createServer, request, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface Backend {
  name: string;
  port: number;
}

export async function startProxy(backends: Backend[]): Promise<{ port: number; close(): Promise<void> }> {
  const route = (url: string): { ports: number[]; path: string } => {
    const m = /^\/([^/?]+)(\/.*)$/.exec(url);
    const named = m && backends.find((b) => b.name === m[1]);
    return named ? { ports: [named.port], path: m![2]! } : { ports: backends.map((b) => b.port), path: url };
  };

  const forward = (req: IncomingMessage, res: import('node:http').ServerResponse, ports: number[], path: string, body: Buffer) => {
    const [port, ...rest] = ports;
    if (port === undefined) {
      res.writeHead(502);
      return void res.end('No process answers.');
    }
    const out = request({ host: '127.0.0.1', port, path, method: req.method, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    out.on('error', () => forward(req, res, rest, path, body));
    out.end(body);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const { ports, path } = route(req.url ?? '/');
      forward(req, res, ports, path, Buffer.concat(chunks));
    });
  });
  const tunnels = new Set<{ destroy(): void }>();
  server.on('upgrade', (req, socket, head) => {
    const { ports, path } = route(req.url ?? '/');
    const upstream = connect(ports[0]!, '127.0.0.1', () => {
      const lines = [`${req.method} ${path} HTTP/1.1`, ...Object.entries(req.headers).map(([k, v]) => `${k}: ${v}`), '', ''];
      upstream.write(lines.join('\r\n'));
      upstream.write(head);
      socket.pipe(upstream).pipe(socket);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
    for (const end of [socket, upstream]) {
      tunnels.add(end);
      end.on('close', () => tunnels.delete(end));
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((r) => {
        for (const t of tunnels) t.destroy();
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
