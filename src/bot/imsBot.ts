// The bot as channels see it: decides whether a message is for it (Teams channels: only when
// @mentioned), cleans it, hands it to MainDialog, welcomes new conversations, and saves state
// after every turn. Everything else (typing, reactions, ...) gets no reply.
import { bookingsChannelFromInstall } from '../channels/teams/bookingsChannel.js';
import {
  StatusCodes,
  TeamsActivityHandler,
  TurnContext,
  type Activity,
  type InvokeResponse,
  type ConversationState,
  type StatePropertyAccessor,
  type UserState,
} from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { parseFeedback } from '../insights/feedback.js';
import type { Logger } from '../logging/logger.js';
import { localeLanguage, REPLY_LOCALES } from '../understanding/language/languages.js';
import type { RememberedLanguage } from '../understanding/language/choose.js';
import { CARD_ACTION_MARKER, renderWelcome, surfaceOf } from './replies.js';
import type { Responder } from './responder.js';
import { replyLanguage, setGreetingLanguage } from './turnReading.js';

/** What runs a message turn (MainDialog): the bot only decides whether a message is for it. */
export interface MessageTurn {
  run(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>): Promise<void>;
}

export interface ImsBotDeps {
  conversationState: ConversationState;
  userState: UserState;
  mainDialog: MessageTurn;
  responder: Responder;
  /** The person's remembered reply language (user state), for the welcome. */
  language: StatePropertyAccessor<RememberedLanguage>;
  log: Logger;
  /** Longer messages are not read (config.limits.maxMessageChars). */
  maxMessageChars: number;
}

/** Teams conversations where the bot only sees messages meant for it through an @mention. */
function isSharedTeamsConversation(activity: Activity): boolean {
  if (activity.channelId !== 'msteams') return false;
  const type = activity.conversation?.conversationType;
  return type === 'channel' || type === 'groupChat';
}

function isMentioned(activity: Activity): boolean {
  const botId = activity.recipient?.id;
  return TurnContext.getMentions(activity).some((m) => m.mentioned?.id === botId);
}

/** The payload of one of our card buttons, when this message is a button click. */
function cardActionText(activity: Activity): string | undefined {
  const value = activity.value as Record<string, unknown> | undefined;
  if (!value || typeof value !== 'object' || !(CARD_ACTION_MARKER in value)) return undefined;
  return typeof value.text === 'string' ? value.text : undefined;
}

export class ImsBot extends TeamsActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;

  constructor(private readonly deps: ImsBotDeps) {
    super();
    this.dialogState = deps.conversationState.createProperty<DialogState>('DialogState');

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      await this.welcome(context);
      await next();
    });
  }

  /**
   * The bot offers no invoke features (no Action.Execute cards, message extensions or task
   * modules). botbuilder answers an unknown invoke with 501 and throws on a malformed Adaptive
   * Card invoke value; both are the caller's mistake, so they get 400, never a 5xx.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    try {
      const response = await super.onInvokeActivity(context);
      return response.status === StatusCodes.NOT_IMPLEMENTED ? { status: StatusCodes.BAD_REQUEST } : response;
    } catch (err) {
      this.deps.log.debug({ name: context.activity.name, reason: (err as Error).message }, 'invoke refused');
      return { status: StatusCodes.BAD_REQUEST };
    }
  }

  /** Runs the turn, then saves conversation and user state (also when nothing was said). */
  override async run(context: TurnContext): Promise<void> {
    // Every reply says which language it is in, so a web chat that was in English redraws its own words
    // (header, send box) in Punjabi or Chinese once the bot answers in them. (Bot Framework copies the
    // incoming message's locale onto replies, which is the language the person's page was in, not the reply's.)
    context.onSendActivities(async (ctx, activities, next) => {
      const locale = REPLY_LOCALES[replyLanguage(ctx)];
      for (const activity of activities) if (activity.type === 'message') activity.locale = locale;
      return next();
    });
    await super.run(context);
    await this.deps.conversationState.saveChanges(context, false);
    await this.deps.userState.saveChanges(context, false);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    // Card clicks (👍/👎, a card's button) need no @mention: they are addressed to the bot.
    const clicked = cardActionText(activity);
    if (isSharedTeamsConversation(activity) && !isMentioned(activity) && clicked === undefined && !parseFeedback(activity)) return;

    if (activity.text) TurnContext.removeRecipientMention(activity);
    if (!activity.text?.trim() && clicked) activity.text = clicked;
    const text = activity.text?.trim() ?? '';
    if (!text && !parseFeedback(activity)) {
      // Say what works instead of staying silent: files can't be read; a bare @mention gets the greeting.
      if (activity.attachments?.length) await this.deps.responder.say(context, 'reply.notText');
      else await context.sendActivities(renderWelcome(await this.replyContext(context)));
      return;
    }
    if (text.length > this.deps.maxMessageChars) {
      await this.deps.responder.say(context, 'reply.tooLong');
      return;
    }
    activity.text = text;
    await this.deps.mainDialog.run(context, this.dialogState);
  }

  private async welcome(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const botId = activity.recipient?.id;
    const added = activity.membersAdded ?? [];
    const surface = surfaceOf(activity);
    if (surface === 'teams-card') {
      // No greetings broadcast into channels and group chats. When the bot joins a team, log the
      // value the clinic's IT person can copy into TEAMS_BOOKINGS_CHANNEL to get booking cards there.
      if (added.some((member) => member.id === botId)) {
        const bookingsChannel = bookingsChannelFromInstall(activity);
        if (bookingsChannel) this.deps.log.info({ TEAMS_BOOKINGS_CHANNEL: bookingsChannel }, 'installed in a team');
      }
      return;
    }
    // A Teams personal chat starts when the user installs the bot: only the bot is "added".
    const someoneNew =
      surface === 'teams-personal' ? added.length > 0 : added.some((member) => member.id !== botId);
    if (!someoneNew) return;
    this.deps.log.debug({ channelId: activity.channelId }, 'welcome');
    await context.sendActivities(renderWelcome(await this.replyContext(context)));
  }

  /** Where, and in which language, a reply goes before any message was read: the remembered language, else the channel's. */
  private async replyContext(context: TurnContext) {
    const remembered = await this.deps.language.get(context);
    const language = remembered?.language ?? localeLanguage(context.activity.locale).language ?? 'en';
    setGreetingLanguage(context, language);
    return this.deps.responder.replyContext(context, language);
  }
}
