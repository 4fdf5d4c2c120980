export function generateSite(dir: string, n: number): string;
