/** A person's name as people read it: case, accents' encoding and runs of spaces do not make another person. */
const personKey = (name: string): string => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');

/** Whether two recorded names are the same person: the one rule behind every separation-of-duties check. */
export const samePerson = (a: string, b: string): boolean => personKey(a) === personKey(b);
