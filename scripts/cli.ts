// Entry point of `npm run -s cli -- <command> [--key value]...` (see cliCore.ts and ../shared/PHYSICS.md §5).
import { loadCommandGroups, runCli } from './cliCore.ts';

const out = runCli(process.argv.slice(2), await loadCommandGroups(), { progress: (line) => process.stderr.write(line + '\n') });
if (out.stdout) process.stdout.write(out.stdout);
if (out.stderr) process.stderr.write(out.stderr);
process.exitCode = out.code;
