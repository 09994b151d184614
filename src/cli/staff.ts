// `npm run staff -- add NAME [--role admin] | list | disable NAME | enable NAME | reset NAME`
// Staff accounts for the page at /staff, for the clinic's IT person. A password is read from
// standard input (its first line) when that is not a terminal, e.g.
//   printf '%s\n' "$PASSWORD" | npm run staff -- add reception
// and asked for twice, without echo, when it is. Changes are written to the staff audit log.
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { appendCliAudit } from '../staff/cliAudit.js';
import { createStaffStore, describeStaffStore } from '../staff/createStaffStore.js';
import { StaffAuth } from '../staff/staffAuth.js';
import { STAFF_ROLES, type StaffRole } from '../staff/staffStore.js';

const USAGE = `Usage: npm run staff -- COMMAND

Staff accounts for the front desk's page (/staff).

Commands:
  add NAME [--role admin]   create an account (role staff by default; admins also see the audit log)
  add EMAIL --sso           an account that signs in only with single sign-on (Entra ID), no password
  list                      show the accounts, their role and whether they are disabled
  disable NAME              stop an account from signing in and end its sessions now
  enable NAME               let a disabled account sign in again
  reset NAME                set a new password and end the account's sessions

The password (at least 12 characters) is read from standard input when it is not a terminal
(first line), and asked for when it is. Reads DATA_DIR like the bot.`;

export interface StaffCliIo {
  env: NodeJS.ProcessEnv;
  cwd: string;
  out: (text: string) => void;
  err: (text: string) => void;
  /** The password source: standard input. */
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
}

/** First line of a non-terminal stdin, or a prompt without echo (twice) on a terminal. */
async function readPassword(io: StaffCliIo): Promise<string> {
  if (!io.stdin.isTTY) {
    const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      lines.close();
      return line;
    }
    return '';
  }
  const ask = async (question: string) => {
    io.err(question);
    // Echo goes to a stream that discards it: the password never shows on screen.
    const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
    const rl = createInterface({ input: io.stdin, output: silent, terminal: true });
    const answer = await new Promise<string>((resolve) => rl.question('', resolve));
    rl.close();
    io.err('\n');
    return answer;
  };
  const first = await ask('New password: ');
  const again = await ask('Again: ');
  if (first !== again) throw new Error('the two passwords differ');
  return first;
}

export async function runStaffCli(argv: string[], io: StaffCliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { role: { type: 'string' }, sso: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } }, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const [command, name, ...extra] = parsed.positionals;
  if (parsed.values.help || !command) {
    (parsed.values.help ? io.out : io.err)(`${USAGE}\n`);
    return parsed.values.help ? 0 : 2;
  }
  const needsName = ['add', 'disable', 'enable', 'reset'].includes(command);
  if (!needsName && command !== 'list') {
    io.err(`Unknown command "${command}".\n\n${USAGE}\n`);
    return 2;
  }
  if ((needsName && !name) || extra.length || (command !== 'list' && !needsName)) {
    io.err(`${command} needs exactly one NAME.\n`);
    return 2;
  }
  const role = (parsed.values.role ?? 'staff') as StaffRole;
  if (!STAFF_ROLES.includes(role) || (parsed.values.role && command !== 'add')) {
    io.err(`--role goes with add and is staff or admin, got "${parsed.values.role}"\n`);
    return 2;
  }

  let config;
  try {
    config = loadConfig(io.env, io.cwd);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.err(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const store = await createStaffStore(config);
  const auth = new StaffAuth({
    store,
    sessionIdleMs: config.staff.sessionIdleMs,
    sessionMaxMs: config.staff.sessionMaxMs,
    lockAfter: config.staff.lockAfter,
    lockForMs: config.staff.lockForMs,
  });
  try {
    if (command === 'list') {
      const accounts = await store.listAccounts();
      if (!accounts.length) io.out(`No staff accounts yet in ${describeStaffStore(config)}. Create one: npm run staff -- add NAME\n`);
      for (const a of accounts) io.out(`${a.name.padEnd(24)} ${a.role.padEnd(6)} ${a.disabled ? 'disabled' : 'active'}${a.passwordHash ? '' : ' (single sign-on only)'}\n`);
      return 0;
    }
    if (command === 'disable' || command === 'enable') {
      const account = await auth.setDisabled(name!, command === 'disable');
      if (!account) {
        io.err(`No account "${name}".\n`);
        return 1;
      }
      await appendCliAudit(store, { action: command === 'disable' ? 'account-disable' : 'account-enable', targets: [account.name] });
      io.out(`${account.name} ${command}d${command === 'disable' ? '; its sessions have ended' : ''}.\n`);
      return 0;
    }
    if (command === 'add' && parsed.values.sso) {
      const account = await auth.createSsoAccount(name!, role);
      await appendCliAudit(store, { action: 'account-add', targets: [account.name], detail: `role=${account.role}; single sign-on` });
      io.out(`Account ${account.name} (${account.role}, single sign-on only) created in ${describeStaffStore(config)}.\n`);
      return 0;
    }
    const password = await readPassword(io);
    if (command === 'add') {
      const account = await auth.createAccount(name!, role, password);
      await appendCliAudit(store, { action: 'account-add', targets: [account.name], detail: `role=${account.role}` });
      io.out(`Account ${account.name} (${account.role}) created in ${describeStaffStore(config)}. Sign in at /staff.\n`);
      return 0;
    }
    const account = await auth.resetPassword(name!, password);
    if (!account) {
      io.err(`No account "${name}".\n`);
      return 1;
    }
    await appendCliAudit(store, { action: 'account-reset', targets: [account.name] });
    io.out(`New password set for ${account.name}; its sessions have ended.\n`);
    return 0;
  } catch (error) {
    io.err(`${error instanceof Error ? (error.name === 'ZodError' ? 'a name has 2 to 64 letters, digits, dots, dashes, underscores or @' : error.message) : String(error)}\n`);
    return 1;
  } finally {
    await store.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runStaffCli(process.argv.slice(2), {
    env: process.env,
    cwd: process.cwd(),
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    stdin: process.stdin,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`staff: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
