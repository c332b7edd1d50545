// @wordpress/block-editor ships no types; this is the one hook the block uses.
declare module '@wordpress/block-editor' {
  export function useBlockProps(props?: Record<string, unknown>): Record<string, unknown>;
}
