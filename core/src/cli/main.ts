/**
 * `baton` command line entry. Subcommands register here; each lives in its own file.
 * `serve`, `jobs`, `setup` are provided by @baton/webhooks (loaded lazily so `summarize` needs
 * nothing but the core).
 */
import { runSummarize } from './summarize-command';

const USAGE = `usage: baton <command>

  summarize [FILE|-] [--policy FILE] [--summarizer heuristic|llm]
                                       turn HandoffEvents (JSON or JSON Lines) into HandoffPackages
  serve [--role api|worker|all]        run the service (embedded defaults with no configuration)
  jobs list | jobs retry [id|--all]    show and replay failed jobs
  setup zendesk                        create the Zendesk ticket fields Baton writes
  report [--since 7d] [--by reason|bot|intent|channel|priority|team|day] [--format table|json|csv]
                                       handoff analytics from the event log
  simulate [--days 7] [--url URL]      a believable week in the running sandbox (npm start)
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'summarize':
      return runSummarize(rest, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      process.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    default: {
      // Service commands live in @baton/webhooks, which depends on core (not the other way round).
      const spec = '@baton/webhooks/cli';
      try {
        const mod = (await import(/* @vite-ignore */ spec)) as {
          runServiceCommand(argv: string[]): Promise<number | undefined>;
        };
        const code = await mod.runServiceCommand(argv);
        if (code !== undefined) return code;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw err;
      }
      process.stderr.write(`baton: unknown command '${command}'\n\n${USAGE}`);
      return 2;
    }
  }
}
