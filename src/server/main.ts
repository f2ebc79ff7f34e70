/**
 * `tsx src/server/main.ts`: the classroom server for this checkout (npm start builds first).
 * Settings come from the environment: PORT, HOST, REDIS_URL, PUBLIC_ADDRESS, SITE_ORIGINS, …
 * (docs/classroom.md).
 */
import { announce } from './addresses.ts';
import { configFromEnv } from './config.ts';
import { startServer } from './server.ts';

const config = configFromEnv();
const server = await startServer(config);
console.log(announce(server.port, config.host));
if (config.redisUrl) console.log(`\n  Sharing rooms through Redis (${config.redisUrl.replace(/\/\/[^@]*@/, '//…@')})${config.publicAddress ? `, reached at ${config.publicAddress}` : ''}.`);
// In a test or a bench the parent reads this line to know the server is ready.
console.log(`READY ${server.url}`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    server.close().finally(() => process.exit(0));
  });
}
