// The status of a scan in words, with a shape of its own, so that colour is never the only sign:
// an open circle (invited), a half-filled circle (busy), a filled circle (sent), an hourglass
// (being reviewed), a circle with a tick (report ready), an arrow out of a box (shared), and a
// cross (withdrawn or deleted).
import { useTranslation } from 'react-i18next';
import type { CandidateStatus } from '../contract.ts';

function Shape({ status }: { status: CandidateStatus }) {
  return (
    <svg
      className="weerbaar-scan-status__shape"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      {status === 'invited' ? <circle cx="8" cy="8" r="6" className="weerbaar-shape--outline" /> : null}
      {status === 'started' ? (
        <>
          <circle cx="8" cy="8" r="6" className="weerbaar-shape--outline" />
          <path d="M8 2a6 6 0 0 1 0 12z" />
        </>
      ) : null}
      {status === 'submitted' ? <circle cx="8" cy="8" r="6.5" /> : null}
      {status === 'in-review' ? <path d="M3 1.5h10v2L9.5 8 13 12.5v2H3v-2L6.5 8 3 3.5z" /> : null}
      {status === 'report-ready' ? (
        <>
          <circle cx="8" cy="8" r="7" />
          <path d="M4.5 8.2 7 10.7l4.6-5" className="weerbaar-shape--mark" />
        </>
      ) : null}
      {status === 'released' ? (
        <>
          <path d="M2 6v8h12V6h-2v6H4V6z" />
          <path d="M8 1 4.5 4.5H7V10h2V4.5h2.5z" />
        </>
      ) : null}
      {status === 'withdrawn' || status === 'deleted' ? (
        <path d="M3.5 2 8 6.5 12.5 2 14 3.5 9.5 8l4.5 4.5-1.5 1.5L8 9.5 3.5 14 2 12.5 6.5 8 2 3.5z" />
      ) : null}
    </svg>
  );
}

export function ScanStatusBadge({ status }: { status: CandidateStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`weerbaar-scan-status weerbaar-scan-status--${status}`}>
      <Shape status={status} />
      <span>{t(`scanStatus.${status}`)}</span>
    </span>
  );
}
