// The four levels, each with its own shape and its words, so that colour is never the only sign:
// a circle (geen aandachtspunt), a triangle (aandachtspunt), a diamond (risico) and an octagon
// with an exclamation mark (ernstig risico).
import type { Level } from '../../core/instrument/schema.ts';
import { sayLevel, useSay } from './text.ts';

function LevelShape({ level }: { level: Level }) {
  return (
    <svg
      className="weerbaar-level__shape"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      {level === 'geen-aandachtspunt' ? <circle cx="8" cy="8" r="6" /> : null}
      {level === 'aandachtspunt' ? <path d="M8 1.5 15 14.5H1z" /> : null}
      {level === 'risico' ? <path d="M8 1 15 8 8 15 1 8z" /> : null}
      {level === 'ernstig-risico' ? (
        <>
          <path d="M5 1h6l4 4v6l-4 4H5l-4-4V5z" />
          <path className="weerbaar-level__mark" d="M7 4h2v5H7zM7 10.5h2v2H7z" />
        </>
      ) : null}
    </svg>
  );
}

export function LevelBadge({ level, prefix }: { level: Level; prefix?: string }) {
  const { language } = useSay();
  return (
    <span className={`weerbaar-level weerbaar-level--${level}`}>
      <LevelShape level={level} />
      <span className="weerbaar-level__text">
        {prefix ? `${prefix} ` : null}
        {sayLevel(level, language)}
      </span>
    </span>
  );
}
