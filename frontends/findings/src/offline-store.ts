import {
  type ChangeChannel,
  FindingQueue,
  type QueuedFinding,
  type QueueStore,
  senderLock,
} from './offline-queue.js';

const DATABASE = 'cchc-findings';
const ENTRIES = 'pending';

/** The queue in the browser's IndexedDB (kept across reloads and closed tabs), opened on first use. */
export function indexedDbStore(factory: () => IDBFactory = () => globalThis.indexedDB): QueueStore {
  let opened: Promise<IDBDatabase> | undefined;
  const open = () => {
    opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory().open(DATABASE, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(ENTRIES, { keyPath: 'clientKey' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    }).catch((error: unknown) => {
      opened = undefined;
      throw error;
    });
    return opened;
  };
  /** One transaction; resolves once it is committed, with the result of the request the work returned. */
  const run = async <T>(
    mode: IDBTransactionMode,
    work: (entries: IDBObjectStore) => IDBRequest<T> | undefined,
  ): Promise<T> => {
    const database = await open();
    return new Promise<T>((resolve, reject) => {
      const transaction = database.transaction(ENTRIES, mode);
      const request = work(transaction.objectStore(ENTRIES));
      transaction.oncomplete = () => resolve(request?.result as T);
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
  };
  return {
    all: () => run<QueuedFinding[]>('readonly', (entries) => entries.getAll()),
    put: (entry) => run('readwrite', (entries) => entries.put(entry)).then(() => {}),
    update: (clientKey, change) =>
      run('readwrite', (entries) => {
        const read = entries.get(clientKey);
        read.onsuccess = () => {
          if (read.result) entries.put(change(read.result as QueuedFinding));
        };
        return read;
      }).then(() => {}),
    remove: (clientKey) => run('readwrite', (entries) => entries.delete(clientKey)).then(() => {}),
  };
}

/** Other tabs of this browser hear of each change, to show the same entries. */
function broadcastChanges(): ChangeChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const channel = new BroadcastChannel('cchc.findings.queue');
  return {
    post: () => channel.postMessage('changed'),
    listen: (listener) => {
      channel.onmessage = listener;
    },
  };
}

/** This page's queue of typed findings. */
export const findingQueue = new FindingQueue(indexedDbStore(), senderLock(), broadcastChanges());
