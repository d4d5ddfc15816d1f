import type { HandoffEvent } from '../schema/handoff-event';
import { emptyEntities, type Entities } from '../schema/handoff-package';

/**
 * Finds every entity kind of the contract in an (already redacted) event: normalised,
 * de-duplicated, in order of first mention. STUB: being implemented.
 */
export function extractEntities(_event: HandoffEvent): Entities {
  return emptyEntities();
}
