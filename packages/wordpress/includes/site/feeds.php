<?php
/**
 * Feeds: the channel's statement, computed once, and each item's own where it
 * differs (core's site/feeds.ts).
 *
 * @package CC_Signals
 */

/**
 * The channel statement of a feed: the section's (a post type feed), or the site's.
 *
 * @since 0.2.0
 *
 * @param array       $site    The site.
 * @param string|null $section Section id.
 * @return array Preferences.
 */
function cc_signals_site_feed_channel( $site, $section = null ) {
	return cc_signals_site_resolve_section( $site, $section )['preferences'];
}

/**
 * An item's own statement in a feed, or null when the channel's stands for it.
 *
 * @since 0.2.0
 *
 * @param array $site    The site.
 * @param array $channel The channel statement (cc_signals_site_feed_channel()).
 * @param array $item    The item (`section`, `intent`).
 * @return array|null
 */
function cc_signals_site_feed_item( $site, $channel, $item ) {
	$own = cc_signals_site_resolve_item( $site, $item )['preferences'];
	return cc_signals_site_same_preferences( $own, $channel ) ? null : $own;
}
