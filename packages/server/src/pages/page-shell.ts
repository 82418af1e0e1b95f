/**
 * The HTML document around a careers page: title, meta description, canonical link and Open
 * Graph tags, written by hand and escaped here (Lit cannot bind inside `<title>`). Everything
 * that reaches this file is text; the only markup is the body the caller rendered.
 */
export const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

export interface Shell {
  lang: string;
  title: string;
  description: string;
  canonical: string;
  image?: string;
  stylesheet?: string;
  /** Module scripts, in order. */
  scripts?: readonly string[];
  /** JSON-LD, already made safe for a script element. */
  jsonLd?: string;
  body: string;
}

export function pageShell(page: Shell): string {
  const attr = escapeHtml;
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(page.title)}</title>`,
    `<meta name="description" content="${attr(page.description)}">`,
    `<link rel="canonical" href="${attr(page.canonical)}">`,
    `<meta property="og:type" content="website">`,
    `<meta property="og:title" content="${attr(page.title)}">`,
    `<meta property="og:description" content="${attr(page.description)}">`,
    `<meta property="og:url" content="${attr(page.canonical)}">`,
    ...(page.image ? [`<meta property="og:image" content="${attr(page.image)}">`] : []),
    '<meta name="twitter:card" content="summary">',
    ...(page.stylesheet ? [`<link rel="stylesheet" href="${attr(page.stylesheet)}">`] : []),
    ...(page.scripts ?? []).map((src) => `<script type="module" src="${attr(src)}"></script>`),
    ...(page.jsonLd ? [`<script type="application/ld+json">${page.jsonLd}</script>`] : []),
  ];
  return `<!doctype html>
<html lang="${attr(page.lang)}">
<head>
${head.join('\n')}
</head>
<body>
${page.body}
</body>
</html>
`;
}
