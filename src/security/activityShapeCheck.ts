// The activity shape rules as plain code: this check runs on every request, and a zod schema
// cost ~4 % of a whole turn. Reports the first problem's field path in the same order and form as
// a declarative schema would (test/security/activityShape.test.ts compares the two on many
// mutated activities).

type Path = (string | number)[];

/** A JSON object (not null, not an array). */
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isNullish = (value: unknown) => value === undefined || value === null;

function stringProblem(value: unknown, min: number, max: number): boolean {
  return typeof value !== 'string' || value.length < min || value.length > max;
}

/** undefined/null, or a string of at most `max` characters. */
function optionalStringProblem(value: unknown, max = Infinity): boolean {
  return !isNullish(value) && stringProblem(value, 0, max);
}

const ID_MAX = 1024;

/** An object with a non-empty id (conversation, from, recipient, members). */
function accountProblem(value: unknown, path: Path): Path | undefined {
  if (!isObject(value)) return path;
  if (stringProblem(value.id, 1, ID_MAX)) return [...path, 'id'];
  return undefined;
}

function entityProblem(value: unknown, path: Path): Path | undefined {
  if (!isObject(value)) return path;
  if (stringProblem(value.type, 0, 256)) return [...path, 'type'];
  // A mention needs mentioned.id (botbuilder's mention helpers read it unchecked).
  const mentioned = value.mentioned;
  if (value.type === 'mention' && (typeof mentioned !== 'object' || mentioned === null || typeof (mentioned as { id?: unknown }).id !== 'string')) {
    return path;
  }
  return undefined;
}

function attachmentProblem(value: unknown, path: Path): Path | undefined {
  if (!isObject(value)) return path;
  if (stringProblem(value.contentType, 0, 256)) return [...path, 'contentType'];
  return undefined;
}

/** undefined/null, or an array of at most `max` items each passing `item`. */
function optionalArrayProblem(
  value: unknown,
  max: number,
  path: Path,
  item: (value: unknown, path: Path) => Path | undefined,
): Path | undefined {
  if (isNullish(value)) return undefined;
  // The length first: a huge array is refused without looking at its items.
  if (!Array.isArray(value) || value.length > max) return path;
  for (let i = 0; i < value.length; i++) {
    const problem = item(value[i], [...path, i]);
    if (problem) return problem;
  }
  return undefined;
}

/**
 * The path of the first field botbuilder or the bot would trip over, or undefined when the
 * activity's shape is fine ([] means the body itself). Fields not listed pass untouched.
 */
export function activityShapeProblem(body: unknown): Path | undefined {
  if (!isObject(body)) return [];
  const a = body;
  if (stringProblem(a.type, 1, 64)) return ['type'];
  if (stringProblem(a.channelId, 1, 64)) return ['channelId'];
  return (
    accountProblem(a.conversation, ['conversation']) ??
    accountProblem(a.from, ['from']) ??
    accountProblem(a.recipient, ['recipient']) ??
    (optionalStringProblem(a.serviceUrl, 2048) ? ['serviceUrl'] : undefined) ??
    (optionalStringProblem(a.deliveryMode, 32) ? ['deliveryMode'] : undefined) ??
    (optionalStringProblem(a.id, ID_MAX) ? ['id'] : undefined) ??
    (optionalStringProblem(a.replyToId, ID_MAX) ? ['replyToId'] : undefined) ??
    (optionalStringProblem(a.text) ? ['text'] : undefined) ??
    (optionalStringProblem(a.textFormat, 32) ? ['textFormat'] : undefined) ??
    (optionalStringProblem(a.locale, 64) ? ['locale'] : undefined) ??
    (optionalStringProblem(a.name, 256) ? ['name'] : undefined) ??
    optionalArrayProblem(a.attachments, 50, ['attachments'], attachmentProblem) ??
    optionalArrayProblem(a.entities, 100, ['entities'], entityProblem) ??
    optionalArrayProblem(a.membersAdded, 1000, ['membersAdded'], accountProblem) ??
    optionalArrayProblem(a.membersRemoved, 1000, ['membersRemoved'], accountProblem) ??
    (isNullish(a.channelData) || isObject(a.channelData) ? undefined : ['channelData'])
  );
}
