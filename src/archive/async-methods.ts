/** The synchronous shape of an async port: what the in-process SQLite code implements. */
export type Sync<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => R : T[K];
};

/**
 * A port's async methods over a synchronous implementation: each call runs at once, inside
 * `guard` (which may translate faults), and its result or throw settles the returned promise.
 * Atomic work (a transaction) stays inside one synchronous method.
 */
export function asyncMethods<T extends object>(
  methods: Sync<T>,
  guard: <R>(work: () => R) => R = (work) => work(),
): T {
  return Object.fromEntries(
    Object.entries(methods).map(([name, fn]) => [
      name,
      typeof fn === "function"
        ? async (...args: unknown[]) => guard(() => (fn as (...a: unknown[]) => unknown)(...args))
        : fn,
    ]),
  ) as T;
}
