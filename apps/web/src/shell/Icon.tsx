import { memo } from 'react';
import { isIconName } from '@waymark/domain';
import { ICON_PATHS, ICON_STROKE } from '@waymark/render';
import './icon.css';

/** Every built-in icon name, in picker order (the domain's set, drawn with the render package's paths). */
export { ICON_NAMES } from '@waymark/domain';

/**
 * Draws a named icon. An unknown name (say, an emoji typed in another tool) is shown as text, cut
 * to two characters so it cannot push the layout around.
 */
export const Icon = memo(function Icon({ name, size = 16 }: { name: string; size?: number }) {
  if (!isIconName(name)) {
    return (
      <span className="icon-text" aria-hidden="true">
        {Array.from(name).slice(0, 2).join('')}
      </span>
    );
  }
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth={ICON_STROKE}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d={ICON_PATHS[name]} />
    </svg>
  );
});
