import type { EventLog, LifecycleEvent, TenantId } from '@baton/core';

/** The in-memory EventLog: the embedded default and the reference for the port's contract tests. */
export class MemoryEventLog implements EventLog {
  private readonly ids = new Set<string>();
  private readonly events: LifecycleEvent[] = [];

  async append(event: LifecycleEvent): Promise<boolean> {
    const key = `${event.tenantId}\u0000${event.id}`;
    if (this.ids.has(key)) return false;
    this.ids.add(key);
    this.events.push(structuredClone(event));
    return true;
  }

  async list(tenantId: TenantId, from: string, to: string): Promise<LifecycleEvent[]> {
    return this.events
      .filter((e) => e.tenantId === tenantId && e.at >= from && e.at < to)
      .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  }
}
