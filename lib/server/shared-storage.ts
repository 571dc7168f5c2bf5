import { AsyncLocalStorage } from "node:async_hooks";

/**
 * A request-scoped storage that the production server (scripts/serve.ts) fills and the app's
 * code reads. The server and the app's bundle each load their own copy of the modules that
 * use it, so the storage lives under a global symbol: one `name`, one storage in the process.
 */
export function sharedStorage<T>(name: string): AsyncLocalStorage<T> {
  const key = Symbol.for(`commons.${name}`);
  const holder = globalThis as { [key]?: AsyncLocalStorage<T> };
  holder[key] ??= new AsyncLocalStorage<T>();
  return holder[key];
}
