export { serializeHtmlHead, type HtmlHeadOptions } from './head.js';
export { parseHtmlHead, type HtmlLicenseLink, type ParsedHtmlHead } from './parse.js';
