// Glob matching for `crosscheck.sources` patterns, shared by the CLI and the extension.
// Supports `**`, `*`, `?`, `{a,b}` and `[...]`; a leading `!` makes a pattern exclude.

export interface SourcePatterns {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  /** True when a '/'-separated path relative to the workspace root is an article source. */
  matches(relativePath: string): boolean;
}

export const DEFAULT_SOURCE_PATTERNS: readonly string[] = [
  '**/*.txt',
  '**/*.md',
  '**/*.article',
  '!**/node_modules/**',
  '!**/.git/**',
  '!**/*.claims.yaml',
];

export function compileSourcePatterns(patterns: readonly string[]): SourcePatterns {
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const includeRegexes = include.map(globToRegExp);
  const excludeRegexes = exclude.map(globToRegExp);
  return {
    include,
    exclude,
    matches(relativePath: string): boolean {
      const path = relativePath.replace(/\\/g, '/').replace(/^\.\//, '');
      return includeRegexes.some((r) => r.test(path)) && !excludeRegexes.some((r) => r.test(path));
    },
  };
}

export function globToRegExp(glob: string): RegExp {
  let regex = '';
  let inGroup = false;
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    switch (char) {
      case '*':
        if (glob[i + 1] === '*') {
          // `**/` matches zero or more whole directories; a trailing `**` matches anything.
          const followedBySlash = glob[i + 2] === '/';
          regex += followedBySlash ? '(?:[^/]*/)*' : '.*';
          i += followedBySlash ? 2 : 1;
        } else {
          regex += '[^/]*';
        }
        break;
      case '?':
        regex += '[^/]';
        break;
      case '{':
        inGroup = true;
        regex += '(?:';
        break;
      case '}':
        inGroup = false;
        regex += ')';
        break;
      case ',':
        regex += inGroup ? '|' : ',';
        break;
      case '[': {
        const close = glob.indexOf(']', i + 1);
        if (close < 0) {
          regex += '\\[';
        } else {
          regex += `[${glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
          i = close;
        }
        break;
      }
      default:
        regex += /[.+^$()|\\]/.test(char) ? `\\${char}` : char;
    }
  }
  return new RegExp(`^${regex}$`);
}
