// An in-memory KeyValue (the IndexedDB store's stand-in in Node), recording each write.
import type { KeyValue } from '../../src/worker/persistence';

export class MemoryKV implements KeyValue {
  readonly data = new Map<string, unknown>();
  writes = 0;
  async get(key: string): Promise<unknown> {
    return this.data.get(key);
  }
  async set(key: string, value: unknown): Promise<void> {
    this.writes++;
    this.data.set(key, structuredClone(value));
  }
  async del(key: string): Promise<void> {
    this.data.delete(key);
  }
}
