/** Names match the way the database compares them: trimmed and case-insensitive. */
export const nameKey = (name: string) => name.trim().toLowerCase();

/** "Order capture", "order-capture" and "Order_Capture" share one slug, for matching Backstage names. */
export const slugKey = (name: string) => name.trim().toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');

/** Case-insensitive lookup of named things (sites, processes, services) by name. */
export class NameIndex<T extends { name: string }> {
  private readonly byName = new Map<string, T>();
  private readonly bySlug = new Map<string, T>();

  constructor(items: Iterable<T> = []) {
    for (const item of items) this.add(item);
  }

  add(item: T): void {
    this.byName.set(nameKey(item.name), item);
    if (!this.bySlug.has(slugKey(item.name))) this.bySlug.set(slugKey(item.name), item);
  }

  get(name: string): T | undefined {
    return this.byName.get(nameKey(name));
  }

  /** Exact name first, then the slug form, so `order-capture` finds "Order capture". */
  find(name: string): T | undefined {
    return this.get(name) ?? this.bySlug.get(slugKey(name));
  }

  values(): T[] {
    return [...this.byName.values()];
  }
}
