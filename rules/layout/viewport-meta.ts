// Parses <meta name="viewport"> content, as browsers do: "key=value" pairs split by commas,
// semicolons or spaces; keys and values are case-insensitive.
export function parseViewport(content: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of content.toLowerCase().matchAll(/([a-z-]+)\s*=\s*([^\s,;]+)/g)) out.set(m[1]!, m[2]!);
  return out;
}
