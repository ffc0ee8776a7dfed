/**
 * Which files are write-ups and what their ids are, decided once: a `.mdx` or `.md` file, whose
 * id is its name without the extension (the file name is the page address).
 */

export const WRITE_UP_FILE = /\.mdx?$/;

/** `postmortems/2024/2024-03-06-allergen-reconciliation.mdx` → `2024-03-06-allergen-reconciliation`. */
export function writeUpIdOf(filePath: string): string {
  const name = filePath.split(/[/\\]/).at(-1) ?? filePath;
  return name.replace(WRITE_UP_FILE, '');
}
