// `npm run bench:cold-start`: only the start-up figure of bench:speed, without the corpus.
import { measureColdStart } from "./lib/cold-start.js";

const cold = measureColdStart(5);
const times = cold.briefMs / cold.nodeMs;
console.log(
  `cold start: briefbot brief <seed> ${cold.briefMs.toFixed(0)} ms, node -e 0 ${cold.nodeMs.toFixed(0)} ms (median of 5): ${times.toFixed(1)}x (bar: ≤ 5x)`,
);
