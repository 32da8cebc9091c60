import type { Publisher } from "../ports/publisher.js";
import type { RequestBudget } from "../ports/request-budget.js";

/**
 * A publisher whose every platform request first takes a slot of a shared budget, so scheduled
 * posts from any number of instances stay under the platform's global limit together. A
 * look-up (`findPosted`) counts once: it is one request unless the channel is very busy.
 */
export function withRequestBudget(
  publisher: Publisher,
  budget: RequestBudget,
  bucket: { key: string; perSecond: number },
): Publisher {
  const take = () => budget.take(bucket.key, bucket.perSecond);
  return {
    partsOf: (reply) => publisher.partsOf(reply),
    postPart: async (channel, reply, ref) => {
      await take();
      return publisher.postPart(channel, reply, ref);
    },
    findPosted: async (channel, ref, since) => {
      await take();
      return publisher.findPosted(channel, ref, since);
    },
    ...(publisher.notify
      ? {
          notify: async (channel, userId, text) => {
            await take();
            return (publisher.notify as NonNullable<Publisher["notify"]>)(channel, userId, text);
          },
        }
      : {}),
  };
}
