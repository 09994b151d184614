// The bot as channels see it: decides whether a message is for it (Teams channels: only when
// @mentioned), cleans it, hands it to MainDialog, welcomes new conversations, and saves state
// after every turn. Everything else (typing, reactions, ...) gets no reply.
import {
  TeamsActivityHandler,
  TurnContext,
  type Activity,
  type ConversationState,
  type StatePropertyAccessor,
  type UserState,
} from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { MainDialog } from '../../dialogs/mainDialog.js';
import type { Clinic, Knowledge } from '../kb/schema.js';
import type { Logger } from '../logging/logger.js';
import { CARD_ACTION_MARKER, renderWelcome, surfaceOf } from './replies.js';

export interface ImsBotDeps {
  conversationState: ConversationState;
  userState: UserState;
  mainDialog: MainDialog;
  knowledge: Knowledge;
  clinic: Clinic;
  log: Logger;
  /** Longer messages are not routed (config.limits.maxMessageChars). */
  maxMessageChars: number;
}

export const TOO_LONG_REPLY =
  'That message is too long for me. Please ask one question in a sentence or two. If this is an emergency, call 911.';
export const NOT_TEXT_REPLY = 'I can only read typed messages. Please type your question about IMS.';

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

  /** Runs the turn, then saves conversation and user state (also when nothing was said). */
  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.deps.conversationState.saveChanges(context, false);
    await this.deps.userState.saveChanges(context, false);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const clicked = cardActionText(activity);
    if (isSharedTeamsConversation(activity) && !isMentioned(activity) && clicked === undefined) return;

    if (activity.text) TurnContext.removeRecipientMention(activity);
    if (!activity.text?.trim() && clicked) activity.text = clicked;
    const text = activity.text?.trim() ?? '';
    if (!text) {
      // Say what works instead of staying silent: files can't be read; a bare @mention gets the greeting.
      if (activity.attachments?.length) await context.sendActivity(NOT_TEXT_REPLY);
      else await context.sendActivities(renderWelcome(this.replyContext(activity)));
      return;
    }
    if (text.length > this.deps.maxMessageChars) {
      await context.sendActivity(TOO_LONG_REPLY);
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
    if (surface === 'teams-card') return; // no greetings broadcast into channels and group chats
    // A Teams personal chat starts when the user installs the bot: only the bot is "added".
    const someoneNew =
      surface === 'teams-personal' ? added.length > 0 : added.some((member) => member.id !== botId);
    if (!someoneNew) return;
    this.deps.log.debug({ channelId: activity.channelId }, 'welcome');
    await context.sendActivities(renderWelcome(this.replyContext(activity)));
  }

  private replyContext(activity: Activity) {
    return { knowledge: this.deps.knowledge, clinic: this.deps.clinic, surface: surfaceOf(activity) };
  }
}
