/**
 * Web-server configuration for files a CMS does not serve itself (uploads, cached pages):
 * an Apache `.htaccess` and an nginx `map` + `location`, from CMS-neutral rules (path → preferences).
 */
export { apacheHtaccess, APACHE_MARKER } from './apache.js';
export { nginxAddHeaders, nginxBucketSize, nginxLocation, nginxMap, nginxSnippet, nginxVariable, NGINX_VARIABLE } from './nginx.js';
export { checkPath, checkRules, headerValue, ruleHeaders, WEBSERVER_HEADERS, type CheckedRule, type CheckedRules, type FileRule, type FileRules } from './rules.js';
export { apachePagesHtaccess, checkPageRules, nginxPagesSnippet, pageRegex, sitePageRules, type PageRules } from './pages.js';
