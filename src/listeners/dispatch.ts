/**
 * Bolt runs the filters of every registered listener on every request, commands included, so
 * twenty listeners (one per button or modal id) cost each request twenty passes of middleware:
 * about a tenth of the app's throughput in the benchmark. Each kind therefore registers one
 * listener whose constraint matches exactly its ids, and looks the handler up by id.
 */

/** A pattern matching exactly one of `ids`, for a Bolt `action_id` or `callback_id` constraint. */
export function exactly(ids: Iterable<string>): RegExp {
  const alternatives = [...ids].map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^(?:${alternatives.join('|')})$`);
}
