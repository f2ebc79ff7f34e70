/**
 * `npm run bench`: the performance benchmarks of issue #4 (see docs/benchmarks.md).
 *
 *   npm run bench [-- --only bytes,cold,smooth,long,content,offline,studio,draft,classroom] [--runs N] [--rounds N] [--edits N] [--students 30,300,1000] [--scale 3000] [--rebuild]
 *
 * Builds the game and the baseline page (or reuses fresh builds), serves both with
 * `vite preview`, drives headless Chromium (tools/chromium.ts) and the content tools, prints a
 * table per measurement and a summary against the targets, and writes the same figures as
 * JSON to bench-results/bench-<date>.json and bench-results/latest.json. Not part of `npm test`.
 * Exit code 0 even when a target is missed (the table says MISSED); 1 when a measurement fails.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { bytesRows, bytesTable, measureBytes } from './bytes.ts';
import { classroomRows, classroomTable, measureClassroom } from './classroom.ts';
import { coldRows, coldTable, measureColdLoad } from './cold-load.ts';
import { contentRows, contentTable, measureContentTools } from './content-tools.ts';
import { draftBytesReport, measureDraftBytes } from './draft-bytes.ts';
import { draftQualityReport, draftQualityRows, measureDraftQuality } from './draft-quality.ts';
import { launch } from './lib/browser.ts';
import { buildBaseline, buildGame } from './lib/build.ts';
import { serve, type Served } from './lib/server.ts';
import { table, verdict, type ResultRow } from './lib/stats.ts';
import { longRows, longTable, measureLongSession } from './long-session.ts';
import { measureOffline, offlineRows, offlineTable } from './offline.ts';
import { measureSmoothness, smoothRows, smoothTable } from './smoothness.ts';
import { measureStudio, studioRows, studioTable } from './studio.ts';

const SECTIONS = ['bytes', 'cold', 'smooth', 'long', 'content', 'offline', 'studio', 'draft', 'classroom'] as const;
type Section = (typeof SECTIONS)[number];

interface Options {
  only: Set<Section>;
  runs: number;
  throttledRuns: number;
  rounds: number;
  /** Edits timed per pack in the studio section. */
  edits: number;
  rebuild: boolean;
  /** Students in one room, and across two processes on Redis (0: skip). */
  students: number[];
  scale: number;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { only: new Set(SECTIONS), runs: 7, throttledRuns: 5, rounds: 300, edits: 40, rebuild: false, students: [30, 300, 1000], scale: 3000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--only') {
      const list = next().split(',').map((s) => s.trim()) as Section[];
      for (const s of list) if (!SECTIONS.includes(s)) throw new Error(`unknown section "${s}" (${SECTIONS.join(', ')})`);
      o.only = new Set(list);
    } else if (a === '--runs') {
      o.runs = Number(next());
      o.throttledRuns = o.runs;
    } else if (a === '--rounds') o.rounds = Number(next());
    else if (a === '--edits') o.edits = Number(next());
    else if (a === '--rebuild') o.rebuild = true;
    else if (a === '--students') o.students = next().split(',').map(Number);
    else if (a === '--scale') o.scale = Number(next());
    else throw new Error(`unknown argument ${a}`);
  }
  if (!(o.runs >= 1) || !(o.rounds >= 20)) throw new Error('--runs must be >= 1 and --rounds >= 20');
  return o;
}

function sh(cmd: string): string {
  try {
    return execSync(cmd, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

function machine() {
  const cpus = os.cpus();
  return {
    nproc: Number(sh('nproc')) || os.availableParallelism(),
    cpuModel: cpus[0]?.model ?? 'unknown',
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${sh('. /etc/os-release && echo "$PRETTY_NAME"') || os.type()} (kernel ${os.release()})`,
    node: process.version,
    loadAverageAtStart: os.loadavg().map((x) => Number(x.toFixed(2))),
  };
}

const log = (s: string) => console.log(s);

/** The 1-minute load average beside the number of cores: other work on the machine skews timings. */
function load(): { loadAverage1m: number; nproc: number } {
  return { loadAverage1m: Number(os.loadavg()[0]!.toFixed(2)), nproc: os.availableParallelism() };
}

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string>; dependencies: Record<string, string> };
  const result: Record<string, unknown> = {
    date: new Date().toISOString(),
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    commit: `${sh('git rev-parse --short HEAD')}${sh('git status --porcelain') ? ' (with uncommitted changes)' : ''}`,
    machine: machine(),
    versions: {
      phaser: JSON.parse(readFileSync('node_modules/phaser/package.json', 'utf8')).version,
      vite: JSON.parse(readFileSync('node_modules/vite/package.json', 'utf8')).version,
      playwright: JSON.parse(readFileSync('node_modules/@playwright/test/package.json', 'utf8')).version,
      declared: { ...pkg.dependencies, ...pkg.devDependencies },
    },
  };
  const rows: ResultRow[] = [];
  const atStart = load();
  if (atStart.loadAverage1m > atStart.nproc) {
    log(`Warning: the load average is ${atStart.loadAverage1m} on ${atStart.nproc} cores: other work is running, and the timings will show it.`);
  }
  const needsBrowser = ['bytes', 'cold', 'smooth', 'long', 'offline', 'studio', 'classroom'].some((s) => opts.only.has(s as Section));
  // The baseline page is only for the cold-load comparison.
  const needsBaseline = opts.only.has('cold');

  if (needsBrowser) {
    log('Building the game and the baseline page (vite build, production)...');
    const game = await buildGame(opts.rebuild);
    const baseline = needsBaseline ? await buildBaseline(opts.rebuild) : null;
    log(`  game: ${game.rebuilt ? `built in ${(game.ms / 1000).toFixed(1)} s` : 'reused (inputs unchanged)'}; baseline: ${!baseline ? 'not needed' : baseline.rebuilt ? `built in ${(baseline.ms / 1000).toFixed(1)} s` : 'reused'}`);
    const servers: Served[] = [];
    const browser = await launch();
    try {
      const gameServer = await serve(game.dir, 4310);
      servers.push(gameServer);
      const baselineServer = baseline ? await serve(baseline.dir, 4320) : null;
      if (baselineServer) servers.push(baselineServer);
      (result.machine as Record<string, unknown>).chromium = `${browser.version()} (${(await import('../chromium.ts')).chromiumExecutable ?? 'Playwright bundled'})`;
      log(`Chromium ${browser.version()}; game at ${gameServer.url}${baselineServer ? `, baseline at ${baselineServer.url}` : ''}`);

      if (opts.only.has('bytes')) {
        log('\n1. Bytes before the first quote can be answered');
        const r = await measureBytes(browser, gameServer.url, game.dir);
        log(bytesTable(r));
        result.bytes = { ...r, loadAfter: load() };
        rows.push(...bytesRows(r));
      }
      if (opts.only.has('cold')) {
        log(`\n2. Cold load (${opts.runs} runs unthrottled, ${opts.throttledRuns} throttled, each after a discarded warm-up)`);
        const r = await measureColdLoad(browser, gameServer.url, baselineServer!.url, { runs: opts.runs, throttledRuns: opts.throttledRuns, log });
        log(coldTable(r));
        result.coldLoad = { ...r, loadAfter: load() };
        rows.push(...coldRows(r));
      }
      if (opts.only.has('smooth')) {
        log('\n3. Smoothness while the reveal animates');
        const r = await measureSmoothness(browser, gameServer.url, { log });
        log(smoothTable(r));
        result.smoothness = { ...r, loadAfter: load() };
        rows.push(...smoothRows(r));
      }
      if (opts.only.has('long')) {
        log(`\n4. Long session (${opts.rounds} quick rounds)`);
        const r = await measureLongSession(browser, gameServer.url, { rounds: opts.rounds, reference: 20, log });
        log(longTable(r));
        log(`  (${r.rounds} rounds, ${r.rounds * 10} questions in ${r.seconds.toFixed(0)} s)`);
        result.longSession = { ...r, loadAfter: load() };
        rows.push(...longRows(r));
      }
      if (opts.only.has('offline')) {
        log(`\n6. Offline (${opts.runs} reloads with no network, after one visit)`);
        const r = await measureOffline(browser, gameServer.url, game.dir, { runs: opts.runs, log });
        log(offlineTable(r));
        log(`  (load average ${load().loadAverage1m} on ${load().nproc} cores)`);
        result.offline = { ...r, loadAfter: load() };
        rows.push(...offlineRows(r));
      }
      if (opts.only.has('studio')) {
        log(`\n9. The studio: validation feedback after an edit (${opts.edits} edits per pack), and the player's bytes with and without it — ${result.command as string}`);
        const r = await measureStudio(browser, gameServer.url, game.dir, { edits: opts.edits, port: 4311, log });
        log(studioTable(r));
        result.studio = { ...r, loadAfter: load() };
        rows.push(...studioRows(r));
      }
      if (opts.only.has('classroom')) {
        log(`\n8. The live classroom (load average ${load().loadAverage1m} on ${load().nproc} cores)`);
        const r = await measureClassroom(browser, game.dir, { sizes: opts.students, scale: opts.scale, runs: opts.throttledRuns, log });
        log(classroomTable(r));
        result.classroom = { ...r, loadAfter: load() };
        rows.push(...classroomRows(r));
      }
    } finally {
      await browser.close();
      for (const s of servers) await s.close();
    }
  }

  if (opts.only.has('content')) {
    log(`\n5. Content tools at scale (${opts.runs >= 5 ? 5 : opts.runs} runs each)`);
    const r = await measureContentTools({ runs: Math.min(opts.runs, 5), log });
    log(contentTable(r));
    result.contentTools = { ...r, loadAfter: load() };
    rows.push(...contentRows(r));
  }

  if (opts.only.has('draft')) {
    log('\n7. Draft quality (verdict agreement, relations paired, conflict precision) and weight in the studio worker');
    const quality = measureDraftQuality();
    log(draftQualityReport(quality));
    const bytes = await measureDraftBytes();
    log(draftBytesReport(bytes));
    result.draft = { quality, bytes, loadAfter: load() };
    rows.push(...draftQualityRows(quality), { section: '6 draft quality', metric: 'draft worker (gzip), of which compromise', value: `${(bytes.worker.gzip / 1024).toFixed(1)} KB (${(bytes.compromiseGzip / 1024).toFixed(1)} KB)`, target: '', pass: null });
  }

  const wall = (performance.now() - t0) / 1000;
  result.wallSeconds = Number(wall.toFixed(1));
  result.summary = rows;
  result.loadAtEnd = load();
  log(`\nSummary (medians; min–max in brackets) — ${result.date}, ${wall.toFixed(0)} s; load average ${atStart.loadAverage1m} at the start, ${os.loadavg()[0]!.toFixed(2)} at the end, ${atStart.nproc} cores`);
  log(table(['measurement', 'what', 'figure', 'target', ''], rows.map((r) => [r.section, r.metric, r.value, r.target, verdict(r.pass)])));
  const missed = rows.filter((r) => r.pass === false).length;
  log(missed ? `\n${missed} target(s) missed.` : '\nEvery target met.');

  mkdirSync('bench-results', { recursive: true });
  const json = `${JSON.stringify(result, null, 2)}\n`;
  const file = join('bench-results', `bench-${(result.date as string).replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, json);
  writeFileSync(join('bench-results', 'latest.json'), json);
  log(`Figures written to ${file} (and bench-results/latest.json).`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
    process.exitCode = 1;
  },
);
