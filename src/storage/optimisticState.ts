// Conversation and user state that never lose a concurrent turn silently.
// botbuilder's BotState.saveChanges always writes with eTag '*' (last writer wins), so two turns
// of one conversation handled at once (two instances behind a load balancer, or a double-click)
// would overwrite each other without a word. These classes write with the eTag the turn read, so
// the store rejects the stale write with an eTag conflict, which the turn-error handler reports.
import {
  ConversationState,
  UserState,
  calculateChangeHash,
  type BotState,
  type Storage,
  type StoreItem,
  type TurnContext,
} from 'botbuilder';
import { reportsETags } from './eTagReporting.js';

interface CachedState {
  state: StoreItem;
  hash: string;
}

/** BotState's private fields: the turn-state slot where it caches what it loaded, and its store. */
function internalsOf(state: BotState): { stateKey: symbol; storage: Storage } {
  return state as unknown as { stateKey: symbol; storage: Storage };
}

function cacheOf(state: BotState, context: TurnContext): CachedState | undefined {
  return context.turnState.get(internalsOf(state).stateKey) as CachedState | undefined;
}

/**
 * What a turn compares to tell whether it changed its state: the state as JSON. botbuilder's calculateChangeHash
 * takes a SHA-256 of the same JSON made with a replacer function called for every value, twice or three times a
 * turn for each state; the comparison needs neither. A state JSON cannot write (a cycle) falls back to it.
 */
function changeFingerprint(state: StoreItem): string {
  const { eTag: _eTag, ...rest } = state;
  try {
    return JSON.stringify(rest);
  } catch {
    return calculateChangeHash(state);
  }
}

/** BotState.load, with changeFingerprint for the change hash (the one saveWithReadETag compares with). */
async function loadState(state: BotState, context: TurnContext, force: boolean, storageKey: (context: TurnContext) => string | Promise<string>): Promise<StoreItem> {
  const cached = cacheOf(state, context);
  if (!force && cached?.state) return cached.state;
  const key = await storageKey(context);
  const { storage, stateKey } = internalsOf(state);
  const loaded = ((await storage.read([key]))[key] as StoreItem | undefined) ?? {};
  context.turnState.set(stateKey, { state: loaded, hash: changeFingerprint(loaded) } satisfies CachedState);
  return loaded;
}

async function saveWithReadETag(
  state: BotState,
  context: TurnContext,
  force: boolean,
  storageKey: (context: TurnContext) => string | Promise<string>,
): Promise<void> {
  const cached = cacheOf(state, context);
  if (!cached || (!force && cached.hash === changeFingerprint(cached.state))) return;
  const key = await storageKey(context);
  const { storage } = internalsOf(state);
  // A state never read from the store has no eTag: '*' creates it (nothing to overwrite by mistake).
  const item: StoreItem = { ...cached.state, eTag: cached.state.eTag ?? '*' };
  // Learn the eTag the store gave this write, so a second save in the same turn is not a conflict:
  // FileStorage says which it gave; other stores are asked with a read.
  let eTag: string | undefined;
  if (reportsETags(storage)) eTag = (await storage.writeReportingETags({ [key]: item }))[key];
  else await storage.write({ [key]: item });
  eTag ??= ((await storage.read([key]))[key] as StoreItem | undefined)?.eTag;
  cached.state.eTag = eTag ?? '*';
  cached.hash = changeFingerprint(cached.state);
}

export class OptimisticConversationState extends ConversationState {
  override load(context: TurnContext, force = false): Promise<StoreItem> {
    return loadState(this, context, force, (c) => this.storageKey(c));
  }

  override saveChanges(context: TurnContext, force = false): Promise<void> {
    return saveWithReadETag(this, context, force, (c) => this.storageKey(c));
  }
}

export class OptimisticUserState extends UserState {
  override load(context: TurnContext, force = false): Promise<StoreItem> {
    return loadState(this, context, force, (c) => this.storageKey(c));
  }

  override saveChanges(context: TurnContext, force = false): Promise<void> {
    return saveWithReadETag(this, context, force, (c) => this.storageKey(c));
  }
}
