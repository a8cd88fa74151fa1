// Id and token generators. Company ids are Intercom's 24-hex object ids; seeded companies get ids
// derived from their company_id so the same seed always yields the same ids (stable plans and
// snapshots), while API-created ones are random like the real thing.
import { createHash, randomBytes, randomUUID } from 'node:crypto';

export function randomHex(chars: number): string {
  return randomBytes(Math.ceil(chars / 2))
    .toString('hex')
    .slice(0, chars);
}

export function stableHexId(seed: string): string {
  return createHash('sha256').update(seed).digest('hex').slice(0, 24);
}

export function newCompanyId(nowMs: number): string {
  // Like a Mongo ObjectId: 8 hex of seconds, then 16 random hex.
  const secs = Math.floor(nowMs / 1000)
    .toString(16)
    .padStart(8, '0')
    .slice(-8);
  return secs + randomHex(16);
}

export function requestId(): string {
  return randomUUID();
}
