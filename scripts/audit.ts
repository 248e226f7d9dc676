// Fails on known high or critical advisories in what the app ships (the
// production dependencies), from the npm registry's audit service.
//
//   npx tsx scripts/audit.ts                 run `npm audit --omit=dev --json` and judge it
//   npx tsx scripts/audit.ts --report FILE   judge a saved `npm audit --json` output instead
//
// Exit codes:
//   0  no high or critical advisory; low and moderate ones are listed, not fatal
//   0  "audit skipped: registry unreachable": the audit service could not be
//      asked — a network error (no route, DNS, refused, reset, timeout), or the
//      registry answered the audit request itself with an HTTP error (an
//      offline mirror that only serves packages answers 405). No advisory data
//      came back, so there is nothing to judge; the reason is printed.
//   1  high or critical advisories: each is printed with its package, path and URL
//   2  the audit ran but its answer could not be understood (no lockfile, npm
//      crashed, output not JSON): a setup problem to fix, not a pass
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';

const FATAL = ['high', 'critical'] as const;
const SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'] as const;
type Severity = (typeof SEVERITIES)[number];

const NETWORK = /\b(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ESOCKETTIMEDOUT|ENETUNREACH|ENETDOWN|EHOSTUNREACH|EPIPE|ERR_SOCKET_TIMEOUT|UND_ERR_CONNECT_TIMEOUT|socket hang up|network timeout|getaddrinfo)\b/i;

interface Via {
  title?: string;
  url?: string;
  severity?: string;
  range?: string;
  name?: string;
}

interface Vulnerability {
  name: string;
  severity: Severity;
  via: (Via | string)[];
  nodes?: string[];
  fixAvailable?: boolean | { name: string; version: string };
}

interface AuditReport {
  auditReportVersion?: number;
  vulnerabilities?: Record<string, Vulnerability>;
  metadata?: { vulnerabilities?: Partial<Record<Severity | 'total', number>> };
  message?: string;
  statusCode?: number;
  error?: { code?: string; summary?: string; detail?: string };
}

type Verdict =
  | { kind: 'clean'; lines: string[] }
  | { kind: 'findings'; lines: string[] }
  | { kind: 'unreachable'; lines: string[] }
  | { kind: 'failed'; lines: string[] };

const EXIT: Record<Verdict['kind'], number> = { clean: 0, unreachable: 0, findings: 1, failed: 2 };

/** What an `npm audit --json` output (and npm's stderr) means for the build. */
function judge(stdout: string, stderr = ''): Verdict {
  let report: AuditReport;
  try {
    report = JSON.parse(stdout) as AuditReport;
  } catch {
    const why = NETWORK.exec(stderr);
    if (why) return { kind: 'unreachable', lines: [`audit skipped: registry unreachable (${why[0]})`] };
    return { kind: 'failed', lines: [`npm audit did not answer in JSON — run \`npm audit --omit=dev\` to see why.${stderr.trim() ? ` npm said: ${firstLine(stderr)}` : ''}`] };
  }
  if (report.vulnerabilities === undefined || report.metadata === undefined) {
    const said = [report.error?.code, report.message, report.error?.summary].filter(Boolean).join(' — ') || firstLine(stderr);
    const network = NETWORK.exec(`${said} ${stderr}`);
    if (network) return { kind: 'unreachable', lines: [`audit skipped: registry unreachable (${network[0]}: ${firstLine(said)})`] };
    if (typeof report.statusCode === 'number') {
      return { kind: 'unreachable', lines: [`audit skipped: registry unreachable (its audit service answered HTTP ${report.statusCode}: ${firstLine(said)})`] };
    }
    return { kind: 'failed', lines: [`npm audit failed: ${firstLine(said) || 'no report'} — fix that (a missing package-lock.json is the usual cause) and run it again.`] };
  }

  const counts = report.metadata.vulnerabilities ?? {};
  const summary = SEVERITIES.map((s) => `${counts[s] ?? 0} ${s}`).join(', ');
  const fatal = Object.values(report.vulnerabilities).filter((v) => (FATAL as readonly string[]).includes(v.severity));
  if (fatal.length === 0) return { kind: 'clean', lines: [`audit: no high or critical advisories in production dependencies (${summary})`] };

  const lines = [`audit: ${fatal.length} production dependenc${fatal.length === 1 ? 'y has' : 'ies have'} high or critical advisories (${summary}):`];
  for (const v of fatal.sort((a, b) => a.name.localeCompare(b.name))) {
    const fix = v.fixAvailable === true ? 'fix: npm audit fix' : v.fixAvailable ? `fix: ${v.fixAvailable.name}@${v.fixAvailable.version}` : 'no fix yet';
    lines.push(`  ${v.severity.toUpperCase()} ${v.name} (${(v.nodes ?? []).join(', ') || 'installed'}; ${fix})`);
    for (const via of v.via) {
      lines.push(typeof via === 'string' ? `    via ${via}` : `    ${via.title ?? 'advisory'}${via.range ? ` [${via.range}]` : ''}${via.url ? ` ${via.url}` : ''}`);
    }
  }
  return { kind: 'findings', lines };
}

function firstLine(text: string | undefined): string {
  return (text ?? '').trim().split('\n')[0]!.slice(0, 300);
}

function runNpmAudit(): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const child = spawn(npm, ['audit', '--omit=dev', '--json'], { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    // npm audit exits 1 both for findings and for errors; the JSON says which.
    child.on('close', () => resolve({ stdout, stderr }));
  });
}

async function main(): Promise<number> {
  const at = process.argv.indexOf('--report');
  const { stdout, stderr } = at > 0 && process.argv[at + 1] ? { stdout: await readFile(process.argv[at + 1]!, 'utf8'), stderr: '' } : await runNpmAudit();
  const verdict = judge(stdout, stderr);
  const print = verdict.kind === 'findings' || verdict.kind === 'failed' ? console.error : console.log;
  for (const line of verdict.lines) print(line);
  return EXIT[verdict.kind];
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`audit failed to run: ${err instanceof Error ? err.message : String(err)} — is npm on the PATH?`);
    process.exit(2);
  },
);
