/**
 * MDX's own syntax errors ("15:8: Unexpected end of file in expression … (mdx-jsx:…)"),
 * worded once for editors: the build (src/integration/index.ts) and the doctor
 * (src/editor/doctor/project.ts) both read the parser's message through here.
 */
export function mdxSyntaxProblem(raw: string): { message: string; line?: number; column?: number } {
  const m = /^(\d+):(\d+): (.*?)(?: \([\w:-]+\))?$/s.exec(raw.trim());
  const reason = m ? m[3] : raw.trim();
  return {
    message: `the text cannot be read as MDX: ${reason}. Check for a { or < that should be written as \\{ or \\<, or a component that is not closed`,
    ...(m ? { line: Number(m[1]), column: Number(m[2]) } : {}),
  };
}
