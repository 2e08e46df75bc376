/** What each payload would do if it ran: the browser tests look for this flag. */
const RUN = 'window.__xss=1'

/** Markdown bodies a volunteer might write to run script in a reviewer's or reader's session. */
export const HOSTILE_BODIES: { label: string, markdown: string }[] = [
  { label: 'SVG <animate> setting a javascript: href', markdown: `<svg><a><animate attributeName="href" values="javascript:${RUN}"/><text y="20">x</text></a></svg>` },
  { label: 'SVG <set> setting a javascript: href', markdown: `<svg><a><set attributeName="href" to="javascript:${RUN}"/><text y="20">x</text></a></svg>` },
  { label: 'inline SVG with onload', markdown: `Look <svg onload="${RUN}"></svg> here` },
  { label: 'a link with a tab inside javascript:', markdown: `[x](java\tscript:${RUN})` },
  { label: 'a bracketed link with a tab inside javascript:', markdown: `[x](<java\tscript:${RUN}>)` },
  { label: 'a link with a &#x09; entity inside javascript:', markdown: `[x](java&#x09;script:${RUN})` },
  { label: 'a link starting with a &#x09; entity', markdown: `[x](&#x09;javascript:${RUN})` },
  { label: 'a link with an entity for a letter', markdown: `[x](jav&#x61;script:${RUN})` },
  { label: 'a link in mixed case', markdown: `[x](JaVaScRiPt:${RUN})` },
  { label: 'a link starting with a control character', markdown: `[x](<\u0001javascript:${RUN}>)` },
  { label: 'a reference link with a tab entity', markdown: `[x][r]\n\n[r]: java&#x09;script:${RUN}` },
  { label: 'an autolink to javascript:', markdown: `<javascript:${RUN}>` },
  { label: 'a data:text/html link', markdown: '[x](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==)' },
  { label: 'a vbscript: link', markdown: '[x](vbscript:msgbox(1))' },
  { label: 'an image with a javascript: source', markdown: `![x](javascript:${RUN})` },
  { label: 'an event-handler attribute', markdown: `<p onclick="${RUN}">tap</p>` },
  { label: 'an image with onerror', markdown: `<img src=x onerror="${RUN}">` },
  { label: 'an iframe', markdown: `<iframe src="javascript:${RUN}"></iframe>` },
  { label: 'a script element', markdown: `<script>${RUN}</script>` },
  { label: 'a style attribute with url(javascript:)', markdown: `<p style="background:url(javascript:${RUN})">s</p>` },
  { label: 'a style attribute with expression()', markdown: `<p style="width:expression(${RUN})">e</p>` },
  { label: 'an HTML link with &#106;avascript:', markdown: `<a href="&#106;avascript:${RUN}">j</a>` },
  { label: 'an HTML link with a tab entity', markdown: `<a href="java&#x09;script:${RUN}">t</a>` },
  { label: 'a form', markdown: `<form action="javascript:${RUN}"><button>go</button></form>` },
  { label: 'MathML with a javascript: link', markdown: `<math><mtext><a href="javascript:${RUN}">m</a></mtext></math>` },
  { label: 'an MDC attribute with an event handler', markdown: `[x](https://example.org){onclick="${RUN}"}` },
  { label: 'an MDC component', markdown: `::iframe{src="javascript:${RUN}"}\n::` },
]

/** Markdown a volunteer writes every day: it must render and pass exactly as written. */
export const BENIGN_BODIES: { label: string, markdown: string }[] = [
  { label: 'headings, emphasis and an https link', markdown: '## The lane\n\nA *quiet* lane with **old** houses; see [the archive](https://www.archives.sh.cn/).' },
  { label: 'a link to a walk of this site', markdown: 'Continue on [the Yuyuan Road walk](/walks/yuyuan-road).' },
  { label: 'lists and a quote', markdown: '- first\n- second\n\n1. one\n2. two\n\n> A remembered line.' },
  { label: 'mail and phone links', markdown: 'Write to [the guides](mailto:guides@example.org) or call [the office](tel:+862100000000).' },
  { label: 'Chinese text', markdown: '## 岐山村\n\n你现在走进的是愚园路1032弄，**岐山村**。' },
  { label: 'Arabic text', markdown: '## حارة تشيشان\n\nأنت الآن في *حارة* هادئة في طريق يويوان.' },
]
