// The floor of the stack, for `npm run bench`: a bare botbuilder + restify echo bot with the same
// versions as the FAQ bot (this repository's node_modules), CloudAdapter and no auth. It does no
// routing, no state and no rendering, so the FAQ bot's throughput is reported as a share of it.
//   PORT=3979 HOST=127.0.0.1 node bench/echo-bot/index.mjs
import restify from 'restify';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory } from 'botbuilder';

// No MicrosoftAppId in the environment: authentication is off, as for the FAQ bot under test.
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
  console.error(`echo bot turn error: ${error instanceof Error ? error.message : String(error)}`);
  await context.sendActivity('Sorry, something went wrong.');
};

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(MessageFactory.text(`Echo: ${context.activity.text ?? ''}`));
      await next();
    });
  }
}
const bot = new EchoBot();

const server = restify.createServer({ name: 'echo-bot' });
server.use(restify.plugins.jsonBodyParser({ mapParams: false }));
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => bot.run(context));
});
server.get('/readyz', (_req, res, next) => {
  res.json({ ready: true });
  next();
});

const port = Number(process.env.PORT ?? 3979);
const host = process.env.HOST ?? '127.0.0.1';
server.listen(port, host, () => console.log(`echo bot listening on http://${host}:${port}/api/messages`));

for (const signal of ['SIGTERM', 'SIGINT']) process.once(signal, () => server.close(() => process.exit(0)));
