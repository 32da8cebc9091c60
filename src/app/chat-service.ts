import type { ChatRequest } from "./chat-request.js";
import type { Reply } from "./reply.js";

/**
 * The one implementation of every command and mention, shared by all platforms. Adapters turn
 * platform events into a `ChatRequest` and render the `Reply`; they never answer on their own.
 */
export interface ChatService {
  handle(request: ChatRequest): Promise<Reply>;
}
