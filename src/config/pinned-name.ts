// An entry marked `ensure: absent` may name its live object by `id` alone, with no name, title or
// company_id. The model and the planner still need a unique handle for it (a tag's key is its
// name, a company's its company_id), so it is called `#<id>`: slugs never contain `#`, and the
// duplicate checks compare the same handle, so two entries can never share one unnoticed.

/** The stand-in name and key of an entry identified by its id pin alone. */
export function pinnedName(id: string): string {
  return `#${id}`;
}
