<?php
/**
 * HTTP response headers that carry the preferences (core's signalHeaders).
 *
 * @package CC_Signals
 */

/**
 * The response headers, by lowercase name, in core's order: `content-usage`,
 * `link` (`<signal URL>; rel="license"` per CC signal, then the RSL licence
 * link), `tdm-reservation` and `tdm-policy` (when `tdmrep`), and
 * `x-robots-tag` (when `noai`). Empty preferences give no header at all.
 *
 * @since 0.1.0
 *
 * @param array $prefs   Preferences keyed by wire label.
 * @param array $options Emit options.
 * @return array<string, string>
 * @throws CC_Signals_Validation_Error For an invalid label, exception or URL.
 */
function cc_signals_signal_headers( $prefs, $options = array() ) {
	$settings      = cc_signals_with_defaults( $options );
	$headers       = array();
	$content_usage = $settings['contentUsage'] ? cc_signals_serialize_content_usage( $prefs ) : '';
	if ( '' !== $content_usage ) {
		$headers['content-usage'] = $content_usage;
	}
	$links = array();
	if ( $settings['contentUsage'] ) {
		foreach ( cc_signals_signals_used( $prefs ) as $signal ) {
			$links[] = '<' . $signal['url'] . '>; rel="' . cc_signals_signal_relation() . '"';
		}
	}
	if ( isset( $settings['contentLicenseUrl'] ) ) {
		$links[] = '<' . $settings['contentLicenseUrl'] . '>; rel="license"';
	}
	if ( isset( $settings['rslLicenseUrl'] ) && array() !== $prefs ) {
		$links[] = '<' . $settings['rslLicenseUrl'] . '>; rel="license"; type="' . CC_SIGNALS_RSL_MEDIA_TYPE . '"';
	}
	if ( array() !== $links ) {
		$headers['link'] = implode( ', ', $links );
	}
	if ( $settings['tdmrep'] ) {
		$headers = array_merge( $headers, cc_signals_tdmrep_headers( $prefs, $settings ) );
	}
	$noai = $settings['noai'] ? cc_signals_noai_directives( $prefs ) : array();
	if ( array() !== $noai ) {
		$headers['x-robots-tag'] = implode( ', ', $noai );
	}
	return $headers;
}
