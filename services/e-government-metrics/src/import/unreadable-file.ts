/** A file that cannot be read as a table at all (wrong type, too big, not UTF-8, broken quoting…). */
export class UnreadableFile extends Error {}
