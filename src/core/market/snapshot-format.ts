/** Raised when the snapshot file (data/market/tpm-snapshot.json) changes shape. */
export const SNAPSHOT_FORMAT = 1;
