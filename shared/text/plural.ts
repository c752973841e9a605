// Made on first use: the first Intl object of a process costs tens of ms, which a command that prints no count should not pay.
let grouped: Intl.NumberFormat | undefined;

/** A count as people read it: 1,234. */
export const count = (n: number) => (grouped ??= new Intl.NumberFormat('en-GB')).format(n);

/** "1 service", "12 services", "1,234 services". */
export const plural = (n: number, one: string, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;
