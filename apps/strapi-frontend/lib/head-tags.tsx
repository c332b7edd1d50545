import { serializeHtmlHead, type Preferences } from '@cc-signals/core';
import { parseDocument } from 'htmlparser2';
import { createElement, type ReactElement } from 'react';

/**
 * Core's head tags for these preferences (`<meta name="content-usage">`, a
 * `<link>` per CC signal) as React elements: React hoists `<meta>` and
 * `<link>` into the document's `<head>` wherever they are rendered.
 */
export function HeadTags({ preferences }: { preferences: Preferences }): ReactElement[] {
  return parseDocument(serializeHtmlHead(preferences))
    .children.flatMap((node) => ('attribs' in node ? [node] : []))
    .map((element, index) => createElement(element.name, { key: index, ...element.attribs }));
}
