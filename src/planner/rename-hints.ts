// A rename done without `previous_names` or an id pin plans as a delete and a create: the object
// gets a new id and loses its history (views, links, a tag's companies). When a planned create
// and delete of the same kind look alike (an article with the same body, a collection with the
// same description) the plan says so and shows the one-line fix, instead of leaving the user to
// notice. Only content that identifies an object counts: empty bodies and descriptions match
// too easily to mean anything, and tags have nothing but a name to compare.
import type { CreateChange, DeleteChange } from '../model/change.js';
import type { FieldValue, Kind } from '../model/objects.js';
import type { Problem } from '../errors/problem.js';
import type { Plan } from './plan.js';

/** The field whose equality suggests a rename, per kind. */
const SIGNATURE: Partial<Record<Kind, string>> = {
  article: 'body',
  collection: 'description',
};

export function renameHints(plan: Pick<Plan, 'changes'>): Problem[] {
  const creates = plan.changes.filter((c): c is CreateChange => c.action === 'create');
  const deletes = plan.changes.filter((c): c is DeleteChange => c.action === 'delete');
  const hints: Problem[] = [];
  const used = new Set<string>();
  for (const create of creates) {
    const field = SIGNATURE[create.kind];
    if (field === undefined) continue;
    const signature = create.desired.fields[field];
    if (!meaningful(signature)) continue;
    const twin = deletes.find(
      (d) =>
        d.kind === create.kind &&
        !used.has(d.ref) &&
        d.live.name !== create.desired.name &&
        d.live.fields[field] === signature,
    );
    if (!twin) continue;
    used.add(twin.ref);
    hints.push(hint(create, twin));
  }
  return hints;
}

function meaningful(value: FieldValue | undefined): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function hint(create: CreateChange, del: DeleteChange): Problem {
  const old = del.live.name;
  return {
    pos: create.desired.pos,
    severity: 'warning',
    message: `${create.kind} "${create.desired.name}" will be created and "${old}" (id ${del.id}) deleted`,
    hint: `if this is a rename, add previous_names: [${JSON.stringify(old)}] (or pin id: ${del.id}) to keep its id`,
  };
}
