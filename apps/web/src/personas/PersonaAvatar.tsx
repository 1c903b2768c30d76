import { isAllowedImageUrl, type Persona } from '@waymark/domain';
import { readableOnWhiteText } from '../lib/contrast';

/** Props of `PersonaAvatar`. */
export interface PersonaAvatarProps {
  persona: Pick<Persona, 'name' | 'avatar' | 'color'>;
  size?: number;
}

/** The initials of a name: first letters of the first two words (grapheme-safe). */
export function initials(name: string): string {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return name
    .trim()
    .split(/\s+/)
    .slice(0, 2)
    .map((word) => segmenter.segment(word)[Symbol.iterator]().next().value?.segment ?? '')
    .join('')
    .toUpperCase();
}

/**
 * A round avatar: the persona's image when it is a raster `data:` URL or a stored image (never
 * another host: see the domain's `images.ts`), else its initials on its colour.
 */
export function PersonaAvatar({ persona, size = 48 }: PersonaAvatarProps) {
  const src = persona.avatar && isAllowedImageUrl(persona.avatar) ? persona.avatar : undefined;
  const style = {
    inlineSize: size,
    blockSize: size,
    fontSize: size * 0.38,
    background: readableOnWhiteText(persona.color ?? '#5d6778'),
  };
  return src ? (
    <img className="persona-avatar" src={src} alt="" width={size} height={size} style={style} />
  ) : (
    <span className="persona-avatar persona-initials" aria-hidden="true" style={style}>
      {initials(persona.name)}
    </span>
  );
}
