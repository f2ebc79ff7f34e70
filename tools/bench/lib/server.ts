/** `vite preview` (Vite's production server, with its gzip compression) on a build folder. */
import { preview, type PreviewServer } from 'vite';

export interface Served {
  url: string;
  close(): Promise<void>;
}

export async function serve(outDir: string, port: number): Promise<Served> {
  const server: PreviewServer = await preview({
    configFile: false,
    root: process.cwd(),
    base: './',
    logLevel: 'warn',
    build: { outDir },
    preview: { port, strictPort: false, host: '127.0.0.1', open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error(`vite preview of ${outDir} did not report its address`);
  return {
    url,
    close: () => server.close(),
  };
}
