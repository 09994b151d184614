// "Forget me" / "delete my data", inside or outside the booking. What the bot holds about a person
// is its conversation and user state (including an unconfirmed booking in the dialog state): that
// is deleted. A booking the person already confirmed is the clinic's record (it was handed over):
// the reply says so and how to ask the clinic to delete it.
import type { BotState, TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import type { Clinic } from '../kb/schema.js';
import { clinicContactSentence } from './clinicContact.js';

const FORGET_ME =
  /\b(?:forget (?:me|about me|everything(?: about me)?|my (?:data|details|info(?:rmation)?|name|number))|(?:delete|erase|remove|wipe|clear|destroy)(?: all)? (?:of )?(?:my|me|our)(?: personal)? (?:data|details|info(?:rmation)?|conversation|chat|history|messages|records?)|(?:delete|erase|remove|wipe) (?:me|everything about me)|right to be forgotten)\b/i;

export function isForgetMeRequest(text: string | undefined): boolean {
  return typeof text === 'string' && FORGET_ME.test(text.replace(/[’`]/g, "'"));
}

export function forgetMeReply(clinic: Clinic): string {
  return [
    "Done: I've deleted what this chat had saved about you, including any booking details you hadn't confirmed yet.",
    `Booking requests you already confirmed were handed to ${clinic.name} and are part of its records, so I can't delete those from here.`,
    `To have one deleted, contact the clinic and give your reference number (it looks like NPC-7K3F9Q). ${clinicContactSentence(clinic)}`,
  ].join(' ');
}

export interface ForgetUserDeps {
  clinic: Clinic;
  /** ConversationState, UserState, ...: every state the bot keeps for this person. */
  states?: BotState[];
  /** The turn's root dialog context: its dialogs (and any unconfirmed booking) are cancelled first. */
  dialogContext?: DialogContext;
}

/** Ends every dialog, deletes the person's bot state from storage and says what was done. */
export async function forgetUser(context: TurnContext, deps: ForgetUserDeps): Promise<void> {
  if (deps.dialogContext) await deps.dialogContext.cancelAllDialogs(true);
  for (const state of deps.states ?? []) await state.delete(context);
  await context.sendActivity(forgetMeReply(deps.clinic));
}
