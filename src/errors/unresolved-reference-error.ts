// A request names an object that has no live id and no create in this plan. Config checks catch
// the usual cases first; this is the planner's last word, raised at plan time, never at apply.
import { UserError } from './user-error.js';

export class UnresolvedReferenceError extends UserError {
  override name: string = 'UnresolvedReferenceError';
}
