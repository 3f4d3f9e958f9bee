// Messages between a pool and its workers (thread or process); both sides import only these types.

export type ToWorker =
  | { type: 'task'; input: unknown }
  | { type: 'reply'; callId: number; ok: true; value: unknown }
  | { type: 'reply'; callId: number; ok: false };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'result'; value: unknown; peakRssMb?: number }
  | { type: 'failed'; peakRssMb?: number }
  | { type: 'call'; callId: number; name: string; args: unknown };
