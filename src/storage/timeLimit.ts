// Rejects when a promise has not settled in time, so a hung store cannot hang a chat turn.
export class TimeLimitError extends Error {
  override name = 'TimeLimitError';
}

export function withTimeLimit<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeLimitError(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}
