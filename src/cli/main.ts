// `briefing <command>`: the terminal face of the bot. Each command is a small function in this folder.
import { ConfigError } from '../config/config-error.ts';
import { runAsk } from './run-ask.ts';
import { runDigest } from './run-digest.ts';
import { runExtract } from './run-extract.ts';
import { runIngest } from './run-ingest.ts';
import { runStart } from './run-start.ts';

const USAGE = `usage: briefing <command> [options]

commands:
  ingest [BRIEFING|FOLDER]     ingest what changed in briefings/ (or one briefing, or any folder of articles)
  extract [--json] FILES...    clean the article files and print their paragraphs, quotes and figures
  ask BRIEFING|FOLDER QUESTION  answer once: "summary", "quotes de Mistura", "figures trapped", "sources",
                               "search corridors", or a plain question; --json for data, --words N for summaries
  digest BRIEFING [--dry-run|--post] [--channel C]
                               print the digest a channel would get now, or post it to Slack now
  start                        ingest what changed, then serve: the Slack app if SLACK_ variables are set,
                               else a terminal bot (one command per line from a pipe)
  help                         this text

environment: DATA_DIR (default ./data) holds the store; BRIEFINGS_DIR (default ./briefings) the briefings.`;

export interface CliIo {
  out: NodeJS.WriteStream;
  err: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
}

const defaultIo: CliIo = { out: process.stdout, err: process.stderr, env: process.env };

export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'ingest':
        return runIngest(rest, io);
      case 'extract':
        return runExtract(rest, io);
      case 'ask':
        return runAsk(rest, io);
      case 'digest':
        return await runDigest(rest, io);
      case 'start':
        return runStart(rest, io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out.write(USAGE + '\n');
        return 0;
      default:
        io.err.write(`briefing: unknown command "${command}"\n\n${USAGE}\n`);
        return 2;
    }
  } catch (error) {
    if (error instanceof ConfigError || error instanceof UsageError) {
      io.err.write(`briefing: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

export class UsageError extends Error {
  readonly code = 'USAGE';
}
