// In-page script: count NHS design system (nhsuk-frontend) components. A component instance is an
// element with a block class such as "nhsuk-header" or "nhsuk-card" (not "__element" or "--modifier").
// Layout and utility classes (grid, width container, u-*) are not components.
export const COLLECT_DESIGN_SYSTEM = String.raw`(() => {
  const NOT_COMPONENTS = /^(u-|grid-|width-container|main-wrapper|template|body-|heading-|lede-text|list$|link$|caption-|font-|table-)/;
  const components = {};
  for (const el of document.querySelectorAll('[class*="nhsuk-"]')) {
    for (const cls of el.classList) {
      const m = /^nhsuk-([a-z0-9-]+)$/.exec(cls);
      if (!m || m[1].includes('--') || NOT_COMPONENTS.test(m[1])) continue;
      components[m[1]] = (components[m[1]] || 0) + 1;
    }
  }
  return { components };
})()`;
