/**
 * Back Spasm Guide block, editor side. Plain JavaScript with WordPress's globals: no build step.
 * The block is dynamic: it saves only its settings, and PHP renders it (the same function as the
 * [back_spasm_guide] shortcode), so the editor shows a placeholder with the settings in the
 * sidebar.
 */
(function (wp) {
  const { registerBlockType } = wp.blocks;
  const { createElement: el, Fragment } = wp.element;
  const { __ } = wp.i18n;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, Placeholder, SelectControl, TextControl, ToggleControl } = wp.components;

  function edit({ attributes, setAttributes }) {
    const set = (name) => (value) => setAttributes({ [name]: value });
    const summary = [
      attributes.lang || __('site language', 'back-spasm-guide'),
      attributes.emergencyNumber,
      attributes.theme,
    ]
      .filter(Boolean)
      .join(' · ');
    return el(
      Fragment,
      null,
      el(
        InspectorControls,
        null,
        el(
          PanelBody,
          { title: __('Guide settings', 'back-spasm-guide') },
          el(TextControl, {
            label: __('Language', 'back-spasm-guide'),
            help: __(
              'A language tag such as es, fr or en-GB. Leave empty to use the site language.',
              'back-spasm-guide',
            ),
            value: attributes.lang,
            onChange: set('lang'),
          }),
          el(TextControl, {
            label: __('Emergency number', 'back-spasm-guide'),
            help: __(
              'Digits, with an optional leading +. Leave empty for the default.',
              'back-spasm-guide',
            ),
            value: attributes.emergencyNumber,
            onChange: set('emergencyNumber'),
          }),
          el(TextControl, {
            label: __('Same-day help number', 'back-spasm-guide'),
            help: __('Digits. Leave empty for the default.', 'back-spasm-guide'),
            value: attributes.urgentNumber,
            onChange: set('urgentNumber'),
          }),
          el(SelectControl, {
            label: __('Colours', 'back-spasm-guide'),
            value: attributes.theme,
            options: [
              { value: '', label: __('Default (follows the reader)', 'back-spasm-guide') },
              { value: 'light', label: __('Light', 'back-spasm-guide') },
              { value: 'dark', label: __('Dark', 'back-spasm-guide') },
            ],
            onChange: set('theme'),
          }),
          el(ToggleControl, {
            label: __('Compact', 'back-spasm-guide'),
            checked: attributes.compact,
            onChange: set('compact'),
          }),
          el(ToggleControl, {
            label: __('Offer to remember answers on the reader’s device', 'back-spasm-guide'),
            checked: attributes.remember,
            onChange: set('remember'),
          }),
        ),
      ),
      el(
        'div',
        useBlockProps(),
        el(
          Placeholder,
          {
            icon: 'heart',
            label: __('Back Spasm Guide', 'back-spasm-guide'),
            instructions: __(
              'The guide appears here on the published page. Change its settings in the sidebar.',
              'back-spasm-guide',
            ),
          },
          summary,
        ),
      ),
    );
  }

  registerBlockType('back-spasm-guide/guide', { edit, save: () => null });
})(window.wp);
