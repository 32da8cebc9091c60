import { setTimeout as sleep } from "node:timers/promises";
import type { ChatService } from "../../src/app/chat-service.js";

/**
 * Faults the real chat service never produces on demand, added around it: a slow answer, a
 * thrown error, an answer larger than the engine's caps. Each delegates to the real service.
 */
export function createFaultyChat(
  real: ChatService,
  fault: { delayMs?: number; fail?: boolean; repeatSections?: number },
) {
  const state = { finished: 0 };
  const service: ChatService = {
    async handle(request) {
      const reply = await real.handle(request);
      if (fault.delayMs) await sleep(fault.delayMs);
      state.finished += 1;
      if (fault.fail) throw new Error("archive unavailable: SQLITE_BUSY at /secret/path");
      const times = fault.repeatSections ?? 1;
      return { ...reply, sections: Array.from({ length: times }, () => reply.sections).flat() };
    },
  };
  return { service, state };
}
