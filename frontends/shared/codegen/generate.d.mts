/** Each generated file's path and content, as `npm run generate` would write them. */
export function generatedFiles(): Promise<{ path: string; content: string }[]>;
