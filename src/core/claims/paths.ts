// Where the claims of an article are kept: `<article file name>.claims.yaml` beside the article.

/** Appended to the article's file name to name its claims file. */
export const SIDECAR_SUFFIX = '.claims.yaml';

/** "docs/report.txt" → "docs/report.txt.claims.yaml". */
export function sidecarPathFor(articlePath: string): string {
  return `${articlePath}${SIDECAR_SUFFIX}`;
}

/** True for `<something>.claims.yaml` (not for a bare `.claims.yaml`). */
export function isSidecarPath(path: string): boolean {
  return path.endsWith(SIDECAR_SUFFIX) && path.length > SIDECAR_SUFFIX.length && !path.endsWith(`/${SIDECAR_SUFFIX}`);
}

/** "docs/report.txt.claims.yaml" → "docs/report.txt"; undefined for any other path. */
export function articlePathForSidecar(path: string): string | undefined {
  return isSidecarPath(path) ? path.slice(0, -SIDECAR_SUFFIX.length) : undefined;
}
