export function runSiteTests(_argv: string[], _root: string): number { throw new Error('todo'); }
