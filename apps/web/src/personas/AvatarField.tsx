import { useState } from 'react';
import type { Persona } from '@waymark/domain';
import { useT } from '../i18n';
import { prepareAvatar, type AvatarProblem } from './avatar';
import { PersonaAvatar } from './PersonaAvatar';

/** Props of `AvatarField`. */
export interface AvatarFieldProps {
  persona: Persona;
  onChange(avatar: string | undefined): void;
}

const PROBLEM_KEYS = {
  'wrong-type': 'personas.avatar.wrongType',
  'too-large': 'personas.avatar.tooLarge',
  unreadable: 'personas.avatar.unreadable',
} as const satisfies Record<AvatarProblem, string>;

/** The avatar preview with upload (resized to a small square in the browser) and remove. */
export function AvatarField({ persona, onChange }: AvatarFieldProps) {
  const t = useT();
  const [problem, setProblem] = useState<AvatarProblem | undefined>();
  const [busy, setBusy] = useState(false);

  const handleFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    const result = await prepareAvatar(file);
    setBusy(false);
    if (result.ok) {
      setProblem(undefined);
      onChange(result.dataUrl);
    } else {
      setProblem(result.problem);
    }
  };

  return (
    <div className="avatar-field">
      <PersonaAvatar persona={persona} size={88} />
      <div className="avatar-actions">
        <label className="btn file-label">
          {busy ? t('common.loading') : t('personas.avatar.upload')}
          <input
            type="file"
            name="avatar"
            accept="image/png,image/jpeg,image/gif,image/webp"
            className="visually-hidden"
            data-testid="avatar-input"
            onChange={(e) => {
              void handleFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </label>
        {persona.avatar && (
          <button type="button" className="btn ghost" onClick={() => onChange(undefined)}>
            {t('personas.avatar.remove')}
          </button>
        )}
        <small className="muted">{t('personas.avatar.hint')}</small>
        {problem && (
          <p className="field-problem" role="alert">
            {t(PROBLEM_KEYS[problem])}
          </p>
        )}
      </div>
    </div>
  );
}
