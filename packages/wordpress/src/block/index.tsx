// The editor side of the server-rendered `cc-signals/declaration` block: the
// metadata comes from block.json (registered by PHP), the preview from the server.
import { useBlockProps } from '@wordpress/block-editor';
import { registerBlockType, type BlockConfiguration } from '@wordpress/blocks';
import ServerSideRender from '@wordpress/server-side-render';
import metadata from '../../block.json';

function Edit({ attributes }: { attributes: Record<string, unknown> }) {
  return (
    <div {...useBlockProps()}>
      {/* eslint-disable-next-line @typescript-eslint/no-deprecated -- WordPress 6.6's wp.serverSideRender is the default export only. */}
      <ServerSideRender block={metadata.name} attributes={attributes} />
    </div>
  );
}

registerBlockType(metadata.name, {
  ...(metadata as unknown as BlockConfiguration),
  edit: Edit,
  save: () => null,
});
