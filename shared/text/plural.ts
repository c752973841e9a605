const grouped = new Intl.NumberFormat('en-GB');

/** A count as people read it: 1,234. */
export const count = (n: number) => grouped.format(n);

/** "1 service", "12 services", "1,234 services". */
export const plural = (n: number, one: string, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;
