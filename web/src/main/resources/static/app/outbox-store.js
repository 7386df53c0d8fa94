// Where the outbox keeps its items across reloads: IndexedDB (it holds photos as blobs), or memory when a
// browser offers no IndexedDB (then a reload loses what was waiting, and the page says so).

const DATABASE = 'balise';
const STORE = 'outbox';

function request(idbRequest) {
  return new Promise((resolve, reject) => {
    idbRequest.onsuccess = () => resolve(idbRequest.result);
    idbRequest.onerror = () => reject(idbRequest.error);
  });
}

class IndexedDbStore {
  constructor(db) {
    this.db = db;
    this.durable = true;
  }

  store(mode) {
    return this.db.transaction(STORE, mode).objectStore(STORE);
  }

  async all(teamId) {
    const items = await request(this.store('readonly').getAll());
    return items.filter((item) => item.teamId === teamId).sort((a, b) => a.seq - b.seq);
  }

  /** Saves an item; a new one (without seq) gets the next number, which orders the outbox. */
  async put(item) {
    const saved = { ...item };
    delete saved.inFlight;
    if (saved.seq === undefined) delete saved.seq;
    item.seq = await request(this.store('readwrite').put(saved));
    return item;
  }

  async delete(seq) {
    await request(this.store('readwrite').delete(seq));
  }

  async clear(teamId) {
    for (const item of await this.all(teamId)) await this.delete(item.seq);
  }
}

class MemoryStore {
  constructor() {
    this.items = [];
    this.next = 1;
    this.durable = false;
  }

  async all(teamId) {
    return this.items.filter((item) => item.teamId === teamId);
  }

  async put(item) {
    if (item.seq === undefined) {
      item.seq = this.next;
      this.next += 1;
      this.items.push(item);
    }
    return item;
  }

  async delete(seq) {
    this.items = this.items.filter((item) => item.seq !== seq);
  }

  async clear(teamId) {
    this.items = this.items.filter((item) => item.teamId !== teamId);
  }
}

/** The best store this browser offers. */
export async function openOutboxStore() {
  if (!('indexedDB' in window)) return new MemoryStore();
  try {
    const opening = indexedDB.open(DATABASE, 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore(STORE, { keyPath: 'seq', autoIncrement: true });
    return new IndexedDbStore(await request(opening));
  } catch {
    return new MemoryStore();
  }
}
